/**
 * In-memory telemetry for tests: the real `NodeSDK` (through {@link Telemetry.layer}) with an
 * in-memory span exporter and an in-memory metric reader, and a service that reads what was
 * recorded — spans after a flush, metrics from a fresh collection.
 *
 * ```ts
 * it.effect("records the call", () =>
 *   Effect.gen(function*() {
 *     yield* program
 *     const span = yield* TelemetryTest.span("zim.sendMessage")
 *     expect(span.kind).toBe("client")
 *     expect(yield* TelemetryTest.tree()).toBe("zim.sendMessage [client] OK rpc.method=SendMessage\n")
 *   }).pipe(Effect.provide(TelemetryTest.layer())))
 * ```
 *
 * Effect metrics live in one registry per process, so counters keep counting across tests in a
 * file: use distinct metric names or attributes, or compare against a value read earlier.
 *
 * @since 0.1.0
 */
import { MetricReader } from "@opentelemetry/sdk-metrics"
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { MetricRecord } from "./MetricRecord.js"
import { fromResourceMetrics } from "./MetricRecord.js"
import type { SpanRecord } from "./SpanRecord.js"
import { fromReadableSpan } from "./SpanRecord.js"
import type { RenderOptions } from "./SpanTree.js"
import { render } from "./SpanTree.js"
import * as Telemetry from "./Telemetry.js"

/**
 * A pull metric reader whose {@link InMemoryMetricReader.collect} returns the current cumulative
 * state: nothing is exported or kept between collections.
 *
 * @since 0.1.0
 * @category readers
 */
export class InMemoryMetricReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve()
  }

  protected override onShutdown(): Promise<void> {
    return Promise.resolve()
  }
}

/**
 * Reads what the test telemetry recorded.
 *
 * @since 0.1.0
 * @category models
 */
export interface TelemetryTestService {
  /** Finished spans, in the order they ended (flushes first). */
  readonly spans: Effect.Effect<ReadonlyArray<SpanRecord>>
  /** Finished spans with this name, in the order they ended. */
  readonly spansNamed: (name: string) => Effect.Effect<ReadonlyArray<SpanRecord>>
  /** The first finished span with this name. */
  readonly span: (name: string) => Effect.Effect<SpanRecord, Cause.NoSuchElementException>
  /** The finished spans as a text tree; `timing` defaults to `false` so the text is deterministic. */
  readonly tree: (options?: RenderOptions) => Effect.Effect<string>
  /** All metrics as collected now (Effect metrics and OTel instruments). */
  readonly metrics: Effect.Effect<ReadonlyArray<MetricRecord>>
  /** The metric with this name, as collected now. */
  readonly metric: (name: string) => Effect.Effect<MetricRecord, Cause.NoSuchElementException>
  /** Forgets the spans finished so far (metrics are cumulative and cannot be reset). */
  readonly reset: Effect.Effect<void>
}

/**
 * The test telemetry.
 *
 * @since 0.1.0
 * @category tags
 */
export class TelemetryTest extends Context.Tag("@effect-zego/telemetry/TelemetryTest")<
  TelemetryTest,
  TelemetryTestService
>() {}

/**
 * Options for {@link layer}: everything {@link Telemetry.layer} takes except `envExporters`, which is
 * always `"never"` so tests never reach for a collector.
 *
 * @since 0.1.0
 * @category models
 */
export type Options = Omit<Telemetry.Options, "envExporters">

/**
 * The real SDK with in-memory span and metric readers, plus the {@link TelemetryTest} service.
 * Build one per test (e.g. `Effect.provide(TelemetryTest.layer())`) so spans do not leak between
 * tests; `OTEL_SDK_DISABLED=true` turns it off like any other SDK.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<TelemetryTest | Telemetry.Telemetry> =>
  Layer.unwrapEffect(Effect.sync(() => {
    const exporter = new InMemorySpanExporter()
    const processor = new SimpleSpanProcessor(exporter)
    const readers: Array<InMemoryMetricReader> = []

    const spans = Effect.promise(() => processor.forceFlush()).pipe(
      Effect.map(() => exporter.getFinishedSpans().map(fromReadableSpan))
    )
    const spansNamed = (name: string) => Effect.map(spans, (all) => all.filter((span) => span.name === name))
    const metrics = Effect.promise(() => Promise.all(readers.map((reader) => reader.collect()))).pipe(
      Effect.map((results) => results.flatMap((result) => fromResourceMetrics(result.resourceMetrics)))
    )

    const service: TelemetryTestService = {
      spans,
      spansNamed,
      span: (name) => Effect.flatMap(spansNamed(name), (named) => firstOr(named, `no finished span named "${name}"`)),
      tree: (renderOptions) => Effect.map(spans, (all) => render(all, { timing: false, ...renderOptions })),
      metrics,
      metric: (name) =>
        Effect.flatMap(
          metrics,
          (all) => firstOr(all.filter((metric) => metric.name === name), `no metric named "${name}"`)
        ),
      reset: Effect.sync(() => exporter.reset())
    }

    return Layer.merge(
      Layer.succeed(TelemetryTest, service),
      Telemetry.layer({
        serviceName: "effect-zego-test",
        ...options,
        envExporters: "never",
        spanProcessors: [processor, ...(options.spanProcessors ?? [])],
        metricReaders: [
          (effectMetrics) => {
            const reader = new InMemoryMetricReader({ metricProducers: [effectMetrics] })
            readers.push(reader)
            return reader
          },
          ...(options.metricReaders ?? [])
        ]
      })
    )
  }))

const firstOr = <A>(items: ReadonlyArray<A>, message: string): Effect.Effect<A, Cause.NoSuchElementException> => {
  const first = items[0]
  return first === undefined ? Effect.fail(new Cause.NoSuchElementException(message)) : Effect.succeed(first)
}

/**
 * Finished spans, in the order they ended.
 *
 * @since 0.1.0
 * @category accessors
 */
export const spans: Effect.Effect<ReadonlyArray<SpanRecord>, never, TelemetryTest> = Effect.flatMap(
  TelemetryTest,
  (test) => test.spans
)

/**
 * Finished spans with this name, in the order they ended.
 *
 * @since 0.1.0
 * @category accessors
 */
export const spansNamed = (name: string): Effect.Effect<ReadonlyArray<SpanRecord>, never, TelemetryTest> =>
  Effect.flatMap(TelemetryTest, (test) => test.spansNamed(name))

/**
 * The first finished span with this name.
 *
 * @since 0.1.0
 * @category accessors
 */
export const span = (name: string): Effect.Effect<SpanRecord, Cause.NoSuchElementException, TelemetryTest> =>
  Effect.flatMap(TelemetryTest, (test) => test.span(name))

/**
 * The finished spans as a text tree (without timings unless asked).
 *
 * @since 0.1.0
 * @category accessors
 */
export const tree = (options?: RenderOptions): Effect.Effect<string, never, TelemetryTest> =>
  Effect.flatMap(TelemetryTest, (test) => test.tree(options))

/**
 * All metrics as collected now.
 *
 * @since 0.1.0
 * @category accessors
 */
export const metrics: Effect.Effect<ReadonlyArray<MetricRecord>, never, TelemetryTest> = Effect.flatMap(
  TelemetryTest,
  (test) => test.metrics
)

/**
 * The metric with this name, as collected now.
 *
 * @since 0.1.0
 * @category accessors
 */
export const metric = (name: string): Effect.Effect<MetricRecord, Cause.NoSuchElementException, TelemetryTest> =>
  Effect.flatMap(TelemetryTest, (test) => test.metric(name))

/**
 * Forgets the spans finished so far.
 *
 * @since 0.1.0
 * @category accessors
 */
export const reset: Effect.Effect<void, never, TelemetryTest> = Effect.flatMap(TelemetryTest, (test) => test.reset)
