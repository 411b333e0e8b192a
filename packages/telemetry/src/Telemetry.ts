/**
 * OpenTelemetry for effect-zego: a scoped layer that starts `@opentelemetry/sdk-node`'s `NodeSDK`
 * from the standard `OTEL_*` environment variables (plus programmatic additions), routes Effect's
 * spans and metrics into it through `@effect/opentelemetry`, and flushes and shuts it down when
 * the layer's scope closes.
 *
 * @since 0.1.0
 */
import * as Metrics from "@effect/opentelemetry/Metrics"
import * as Resource from "@effect/opentelemetry/Resource"
import * as Tracer from "@effect/opentelemetry/Tracer"
import * as OtelApi from "@opentelemetry/api"
import { defaultResource, resourceFromAttributes } from "@opentelemetry/resources"
import type { IMetricReader, MetricProducer, PushMetricExporter } from "@opentelemetry/sdk-metrics"
import { PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics"
import { NodeSDK } from "@opentelemetry/sdk-node"
import type { SpanExporter, SpanProcessor } from "@opentelemetry/sdk-trace-base"
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { ATTR_SERVICE_VERSION } from "@opentelemetry/semantic-conventions"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as ConsoleTrace from "./ConsoleTrace.js"
import * as ContextSafeTracer from "./internal/contextSafeTracer.js"
import type { Signal } from "./internal/sdkNodeEnv.js"
import {
  envConfigures,
  metricReadersFromEnv,
  sdkDisabled,
  serviceNameFromEnv,
  spanProcessorsFromEnv
} from "./internal/sdkNodeEnv.js"

/**
 * Whether exporters named by the environment are started:
 *
 * - `"always"`: as `NodeSDK` does — `OTEL_TRACES_EXPORTER`, `OTEL_METRICS_EXPORTER` and
 *   `OTEL_LOGS_EXPORTER`, each defaulting to OTLP (`http://localhost:4318` unless
 *   `OTEL_EXPORTER_OTLP_ENDPOINT` says otherwise).
 * - `"ifConfigured"`: per signal, only when the environment mentions it (`OTEL_<SIGNAL>_EXPORTER`,
 *   `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT` is set), so a script
 *   exports OTLP when pointed at a collector and stays quiet otherwise.
 * - `"never"`: only the programmatic processors, exporters and readers.
 *
 * @since 0.1.0
 * @category models
 */
export type EnvExporters = "always" | "ifConfigured" | "never"

/**
 * Builds a metric reader that also reads Effect's metrics: pass `effectMetrics` in the reader's
 * `metricProducers` option (`MetricReader` subclasses and `PeriodicExportingMetricReader` accept it).
 *
 * @since 0.1.0
 * @category models
 */
export type MetricReaderFactory = (effectMetrics: MetricProducer) => IMetricReader

/**
 * Programmatic settings; the environment supplies everything else.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** `service.name`; wins over `OTEL_SERVICE_NAME` (as NodeSDK's own `serviceName` does). */
  readonly serviceName?: string | undefined
  /** `service.version`; `OTEL_RESOURCE_ATTRIBUTES` may override it. */
  readonly serviceVersion?: string | undefined
  /** Extra resource attributes; `OTEL_RESOURCE_ATTRIBUTES` may override them. */
  readonly resourceAttributes?: OtelApi.Attributes | undefined
  /** Defaults to `"always"` (`"ifConfigured"` for {@link layerConsole}). */
  readonly envExporters?: EnvExporters | undefined
  /** Span processors added next to the environment's (e.g. a `SimpleSpanProcessor` over an in-memory exporter). */
  readonly spanProcessors?: ReadonlyArray<SpanProcessor> | undefined
  /** Span exporters added next to the environment's, each behind a `BatchSpanProcessor`. */
  readonly spanExporters?: ReadonlyArray<SpanExporter> | undefined
  /** Metric readers added next to the environment's; see {@link MetricReaderFactory}. */
  readonly metricReaders?: ReadonlyArray<MetricReaderFactory> | undefined
  /** Push metric exporters, each behind a `PeriodicExportingMetricReader` that also reads Effect's metrics. */
  readonly metricExporters?: ReadonlyArray<PushMetricExporter> | undefined
  /** Export interval for {@link Options.metricExporters}. Defaults to 60 seconds; shutdown exports once more. */
  readonly metricExportInterval?: Duration.DurationInput | undefined
  /** Print a span tree per root span (see `ConsoleTrace`). Defaults to `false` (`true` for {@link layerConsole}). */
  readonly console?: boolean | ConsoleTrace.Options | undefined
  /** Upper bound on flush + shutdown when the scope closes. Defaults to 5 seconds. */
  readonly shutdownTimeout?: Duration.DurationInput | undefined
}

/**
 * What the running telemetry offers to programs.
 *
 * @since 0.1.0
 * @category models
 */
export interface TelemetryService {
  /** Exports what span processors and metric readers hold. Never fails. */
  readonly forceFlush: Effect.Effect<void>
}

/**
 * The running telemetry.
 *
 * @since 0.1.0
 * @category tags
 */
export class Telemetry extends Context.Tag("@effect-zego/telemetry/Telemetry")<Telemetry, TelemetryService>() {}

interface Started {
  readonly forceFlush: () => Promise<void>
  readonly shutdown: () => Promise<void>
  readonly releaseGlobals: () => void
}

type WithDelegate = OtelApi.TracerProvider & { readonly getDelegate: () => OtelApi.TracerProvider }

const hasDelegate = (provider: OtelApi.TracerProvider): provider is WithDelegate =>
  "getDelegate" in provider && typeof provider.getDelegate === "function"

// The global tracer provider is a proxy; its delegate is what NodeSDK registered (if it could).
const currentTraceDelegate = (): OtelApi.TracerProvider => {
  const provider = OtelApi.trace.getTracerProvider()
  return hasDelegate(provider) ? provider.getDelegate() : provider
}

const consoleOptions = (option: Options["console"]): ConsoleTrace.Options | undefined =>
  option === undefined || option === false ? undefined : option === true ? {} : option

const sdkResource = (options: Options) => {
  if (options.serviceVersion === undefined && options.resourceAttributes === undefined) {
    return {}
  }
  const attributes: OtelApi.Attributes = { ...options.resourceAttributes }
  if (options.serviceVersion !== undefined) {
    attributes[ATTR_SERVICE_VERSION] = options.serviceVersion
  }
  return { resource: defaultResource().merge(resourceFromAttributes(attributes)) }
}

const periodicReader = (exporter: PushMetricExporter, interval: Duration.Duration, producer: MetricProducer) => {
  const exportIntervalMillis = Math.max(1, Math.round(Duration.toMillis(interval)))
  return new PeriodicExportingMetricReader({
    exporter,
    exportIntervalMillis,
    // The reader rejects a timeout longer than the interval.
    exportTimeoutMillis: Math.min(30_000, exportIntervalMillis),
    metricProducers: [producer]
  })
}

// Synchronous and possibly throwing (exporter constructors validate their settings).
const start = (options: Options, producer: MetricProducer): {
  readonly started: Started | undefined
  readonly warnings: ReadonlyArray<string>
} => {
  const mode = options.envExporters ?? "always"
  const fromEnv = (signal: Signal): boolean => mode === "always" || (mode === "ifConfigured" && envConfigures(signal))
  const console = consoleOptions(options.console)

  const spanProcessors: Array<SpanProcessor> = [
    ...(console === undefined ? [] : [ConsoleTrace.makeProcessor(console)]),
    ...(fromEnv("traces") ? spanProcessorsFromEnv() : []),
    ...(options.spanProcessors ?? []),
    ...(options.spanExporters ?? []).map((exporter) => new BatchSpanProcessor(exporter))
  ]
  const envMetrics = fromEnv("metrics") ? metricReadersFromEnv(producer) : { readers: [], warnings: [] }
  const interval = Duration.decode(options.metricExportInterval ?? Duration.seconds(60))
  const metricReaders: Array<IMetricReader> = [
    ...envMetrics.readers,
    ...(options.metricReaders ?? []).map((make) => make(producer)),
    ...(options.metricExporters ?? []).map((exporter) => periodicReader(exporter, interval, producer))
  ]

  const sdk = new NodeSDK({
    // No auto-instrumentation: effect-zego's own spans are the telemetry.
    instrumentations: [],
    // Passing these (even empty) makes NodeSDK skip its own environment lookup for them.
    spanProcessors,
    metricReaders,
    ...(fromEnv("logs") ? {} : { logRecordProcessors: [] }),
    ...(options.serviceName === undefined ? {} : { serviceName: options.serviceName }),
    ...sdkResource(options)
  })

  const traceBefore = currentTraceDelegate()
  const meterBefore = OtelApi.metrics.getMeterProvider()
  sdk.start()
  const traceAfter = currentTraceDelegate()
  const meterAfter = OtelApi.metrics.getMeterProvider()
  const ownsTrace = traceAfter !== traceBefore
  const ownsMetrics = meterAfter !== meterBefore

  const warnings = [...envMetrics.warnings]
  if (spanProcessors.length > 0 && !ownsTrace) {
    warnings.push(
      "Another OpenTelemetry TracerProvider is already registered globally (is a second telemetry layer running?); " +
        "Effect spans go to that provider, not to this layer's exporters"
    )
  }

  const flushProcessors = () => Promise.allSettled(spanProcessors.map((processor) => processor.forceFlush()))

  return {
    warnings,
    started: {
      forceFlush: () =>
        Promise.allSettled([flushProcessors(), ...metricReaders.map((reader) => reader.forceFlush())]).then(() => {}),
      // SimpleSpanProcessor's shutdown does not wait for exports still in flight; flush them first.
      shutdown: () => flushProcessors().then(() => sdk.shutdown()),
      // NodeSDK leaves its providers registered after shutdown, which would make the next start in
      // this process unable to register; unregister what this start registered, if still current.
      // NodeSDK registers the context manager and propagator along with the tracer provider, so
      // owning the tracer provider is taken to mean owning those too.
      releaseGlobals: () => {
        if (ownsTrace && currentTraceDelegate() === traceAfter) {
          OtelApi.trace.disable()
          OtelApi.context.disable()
          OtelApi.propagation.disable()
        }
        if (ownsMetrics && OtelApi.metrics.getMeterProvider() === meterAfter) {
          OtelApi.metrics.disable()
        }
      }
    }
  }
}

const stop = (started: Started, timeout: Duration.DurationInput): Effect.Effect<void> =>
  Effect.tryPromise({ try: () => started.shutdown(), catch: (error) => error }).pipe(
    // Finalizers are uninterruptible; the wait must be interruptible for the timeout to apply.
    Effect.interruptible,
    Effect.timeoutOption(timeout),
    Effect.flatMap(Option.match({
      onNone: () => Effect.logWarning(`OpenTelemetry SDK shutdown did not finish within ${Duration.format(timeout)}`),
      onSome: () => Effect.void
    })),
    Effect.catchAllCause((cause) => Effect.logWarning("OpenTelemetry SDK shutdown failed", cause)),
    Effect.ensuring(Effect.sync(started.releaseGlobals))
  )

const noop: TelemetryService = { forceFlush: Effect.void }

/**
 * Starts `NodeSDK` for the lifetime of the layer and routes Effect's tracer and metrics into it.
 *
 * - Environment: whatever sdk-node reads (`OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`,
 *   `OTEL_TRACES_EXPORTER`, `OTEL_METRICS_EXPORTER`, `OTEL_EXPORTER_OTLP_ENDPOINT`,
 *   `OTEL_EXPORTER_OTLP_PROTOCOL`, `OTEL_TRACES_SAMPLER`, `OTEL_BSP_*`, ...); `OTEL_SDK_DISABLED=true`
 *   leaves Effect's own tracer in place and starts nothing. See {@link EnvExporters}.
 * - Traces: Effect spans go through `@effect/opentelemetry`'s `Tracer` bound to the global
 *   TracerProvider that NodeSDK registers, so parents, kinds, links, events and statuses survive.
 * - Metrics: `@effect/opentelemetry`'s metric producer is attached to every metric reader
 *   (`metricProducers`), so Effect metrics share the SDK's readers, exporters and resource.
 * - Scope close: pending spans are flushed, the SDK is shut down (metric readers export a last
 *   time) and the globals it registered are released, so the layer can be built again later in the
 *   same process. Failures and timeouts are logged, never raised.
 *
 * Telemetry must not take the program down: if the SDK cannot start, the error is logged and the
 * layer provides a no-op {@link Telemetry}.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<Telemetry> =>
  Layer.unwrapScoped(Effect.gen(function*() {
    if (sdkDisabled()) {
      yield* Effect.logDebug("OTEL_SDK_DISABLED is set; OpenTelemetry is off")
      return Layer.succeed(Telemetry, noop)
    }
    // Names the OTel tracer (instrumentation scope) Effect spans are created with.
    const resource = Resource.layer({
      serviceName: options.serviceName ?? serviceNameFromEnv() ?? "effect-zego",
      ...(options.serviceVersion === undefined ? {} : { serviceVersion: options.serviceVersion })
    })
    const producer = yield* Effect.provide(Metrics.makeProducer, resource)
    const started = yield* Effect.acquireRelease(
      Effect.try(() => start(options, producer)).pipe(
        Effect.tap(({ warnings }) => Effect.forEach(warnings, (warning) => Effect.logWarning(warning))),
        Effect.map(({ started }) => started),
        Effect.catchAll((error) =>
          Effect.as(Effect.logError("OpenTelemetry SDK failed to start; telemetry is off", error.error), undefined)
        )
      ),
      (started) => started === undefined ? Effect.void : stop(started, options.shutdownTimeout ?? Duration.seconds(5))
    )
    if (started === undefined) {
      return Layer.succeed(Telemetry, noop)
    }
    const tracer = ContextSafeTracer.layer.pipe(
      Layer.provide(Tracer.layerGlobalTracer),
      Layer.provide(resource)
    )
    return Layer.merge(
      Layer.succeed(Telemetry, { forceFlush: Effect.promise(started.forceFlush) }),
      tracer
    )
  }))

/**
 * {@link layer} with its options read from `Config`, e.g.
 * `layerConfig({ serviceName: Config.string("APP_NAME"), console: Config.boolean("TRACE_TREE") })`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (config: Config.Config.Wrap<Options>): Layer.Layer<Telemetry, ConfigError.ConfigError> =>
  Layer.unwrapEffect(Effect.map(Config.unwrap(config), layer))

/**
 * {@link layer} for scripts and examples: prints a span tree per root span (to stdout unless
 * `console.write` says otherwise) and, by default (`envExporters: "ifConfigured"`), also exports
 * OTLP when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_TRACES_EXPORTER`, ...) is set.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConsole = (options: Options = {}): Layer.Layer<Telemetry> =>
  layer({
    ...options,
    envExporters: options.envExporters ?? "ifConfigured",
    console: options.console ?? true
  })
