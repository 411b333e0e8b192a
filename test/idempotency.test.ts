/**
 * Idempotency: an Action that changes state is retried only when the failure proves the server did not
 * process it (connection refused before sending, gateway codes, rate-limit codes), never after a timeout,
 * a dropped connection, a 5xx or a server error, unless the caller opts in with `retryNonIdempotent`.
 * A read is retried after all of them.
 */
import { CallOptions } from "@effect-zego/core"
import { RtcActions } from "@effect-zego/rtc"
import { ZimActions, ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { createServer } from "node:net"
import { build } from "./support/harness.js"
import * as ScriptedServer from "./support/ScriptedServer.js"

const ok = () => ScriptedServer.envelope(0)

const setup = (callOptions: CallOptions.CallOptions = {}) =>
  Effect.gen(function*() {
    const server = yield* ScriptedServer.make
    const context = yield* build(server.url, { rateLimit: false, ...callOptions })
    return { server, zim: Context.get(context, ZimService.ZimService) }
  })

// A state-changing Action (POST) and a read.
const send = (zim: ZimService.ZimServiceShape) =>
  zim.sendPeerMessage({
    FromUserId: "alice",
    ToUserId: ["bob"],
    MessageType: 1,
    Priority: 1,
    MessageBody: { Message: "hi" }
  })
const read = (zim: ZimService.ZimServiceShape) => zim.queryUserInfos({ UserIds: ["alice"] })

const optIn = CallOptions.withCallOptions({ retry: { retryNonIdempotent: true } })

describe("which Actions are idempotent", () => {
  it("reads are (Query, Describe, Get, Check, Fetch, Search), state changes are not, with the overrides", () => {
    const overrides: Record<string, boolean> = {
      CgiDescribeZIMAudioLicense: true,
      RTMPDispatchV2: true,
      GenerateIdentifyToken: true,
      MediaThumbnails: false
    }
    const all = [...Object.values(ZimActions.actions), ...Object.values(RtcActions.actions)]
    expect(all).toHaveLength(122)
    for (const action of all) {
      const expected = overrides[action.name] ?? /^(Query|Describe|Get|Check|Fetch|Search)/.test(action.name)
      expect([action.name, action.idempotent]).toEqual([action.name, expected])
    }
    expect(ZimActions.actions.sendPeerMessage.idempotent).toBe(false)
    expect(ZimActions.actions.queryUserInfos.idempotent).toBe(true)
  })
})

describe("a state-changing Action is retried when the failure proves nothing was processed", () => {
  it.scopedLive("a refused connection: TransportError with sent false, retried up to maxAttempts", () =>
    Effect.gen(function*() {
      const port = yield* Effect.async<number>((resume) => {
        const probe = createServer()
        probe.listen(0, "127.0.0.1", () => {
          const address = probe.address()
          const free = typeof address === "object" && address !== null ? address.port : 0
          probe.close(() => resume(Effect.succeed(free)))
        })
      })
      const context = yield* build(`http://127.0.0.1:${port}`, { rateLimit: false, retry: { maxAttempts: 3 } })
      const zim = Context.get(context, ZimService.ZimService)
      const error = yield* Effect.flip(send(zim))
      expect(error._tag).toBe("TransportError")
      if (error._tag === "TransportError") {
        expect(error.sent).toBe(false)
        expect(error.attempt).toBe(3)
      }
    }))

  for (
    const [what, code, tag] of [
      ["a gateway code (internal error)", 100000015, "GatewayInternalError"],
      ["a gateway code (signature error, once)", 100000005, "InvalidSignature"],
      ["the AppID rate-limit code", 660300005, "AppRateLimited"],
      ["the system rate-limit code", 7, "SystemRateLimited"]
    ] as const
  ) {
    it.scopedLive(`${what}: retried, and the second attempt succeeds`, () =>
      Effect.gen(function*() {
        const { server, zim } = yield* setup()
        server.script((_, i) => (i === 0 ? ScriptedServer.envelope(code) : ok()))
        const result = yield* send(zim).pipe(Effect.either)
        expect(result._tag).toBe("Right")
        expect(server.received).toHaveLength(2)
        // Without a retry budget the first answer is the error.
        server.script(() => ScriptedServer.envelope(code))
        const error = yield* Effect.flip(send(zim).pipe(CallOptions.withCallOptions({ retry: false })))
        expect(error._tag).toBe(tag)
      }))
  }
})

// Failures that do not prove the server did nothing.
const ambiguous: ReadonlyArray<
  readonly [string, ScriptedServer.Reply, string, CallOptions.CallOptions]
> = [
  ["a timeout", { body: { Code: 0, Message: "late", RequestId: "r" }, delayMs: 600 }, "RequestTimeout", {
    timeout: "150 millis"
  }],
  ["a dropped connection", { drop: true }, "TransportError", {}],
  ["a 5xx page", { status: 502, body: "<html>Bad Gateway</html>" }, "HttpStatusError", {}],
  ["a server-busy code (1)", ScriptedServer.envelope(1), "ServerBusy", {}]
]

describe("a state-changing Action is not retried after a failure that does not prove it", () => {
  for (const [what, reply, tag, options] of ambiguous) {
    it.scopedLive(`${what}: fails with ${tag} after one attempt`, () =>
      Effect.gen(function*() {
        const { server, zim } = yield* setup(options)
        server.script((_, i) => (i === 0 ? reply : ok()))
        const error = yield* Effect.flip(send(zim))
        expect(error._tag).toBe(tag)
        if (error._tag === "TransportError") expect(error.sent).toBe(true)
        expect(error.isRetryable).toBe(true)
        expect(server.received).toHaveLength(1)
      }))

    it.scopedLive(`${what}: retried when the caller opts in with retryNonIdempotent`, () =>
      Effect.gen(function*() {
        const { server, zim } = yield* setup(options)
        server.script((_, i) => (i === 0 ? reply : ok()))
        const result = yield* Effect.either(send(zim).pipe(optIn))
        expect(result._tag).toBe("Right")
        expect(server.received).toHaveLength(2)
      }))

    it.scopedLive(`${what}: a read is retried without opting in`, () =>
      Effect.gen(function*() {
        const { server, zim } = yield* setup(options)
        server.script((_, i) => (i === 0 ? reply : ScriptedServer.envelope(0, { Result: [], ErrorList: [] })))
        const result = yield* Effect.either(read(zim))
        expect(result._tag).toBe("Right")
        expect(server.received).toHaveLength(2)
      }))
  }
})
