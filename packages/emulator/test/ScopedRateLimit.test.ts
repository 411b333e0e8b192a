/**
 * Limits per room and per group, on top of the AppID-level ones: keyed by the value of the documented field
 * (from the query of a GET Action, from the JSON body of a POST Action), answered with the product's scoped code
 * (ZIM 660300006, RTC 207), strict sliding windows (one per 10 seconds for a rate of 0.1/s), and a refused
 * request uses up no budget at all.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { Emulator, RateLimit, Seed } from "../src/index.js"
import type { EmulatorService } from "../src/index.js"
import { call, codeOf, post, sleepReal } from "./helpers.js"

describe("budgets", () => {
  it("a rate below one per second is one request per 1000/qps ms", () => {
    expect(RateLimit.budgetOf(20)).toEqual({ limit: 20, windowMs: 1000 })
    expect(RateLimit.budgetOf(1)).toEqual({ limit: 1, windowMs: 1000 })
    expect(RateLimit.budgetOf(0.1)).toEqual({ limit: 1, windowMs: 10_000 })
    expect(RateLimit.budgetOf(Infinity).limit).toBe(Infinity)
  })

  it("scoped limits follow 'documented' and 'off'; per-Action overrides leave them documented", () => {
    const scoped = { qps: 5 }
    expect(RateLimit.scopedBudgetOf("documented", scoped).limit).toBe(5)
    expect(RateLimit.scopedBudgetOf("off", scoped).limit).toBe(Infinity)
    expect(RateLimit.scopedBudgetOf({ QueryRoomMembers: "off" }, scoped).limit).toBe(5)
  })

  it("a window longer than a second, and a released request gives its budget back", () => {
    const limiter = new RateLimit.SlidingWindowLimiter()
    expect(limiter.tryAcquire("k", 0, 1, 10_000)).toBe(true)
    expect(limiter.tryAcquire("k", 5_000, 1, 10_000)).toBe(false)
    expect(limiter.tryAcquire("k", 10_000, 1, 10_000)).toBe(true)
    limiter.release("k", 10_000)
    expect(limiter.tryAcquire("k", 10_001, 1, 10_000)).toBe(true)
    // Releasing what was never accepted changes nothing.
    limiter.release("k", 42)
    expect(limiter.tryAcquire("k", 10_002, 1, 10_000)).toBe(false)
  })
})

const burst = <A, E, R>(n: number, request: Effect.Effect<A, E, R>) =>
  Effect.all(Array.from({ length: n }, () => request), { concurrency: "unbounded" })

const withEmulator = <A, E>(f: (emulator: EmulatorService) => Effect.Effect<A, E>) => Effect.flatMap(Emulator, f)

const resetAll = withEmulator((emulator) =>
  Effect.all([emulator.requests.reset, emulator.rateLimits.reset, emulator.rateLimits.set("documented")])
)

const queryRoomMembers = (roomId: string) =>
  withEmulator((emulator) => call(emulator, "QueryRoomMembers", { query: `RoomId=${roomId}&UserId[]=alice` }))

const describeUserList = (roomId: string) =>
  withEmulator((emulator) => call(emulator, "DescribeUserList", { query: `RoomId=${roomId}` }))

/** The accepted requests of an Action for one scope value, from the log. */
const acceptedFor = (action: string, field: string, value: string) =>
  withEmulator((emulator) =>
    Effect.map(emulator.requests.entries, (entries) => {
      const mine = entries.filter((entry) => entry.action === action && entry.query[field] === value)
      return {
        accepted: mine.filter((entry) => entry.accepted).map((entry) => entry.monotonicMs),
        refusedCodes: mine.filter((entry) => !entry.accepted).map((entry) => entry.code)
      }
    })
  )

layer(Emulator.layer())("scoped limits over HTTP", (it) => {
  it.effect("QueryRoomMembers (GET): at most 5 per sliding second per room, refusals answer 660300006", () =>
    Effect.gen(function*() {
      yield* resetAll
      // 40 for a limit of 5: more than a busy machine can spread out of any second.
      const replies = yield* burst(40, queryRoomMembers(Seed.zimRooms.lobby))
      const seen = yield* acceptedFor("QueryRoomMembers", "RoomId", Seed.zimRooms.lobby)
      expect(RateLimit.maxInAnyWindow(seen.accepted)).toBeLessThanOrEqual(5)
      expect(seen.accepted.length).toBeGreaterThanOrEqual(5)
      expect(seen.refusedCodes.length).toBeGreaterThan(0)
      for (const code of seen.refusedCodes) expect(code).toBe(660300006)
      expect(replies.map(codeOf).filter((code) => code === 660300006)).toHaveLength(seen.refusedCodes.length)
      // No AppID-level limit is documented: other rooms are served in the same second.
      const others = yield* Effect.forEach(["r1", "r2", "r3", "r4", "r5", "r6"], queryRoomMembers)
      expect(others.map(codeOf).every((code) => code !== 660300006)).toBe(true)
    }))

  it.effect("DescribeUserList: one per second per room (207) under an AppID-level 200", () =>
    Effect.gen(function*() {
      yield* resetAll
      const replies = yield* burst(6, describeUserList(Seed.rooms.live))
      expect(replies.map(codeOf).sort()).toEqual([0, 207, 207, 207, 207, 207])
      expect(codeOf(yield* describeUserList(Seed.rooms.quiet))).toBe(0)
      const entries = yield* withEmulator((emulator) => emulator.requests.entries)
      expect(entries.filter((entry) => entry.code === 207).every((entry) => !entry.accepted)).toBe(true)
    }))

  it.effect("a refused request uses up neither the scoped nor the AppID-level budget", () =>
    Effect.gen(function*() {
      yield* resetAll
      const emulator = yield* Emulator
      yield* emulator.rateLimits.set({ DescribeUserList: 2 })
      expect(codeOf(yield* describeUserList("room-a"))).toBe(0)
      expect(codeOf(yield* describeUserList("room-a"))).toBe(207)
      // Had the refused request counted, the AppID budget of 2 would be spent.
      expect(codeOf(yield* describeUserList("room-b"))).toBe(0)
      expect(codeOf(yield* describeUserList("room-c"))).toBe(206)
    }))

  it.effect("InviteUsersIntoGroup (POST): the group comes from the JSON body", () =>
    Effect.gen(function*() {
      yield* resetAll
      const invite = (groupId: string) =>
        withEmulator((emulator) =>
          post(emulator, "InviteUsersIntoGroup", {
            FromUserId: Seed.users.alice,
            GroupId: groupId,
            UserIds: [Seed.users.bob],
            GroupMemberInfos: [{ UserId: Seed.users.bob }]
          })
        )
      expect(codeOf(yield* invite(Seed.groups.teamRed))).toBe(0)
      expect(codeOf(yield* invite(Seed.groups.teamRed))).toBe(660300006)
      expect(codeOf(yield* invite(Seed.groups.teamBlue))).toBe(0)
    }))

  it.effect("a request without the scoping field is a parameter error, not a rate-limit refusal", () =>
    Effect.gen(function*() {
      yield* resetAll
      const missing = yield* withEmulator((emulator) => call(emulator, "DismissGroup", { query: "FromUserId=alice" }))
      expect(codeOf(missing)).toBe(660000002)
      const again = yield* withEmulator((emulator) => call(emulator, "DismissGroup", { query: "FromUserId=alice" }))
      expect(codeOf(again)).toBe(660000002)
    }))

  it.effect("DescribeSimpleStreamList: 0.1 per second per room is one request per 10 seconds", () =>
    Effect.gen(function*() {
      yield* resetAll
      const list = (roomId: string) =>
        withEmulator((emulator) => call(emulator, "DescribeSimpleStreamList", { query: `RoomId=${roomId}` }))
      expect(codeOf(yield* list("stage"))).toBe(0)
      // Well past one second, well within ten.
      yield* sleepReal(1200)
      expect(codeOf(yield* list("stage"))).toBe(207)
      expect(codeOf(yield* list("backstage"))).toBe(0)
    }))

  it.effect("'off' lifts the scoped limits too", () =>
    Effect.gen(function*() {
      yield* resetAll
      const emulator = yield* Emulator
      yield* emulator.rateLimits.set("off")
      const replies = yield* burst(4, describeUserList(Seed.rooms.live))
      expect(replies.map(codeOf)).toEqual([0, 0, 0, 0])
      yield* emulator.rateLimits.set("documented")
    }))
})
