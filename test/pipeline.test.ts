/**
 * The call pipeline against a real HTTP server on loopback that answers what each test scripts.
 */
import { CallOptions, ZegoError } from "@effect-zego/core"
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as HashSet from "effect/HashSet"
import * as List from "effect/List"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import { createServer } from "node:net"
import { build, secret } from "./support/harness.js"
import * as ScriptedServer from "./support/ScriptedServer.js"
import { one, signatureValid } from "./support/verify.js"

const setup = (callOptions: CallOptions.CallOptions = {}) =>
  Effect.gen(function*() {
    const server = yield* ScriptedServer.make
    const context = yield* build(server.url, callOptions)
    return {
      server,
      zim: Context.get(context, ZimService.ZimService),
      rtc: Context.get(context, RtcService.RtcService)
    }
  })

const ok = (fields: Record<string, unknown> = {}) => ScriptedServer.envelope(0, fields)

describe("encoding and signing", () => {
  it.scopedLive("POST: public parameters in the query, business parameters as a JSON body", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ok({ Result: [], ErrorList: [] }))
      const before = Math.floor(Date.now() / 1000)
      yield* zim.queryUserInfos({ UserIds: ["alice", "b ob"] })
      const after = Math.ceil(Date.now() / 1000)
      const received = server.received[0]
      expect(received?.method).toBe("POST")
      expect(received?.url.pathname).toBe("/")
      expect(received && one(received, "Action")).toBe("QueryUserInfos")
      expect(received && one(received, "AppId")).toBe("12345")
      expect(received && one(received, "SignatureVersion")).toBe("2.0")
      expect(received && one(received, "SignatureNonce")).toMatch(/^[0-9a-f]{16}$/)
      const timestamp = Number(received && one(received, "Timestamp"))
      // Seconds of the time of signing, between the call's start and end (however long a busy machine took).
      expect(timestamp).toBeGreaterThanOrEqual(before)
      expect(timestamp).toBeLessThanOrEqual(after)
      expect(received && signatureValid(received, secret)).toBe(true)
      expect(received?.headers["content-type"]).toContain("application/json")
      expect(received?.json).toEqual({ UserIds: ["alice", "b ob"] })
    }))

  it.scopedLive("GET: everything in the query, arrays as repeated UserId[] keys", () =>
    Effect.gen(function*() {
      const { rtc, server } = yield* setup()
      server.script(() => ok({ Data: { UserStatusList: [] } }))
      yield* rtc.describeUsers({ RoomId: "room 1", UserId: ["a", "b&c"] })
      const received = server.received[0]
      expect(received?.method).toBe("GET")
      expect(received?.body).toBe("")
      expect(received && one(received, "Action")).toBe("DescribeUsers")
      expect(received && one(received, "RoomId")).toBe("room 1")
      expect(received?.query.get("UserId[]")).toEqual(["a", "b&c"])
      expect(received && signatureValid(received, secret)).toBe(true)
    }))
})

describe("retries", () => {
  it.scopedLive("re-signs every attempt with a fresh nonce", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script((_, i) => i < 2 ? ScriptedServer.envelope(660000001) : ok())
      const result = yield* zim.queryUserInfos.withResponse({ UserIds: ["alice"] })
      expect(result.response.attempts).toBe(3)
      expect(server.received).toHaveLength(3)
      const nonces = new Set(server.received.map((r) => one(r, "SignatureNonce")))
      expect(nonces.size).toBe(3)
      for (const r of server.received) expect(signatureValid(r, secret)).toBe(true)
    }))

  it.scopedLive("retries the rate-limit codes of both products until the call succeeds", () =>
    Effect.gen(function*() {
      const { rtc, server, zim } = yield* setup()
      server.script((r, i) =>
        i < 2
          ? ScriptedServer.envelope(one(r, "Action") === "DescribeUsers" ? 206 : 660300005)
          : ok({ Data: { UserStatusList: [] } })
      )
      const zimResult = yield* zim.queryUserInfos.withResponse({ UserIds: ["alice"] })
      expect(zimResult.response.attempts).toBe(3)
      server.script((_, i) => i < 2 ? ScriptedServer.envelope(206) : ok({ Data: { UserStatusList: [] } }))
      const rtcResult = yield* rtc.describeUsers.withResponse({ RoomId: "r", UserId: ["a"] })
      expect(rtcResult.response.attempts).toBe(3)
      server.script((_, i) => i < 1 ? ScriptedServer.envelope(7) : ok())
      expect((yield* zim.queryUserInfos.withResponse({ UserIds: ["a"] })).response.attempts).toBe(2)
    }))

  it.scopedLive("does not retry codes that cannot succeed later", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ScriptedServer.envelope(660700015, {}, "rid-x"))
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(error._tag).toBe("UserNotRegistered")
      expect(error.isRetryable).toBe(false)
      expect(server.received).toHaveLength(1)
    }))

  it.scopedLive("gives the last tagged error when the retry budget is spent", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup({ retry: { maxAttempts: 3 } })
      server.script((_, i) => ScriptedServer.envelope(660000001, {}, `rid-${i}`))
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(error._tag).toBe("ServerError")
      expect(error).toMatchObject({ code: 660000001, requestId: "rid-2" })
      expect(server.received).toHaveLength(3)
    }))

  it.scopedLive("retries a signature error once, freshly signed", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ScriptedServer.envelope(100000005))
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(error._tag).toBe("InvalidSignature")
      expect(server.received).toHaveLength(2)
      const [first, second] = server.received
      expect(first && one(first, "SignatureNonce")).not.toBe(second && one(second, "SignatureNonce"))
    }))

  it.scopedLive("an expired signature names the skew measured from the server's Date header", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ({
        ...ScriptedServer.envelope(100000004),
        headers: { date: new Date(Date.now() + 11 * 60_000).toUTCString() }
      }))
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(error._tag).toBe("SignatureExpired")
      expect(server.received).toHaveLength(2)
      expect(error.message).toMatch(/measured skew 1[01]m/)
      expect(error.message).toContain("server ahead")
    }))

  it.scopedLive("5xx pages are retried; a 200 that is not JSON is not", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script((_, i) => i === 0 ? { status: 502, body: "<html>Bad Gateway</html>" } : ok())
      expect((yield* zim.queryUserInfos.withResponse({ UserIds: ["a"] })).response.attempts).toBe(2)
      server.script(() => ({ body: "{\"Code\":0,\"Res" }))
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect(error._tag).toBe("MalformedResponse")
      expect(server.received).toHaveLength(3)
    }))

  it.scopedLive("a dropped connection is a TransportError that was sent, and is retried", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script((_, i) => i === 0 ? { drop: true } : ok())
      expect((yield* zim.queryUserInfos.withResponse({ UserIds: ["a"] })).response.attempts).toBe(2)
      server.script(() => ({ drop: true }))
      const error = yield* Effect.flip(
        zim.queryUserInfos({ UserIds: ["a"] }).pipe(CallOptions.withCallOptions({ retry: false }))
      )
      expect(error._tag).toBe("TransportError")
      if (error._tag === "TransportError") expect(error.sent).toBe(true)
    }))

  it.scopedLive("a refused connection is a TransportError that was not sent", () =>
    Effect.gen(function*() {
      const port = yield* Effect.async<number>((resume) => {
        const probe = createServer()
        probe.listen(0, "127.0.0.1", () => {
          const address = probe.address()
          const free = typeof address === "object" && address !== null ? address.port : 0
          probe.close(() => resume(Effect.succeed(free)))
        })
      })
      const context = yield* build(`http://127.0.0.1:${port}`, { retry: false })
      const zim = Context.get(context, ZimService.ZimService)
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect(error._tag).toBe("TransportError")
      if (error._tag === "TransportError") {
        expect(error.sent).toBe(false)
        expect(error.description).toContain("ECONNREFUSED")
      }
    }))

  it.scopedLive("a classifier can override the retry class", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup({
        retry: { classify: (error) => (error._tag === "ServerError" ? "never" : undefined) }
      })
      server.script(() => ScriptedServer.envelope(660000001))
      yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect(server.received).toHaveLength(1)
    }))
})

describe("timeouts and deadlines", () => {
  it.scopedLive("a slow answer fails the attempt with RequestTimeout, then retries", () =>
    Effect.gen(function*() {
      // The prompt answer must come within the timeout even on a busy machine: 1 s, against a 4 s slow one.
      const { server, zim } = yield* setup({ timeout: "1 second" })
      server.script((_, i) => (i === 0 ? { ...ok(), delayMs: 4_000 } : ok()))
      const result = yield* zim.queryUserInfos.withResponse({ UserIds: ["a"] })
      expect(result.response.attempts).toBe(2)
      server.script(() => ({ ...ok(), delayMs: 4_000 }))
      const error = yield* Effect.flip(
        zim.queryUserInfos({ UserIds: ["a"] }).pipe(CallOptions.withCallOptions({ retry: false }))
      )
      expect(error._tag).toBe("RequestTimeout")
    }))

  it.scopedLive("the deadline bounds attempts and backoffs together", () =>
    Effect.gen(function*() {
      // 2 s: room for more than one attempt even when a busy machine slows the first.
      const { server, zim } = yield* setup({
        deadline: "2 seconds",
        retry: { maxAttempts: 100, baseDelay: "50 millis", maxDelay: "50 millis", jitter: false }
      })
      server.script(() => ScriptedServer.envelope(660000001))
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect(error._tag).toBe("DeadlineExceeded")
      if (error._tag === "DeadlineExceeded") {
        expect(error.attempts).toBeGreaterThan(1)
        expect(error.lastError).toContain("660000001")
      }
    }))
})

describe("per-call overrides", () => {
  it.scopedLive("the innermost setting wins, with the client's names", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup({ retry: { maxAttempts: 5 } })
      server.script(() => ScriptedServer.envelope(660000001))
      yield* Effect.flip(
        zim.queryUserInfos({ UserIds: ["a"] }).pipe(
          CallOptions.withCallOptions({ retry: { maxAttempts: 2 } }),
          CallOptions.withCallOptions({ retry: { maxAttempts: 3 } })
        )
      )
      expect(server.received).toHaveLength(2)
      server.received.length = 0
      yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect(server.received).toHaveLength(5)
    }))
})

describe("errors and metadata", () => {
  it.scopedLive("withResponse returns the RequestId, status, headers and attempts", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ({ ...ScriptedServer.envelope(0, {}, "rid-42"), headers: { "x-extra": "yes" } }))
      const { data, response } = yield* zim.queryUserInfos.withResponse({ UserIds: ["a"] })
      expect(data).toEqual({ Result: [], ErrorList: [] })
      expect(response).toMatchObject({ requestId: "rid-42", status: 200, attempts: 1 })
      expect(response.headers["x-extra"]).toBe("yes")
    }))

  it.scopedLive("a code nobody documented keeps its number", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script(() => ScriptedServer.envelope(123456, {}, "rid-u"))
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect(error).toBeInstanceOf(ZegoError.UnknownApiError)
      expect(error).toMatchObject({ code: 123456, requestId: "rid-u", isRetryable: false, isThrottling: false })
    }))

  it.scopedLive("every error says whether it is retryable and throttling", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup({ retry: false })
      server.script(() => ScriptedServer.envelope(660300005))
      const limited = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect([limited.isRetryable, limited.isThrottling]).toEqual([true, true])
      server.script(() => ({ status: 429, body: "slow down" }))
      const http429 = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
      expect([http429._tag, http429.isRetryable, http429.isThrottling]).toEqual(["HttpStatusError", true, true])
      const invalid = yield* Effect.flip(zim.queryUserInfos({ UserIds: [] }))
      expect([invalid.isRetryable, invalid.isThrottling]).toEqual([false, false])
    }))

  const malformed: ReadonlyArray<[string, ScriptedServer.Reply, string, string | undefined]> = [
    ["an HTML page", { status: 200, body: "<html><body>proxy</body></html>" }, "body is not JSON", undefined],
    ["a truncated body", { body: "{\"Code\":0,\"Message\":\"succ" }, "body is not JSON", undefined],
    ["an empty body", { body: "" }, "empty body", undefined],
    ["a missing Code", { body: { Message: "x", RequestId: "rid-m" } }, "Code", "rid-m"],
    ["a Code of the wrong type", { body: { Code: "0", RequestId: "rid-t" } }, "Code", "rid-t"],
    [
      "business fields of the wrong type",
      { body: { Code: 0, RequestId: "rid-b", Result: "nope" } },
      "Result",
      "rid-b"
    ]
  ]
  for (const [what, reply, reason, requestId] of malformed) {
    it.scopedLive(`${what} is a MalformedResponse, never a defect`, () =>
      Effect.gen(function*() {
        const { server, zim } = yield* setup({ retry: false })
        server.script(() => reply)
        const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["a"] }))
        expect(error._tag).toBe("MalformedResponse")
        if (error._tag === "MalformedResponse") {
          expect(error.reason).toContain(reason)
          expect(error.requestId).toBe(requestId)
        }
      }))
  }

  it.scopedLive("logs attempts and retries at debug level with annotations, nothing above", () =>
    Effect.gen(function*() {
      const { server, zim } = yield* setup()
      server.script((_, i) => (i === 0 ? ScriptedServer.envelope(660000001, {}, "rid-a") : ok()))
      const logs: Array<{ level: string; message: unknown; annotations: Record<string, unknown> }> = []
      const capture = Logger.make(({ annotations, logLevel, message }) => {
        const record: Record<string, unknown> = {}
        for (const [k, v] of annotations) record[k] = v
        logs.push({
          level: logLevel.label,
          message: List.isList(message) ? List.toArray(message) : message,
          annotations: record
        })
      })
      yield* zim.queryUserInfos({ UserIds: ["a"] }).pipe(
        Effect.provide(Logger.replace(Logger.defaultLogger, capture)),
        Logger.withMinimumLogLevel(LogLevel.All)
      )
      expect(logs.length).toBeGreaterThanOrEqual(3)
      expect(new Set(logs.map((l) => l.level))).toEqual(new Set(["DEBUG"]))
      const failed = logs.find((l) => l.annotations["zego.attempt"] === 1)
      expect(failed?.annotations).toMatchObject({
        "zego.action": "QueryUserInfos",
        "zego.request_id": "rid-a",
        "error.type": "ServerError"
      })
      expect(logs.some((l) => l.annotations["zego.retry"] === 1)).toBe(true)
      expect(HashSet.size(HashSet.fromIterable(logs.map((l) => JSON.stringify(l))))).toBe(logs.length)
    }))
})

describe("bad input", () => {
  const cases: ReadonlyArray<
    [
      string,
      (
        s: { zim: ZimService.ZimServiceShape; rtc: RtcService.RtcServiceShape }
      ) => Effect.Effect<unknown, ZegoError.ZegoError>,
      string,
      string
    ]
  > = [
    [
      "101 user IDs",
      ({ zim }) => zim.queryUserInfos({ UserIds: Array.from({ length: 101 }, (_, i) => `u${i}`) }),
      "UserIds",
      "must have 1 to 100 items"
    ],
    ["no user IDs", ({ zim }) => zim.queryUserInfos({ UserIds: [] }), "UserIds", "must have 1 to 100 items"],
    [
      "a user ID of 65 bytes",
      ({ zim }) => zim.queryUserInfos({ UserIds: ["ok", "x".repeat(65)] }),
      "UserIds[1]",
      "at most 64 bytes (UTF-8)"
    ],
    [
      "a forbidden character",
      ({ zim }) => zim.queryUserInfos({ UserIds: ["a*b"] }),
      "UserIds[0]",
      "only digits, ASCII letters"
    ],
    [
      "Limit 0",
      ({ zim }) => zim.queryGroupsInfoOfUser({ FromUserId: "a", Limit: 0 }),
      "Limit",
      "must be an integer from 1 to 100"
    ],
    [
      "Limit 101",
      ({ zim }) => zim.queryGroupsInfoOfUser({ FromUserId: "a", Limit: 101 }),
      "Limit",
      "must be an integer from 1 to 100"
    ],
    [
      "a FromUserId of 33 characters",
      ({ zim }) => zim.queryGroupsInfoOfUser({ FromUserId: "x".repeat(33), Limit: 10 }),
      "FromUserId",
      "at most 32 characters"
    ],
    [
      "0 RTC user IDs",
      ({ rtc }) => rtc.describeUsers({ RoomId: "r", UserId: [] }),
      "UserId",
      "must have 1 to 10 items"
    ],
    [
      "11 RTC user IDs",
      ({ rtc }) => rtc.describeUsers({ RoomId: "r", UserId: Array.from({ length: 11 }, (_, i) => `u${i}`) }),
      "UserId",
      "must have 1 to 10 items"
    ],
    ["an empty RoomId", ({ rtc }) => rtc.describeUsers({ RoomId: "", UserId: ["a"] }), "RoomId", "must not be empty"],
    [
      "a wrong type",
      ({ zim }) => zim.queryUserInfos({ UserIds: [1 as unknown as string] }),
      "UserIds[0]",
      "must be a string"
    ],
    [
      "an unknown parameter",
      ({ zim }) => zim.queryUserInfos({ UserIds: ["a"], Extra: 1 } as unknown as { UserIds: Array<string> }),
      "Extra",
      "is not a parameter of this Action"
    ],
    [
      "a missing parameter",
      ({ zim }) => zim.queryGroupsInfoOfUser({ FromUserId: "a" } as unknown as { FromUserId: string; Limit: number }),
      "Limit",
      "is required"
    ]
  ]
  for (const [what, call, field, rule] of cases) {
    it.scopedLive(`${what}: InvalidRequest naming ${field}, nothing sent`, () =>
      Effect.gen(function*() {
        const { rtc, server, zim } = yield* setup()
        const error = yield* Effect.flip(call({ zim, rtc }))
        expect(error).toBeInstanceOf(ZegoError.InvalidRequest)
        if (error instanceof ZegoError.InvalidRequest) {
          expect(error.field).toBe(field)
          expect(error.rule).toContain(rule)
          expect(error.message).toContain(field)
        }
        expect(server.received).toHaveLength(0)
      }))
  }
})
