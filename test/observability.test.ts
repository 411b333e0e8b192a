/**
 * What a call looks like in traces and metrics, read back from the real OpenTelemetry SDK (in-memory
 * exporter and metric reader), for success, retries, rate-limit waits, every error kind and a batch.
 */
import type { CallOptions } from "@effect-zego/core"
import { ZegoMetrics } from "@effect-zego/core"
import { TelemetryTest } from "@effect-zego/telemetry"
import type { SpanRecord } from "@effect-zego/telemetry/SpanRecord"
import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { build, secret } from "./support/harness.js"
import * as ScriptedServer from "./support/ScriptedServer.js"
import { one } from "./support/verify.js"

const setup = (callOptions: CallOptions.CallOptions = {}) =>
  Effect.gen(function*() {
    const server = yield* ScriptedServer.make
    const context = yield* build(server.url, callOptions)
    yield* TelemetryTest.reset
    return { server, zim: Context.get(context, ZimService.ZimService) }
  })

const telemetry = Layer.fresh(TelemetryTest.layer({ serviceName: "observability-test" }))

const childrenOf = (spans: ReadonlyArray<SpanRecord>, parent: SpanRecord) =>
  spans.filter((s) => s.parentSpanId === parent.spanId && s.traceId === parent.traceId)

const only = <A>(items: ReadonlyArray<A>): A => {
  expect(items).toHaveLength(1)
  const [item] = items
  if (item === undefined) throw new Error("expected one item")
  return item
}

describe("spans", () => {
  it.scopedLive("a successful call: one logical client span and one HTTP attempt span, redacted", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ScriptedServer.envelope(0, {}, "rid-ok"))
      yield* zim.queryUserInfos({ UserIds: ["alice"] })
      const spans = yield* TelemetryTest.spans
      const call = only(spans.filter((s) => s.name === "ZIM.QueryUserInfos"))
      expect(call.kind).toBe("client")
      expect(call.status.code).not.toBe("error")
      expect(call.attributes).toMatchObject({
        "rpc.system": "zego",
        "rpc.service": "zim",
        "rpc.method": "QueryUserInfos",
        "zego.app_id": "12345",
        "zego.request_id": "rid-ok",
        "zego.code": 0
      })
      const attempt = only(childrenOf(spans, call))
      const port = Number(new URL(server.url).port)
      expect(attempt.name).toBe("POST")
      expect(attempt.kind).toBe("client")
      expect(attempt.attributes).toMatchObject({
        "http.request.method": "POST",
        "server.address": "127.0.0.1",
        "server.port": port,
        "http.response.status_code": 200
      })
      expect(attempt.attributes["http.request.resend_count"]).toBeUndefined()
      const url = String(attempt.attributes["url.full"])
      expect(url).toContain("Signature=REDACTED")
      expect(url).toContain("Action=QueryUserInfos")
      expect(url).not.toContain(String(server.received[0] && one(server.received[0], "Signature")))
      // @effect/platform's own client span (which records the signed URL verbatim) never ships.
      expect(spans.filter((s) => s.name.startsWith("http.client"))).toEqual([])
      expect(spans).toHaveLength(2)
    }).pipe(Effect.provide(telemetry)))

  it.scopedLive("retries: one attempt span each, resend_count on the retries, backoff as an event", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script((_, i) => (i < 2 ? ScriptedServer.envelope(660000001, {}, `rid-${i}`) : ScriptedServer.envelope(0)))
      yield* zim.queryUserInfos({ UserIds: ["alice"] })
      const spans = yield* TelemetryTest.spans
      const call = only(spans.filter((s) => s.name === "ZIM.QueryUserInfos"))
      const attempts = childrenOf(spans, call).sort((a, b) => a.startTimeMs - b.startTimeMs)
      expect(attempts.map((a) => a.attributes["http.request.resend_count"])).toEqual([undefined, 1, 2])
      expect(attempts.map((a) => a.attributes["zego.request_id"])).toEqual(["rid-0", "rid-1", "rid-1"])
      const retries = call.events.filter((e) => e.name === "zego.retry")
      expect(retries.map((e) => e.attributes["zego.retry"])).toEqual([1, 2])
      for (const e of retries) {
        expect(e.attributes["error.type"]).toBe("ServerError")
        expect(Number(e.attributes["zego.backoff_ms"])).toBeGreaterThan(0)
      }
    }).pipe(Effect.provide(telemetry)))

  it.scopedLive("waiting for a rate-limit permit is visible on the call span", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ScriptedServer.envelope(0))
      yield* Effect.forEach([1, 2, 3], () => zim.queryUserInfos({ UserIds: ["a"] }), { concurrency: "unbounded" })
      const calls = yield* TelemetryTest.spansNamed("ZIM.QueryUserInfos")
      const waited = calls.filter((c) => c.events.some((e) => e.name === "zego.rate_limit.wait"))
      // The second and third wait for their permits. (On a busy machine the first can too: a write later than
      // its permit's margin takes a new one.)
      expect(waited.length).toBeGreaterThanOrEqual(2)
      for (const c of waited) {
        expect(Number(c.attributes["zego.rate_limit.wait_ms"])).toBeGreaterThan(0)
        const event = c.events.find((e) => e.name === "zego.rate_limit.wait")
        expect(event?.attributes["zego.rate_limit.key"]).toBe("12345:zim:QueryUserInfos")
      }
    }).pipe(Effect.provide(telemetry)))

  it.scopedLive("an API error: error.type is the tag, status error, code and RequestId recorded", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ScriptedServer.envelope(660700015, {}, "rid-e"))
      yield* Effect.flip(zim.queryUserInfos({ UserIds: ["alice"] }))
      const spans = yield* TelemetryTest.spans
      const call = only(spans.filter((s) => s.name === "ZIM.QueryUserInfos"))
      expect(call.status.code).toBe("error")
      expect(call.attributes).toMatchObject({
        "error.type": "UserNotRegistered",
        "zego.code": 660700015,
        "zego.request_id": "rid-e"
      })
      // The exception event names the error too, not its numeric code (which OTel prefers when there is one).
      const exception = only(call.events.filter((e) => e.name === "exception"))
      expect(exception.attributes).toMatchObject({ "exception.type": "UserNotRegistered" })
      expect(String(exception.attributes["exception.message"])).toContain("660700015")
      // The HTTP exchange itself succeeded.
      const attempt = only(childrenOf(spans, call))
      expect(attempt.status.code).not.toBe("error")
      expect(attempt.attributes["error.type"]).toBeUndefined()
    }).pipe(Effect.provide(telemetry)))

  it.scopedLive("transport, timeout and malformed failures mark the attempt span too", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup({ retry: false, timeout: "100 millis" })
      const cases: ReadonlyArray<[ScriptedServer.Reply, string]> = [
        [{ drop: true }, "TransportError"],
        [{ ...ScriptedServer.envelope(0), delayMs: 300 }, "RequestTimeout"],
        [{ status: 502, body: "<html>bad gateway</html>" }, "HttpStatusError"]
      ]
      for (const [reply, tag] of cases) {
        yield* TelemetryTest.reset
        server.script(() => reply)
        yield* Effect.flip(zim.queryUserInfos({ UserIds: ["alice"] }))
        const spans = yield* TelemetryTest.spans
        const call = only(spans.filter((s) => s.name === "ZIM.QueryUserInfos"))
        expect([tag, call.attributes["error.type"], call.status.code]).toEqual([tag, tag, "error"])
        const attempt = only(childrenOf(spans, call))
        expect([tag, attempt.attributes["error.type"], attempt.status.code]).toEqual([tag, tag, "error"])
      }
    }).pipe(Effect.provide(telemetry)))

  it.scopedLive("invalid input: the call span records InvalidRequest and no attempt was made", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      yield* Effect.flip(zim.queryUserInfos({ UserIds: [] }))
      const spans = yield* TelemetryTest.spans
      const call = only(spans.filter((s) => s.name === "ZIM.QueryUserInfos"))
      expect(call.attributes["error.type"]).toBe("InvalidRequest")
      expect(childrenOf(spans, call)).toEqual([])
      expect(server.received).toHaveLength(0)
    }).pipe(Effect.provide(telemetry)))

  it.scopedLive("a batch: its root span links to every caller's span and holds the Action call", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script((r) =>
        ScriptedServer.envelope(0, {
          Result: (r.json as { UserIds: Array<string> }).UserIds.map((UserId) => ({ UserId }))
        })
      )
      yield* Effect.forEach(["a", "b", "c"], (id) => zim.getUserInfo(id).pipe(Effect.withSpan(`request ${id}`)), {
        concurrency: "unbounded"
      })
      const spans = yield* TelemetryTest.spans
      const lookups = spans.filter((s) => s.name === "ZIM.getUserInfo")
      expect(lookups).toHaveLength(3)
      for (const lookup of lookups) {
        const parent = spans.find((s) => s.spanId === lookup.parentSpanId)
        expect(parent?.name).toMatch(/^request [abc]$/)
      }
      const batch = only(spans.filter((s) => s.name === "ZIM.getUserInfo.batch"))
      expect(batch.parentSpanId).toBeUndefined()
      expect(batch.links.map((l) => l.spanId).sort()).toEqual(lookups.map((l) => l.spanId).sort())
      expect(batch.attributes["zego.batch.size"]).toBe(3)
      const call = only(childrenOf(spans, batch))
      expect(call.name).toBe("ZIM.QueryUserInfos")
    }).pipe(Effect.provide(telemetry)))
})

describe("metrics", () => {
  it.scopedLive("duration histogram with OTel's HTTP client buckets, calls by outcome, retries, permit waits", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script((r, i) =>
        one(r, "Action") === "QueryUserInfos" && i === 0
          ? ScriptedServer.envelope(660000001)
          : ScriptedServer.envelope(0)
      )
      yield* Effect.forEach([1, 2], () => zim.queryUserInfos({ UserIds: ["a"] }), { concurrency: "unbounded" })
      server.script(() => ScriptedServer.envelope(660700015))
      yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))

      const duration = yield* TelemetryTest.metric("zego.client.call.duration")
      expect(duration._tag).toBe("Histogram")
      if (duration._tag === "Histogram") {
        const success = duration.points.find((p) =>
          p.attributes["rpc.method"] === "QueryUserInfos" && p.attributes["outcome"] === "success"
        )
        expect(success?.boundaries).toEqual(ZegoMetrics.durationBoundaries)
        expect(success?.count).toBeGreaterThanOrEqual(2)
        const failed = duration.points.find((p) => p.attributes["outcome"] === "UserNotRegistered")
        expect(failed?.attributes["rpc.service"]).toBe("zim")
      }
      const calls = yield* TelemetryTest.metric("zego.client.calls")
      const failures = calls._tag === "Sum"
        ? calls.points.find((p) => p.attributes["outcome"] === "UserNotRegistered")?.value
        : undefined
      expect(failures).toBeGreaterThanOrEqual(1)
      const retries = yield* TelemetryTest.metric("zego.client.retries")
      expect(retries._tag === "Sum" && retries.points.some((p) => p.attributes["error.type"] === "ServerError")).toBe(
        true
      )
      const waits = yield* TelemetryTest.metric("zego.client.rate_limit.wait")
      expect(waits._tag === "Histogram" && waits.points.some((p) => p.count >= 1)).toBe(true)
    }).pipe(Effect.provide(telemetry)))
})

describe("secret hygiene", () => {
  it.scopedLive("no span, event, link or status of a faulty run holds the secret or a signature sent", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup({ timeout: "100 millis" })
      server.script((_, i) =>
        [
          ScriptedServer.envelope(660000001),
          { drop: true },
          { ...ScriptedServer.envelope(0), delayMs: 300 },
          { status: 503, body: "<html>unavailable</html>" },
          ScriptedServer.envelope(100000005),
          ScriptedServer.envelope(0)
        ][i % 6] ?? ScriptedServer.envelope(0)
      )
      yield* Effect.forEach(Array.from({ length: 6 }), () => Effect.either(zim.queryUserInfos({ UserIds: ["a"] })))
      const signatures = server.received.map((r) => one(r, "Signature")).filter((s): s is string => s !== undefined)
      expect(signatures.length).toBeGreaterThan(6)
      const text = JSON.stringify(yield* TelemetryTest.spans)
      expect(text).toContain("REDACTED")
      expect(text).not.toContain(secret)
      for (const signature of signatures) expect(text).not.toContain(signature)
    }).pipe(Effect.provide(telemetry)))
})
