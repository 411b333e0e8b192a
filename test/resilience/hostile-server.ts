/**
 * A hostile server on loopback (issue 14, items 1, 2, 7 and 13): JSON nested up to 100,000 levels deep in any
 * field, endless bodies, a `content-length` of a gigabyte, megabyte RequestIds and Messages, huge valid answers
 * against a short timeout, the request URL (with its live Signature) echoed into every part of the answer, and
 * plain-text error statuses. Each runs through the real client — the default undici client and the platform's
 * (`httpClient: "platform"`) — and ends in its typed error or its value: never a defect, never a wait past the
 * timeout, never more than a short excerpt of what the server sent, never the signature.
 */
import { ZegoClient } from "@effect-zego/client"
import { CallOptions, ZegoError } from "@effect-zego/core"
import { RtcService } from "@effect-zego/rtc"
import { TelemetryTest } from "@effect-zego/telemetry"
import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as fc from "effect/FastCheck"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { inspect } from "node:util"
import { captureLogs, describeExit, pollUntil, typedFailure, zegoFailure } from "./support.js"

/** One request as the hostile server saw it, and whether its answer was cut off by the client. */
interface Seen {
  readonly url: string
  readonly signature: string
  /** The connection closed before the server finished its answer. */
  aborted: boolean
}

interface Hostile {
  readonly url: string
  readonly seen: Array<Seen>
  /** Replaces how the server answers. */
  readonly answer: (handler: (request: IncomingMessage, response: ServerResponse, seen: Seen) => void) => void
}

const hostileServer: Effect.Effect<Hostile, never, Scope.Scope> = Effect.acquireRelease(
  Effect.async<{ readonly server: ReturnType<typeof createServer>; readonly hostile: Hostile }>((resume) => {
    const seen: Array<Seen> = []
    let handler: (request: IncomingMessage, response: ServerResponse, seen: Seen) => void = (_, response) =>
      response.end("{\"Code\":0}")
    const server = createServer((request, response) => {
      request.resume()
      request.on("end", () => {
        const url = request.url ?? "/"
        const entry: Seen = {
          url,
          signature: new URL(url, "http://127.0.0.1").searchParams.get("Signature") ?? "",
          aborted: false
        }
        seen.push(entry)
        response.on("close", () => {
          if (!response.writableFinished) entry.aborted = true
        })
        handler(request, response, entry)
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resume(Effect.succeed({
        server,
        hostile: {
          url: `http://127.0.0.1:${port}`,
          seen,
          answer: (next) => {
            handler = next
          }
        }
      }))
    })
  }),
  ({ server }) =>
    Effect.async<void>((resume) => {
      server.closeAllConnections()
      server.close(() => resume(Effect.void))
    })
).pipe(Effect.map(({ hostile }) => hostile))

type HttpClientKind = "undici" | "platform"

/** The whole client (`ZegoClient.layer`) against `url`, with the given HTTP client. */
const clientAt = (url: string, callOptions: CallOptions.CallOptions, httpClient: HttpClientKind = "undici") =>
  Effect.map(
    Layer.build(ZegoClient.layer({
      appId: 12345,
      serverSecret: Redacted.make("9193cc662a4c0ec135ec71fb57194b38"),
      zimBaseUrl: url,
      rtcBaseUrl: url,
      httpClient,
      callOptions: { rateLimit: false, ...callOptions }
    })).pipe(Effect.orDie),
    (context) => ({
      zim: Context.get(context, ZimService.ZimService),
      rtc: Context.get(context, RtcService.RtcService)
    })
  )

const kinds: ReadonlyArray<HttpClientKind> = ["undici", "platform"]

const json = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, { "content-type": "application/json", ...headers })
  response.end(body)
}

/** JSON nested `depth` levels deep: arrays, objects, or both in turn. */
const nested = (depth: number, kind: "array" | "object" | "mixed"): string => {
  if (kind === "array") return "[".repeat(depth) + "]".repeat(depth)
  if (kind === "object") return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1)
  const half = Math.floor(depth / 2)
  return "[{\"a\":".repeat(half) + "1" + "}]".repeat(half)
}

/** The fields a deep value is put in: the envelope's, the Actions' business fields, and one nobody reads. */
const fields = [
  "Code",
  "Message",
  "RequestId",
  "ErrorList",
  "Result",
  "GroupInfoList",
  "Data",
  "Unread",
  "Result.0.Extra",
  "Data.UserStatusList.0"
] as const

/** A success envelope with `value` (raw JSON text) at the dotted `path`. */
const withDeepValue = (path: string, value: string): string => {
  const [head, ...rest] = path.split(".")
  const inner = rest.reduceRight<string>(
    (acc, key) => /^[0-9]+$/.test(key) ? `[${acc}]` : `{"${key}":${acc}}`,
    value
  )
  const base: Record<string, string> = { Code: "0", Message: "\"success\"", RequestId: "\"rid-deep\"" }
  base[head ?? "Data"] = inner
  return `{${Object.entries(base).map(([k, v]) => `"${k}":${v}`).join(",")}}`
}

describe("hostile server: deeply nested JSON (item 1)", () => {
  it.scopedLive("nested 65 to 100,000 levels deep in any field: MalformedResponse, never a defect", () =>
    Effect.gen(function*() {
      const server = yield* hostileServer
      const { rtc, zim } = yield* clientAt(server.url, { retry: false })
      const calls: ReadonlyArray<Effect.Effect<void, unknown>> = [
        Effect.asVoid(zim.queryUserInfos({ UserIds: ["alice"] })),
        Effect.asVoid(zim.queryGroupsInfoOfUser({ FromUserId: "alice", Limit: 10 })),
        Effect.asVoid(rtc.describeUsers({ RoomId: "room", UserId: ["u"] }))
      ]
      // The depths the issue found (2,200) and the bounds, always; then fast-check's choice, biased to the ends.
      const fixed: ReadonlyArray<readonly [number, "array" | "object" | "mixed", string, number]> = [
        [65, "array", "Data", 0],
        [2_200, "array", "Result", 0],
        [100_000, "array", "Unread", 1],
        [100_000, "object", "Result.0.Extra", 0],
        [100_000, "mixed", "Data.UserStatusList.0", 2]
      ]
      const sampled = fc.sample(
        fc.tuple(
          fc.integer({ min: 65, max: 100_000 }),
          fc.constantFrom("array" as const, "object" as const, "mixed" as const),
          fc.constantFrom(...fields),
          fc.nat(calls.length - 1)
        ),
        { numRuns: 60, seed: 14 }
      )
      let deepest = 0
      for (const [depth, kind, field, which] of [...fixed, ...sampled]) {
        const body = withDeepValue(field, nested(depth, kind))
        server.answer((_, response) => json(response, 200, body))
        const exit = yield* Effect.exit(calls[which] ?? Effect.void)
        const label = `${kind} ${depth} deep in ${field}: ${describeExit(exit).slice(0, 500)}`
        const error = zegoFailure(exit)
        expect(error?._tag, label).toBe("MalformedResponse")
        expect(String(error?.message).length, label).toBeLessThan(2_000)
        deepest = Math.max(deepest, depth)
      }
      expect(deepest).toBe(100_000)
    }))

  it.scopedLive("an error status with a deep body: HttpStatusError; a deep body under 65 levels: decoded", () =>
    Effect.gen(function*() {
      const server = yield* hostileServer
      const { zim } = yield* clientAt(server.url, { retry: false })
      server.answer((_, response) => json(response, 503, withDeepValue("Message", nested(50_000, "array"))))
      const exit = yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(zegoFailure(exit)?._tag, describeExit(exit)).toBe("HttpStatusError")
      // A value 40 levels deep in a field nobody reads is no reason to fail.
      server.answer((_, response) => json(response, 200, withDeepValue("Unread", nested(40, "array"))))
      expect(Exit.isSuccess(yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] })))).toBe(true)
    }))
})

describe("hostile server: response sizes (item 2)", () => {
  const mib = 1024 * 1024

  for (const kind of kinds) {
    it.scopedLive(`${kind}: an endless body is cut at maxResponseBytes, the exchange aborted: ResponseTooLarge`, () =>
      Effect.gen(function*() {
        const server = yield* hostileServer
        // Generous time bounds: the cap must end the call, not the timeout.
        const { zim } = yield* clientAt(server.url, { timeout: "60 seconds", deadline: "none" }, kind)
        const chunk = "x".repeat(64 * 1024)
        server.answer((_, response) => {
          response.writeHead(200, { "content-type": "application/json" })
          response.write("{\"Code\":0,\"RequestId\":\"")
          const more = () => {
            if (response.destroyed) return
            if (response.write(chunk)) setImmediate(more)
            else response.once("drain", more)
          }
          more()
        })
        for (const maxResponseBytes of [mib, undefined]) {
          const call = zim.queryUserInfos({ UserIds: ["alice"] })
          const exit = yield* Effect.exit(
            maxResponseBytes === undefined ? call : CallOptions.withCallOptions(call, { maxResponseBytes })
          )
          const error = typedFailure(exit)
          const cap = maxResponseBytes ?? CallOptions.defaultMaxResponseBytes
          expect(error, describeExit(exit)).toBeInstanceOf(ZegoError.ResponseTooLarge)
          if (!(error instanceof ZegoError.ResponseTooLarge)) continue
          expect(error).toMatchObject({ status: 200, maxBytes: cap, isRetryable: false })
          expect(error.receivedBytes).toBeGreaterThan(cap)
          // Not retried, and the server saw its answer cut off.
          const last = server.seen.at(-1)
          expect(yield* pollUntil(Effect.sync(() => last?.aborted), (aborted) => aborted === true)).toBe(true)
        }
        expect(server.seen).toHaveLength(2)
      }))

    it.scopedLive(`${kind}: a content-length past the cap is refused before the body comes`, () =>
      Effect.gen(function*() {
        const server = yield* hostileServer
        const { zim } = yield* clientAt(server.url, { timeout: "60 seconds", retry: false }, kind)
        server.answer((_, response) => {
          response.writeHead(200, { "content-type": "application/json", "content-length": String(1024 * mib) })
          response.write("{\"Code\":0,")
        })
        const error = typedFailure(yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] })))
        expect(error).toMatchObject({ _tag: "ResponseTooLarge", receivedBytes: 1024 * mib })
      }))

    it.scopedLive(`${kind}: megabyte RequestId and Message: the error keeps a short excerpt of each`, () =>
      Effect.gen(function*() {
        const server = yield* hostileServer
        const { zim } = yield* clientAt(server.url, { retry: false }, kind)
        const huge = "7".repeat(3 * mib)
        server.answer((_, response) =>
          json(response, 200, JSON.stringify({ Code: 100000011, Message: huge, RequestId: huge }))
        )
        const error = zegoFailure(yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] })))
        expect(error?._tag).toBe("AppNotConfigured")
        expect(String(error?.["requestId"]).length).toBeLessThanOrEqual(201)
        expect(String(error?.["serverMessage"]).length).toBeLessThanOrEqual(201)
        expect(JSON.stringify(error).length).toBeLessThan(2_000)
        expect(inspect(error, { depth: Infinity }).length).toBeLessThan(10_000)
        // A malformed answer and an error status keep excerpts too.
        server.answer((_, response) => json(response, 200, JSON.stringify({ Code: "0", RequestId: huge })))
        const malformed = zegoFailure(yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] })))
        expect(malformed?._tag).toBe("MalformedResponse")
        expect(JSON.stringify(malformed).length).toBeLessThan(2_000)
        server.answer((_, response) => json(response, 502, JSON.stringify({ Code: 0, RequestId: huge })))
        const status = zegoFailure(yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] })))
        expect(status?._tag).toBe("HttpStatusError")
        expect(JSON.stringify(status).length).toBeLessThan(2_000)
      }))

    it.scopedLive(`${kind}: a huge valid answer against a short timeout or deadline: the timeout wins`, () =>
      Effect.gen(function*() {
        const server = yield* hostileServer
        // About 28 MB of valid users, allowed through the cap, sent in 10 pieces over about 6 s: whatever the
        // machine's speed, the body is still arriving when the 3 s run out (before issue 14 the call waited
        // for it and succeeded). The timer must cover reading the body, not only the head.
        const users = Array.from({ length: 120_000 }, (_, i) => ({
          UserId: `user-${i}`,
          UserName: "n".repeat(100),
          UserAvatar: "https://example.com/" + "a".repeat(60)
        }))
        const body = JSON.stringify({ Code: 0, Message: "success", RequestId: "rid-big", Result: users })
        const pieces = 10
        const pieceLength = Math.ceil(body.length / pieces)
        server.answer((_, response) => {
          response.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) })
          const send = (index: number): void => {
            if (response.destroyed) return
            if (index === pieces - 1) {
              response.end(body.slice(index * pieceLength))
              return
            }
            response.write(body.slice(index * pieceLength, (index + 1) * pieceLength))
            setTimeout(() => send(index + 1), 650)
          }
          send(0)
        })
        const { zim } = yield* clientAt(server.url, { maxResponseBytes: 64 * mib, retry: false }, kind)
        const timedOut = typedFailure(
          yield* Effect.exit(
            CallOptions.withCallOptions(zim.queryUserInfos({ UserIds: ["alice"] }), { timeout: "3 seconds" })
          )
        )
        expect(timedOut).toMatchObject({ _tag: "RequestTimeout", timeoutMillis: 3_000 })
        const late = typedFailure(
          yield* Effect.exit(
            CallOptions.withCallOptions(zim.queryUserInfos({ UserIds: ["alice"] }), {
              timeout: "60 seconds",
              deadline: "3 seconds"
            })
          )
        )
        expect(late).toMatchObject({ _tag: "DeadlineExceeded" })
      }))
  }
})

describe("hostile server: the request URL echoed back (item 7)", () => {
  const telemetry = Layer.fresh(TelemetryTest.layer({ serviceName: "resilience-echo" }))

  it.scopedLive("in messages, RequestIds, ErrorLists, bodies and headers: the signature is in no error, log or span", () =>
    Effect.gen(function*() {
      const server = yield* hostileServer
      const clients = yield* Effect.all(kinds.map((kind) => clientAt(server.url, { retry: { maxAttempts: 2 } }, kind)))
      // Each answer quotes the URL as it came, percent-encoded and JSON-escaped, everywhere it can.
      const answers: ReadonlyArray<(url: string) => { status: number; body: string; contentType?: string }> = [
        (url) => ({
          status: 200,
          body: JSON.stringify({ Code: 100000011, Message: `no app for ${url}`, RequestId: url })
        }),
        (url) => ({
          status: 200,
          body: JSON.stringify({
            Code: 660000002,
            Message: encodeURIComponent(url),
            RequestId: JSON.stringify({ url }),
            ErrorList: [{ UserId: url, SubCode: 660000002, [url]: url }]
          })
        }),
        (url) => ({ status: 503, body: `upstream failed for ${url}`, contentType: "text/plain" }),
        (url) => ({ status: 429, body: `<html>slow down: ${url}</html>`, contentType: "text/html" }),
        (url) => ({ status: 200, body: JSON.stringify({ Code: "0", Message: url, RequestId: url }) }),
        (url) => ({ status: 200, body: `not json ${url}` }),
        (url) => ({ status: 200, body: JSON.stringify({ Code: 0, Message: url, RequestId: url, Result: [7, url] }) }),
        (url) => ({
          status: 200,
          body: JSON.stringify({
            Code: 0,
            Message: url,
            RequestId: `ok ${url}`,
            Result: [],
            ErrorList: [{ UserId: "alice", SubCode: 660700015, SubMessage: url }]
          })
        })
      ]
      let which = 0
      server.answer((_, response, seen) => {
        const answer = answers[which % answers.length]?.(`http://127.0.0.1${seen.url}`)
        if (answer === undefined) return response.end()
        response.writeHead(answer.status, {
          "content-type": answer.contentType ?? "application/json",
          "x-echo": seen.url,
          location: seen.url
        })
        response.end(answer.body)
      })
      const { lines, logger } = captureLogs()
      const texts: Array<string> = []
      for (let round = 0; round < answers.length; round++) {
        which = round
        for (const { rtc, zim } of clients) {
          for (
            const call of [
              zim.queryUserInfos.withResponse({ UserIds: ["alice"] }),
              rtc.describeUsers.withResponse({ RoomId: "room", UserId: ["u"] })
            ] as ReadonlyArray<Effect.Effect<unknown, unknown>>
          ) {
            const exit = yield* Effect.exit(call).pipe(
              Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
              Logger.withMinimumLogLevel(LogLevel.All)
            )
            texts.push(describeExit(exit), inspect(exit, { depth: Infinity, getters: true }))
            if (Exit.isSuccess(exit)) texts.push(JSON.stringify(exit.value))
            else {
              const error = typedFailure(exit)
              texts.push(JSON.stringify(error), String(error))
            }
          }
        }
      }
      const spans = yield* TelemetryTest.spans
      const signatures = server.seen.map((seen) => seen.signature).filter((s) => s.length === 32)
      expect(signatures.length).toBe(server.seen.length)
      const corpus = {
        results: texts,
        logs: lines.map((line) => line.text),
        spans: spans.map((span) => JSON.stringify(span))
      }
      for (const [where, found] of Object.entries(corpus)) {
        const leaked = found.filter((text) => signatures.some((signature) => text.includes(signature)))
        expect(
          leaked.map((text) => {
            const s = signatures.find((sig) => text.includes(sig)) ?? ""
            const i = text.indexOf(s)
            return text.slice(Math.max(0, i - 300), i + 50)
          }),
          where
        ).toEqual([])
      }
      // The echo reached every place (so the scan had something to find): scrubbed URLs in errors and spans.
      expect(texts.some((text) => text.includes("Signature=REDACTED"))).toBe(true)
      expect(lines.filter((line) => line.level === "DEBUG").length).toBeGreaterThan(20)
      expect(spans.some((span) => String(span.attributes["zego.request_id"]).includes("127.0.0.1"))).toBe(true)
    }).pipe(Effect.provide(telemetry)))
})

describe("hostile server: HTTP error statuses (item 13)", () => {
  it.scopedLive("429, 5xx and a plain-text 503 are HttpStatusError with their status; 408/429/5xx retried", () =>
    Effect.gen(function*() {
      const server = yield* hostileServer
      const { zim } = yield* clientAt(server.url, {
        retry: { maxAttempts: 3, baseDelay: "1 millis", throttledBaseDelay: "1 millis", maxDelay: "2 millis" }
      })
      const cases: ReadonlyArray<readonly [number, string, string, number, boolean]> = [
        [503, "text/plain", "Service Unavailable", 3, false],
        [500, "application/json", "{\"error\":\"boom\"}", 3, false],
        [429, "text/plain", "Too Many Requests", 3, true],
        [408, "text/html", "<html>Request Timeout</html>", 3, false],
        [404, "text/html", "<html>Not Found</html>", 1, false],
        [403, "application/json", "{\"Code\":0,\"RequestId\":\"rid-403\"}", 1, false]
      ]
      for (const [status, contentType, body, attempts, throttling] of cases) {
        const before = server.seen.length
        server.answer((_, response) => {
          response.writeHead(status, { "content-type": contentType })
          response.end(body)
        })
        const exit = yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] }))
        const error = zegoFailure(exit)
        const label = `${status} ${contentType}: ${describeExit(exit)}`
        expect(error, label).toBeInstanceOf(ZegoError.HttpStatusError)
        expect(error, label).toMatchObject({ status, isRetryable: attempts > 1, isThrottling: throttling })
        expect(error?.message, label).toContain(`HTTP ${status}`)
        expect(server.seen.length - before, label).toBe(attempts)
      }
      // An error status with an API code is that code's error; a 2xx that breaks the protocol stays malformed.
      server.answer((_, response) => json(response, 429, JSON.stringify({ Code: 660300005, RequestId: "rid-limited" })))
      const limited = zegoFailure(yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] })))
      expect(limited).toMatchObject({ _tag: "AppRateLimited", requestId: "rid-limited" })
      server.answer((_, response) => json(response, 200, "Service Unavailable"))
      const malformed = zegoFailure(yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] })))
      expect(malformed).toMatchObject({ _tag: "MalformedResponse", status: 200, isRetryable: false })
    }))
})

describe("numeric RequestIds (item 14)", () => {
  it.scopedLive("a RequestId written as a number is its digits, even past 2^53; errors keep it too", () =>
    Effect.gen(function*() {
      const server = yield* hostileServer
      const { rtc } = yield* clientAt(server.url, { retry: false })
      // DescribeUserNum's vendor example, with a RequestId that a double cannot hold exactly.
      server.answer((_, response) =>
        json(
          response,
          200,
          "{\"Code\":0,\"Message\":\"success\",\"RequestId\":7840039829955402001,\"Data\":{\"UserCountList\":[{\"RoomId\":\"room1\",\"UserCount\":2,\"AdminUserCount\":0}]}}"
        )
      )
      const ok = yield* rtc.describeUserNum.withResponse({ RoomId: ["room1"] })
      expect(ok.response.requestId).toBe("7840039829955402001")
      expect(ok.data.Data.UserCountList).toHaveLength(1)
      server.answer((_, response) => json(response, 200, "{\"Code\":100000011,\"RequestId\":42}"))
      const error = zegoFailure(yield* Effect.exit(rtc.describeUserNum({ RoomId: ["room1"] })))
      expect(error).toMatchObject({ _tag: "AppNotConfigured", requestId: "42" })
    }))
})
