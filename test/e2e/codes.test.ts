/**
 * Every documented code of the three seed Actions, and every gateway code, from the real emulator to the real
 * client's tagged errors. Codes come from seeded state and real requests wherever the emulator can produce
 * them: seeded users, rooms and limits, a wrong AppId, secret or clock, and requests rewritten past the
 * client's own validation. The rest come from the emulator's `forcedCode` fault. Each error carries the
 * RequestId the emulator logged, and the number of requests the emulator saw matches the code's retry class.
 */
import { ZegoError } from "@effect-zego/client"
import { Faults, Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import type { Setup, SetupOptions } from "./support/e2e.js"
import { failure, requestIdOf, rewriteBody, rewriteMethod, rewriteQuery, setup } from "./support/e2e.js"

type ActionName = "QueryUserInfos" | "QueryGroupsInfoOfUser" | "DescribeUsers"

/** What every error of the client has. */
interface Tagged {
  readonly _tag: string
  readonly message: string
}

/** A valid call of each Action, on seeded state that answers Code 0. */
const callOf = (name: ActionName, { rtc, zim }: Setup): Effect.Effect<unknown, Tagged> => {
  switch (name) {
    case "QueryUserInfos":
      return zim.queryUserInfos({ UserIds: [Seed.users.alice] })
    case "QueryGroupsInfoOfUser":
      return zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10 })
    case "DescribeUsers":
      return rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] })
  }
}

const maxAttempts = 3
const retry = { maxAttempts }

/** Requests the emulator sees for one call, by retry class, with `maxAttempts` 3. */
const attemptsFor = { never: 1, once: 2, transient: maxAttempts, throttled: maxAttempts } as const

/**
 * Calls an Action once and checks the typed error against the emulator's log: its tag, code, Action, the
 * RequestId of the last answer, and how many requests were sent.
 */
const expectCode = (
  s: Setup,
  name: ActionName,
  expected: {
    readonly tag: string
    readonly code: number
    readonly requests: number
    readonly serverMessage?: string
  },
  call: Effect.Effect<unknown, Tagged> = callOf(name, s)
) =>
  Effect.gen(function*() {
    yield* s.emulator.requests.reset
    const error = yield* failure(call)
    const log = yield* s.log()
    expect(log.map((entry) => entry.code)).toEqual(Array.from({ length: expected.requests }, () => expected.code))
    expect(error).toMatchObject({
      _tag: expected.tag,
      action: name,
      code: expected.code,
      ...(expected.serverMessage === undefined ? {} : { serverMessage: expected.serverMessage })
    })
    const requestId = log.at(-1)?.requestId
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestIdOf(error)).toBe(requestId)
    expect(error.message).toContain(requestId)
    return error
  })

const withClient = <E>(options: SetupOptions, body: (s: Setup) => Effect.Effect<void, E>) =>
  Effect.flatMap(setup({ ...options, callOptions: { retry, ...options.callOptions } }), body)

describe("QueryUserInfos", () => {
  it.scopedLive("SubCodes 660000002, 660700008, 660700015 from seeded users, as the Code when every user fails", () =>
    withClient({}, (s) =>
      Effect.gen(function*() {
        const cases = [
          [Seed.users.loggedOut, 660000002, "UserNotFoundOrLoggedOut"],
          [Seed.users.broken, 660700008, "UserInfoUnavailable"],
          [Seed.users.unregistered, 660700015, "UserNotRegistered"]
        ] as const
        for (const [userId, code, tag] of cases) {
          const error = yield* expectCode(
            s,
            "QueryUserInfos",
            { tag, code, requests: 1 },
            s.zim.queryUserInfos({ UserIds: [userId] })
          )
          expect(error).toMatchObject({ errorList: [{ UserId: userId, SubCode: code }] })
          expect(error.message).toContain("(1 item failed)")
        }
        // Every user failing with different SubCodes: the emulator answers 660000002, the client keeps the list.
        const mixed = yield* expectCode(s, "QueryUserInfos", {
          tag: "UserNotFoundOrLoggedOut",
          code: 660000002,
          requests: 1
        }, s.zim.queryUserInfos({ UserIds: [Seed.users.loggedOut, Seed.users.unregistered, Seed.users.broken] }))
        expect(mixed).toMatchObject({
          errorList: [
            { UserId: Seed.users.loggedOut, SubCode: 660000002 },
            { UserId: Seed.users.unregistered, SubCode: 660700015 },
            { UserId: Seed.users.broken, SubCode: 660700008 }
          ]
        })
      })))

  it.scopedLive("660300005 when the emulator's limit is exhausted: retried as throttling, then typed", () =>
    withClient(
      { emulator: { rateLimits: { QueryUserInfos: 0 } }, callOptions: { rateLimit: false } },
      (s) =>
        Effect.gen(function*() {
          const error = yield* expectCode(s, "QueryUserInfos", {
            tag: "AppRateLimited",
            code: 660300005,
            requests: attemptsFor.throttled
          })
          expect(ZegoError.isZegoError(error) && error.isThrottling && error.isRetryable).toBe(true)
          expect((yield* s.log()).every((entry) => !entry.accepted)).toBe(true)
        })
    ))

  it.scopedLive("2 for requests the client never sends (rewritten past its validation)", () =>
    Effect.gen(function*() {
      const cases = [
        rewriteBody(JSON.stringify({ UserIds: [] })),
        rewriteBody(JSON.stringify({ UserIds: ["bad*id"] })),
        rewriteBody(JSON.stringify({ UserIds: ["x".repeat(65)] })),
        rewriteBody(JSON.stringify({ UserIds: Array.from({ length: 101 }, (_, i) => `u${i}`) })),
        rewriteBody(JSON.stringify({ UserIds: [Seed.users.alice] }), "text/plain"),
        rewriteBody("not json"),
        rewriteBody("[]"),
        rewriteMethod("GET")
      ]
      for (const tamper of cases) {
        const s = yield* setup({ tamper, callOptions: { retry } })
        yield* expectCode(s, "QueryUserInfos", { tag: "InvalidParameter", code: 2, requests: 1 })
      }
    }))

  it.scopedLive("forced: 660000001, 1, 3, 7 and an undocumented code", () =>
    withClient({}, (s) =>
      Effect.gen(function*() {
        const cases = [
          [660000001, "ServerError", attemptsFor.transient],
          [1, "ServerBusy", attemptsFor.transient],
          [3, "AuthenticationFailed", attemptsFor.never],
          [7, "SystemRateLimited", attemptsFor.throttled],
          [4242, "UnknownApiError", attemptsFor.never]
        ] as const
        for (const [code, tag, requests] of cases) {
          yield* s.emulator.faults.set("QueryUserInfos", { fault: Faults.forcedCode(code, `forced ${code}`) })
          yield* expectCode(s, "QueryUserInfos", { tag, code, requests, serverMessage: `forced ${code}` })
        }
      })))
})

describe("QueryGroupsInfoOfUser", () => {
  it.scopedLive("660500002 for an unregistered user; 660000002 for a Next token the server never gave", () =>
    withClient({}, (s) =>
      Effect.gen(function*() {
        yield* expectCode(
          s,
          "QueryGroupsInfoOfUser",
          { tag: "OperatorNotRegistered", code: 660500002, requests: 1 },
          s.zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.unregistered, Limit: 10 })
        )
        // The same number is "user absent" in QueryUserInfos and "parameter error" here: codes are per Action.
        for (const next of ["abc", "-1", "999"]) {
          yield* expectCode(
            s,
            "QueryGroupsInfoOfUser",
            { tag: "InvalidParameter", code: 660000002, requests: 1 },
            s.zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10, Next: next })
          )
        }
      })))

  it.scopedLive("660000002 and 2 for requests the client never sends", () =>
    Effect.gen(function*() {
      const cases = [
        [rewriteBody(JSON.stringify({ FromUserId: Seed.users.alice, Limit: 0 })), 660000002],
        [rewriteBody(JSON.stringify({ FromUserId: Seed.users.alice, Limit: 101 })), 660000002],
        [rewriteBody(JSON.stringify({ FromUserId: "x".repeat(33), Limit: 10 })), 660000002],
        [rewriteBody(JSON.stringify({ Limit: 10 })), 660000002],
        [rewriteBody(JSON.stringify({ FromUserId: Seed.users.alice, Limit: 10, Next: 5 })), 660000002],
        [rewriteBody("{"), 2],
        [rewriteBody(JSON.stringify({ FromUserId: Seed.users.alice, Limit: 10 }), "text/plain"), 2]
      ] as const
      for (const [tamper, code] of cases) {
        const s = yield* setup({ tamper, callOptions: { retry } })
        yield* expectCode(s, "QueryGroupsInfoOfUser", { tag: "InvalidParameter", code, requests: 1 })
      }
    }))

  it.scopedLive("660300005 when the emulator's limit is exhausted", () =>
    withClient(
      { emulator: { rateLimits: { QueryGroupsInfoOfUser: 0 } }, callOptions: { rateLimit: false } },
      (s) =>
        Effect.asVoid(
          expectCode(s, "QueryGroupsInfoOfUser", {
            tag: "AppRateLimited",
            code: 660300005,
            requests: attemptsFor.throttled
          })
        )
    ))

  it.scopedLive("forced: 1, 3, 7", () =>
    withClient({}, (s) =>
      Effect.gen(function*() {
        const cases = [
          [1, "ServerBusy", attemptsFor.transient],
          [3, "AuthenticationFailed", attemptsFor.never],
          [7, "SystemRateLimited", attemptsFor.throttled]
        ] as const
        for (const [code, tag, requests] of cases) {
          yield* s.emulator.faults.set("QueryGroupsInfoOfUser", { fault: Faults.forcedCode(code) })
          yield* expectCode(s, "QueryGroupsInfoOfUser", { tag, code, requests })
        }
      })))
})

describe("DescribeUsers", () => {
  it.scopedLive("50001 for a room that does not exist; 3 for IDs over the server's byte limits", () =>
    withClient({}, (s) =>
      Effect.gen(function*() {
        yield* expectCode(
          s,
          "DescribeUsers",
          { tag: "RoomNotFound", code: 50001, requests: 1 },
          s.rtc.describeUsers({ RoomId: Seed.rooms.missing, UserId: [Seed.roomUsers.host] })
        )
        yield* expectCode(
          s,
          "DescribeUsers",
          { tag: "ParameterTooLong", code: 3, requests: 1 },
          s.rtc.describeUsers({ RoomId: "r".repeat(129), UserId: [Seed.roomUsers.host] })
        )
        yield* expectCode(
          s,
          "DescribeUsers",
          { tag: "ParameterTooLong", code: 3, requests: 1 },
          s.rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: ["u".repeat(65)] })
        )
      })))

  it.scopedLive("2 and 3 for queries the client never sends", () =>
    Effect.gen(function*() {
      const cases = [
        [rewriteQuery((q) => q.set("RoomId", "")), 2, "InvalidParameter"],
        [rewriteQuery((q) => q.delete("RoomId")), 2, "InvalidParameter"],
        [rewriteQuery((q) => q.delete("UserId[]")), 2, "InvalidParameter"],
        [rewriteQuery((q) => q.append("UserId[]", "")), 2, "InvalidParameter"],
        [
          rewriteQuery((q) => {
            q.delete("UserId[]")
            q.set("UserId", Seed.roomUsers.host)
          }),
          2,
          "InvalidParameter"
        ],
        [
          rewriteQuery((q) => {
            for (let i = 0; i < 10; i++) q.append("UserId[]", `extra${i}`)
          }),
          3,
          "ParameterTooLong"
        ],
        [rewriteMethod("POST"), 2, "InvalidParameter"]
      ] as const
      for (const [tamper, code, tag] of cases) {
        const s = yield* setup({ tamper, callOptions: { retry } })
        yield* expectCode(s, "DescribeUsers", { tag, code, requests: 1 })
      }
    }))

  it.scopedLive("206 when the emulator's limit is exhausted", () =>
    withClient(
      { emulator: { rateLimits: { DescribeUsers: 0 } }, callOptions: { rateLimit: false } },
      (s) =>
        Effect.asVoid(
          expectCode(s, "DescribeUsers", { tag: "AppRateLimited", code: 206, requests: attemptsFor.throttled })
        )
    ))

  it.scopedLive("forced: 1, 207", () =>
    withClient({}, (s) =>
      Effect.gen(function*() {
        yield* s.emulator.faults.set("DescribeUsers", { fault: Faults.forcedCode(1) })
        yield* expectCode(s, "DescribeUsers", { tag: "RequestFailed", code: 1, requests: attemptsFor.never })
        yield* s.emulator.faults.set("DescribeUsers", { fault: Faults.forcedCode(207) })
        yield* expectCode(s, "DescribeUsers", {
          tag: "RoomRateLimited",
          code: 207,
          requests: attemptsFor.throttled
        })
      })))
})

const actions: ReadonlyArray<ActionName> = ["QueryUserInfos", "QueryGroupsInfoOfUser", "DescribeUsers"]

describe("gateway codes from real requests", () => {
  it.scopedLive("a wrong AppId: 100000011 AppNotConfigured, not retried", () =>
    withClient(
      { appId: 987654321 },
      (s) =>
        Effect.forEach(actions, (name) =>
          expectCode(s, name, { tag: "AppNotConfigured", code: 100000011, requests: attemptsFor.never }), {
          discard: true
        })
    ))

  it.scopedLive("a wrong ServerSecret: 100000005 InvalidSignature, retried once with a fresh signature", () =>
    withClient(
      { serverSecret: "00000000000000000000000000000000" },
      (s) =>
        Effect.forEach(actions, (name) =>
          Effect.gen(function*() {
            yield* expectCode(s, name, { tag: "InvalidSignature", code: 100000005, requests: attemptsFor.once })
            const nonces = (yield* s.log()).map((entry) => entry.query["SignatureNonce"])
            expect(new Set(nonces).size).toBe(2)
          }), { discard: true })
    ))

  // Issue 14, item 12: the client corrects the skew as the AWS SDK does.
  for (const [offsetMinutes, side] of [[15, "ahead"], [-15, "behind"]] as const) {
    it.scopedLive(
      `a server clock ${side} by ${Math.abs(offsetMinutes)} min: calls succeed, signed with the offset learned once`,
      () =>
        withClient(
          { emulator: { clockOffsetMs: offsetMinutes * 60_000 } },
          (s) =>
            Effect.gen(function*() {
              const timestamps: Array<number> = []
              for (const name of actions) {
                yield* Effect.orDie(callOf(name, s))
                const log = yield* s.log(name)
                for (const entry of log) timestamps.push(Number(entry.query["Timestamp"]) * 1000 - entry.serverTimeMs)
                // The first call: refused once (100000004), its retry signed with the learned offset succeeds;
                // the same host's later calls are signed with it from the start.
                expect(log.map((entry) => entry.code), name).toEqual(name === actions[0] ? [100000004, 0] : [0])
              }
              // Every accepted request was signed within seconds of the server's clock (10 minutes are allowed).
              const accepted = timestamps.slice(1)
              for (const skew of accepted) expect(Math.abs(skew)).toBeLessThan(60_000)
              expect(Math.abs(timestamps[0] ?? 0)).toBeGreaterThan(10 * 60_000)
            })
        )
    )
  }

  it.scopedLive("a server clock 9 min ahead is within the tolerance", () =>
    withClient(
      { emulator: { clockOffsetMs: 9 * 60_000 } },
      (s) => Effect.forEach(actions, (name) => Effect.orDie(callOf(name, s)), { discard: true })
    ))

  it.scopedLive("a base URL with a path: 100000007 UnknownAction", () =>
    withClient({ basePath: "/v2" }, (s) =>
      Effect.gen(function*() {
        for (const name of actions) {
          yield* expectCode(s, name, { tag: "UnknownAction", code: 100000007, requests: attemptsFor.never })
          expect((yield* s.log()).map((entry) => entry.path)).toEqual(["/v2/"])
        }
      })))

  it.scopedLive("a body the gateway will not read: 100000012 BodyUnreadable, retried", () =>
    withClient({ emulator: { maxBodyBytes: 64 } }, (s) =>
      Effect.asVoid(
        expectCode(
          s,
          "QueryUserInfos",
          { tag: "BodyUnreadable", code: 100000012, requests: attemptsFor.transient },
          s.zim.queryUserInfos({ UserIds: Array.from({ length: 20 }, (_, i) => `user-${i}`) })
        )
      )))

  it.scopedLive("public parameters rewritten after signing: each gateway check's own code", () =>
    Effect.gen(function*() {
      const cases = [
        [(q: URLSearchParams) => q.set("AppId", "12ab"), 100000001, "InvalidAppIdFormat"],
        [(q: URLSearchParams) => q.set("AppId", "99999999999"), 100000001, "InvalidAppIdFormat"],
        [(q: URLSearchParams) => q.delete("Timestamp"), 100000002, "TimestampMissing"],
        [(q: URLSearchParams) => q.set("Timestamp", "soon"), 100000003, "TimestampMalformed"],
        [(q: URLSearchParams) => q.delete("Action"), 100000006, "ActionMissing"],
        [(q: URLSearchParams) => q.set("Action", "NoSuchAction"), 100000007, "UnknownAction"],
        [(q: URLSearchParams) => q.delete("SignatureNonce"), 100000008, "NonceMissing"],
        [(q: URLSearchParams) => q.delete("Signature"), 100000009, "SignatureMissing"],
        [(q: URLSearchParams) => q.delete("SignatureVersion"), 100000013, "SignatureVersionMissing"],
        [(q: URLSearchParams) => q.set("SignatureVersion", "1.0"), 100000014, "UnsupportedSignatureVersion"]
      ] as const
      for (const [edit, code, tag] of cases) {
        const s = yield* setup({ tamper: rewriteQuery(edit), callOptions: { retry } })
        for (const name of actions) {
          yield* expectCode(s, name, { tag, code, requests: attemptsFor.never })
        }
      }
    }))

  it.scopedLive("forced: the codes no request can provoke (100000000, 100000010, 100000015, 100000016, 100000017)", () =>
    withClient({}, (s) =>
      Effect.gen(function*() {
        const cases = [
          [100000000, "BadHost", attemptsFor.never],
          [100000010, "ServerSecretUnavailable", attemptsFor.never],
          [100000015, "GatewayInternalError", attemptsFor.transient],
          [100000016, "AppNotInProduction", attemptsFor.never],
          [100000017, "ServiceNotEnabled", attemptsFor.never]
        ] as const
        for (const name of actions) {
          for (const [code, tag, requests] of cases) {
            yield* s.emulator.faults.set(Faults.allActions, { fault: Faults.forcedCode(code) })
            yield* expectCode(s, name, { tag, code, requests })
          }
        }
      })))
})
