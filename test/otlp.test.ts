/**
 * A real call's trace and metrics leave the process through sdk-node's OTLP/HTTP exporters, to a receiver
 * on loopback, with the signature redacted and no secret anywhere in what was exported.
 */
import { Telemetry } from "@effect-zego/telemetry"
import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { build, secret } from "./support/harness.js"
import * as ScriptedServer from "./support/ScriptedServer.js"
import { one } from "./support/verify.js"

interface Export {
  readonly path: string
  readonly body: string
}

const receiver = Effect.acquireRelease(
  Effect.async<{ readonly server: Http.Server; readonly url: string; readonly received: Array<Export> }>((resume) => {
    const received: Array<Export> = []
    const server = Http.createServer((request, response) => {
      const chunks: Array<Buffer> = []
      request.on("data", (chunk: Buffer) => chunks.push(chunk))
      request.on("end", () => {
        received.push({ path: request.url ?? "", body: Buffer.concat(chunks).toString("utf8") })
        response.writeHead(200, { "content-type": "application/json" })
        response.end("{}")
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resume(Effect.succeed({ server, url: `http://127.0.0.1:${port}`, received }))
    })
  }),
  ({ server }) =>
    Effect.async<void>((resume) => {
      server.closeAllConnections()
      server.close(() => resume(Effect.void))
    })
)

const withEnv = (vars: Record<string, string>) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const saved = Object.keys(vars).map((key) => [key, process.env[key]] as const)
      Object.assign(process.env, vars)
      return saved
    }),
    (saved) =>
      Effect.sync(() => {
        for (const [key, value] of saved) {
          if (value === undefined) delete process.env[key]
          else process.env[key] = value
        }
      })
  )

describe("OTLP export", () => {
  it.scopedLive("spans and metrics of a call reach an OTLP/HTTP receiver through sdk-node, redacted", () =>
    Effect.gen(function*() {
      const otlp = yield* receiver
      const api = yield* ScriptedServer.make
      api.script((_, i) => (i === 0 ? ScriptedServer.envelope(660000001) : ScriptedServer.envelope(0, {}, "rid-otlp")))
      yield* withEnv({
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        OTEL_SERVICE_NAME: "otlp-test",
        OTEL_METRIC_EXPORT_INTERVAL: "60000"
      })
      // The telemetry scope closes (flushing) before the receiver is read.
      yield* Effect.scoped(
        Effect.gen(function*() {
          const context = yield* build(api.url)
          const zim = Context.get(context, ZimService.ZimService)
          yield* zim.queryUserInfos({ UserIds: ["alice"] })
        }).pipe(Effect.provide(Layer.fresh(Telemetry.layer())))
      )
      const traces = otlp.received.filter((r) => r.path === "/v1/traces").map((r) => r.body).join("\n")
      const metrics = otlp.received.filter((r) => r.path === "/v1/metrics").map((r) => r.body).join("\n")
      expect(traces).toContain("ZIM.QueryUserInfos")
      expect(traces).toContain("rid-otlp")
      expect(traces).toContain("Signature=REDACTED")
      expect(traces).toContain("otlp-test")
      expect(metrics).toContain("zego.client.call.duration")
      expect(metrics).toContain("zego.client.retries")
      const everything = traces + metrics
      expect(everything).not.toContain(secret)
      const signatures = api.received.map((r) => one(r, "Signature")).filter((s): s is string => s !== undefined)
      expect(signatures).toHaveLength(2)
      for (const signature of signatures) expect(everything).not.toContain(signature)
    }))
})
