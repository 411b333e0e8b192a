/**
 * Every fault the emulator injects, through the real client: it retries what can succeed later and ends in
 * the right typed error otherwise (`RequestTimeout`, `DeadlineExceeded`, `TransportError`, `HttpStatusError`, `MalformedResponse`,
 * `UnknownApiError`, `AppRateLimited` …), with the RequestId when the answer had one, and never a defect.
 * Attempts are counted by the emulator: its log, and how often each fault fired.
 */
import type { ZegoTransport } from "@effect-zego/client"
import type { Faults as FaultsModule } from "@effect-zego/emulator"
import { Faults, Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import type { Setup, SetupOptions } from "./support/e2e.js"
import { failure, requestIdOf, setup } from "./support/e2e.js"

type ActionName = "QueryUserInfos" | "QueryGroupsInfoOfUser" | "DescribeUsers"
const actions: ReadonlyArray<ActionName> = ["QueryUserInfos", "QueryGroupsInfoOfUser", "DescribeUsers"]

/** What every error of the client has. */
interface Tagged {
  readonly _tag: string
  readonly message: string
}

/** A valid call of each Action, keeping the response metadata. */
const callOf = (name: ActionName, { rtc, zim }: Setup): Effect.Effect<ZegoTransport.ResponseMetadata, Tagged> => {
  switch (name) {
    case "QueryUserInfos":
      return Effect.map(zim.queryUserInfos.withResponse({ UserIds: [Seed.users.alice] }), (r) => r.response)
    case "QueryGroupsInfoOfUser":
      return Effect.map(
        zim.queryGroupsInfoOfUser.withResponse({ FromUserId: Seed.users.alice, Limit: 10 }),
        (r) => r.response
      )
    case "DescribeUsers":
      return Effect.map(
        rtc.describeUsers.withResponse({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] }),
        (r) => r.response
      )
  }
}

const maxAttempts = 3

/** A client with fast retries (3 attempts) against an emulator; faults are installed per test. */
const client = (options: SetupOptions = {}) =>
  setup({ ...options, callOptions: { retry: { maxAttempts }, ...options.callOptions } })

/** How many times the faults of a target fired. */
const fired = (s: Setup, target: string) =>
  Effect.map(
    s.emulator.faults.list,
    (list) => list.filter((status) => status.target === target).reduce((sum, status) => sum + status.fired, 0)
  )

/** Installs faults on one Action, runs `body`, then clears them and the log. */
const withFault = <A, E>(
  s: Setup,
  target: string,
  specs: ReadonlyArray<FaultsModule.FaultSpec>,
  body: Effect.Effect<A, E>
) =>
  Effect.gen(function*() {
    yield* s.emulator.requests.reset
    yield* s.emulator.faults.set(target, ...specs)
    const result = yield* body
    yield* s.emulator.faults.clear()
    return result
  })

describe("latency", () => {
  it.scopedLive("below the per-attempt timeout: a normal answer, later", () =>
    Effect.gen(function*() {
      const s = yield* client()
      for (const name of actions) {
        const started = performance.now()
        const response = yield* withFault(s, name, [{ fault: Faults.latency(200) }], callOf(name, s))
        expect((performance.now() - started) / 200).toBeGreaterThanOrEqual(0.95)
        expect(response.attempts).toBe(1)
      }
    }))

  it.scopedLive("over the timeout on every attempt: RequestTimeout after 3 attempts", () =>
    Effect.gen(function*() {
      const s = yield* client({ callOptions: { timeout: "100 millis" } })
      for (const name of actions) {
        const error = yield* withFault(
          s,
          name,
          [{ fault: Faults.latency(1_000) }],
          Effect.zip(failure(callOf(name, s)), fired(s, name))
        )
        expect(error[0]).toMatchObject({ _tag: "RequestTimeout", action: name, timeoutMillis: 100, attempt: 3 })
        expect(error[1]).toBe(maxAttempts)
      }
    }))

  it.scopedLive("over the timeout once: retried, and the second attempt answers", () =>
    Effect.gen(function*() {
      // The second attempt must answer within the timeout even on a busy machine.
      const s = yield* client({ callOptions: { timeout: "2 seconds" } })
      for (const name of actions) {
        const response = yield* withFault(s, name, [{ fault: Faults.latency(5_000), count: 1 }], callOf(name, s))
        expect(response.attempts).toBe(2)
      }
    }))

  it.scopedLive("past the overall deadline: DeadlineExceeded, naming the last failure", () =>
    Effect.gen(function*() {
      // Attempts until the deadline (not until a budget of attempts), so the deadline ends it however slowly a
      // busy machine runs the attempts.
      const s = yield* client({
        callOptions: { timeout: "100 millis", deadline: "1 second", retry: { maxAttempts: 100 } }
      })
      const error = yield* withFault(
        s,
        "QueryUserInfos",
        [{ fault: Faults.latency(1_000) }],
        failure(callOf("QueryUserInfos", s))
      )
      expect(error).toMatchObject({ _tag: "DeadlineExceeded", deadlineMillis: 1_000 })
      expect(error.message).toContain("no answer within 100ms")
    }))
})

describe("HTTP errors from a proxy", () => {
  for (const body of ["html", "empty"] as const) {
    it.scopedLive(`5xx with ${body === "html" ? "an HTML page" : "an empty body"}: retried, then HttpStatusError`, () =>
      Effect.gen(function*() {
        const s = yield* client()
        for (const name of actions) {
          const once = yield* withFault(s, name, [{ fault: Faults.httpError(503, body), count: 1 }], callOf(name, s))
          expect(once.attempts).toBe(2)

          const error = yield* withFault(s, name, [{ fault: Faults.httpError(502, body) }], failure(callOf(name, s)))
          expect(error).toMatchObject({ _tag: "HttpStatusError", action: name, status: 502, isRetryable: true })
          expect(error.message).toContain(body === "html" ? "HTTP 502 (body: <" : "HTTP 502 (empty body)")
          expect(requestIdOf(error)).toBeUndefined()
          expect((yield* s.log()).map((e) => e.status)).toEqual([502, 502, 502])
        }
      }))
  }

  it.scopedLive("429: retried as throttling; 404: not retried", () =>
    Effect.gen(function*() {
      const s = yield* client()
      const throttled = yield* withFault(
        s,
        "QueryUserInfos",
        [{ fault: Faults.httpError(429, "empty") }],
        failure(callOf("QueryUserInfos", s))
      )
      expect(throttled).toMatchObject({ _tag: "HttpStatusError", status: 429, isThrottling: true })
      expect(yield* s.log()).toHaveLength(maxAttempts)

      const missing = yield* withFault(
        s,
        "QueryUserInfos",
        [{ fault: Faults.httpError(404, "html") }],
        failure(callOf("QueryUserInfos", s))
      )
      expect(missing).toMatchObject({ _tag: "HttpStatusError", status: 404, isRetryable: false })
      expect(yield* s.log()).toHaveLength(1)
    }))
})

describe("dropped connections", () => {
  it.scopedLive("once: retried on a new connection; every time: TransportError, sent", () =>
    Effect.gen(function*() {
      const s = yield* client()
      for (const name of actions) {
        const once = yield* withFault(s, name, [{ fault: Faults.dropConnection, count: 1 }], callOf(name, s))
        expect(once.attempts).toBe(2)

        const [error, times] = yield* withFault(
          s,
          name,
          [{ fault: Faults.dropConnection }],
          Effect.zip(failure(callOf(name, s)), fired(s, name))
        )
        // The request reached the server before the connection broke: `sent` must be true.
        expect(error).toMatchObject({ _tag: "TransportError", action: name, sent: true, attempt: maxAttempts })
        expect(error.message).not.toContain("Signature=")
        expect(times).toBe(maxAttempts)
      }
    }))
})

describe("malformed bodies with HTTP 200", () => {
  const cases: ReadonlyArray<readonly [FaultsModule.MalformedBodyKind, string, boolean]> = [
    ["html", "body is not JSON", false],
    ["truncatedJson", "body is not JSON", false],
    ["emptyBody", "empty body", false],
    // Its RequestId is the number 1234, kept as "1234" (some vendor examples write numbers).
    ["wrongTypes", "not the documented envelope", false],
    ["missingCode", "not the documented envelope", true]
  ]
  for (const [kind, reason, hasRequestId] of cases) {
    it.scopedLive(`${kind}: MalformedResponse, not retried${hasRequestId ? ", with the RequestId" : ""}`, () =>
      Effect.gen(function*() {
        const s = yield* client()
        for (const name of actions) {
          const error = yield* withFault(s, name, [{ fault: Faults.malformedBody(kind) }], failure(callOf(name, s)))
          expect(error).toMatchObject({ _tag: "MalformedResponse", action: name, status: 200 })
          expect(error.message).toContain(reason)
          const log = yield* s.log()
          expect(log).toHaveLength(1)
          expect(requestIdOf(error)).toBe(hasRequestId ? log[0]?.requestId : kind === "wrongTypes" ? "1234" : undefined)
          if (hasRequestId) expect(requestIdOf(error)).toMatch(/^[0-9a-f-]{36}$/)
        }
      }))
  }

  it.scopedLive("unknownCode: UnknownApiError keeping the number and the RequestId", () =>
    Effect.gen(function*() {
      const s = yield* client()
      for (const name of actions) {
        const error = yield* withFault(
          s,
          name,
          [{ fault: Faults.malformedBody("unknownCode") }],
          failure(callOf(name, s))
        )
        const log = yield* s.log()
        expect(error).toMatchObject({ _tag: "UnknownApiError", action: name, code: Faults.unknownCode })
        expect(requestIdOf(error)).toBe(log[0]?.requestId)
        expect(log).toHaveLength(1)
      }
    }))
})

describe("forced answers", () => {
  it.scopedLive("rate-limit answers: retried with the longer backoff; when they persist, AppRateLimited", () =>
    Effect.gen(function*() {
      const s = yield* client()
      for (const name of actions) {
        const twice = yield* withFault(s, name, [{ fault: Faults.rateLimited, count: 2 }], callOf(name, s))
        expect(twice.attempts).toBe(3)

        const error = yield* withFault(s, name, [{ fault: Faults.rateLimited }], failure(callOf(name, s)))
        const log = yield* s.log()
        expect(error).toMatchObject({
          _tag: "AppRateLimited",
          action: name,
          code: name === "DescribeUsers" ? 206 : 660300005
        })
        expect(requestIdOf(error)).toBe(log.at(-1)?.requestId)
        expect(log.map((e) => e.fault)).toEqual(["RateLimited", "RateLimited", "RateLimited"])
      }
    }))

  it.scopedLive("a retryable code once: retried, and the retry answers", () =>
    Effect.gen(function*() {
      const s = yield* client()
      const codes = { QueryUserInfos: 660000001, QueryGroupsInfoOfUser: 1, DescribeUsers: 100000015 } as const
      for (const name of actions) {
        const response = yield* withFault(
          s,
          name,
          [{ fault: Faults.forcedCode(codes[name]), count: 1 }],
          callOf(name, s)
        )
        expect(response.attempts).toBe(2)
        expect((yield* s.log()).map((e) => e.code)).toEqual([codes[name], 0])
      }
    }))
})

describe("a flaky server", () => {
  it.scopedLive("seeded random drops, 5xx, rate limits and server errors: every call gets through", () =>
    Effect.gen(function*() {
      const s = yield* client({ callOptions: { retry: { maxAttempts: 6 } } })
      yield* s.emulator.faults.set(
        Faults.allActions,
        { fault: Faults.dropConnection, rate: 0.1, seed: 1 },
        { fault: Faults.httpError(503, "html"), rate: 0.1, seed: 2 },
        { fault: Faults.rateLimited, rate: 0.1, seed: 3 },
        { fault: Faults.forcedCode(100000015), rate: 0.1, seed: 4 },
        { fault: Faults.latency(20), rate: 0.3, seed: 5 }
      )
      const responses = yield* Effect.forEach(
        Array.from({ length: 60 }, (_, i) => actions[i % actions.length] ?? "QueryUserInfos"),
        (name) => callOf(name, s)
      )
      const log = yield* s.log()
      const faulted = log.filter((e) => e.fault !== undefined && e.fault !== "Latency")
      expect(faulted.length).toBeGreaterThan(5)
      // Each faulted request was retried: the attempts beyond the first are exactly the faulted requests.
      expect(responses.reduce((sum, r) => sum + r.attempts - 1, 0)).toBe(faulted.length)
      expect(log).toHaveLength(60 + faulted.length)
    }))
})

describe("the server clock", () => {
  it.scopedLive("moved past 10 minutes mid-run, then back: each move costs one refused attempt, then answers", () =>
    Effect.gen(function*() {
      const s = yield* client()
      expect((yield* Effect.orDie(callOf("QueryUserInfos", s))).attempts).toBe(1)
      yield* s.emulator.clock.setOffset(-11 * 60_000)
      // Refused once (SignatureExpired), re-signed with the offset read from the Date header: answered.
      expect((yield* Effect.orDie(callOf("QueryUserInfos", s))).attempts).toBe(2)
      expect((yield* Effect.orDie(callOf("QueryUserInfos", s))).attempts).toBe(1)
      yield* s.emulator.clock.setOffset(0)
      // The learned offset is now wrong by 11 minutes: learned again the same way.
      expect((yield* Effect.orDie(callOf("QueryUserInfos", s))).attempts).toBe(2)
      expect((yield* Effect.orDie(callOf("QueryUserInfos", s))).attempts).toBe(1)
      const codes = (yield* s.log("QueryUserInfos")).map((entry) => entry.code)
      expect(codes).toEqual([0, 100000004, 0, 0, 100000004, 0, 0])
    }))
})
