import { describe, expect, it } from "@effect/vitest"
import { Effect, Metric } from "effect"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { envConfigures } from "../src/internal/sdkNodeEnv.js"
import * as Telemetry from "../src/Telemetry.js"

interface Received {
  readonly path: string
  readonly contentType: string | undefined
  readonly body: string
}

/** A minimal OTLP/HTTP receiver on an ephemeral loopback port that keeps every request. */
const receiver = Effect.acquireRelease(
  Effect.async<{ readonly server: Http.Server; readonly url: string; readonly received: Array<Received> }>(
    (resume) => {
      const received: Array<Received> = []
      const server = Http.createServer((request, response) => {
        const chunks: Array<Buffer> = []
        request.on("data", (chunk: Buffer) => chunks.push(chunk))
        request.on("end", () => {
          received.push({
            path: request.url ?? "",
            contentType: request.headers["content-type"],
            body: Buffer.concat(chunks).toString("utf8")
          })
          response.writeHead(200, { "content-type": "application/json" })
          response.end("{}")
        })
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resume(Effect.succeed({ server, url: `http://127.0.0.1:${port}`, received }))
      })
    }
  ),
  ({ server }) =>
    Effect.async<void>((resume) => {
      // The exporters keep connections alive; close them so close() can finish.
      server.closeAllConnections()
      server.close(() => resume(Effect.void))
    })
)

/** Sets environment variables for the scope (`undefined` unsets) and restores them afterwards. */
const withEnv = (vars: Record<string, string | undefined>) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const saved = Object.keys(vars).map((key) => [key, process.env[key]] as const)
      for (const [key, value] of Object.entries(vars)) {
        if (value === undefined) {
          delete process.env[key]
        } else {
          process.env[key] = value
        }
      }
      return saved
    }),
    (saved) =>
      Effect.sync(() => {
        for (const [key, value] of saved) {
          if (value === undefined) {
            delete process.env[key]
          } else {
            process.env[key] = value
          }
        }
      })
  )

interface OtlpAttribute {
  readonly key: string
  readonly value: { readonly stringValue?: string }
}

interface OtlpTraces {
  readonly resourceSpans: ReadonlyArray<{
    readonly resource: { readonly attributes: ReadonlyArray<OtlpAttribute> }
    readonly scopeSpans: ReadonlyArray<{ readonly spans: ReadonlyArray<{ readonly name: string }> }>
  }>
}

interface OtlpMetrics {
  readonly resourceMetrics: ReadonlyArray<{
    readonly scopeMetrics: ReadonlyArray<{ readonly metrics: ReadonlyArray<{ readonly name: string }> }>
  }>
}

const otlpEnv = (url: string) => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: url,
  OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
  OTEL_SERVICE_NAME: "otlp-env-test",
  OTEL_TRACES_EXPORTER: undefined,
  OTEL_METRICS_EXPORTER: undefined,
  OTEL_LOGS_EXPORTER: "none",
  OTEL_SDK_DISABLED: undefined
})

describe("OTLP export through sdk-node", () => {
  it.scopedLive("spans and Effect metrics leave through the OTLP/HTTP exporters named by OTEL_* variables", () =>
    Effect.gen(function*() {
      const { received, url } = yield* receiver
      yield* withEnv(otlpEnv(url))

      yield* Effect.gen(function*() {
        yield* Metric.incrementBy(Metric.counter("otlp_test.calls", { incremental: true }), 2)
        yield* Effect.void.pipe(Effect.withSpan("otlp.child"))
      }).pipe(
        Effect.withSpan("otlp.root", { kind: "client" }),
        // Closing the layer's scope flushes the batch span processor and the metric reader.
        Effect.provide(Telemetry.layer())
      )

      const traces = received.filter((request) => request.path === "/v1/traces")
      expect(traces.length).toBeGreaterThan(0)
      expect(traces.every((request) => request.contentType?.startsWith("application/json"))).toBe(true)
      const payloads = traces.map((request) => JSON.parse(request.body) as OtlpTraces)
      const spanNames = payloads.flatMap((payload) =>
        payload.resourceSpans.flatMap((resourceSpans) =>
          resourceSpans.scopeSpans.flatMap((scopeSpans) => scopeSpans.spans.map((span) => span.name))
        )
      )
      expect(spanNames.sort()).toEqual(["otlp.child", "otlp.root"])
      const serviceNames = payloads.flatMap((payload) =>
        payload.resourceSpans.flatMap((resourceSpans) =>
          resourceSpans.resource.attributes.filter((attribute) => attribute.key === "service.name")
        )
      ).map((attribute) => attribute.value.stringValue)
      expect(new Set(serviceNames)).toEqual(new Set(["otlp-env-test"]))

      const metricNames = received
        .filter((request) => request.path === "/v1/metrics")
        .flatMap((request) =>
          (JSON.parse(request.body) as OtlpMetrics).resourceMetrics.flatMap((resourceMetrics) =>
            resourceMetrics.scopeMetrics.flatMap((scopeMetrics) => scopeMetrics.metrics.map((metric) => metric.name))
          )
        )
      expect(metricNames).toContain("otlp_test.calls")
    }))

  it.scopedLive("layerConsole prints the tree and also exports OTLP when the endpoint is set", () =>
    Effect.gen(function*() {
      const { received, url } = yield* receiver
      yield* withEnv({ ...otlpEnv(url), OTEL_METRICS_EXPORTER: "none" })
      const printed: Array<string> = []

      yield* Effect.void.pipe(
        Effect.withSpan("console.child", { attributes: { "zego.room_id": "r1", "ignored.key": 1 } }),
        Effect.withSpan("console.root"),
        Effect.provide(Telemetry.layerConsole({ console: { write: (text) => printed.push(text), timing: false } }))
      )

      expect(printed).toEqual(["console.root OK\n└─ console.child OK zego.room_id=r1\n"])
      const traces = received.filter((request) => request.path === "/v1/traces")
      expect(traces.map((request) => request.body).join("")).toContain("console.root")
    }))

  it.scopedLive("layerConsole without an endpoint prints the tree and exports nothing", () =>
    Effect.gen(function*() {
      const { received, url } = yield* receiver
      yield* withEnv({
        ...otlpEnv(url),
        // Nothing says where to export: "ifConfigured" must not fall back to localhost:4318.
        OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined,
        OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: undefined,
        OTEL_LOGS_EXPORTER: undefined
      })
      const printed: Array<string> = []

      yield* Effect.void.pipe(
        Effect.withSpan("quiet.root"),
        Effect.provide(Telemetry.layerConsole({ console: { write: (text) => printed.push(text), timing: false } }))
      )

      expect(printed).toEqual(["quiet.root OK\n"])
      expect(received).toEqual([])
    }))
})

describe("envExporters: \"ifConfigured\"", () => {
  it.scoped("counts a signal as configured when its exporter or an OTLP endpoint is named", () =>
    Effect.gen(function*() {
      const unset = {
        OTEL_TRACES_EXPORTER: undefined,
        OTEL_METRICS_EXPORTER: undefined,
        OTEL_LOGS_EXPORTER: undefined,
        OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined,
        OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: undefined,
        OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: undefined
      }
      const configured = (vars: Record<string, string>) =>
        Effect.scoped(
          Effect.zipRight(
            withEnv({ ...unset, ...vars }),
            Effect.sync(() => ({
              traces: envConfigures("traces"),
              metrics: envConfigures("metrics"),
              logs: envConfigures("logs")
            }))
          )
        )
      expect(yield* configured({})).toEqual({ traces: false, metrics: false, logs: false })
      expect(yield* configured({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual({
        traces: true,
        metrics: true,
        logs: true
      })
      expect(yield* configured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toEqual({
        traces: true,
        metrics: false,
        logs: false
      })
      expect(yield* configured({ OTEL_METRICS_EXPORTER: "console", OTEL_LOGS_EXPORTER: "none" })).toEqual({
        traces: false,
        metrics: true,
        logs: true
      })
    }))
})
