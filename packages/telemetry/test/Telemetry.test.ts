import { describe, expect, it } from "@effect/vitest"
import * as OtelApi from "@opentelemetry/api"
import { core } from "@opentelemetry/sdk-node"
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base"
import { SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { Clock, Config, ConfigProvider, Data, Effect, Exit, Layer, Metric, MetricBoundaries } from "effect"
import * as Telemetry from "../src/Telemetry.js"
import * as TelemetryTest from "../src/TelemetryTest.js"

class QuotaExceeded extends Data.TaggedError("QuotaExceeded")<{ readonly message: string }> {}

/**
 * Records span names. Exports complete asynchronously (like the in-memory and OTLP exporters) and
 * are dropped once the exporter is shut down, so an export still in flight at shutdown is lost
 * unless the SDK is flushed first.
 */
class RecordingExporter implements SpanExporter {
  readonly names: Array<string> = []
  readonly spans: Array<ReadableSpan> = []
  private stopped = false

  export(spans: Array<ReadableSpan>, resultCallback: (result: core.ExportResult) => void): void {
    setTimeout(() => {
      if (this.stopped) {
        resultCallback({ code: core.ExportResultCode.FAILED, error: new Error("exporter stopped") })
        return
      }
      for (const span of spans) {
        this.names.push(span.name)
        this.spans.push(span)
      }
      resultCallback({ code: core.ExportResultCode.SUCCESS })
    }, 5)
  }

  shutdown(): Promise<void> {
    this.stopped = true
    return Promise.resolve()
  }
}

class FailingExporter implements SpanExporter {
  export(_spans: Array<ReadableSpan>, resultCallback: (result: core.ExportResult) => void): void {
    resultCallback({ code: core.ExportResultCode.FAILED, error: new Error("collector down") })
  }

  shutdown(): Promise<void> {
    return Promise.reject(new Error("cannot shut down"))
  }
}

const addEvent = (name: string, attributes: Record<string, unknown>) =>
  Effect.flatMap(
    Effect.zip(Effect.currentSpan, Clock.currentTimeNanos),
    ([span, now]) => Effect.sync(() => span.event(name, now, attributes))
  )

describe("Telemetry.layer through sdk-node", () => {
  it.live("Effect spans reach the exporter with parents, kinds, attributes, events, links and status", () =>
    Effect.gen(function*() {
      const linked = yield* Effect.currentSpan.pipe(Effect.withSpan("zego.token"))

      yield* Effect.gen(function*() {
        yield* Effect.annotateCurrentSpan("zego.app_id", 1234)
        yield* Effect.gen(function*() {
          yield* addEvent("rate-limit.wait", { "zego.wait_ms": 100 })
          yield* Effect.annotateCurrentSpan({ "http.response.status_code": 200 })
        }).pipe(Effect.withSpan("http.request", { kind: "client", attributes: { "http.request.method": "POST" } }))
        yield* Effect.logWarning("retrying after backoff")
        yield* Effect.fail(new QuotaExceeded({ message: "quota exceeded" })).pipe(
          Effect.withSpan("zego.attempt", { kind: "client" }),
          Effect.ignore
        )
      }).pipe(
        Effect.withSpan("zim.sendMessage", {
          kind: "client",
          attributes: { "rpc.method": "SendMessage" },
          links: [{ _tag: "SpanLink", span: linked, attributes: { "link.reason": "token" } }]
        })
      )

      const spans = yield* TelemetryTest.spans
      expect(spans.map((span) => span.name)).toEqual([
        "zego.token",
        "http.request",
        "zego.attempt",
        "zim.sendMessage"
      ])

      const root = yield* TelemetryTest.span("zim.sendMessage")
      const http = yield* TelemetryTest.span("http.request")
      const attempt = yield* TelemetryTest.span("zego.attempt")
      const token = yield* TelemetryTest.span("zego.token")

      expect(root.parentSpanId).toBeUndefined()
      expect(root.kind).toBe("client")
      expect(root.status).toEqual({ code: "ok" })
      expect(root.attributes).toMatchObject({ "rpc.method": "SendMessage", "zego.app_id": 1234 })
      expect(root.links).toEqual([{
        traceId: token.traceId,
        spanId: token.spanId,
        attributes: { "link.reason": "token" }
      }])
      expect(root.events.map((event) => [event.name, event.attributes["effect.logLevel"]])).toEqual([
        ["retrying after backoff", "WARN"]
      ])
      // Effect's own span ids are the OTel ids.
      expect(root.spanId).not.toBe(token.spanId)
      expect(token.traceId).not.toBe(root.traceId)

      expect(http.traceId).toBe(root.traceId)
      expect(http.parentSpanId).toBe(root.spanId)
      expect(http.kind).toBe("client")
      expect(http.attributes).toEqual({ "http.request.method": "POST", "http.response.status_code": 200 })
      expect(http.events.map(({ attributes, name }) => ({ name, attributes }))).toEqual([
        { name: "rate-limit.wait", attributes: { "zego.wait_ms": 100 } }
      ])

      expect(attempt.parentSpanId).toBe(root.spanId)
      expect(attempt.status).toEqual({ code: "error", message: "quota exceeded" })
      expect(attempt.events.map((event) => event.name)).toEqual(["exception"])
      expect(attempt.events[0]?.attributes["exception.message"]).toBe("quota exceeded")

      expect(yield* TelemetryTest.tree()).toBe(
        [
          "zego.token OK",
          "zim.sendMessage [client] OK rpc.method=SendMessage zego.app_id=1234",
          "│ • retrying after backoff effect.logLevel=WARN",
          "├─ http.request [client] OK http.request.method=POST http.response.status_code=200",
          "│    • rate-limit.wait zego.wait_ms=100",
          "└─ zego.attempt [client] ERROR \"quota exceeded\"",
          "     • exception exception.message=\"quota exceeded\" exception.type=QuotaExceeded",
          ""
        ].join("\n")
      )

      yield* TelemetryTest.reset
      expect(yield* TelemetryTest.spans).toEqual([])
    }).pipe(Effect.provide(TelemetryTest.layer())))

  it.live("Effect metrics (counter, histogram with explicit boundaries) reach the metric reader", () =>
    Effect.gen(function*() {
      const requests = Metric.counter("telemetry_test.requests", {
        description: "Requests sent",
        incremental: true
      }).pipe(Metric.tagged("rpc.method", "SendMessage"))
      const latency = Metric.histogram(
        "telemetry_test.latency",
        MetricBoundaries.fromIterable([10, 50, 100]),
        "Request latency"
      ).pipe(Metric.tagged("rpc.method", "SendMessage"))

      yield* Metric.incrementBy(requests, 3)
      yield* Effect.forEach([5, 20, 200], (value) => Metric.update(latency, value))
      // An OTel API instrument shares the reader: the reader is bound to NodeSDK's MeterProvider.
      OtelApi.metrics.getMeter("telemetry-test").createCounter("telemetry_test.otel_api").add(2, { source: "api" })

      expect(yield* TelemetryTest.metric("telemetry_test.requests")).toEqual({
        _tag: "Sum",
        name: "telemetry_test.requests",
        description: "Requests sent",
        unit: "1",
        scope: "@effect/opentelemetry/Metrics",
        monotonic: true,
        points: [{ attributes: { "rpc.method": "SendMessage" }, value: 3 }]
      })
      expect(yield* TelemetryTest.metric("telemetry_test.latency")).toEqual({
        _tag: "Histogram",
        name: "telemetry_test.latency",
        description: "Request latency",
        unit: "1",
        scope: "@effect/opentelemetry/Metrics",
        points: [{
          attributes: { "rpc.method": "SendMessage" },
          count: 3,
          sum: 225,
          min: 5,
          max: 200,
          boundaries: [10, 50, 100],
          bucketCounts: [1, 1, 0, 1]
        }]
      })
      const otelApi = yield* TelemetryTest.metric("telemetry_test.otel_api")
      expect(otelApi._tag).toBe("Sum")
      expect(otelApi.points).toEqual([{ attributes: { source: "api" }, value: 2 }])
    }).pipe(Effect.provide(TelemetryTest.layer())))

  it.live("shutdown flushes: a span ended right before the scope closes is exported", () =>
    Effect.gen(function*() {
      const batched = new RecordingExporter()
      const simple = new RecordingExporter()
      yield* Effect.void.pipe(
        Effect.withSpan("last.span"),
        Effect.provide(Telemetry.layer({
          envExporters: "never",
          // Batched: waits 5 s unless shutdown flushes. Simple: export still in flight at shutdown.
          spanExporters: [batched],
          spanProcessors: [new SimpleSpanProcessor(simple)]
        }))
      )
      expect(batched.names).toEqual(["last.span"])
      expect(simple.names).toEqual(["last.span"])
    }))

  it.live("can start again after a shutdown, and a second concurrent start does not throw", () =>
    Effect.gen(function*() {
      const outer = new RecordingExporter()
      const inner = new RecordingExporter()
      const layerWith = (exporter: RecordingExporter) =>
        Telemetry.layer({ envExporters: "never", spanProcessors: [new SimpleSpanProcessor(exporter)] })

      const exit = yield* Effect.void.pipe(
        Effect.withSpan("nested.span"),
        Effect.provide(layerWith(inner)),
        Effect.zipRight(Effect.void.pipe(Effect.withSpan("outer.span"))),
        Effect.provide(layerWith(outer)),
        Effect.exit
      )
      expect(Exit.isSuccess(exit)).toBe(true)
      // The first SDK owns the global provider; the second one logs a warning and shares it.
      expect(outer.names).toEqual(["nested.span", "outer.span"])
      expect(inner.names).toEqual([])

      // Both are shut down and the globals released, so a third start gets the spans.
      const again = new RecordingExporter()
      yield* Effect.void.pipe(Effect.withSpan("again.span"), Effect.provide(layerWith(again)))
      expect(again.names).toEqual(["again.span"])
    }))

  it.live("exporter and shutdown failures are logged, not raised", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.void.pipe(
        Effect.withSpan("doomed.span"),
        Effect.provide(Telemetry.layer({ envExporters: "never", spanExporters: [new FailingExporter()] })),
        Effect.exit
      )
      expect(Exit.isSuccess(exit)).toBe(true)
    }))

  it.live("layerConfig reads its options from Config; serviceName lands on the resource", () =>
    Effect.gen(function*() {
      const exporter = new RecordingExporter()
      yield* Effect.void.pipe(
        Effect.withSpan("configured.span"),
        Effect.provide(
          Telemetry.layerConfig({
            serviceName: Config.string("APP_NAME"),
            serviceVersion: Config.string("APP_VERSION"),
            envExporters: Config.literal("always", "ifConfigured", "never")("TELEMETRY_ENV_EXPORTERS"),
            spanProcessors: Config.succeed([new SimpleSpanProcessor(exporter)])
          }).pipe(
            Layer.provide(Layer.setConfigProvider(ConfigProvider.fromMap(
              new Map([["APP_NAME", "zego-config-test"], ["APP_VERSION", "1.2.3"], [
                "TELEMETRY_ENV_EXPORTERS",
                "never"
              ]])
            )))
          )
        )
      )
      expect(exporter.names).toEqual(["configured.span"])
      expect(exporter.spans[0]?.resource.attributes["service.name"]).toBe("zego-config-test")
      expect(exporter.spans[0]?.resource.attributes["service.version"]).toBe("1.2.3")
    }))
})
