import { describe, expect, it, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { Emulator, RateLimit, Seed } from "../src/index.js"
import type { EmulatorService } from "../src/index.js"
import { call, codeOf, post, sleepReal } from "./helpers.js"

describe("SlidingWindowLimiter", () => {
  it("accepts at most N in any window of 1000 ms and does not count rejections", () => {
    const limiter = new RateLimit.SlidingWindowLimiter()
    const times = [0, 100, 200, 300, 999.9, 1000, 1050, 1100, 1150, 1200]
    const decisions = times.map((t) => limiter.tryAcquire("A", t, 3))
    // 300 and 999.9 are refused (0, 100, 200 in the window); at 1000 the request at 0 has left the window
    // (1000 - 1000 = 0 is outside), at 1100 the one at 100, at 1200 the one at 200; refused requests never count.
    expect(decisions).toEqual([true, true, true, false, false, true, false, true, false, true])
    expect(limiter.tryAcquire("B", 300, 1)).toBe(true)
    expect(limiter.tryAcquire("A", 2000, Infinity)).toBe(true)
  })

  it("maxInAnyWindow counts the busiest window", () => {
    expect(RateLimit.maxInAnyWindow([])).toBe(0)
    expect(RateLimit.maxInAnyWindow([0, 999, 1000, 1001])).toBe(3)
    expect(RateLimit.maxInAnyWindow([0, 500, 999.9, 1500])).toBe(3)
    expect(RateLimit.maxInAnyWindow([0, 1000, 2000])).toBe(1)
  })

  it("limitOf resolves documented, off and overrides", () => {
    const action = { name: "QueryUserInfos", qps: 20 }
    expect(RateLimit.limitOf("documented", action)).toBe(20)
    expect(RateLimit.limitOf("off", action)).toBe(Infinity)
    expect(RateLimit.limitOf({ QueryUserInfos: 3 }, action)).toBe(3)
    expect(RateLimit.limitOf({ QueryUserInfos: "off" }, action)).toBe(Infinity)
    expect(RateLimit.limitOf({ DescribeUsers: 1 }, action)).toBe(20)
  })
})

const burst = <A, E, R>(n: number, request: Effect.Effect<A, E, R>) =>
  Effect.all(Array.from({ length: n }, () => request), { concurrency: "unbounded" })

/** The log of one Action: the busiest window of accepted requests, and the codes answered. */
const observed = (emulator: EmulatorService, action: string) =>
  Effect.map(emulator.requests.entries, (entries) => {
    const mine = entries.filter((entry) => entry.action === action)
    return {
      maxAccepted: RateLimit.maxInAnyWindow(mine.filter((entry) => entry.accepted).map((entry) => entry.monotonicMs)),
      accepted: mine.filter((entry) => entry.accepted).length,
      rejectedCodes: mine.filter((entry) => !entry.accepted).map((entry) => entry.code)
    }
  })

const resetAll = Effect.flatMap(
  Emulator,
  (emulator) => Effect.all([emulator.requests.reset, emulator.rateLimits.reset, emulator.rateLimits.set("documented")])
)

const queryUserInfos = Effect.flatMap(
  Emulator,
  (emulator) => post(emulator, "QueryUserInfos", { UserIds: [Seed.users.alice] })
)
const describeUsers = Effect.flatMap(
  Emulator,
  (emulator) => call(emulator, "DescribeUsers", { query: `RoomId=${Seed.rooms.live}&UserId[]=${Seed.roomUsers.host}` })
)

layer(Emulator.layer())("rate limits over HTTP", (it) => {
  it.effect("ZIM: at most 20 accepted per sliding second, rejections answer 660300005", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* resetAll
      const replies = yield* burst(60, queryUserInfos)
      const seen = yield* observed(emulator, "QueryUserInfos")
      expect(seen.maxAccepted).toBeLessThanOrEqual(20)
      expect(seen.accepted).toBeGreaterThanOrEqual(20)
      expect(seen.accepted + seen.rejectedCodes.length).toBe(60)
      for (const code of seen.rejectedCodes) expect(code).toBe(660300005)
      const codes = replies.map(codeOf)
      expect(codes.filter((code) => code === 0)).toHaveLength(seen.accepted)
      expect(codes.filter((code) => code === 660300005)).toHaveLength(seen.rejectedCodes.length)
    }))

  it.effect("RTC: at most 10 accepted per sliding second, rejections answer 206", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* resetAll
      const replies = yield* burst(40, describeUsers)
      const seen = yield* observed(emulator, "DescribeUsers")
      expect(seen.maxAccepted).toBeLessThanOrEqual(10)
      expect(seen.accepted).toBeGreaterThanOrEqual(10)
      for (const code of seen.rejectedCodes) expect(code).toBe(206)
      expect(replies.map(codeOf).filter((code) => code === 206)).toHaveLength(seen.rejectedCodes.length)
    }))

  it.effect("a small override is enforced, and the budget comes back after the window", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* resetAll
      yield* emulator.rateLimits.set({ QueryUserInfos: 3 })
      yield* burst(15, queryUserInfos)
      const seen = yield* observed(emulator, "QueryUserInfos")
      expect(seen.maxAccepted).toBeLessThanOrEqual(3)
      expect(seen.rejectedCodes.length).toBeGreaterThan(0)
      // Another Action has its own budget.
      expect(codeOf(yield* describeUsers)).toBe(0)
      yield* sleepReal(1100)
      expect(codeOf(yield* queryUserInfos)).toBe(0)
    }))

  it.effect("requests refused by the gateway do not use up the budget", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* resetAll
      yield* emulator.rateLimits.set({ QueryUserInfos: 3 })
      const badSignatures = yield* burst(
        10,
        post(emulator, "QueryUserInfos", { UserIds: ["alice"] }, { params: { Signature: "0".repeat(32) } })
      )
      for (const reply of badSignatures) expect(codeOf(reply)).toBe(100000005)
      const good = yield* Effect.all([queryUserInfos, queryUserInfos, queryUserInfos])
      expect(good.map(codeOf)).toEqual([0, 0, 0])
      const entries = yield* emulator.requests.entries
      expect(entries.filter((entry) => entry.code === 100000005).every((entry) => !entry.accepted)).toBe(true)
    }))

  it.effect("off: nothing is refused", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* resetAll
      yield* emulator.rateLimits.set("off")
      const replies = yield* burst(50, describeUsers)
      expect(replies.every((reply) => codeOf(reply) === 0)).toBe(true)
      yield* emulator.rateLimits.set("documented")
    }))

  it.effect("invalid overrides are refused", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const unknown = yield* Effect.flip(emulator.rateLimits.set({ NoSuchAction: 1 }))
      expect(unknown._tag).toBe("EmulatorConfigError")
      const negative = yield* Effect.flip(emulator.rateLimits.set({ QueryUserInfos: -1 }))
      expect(negative.message).toContain("QueryUserInfos")
    }))
})
