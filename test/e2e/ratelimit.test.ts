/**
 * Rate limits as the emulator enforces them (a strict sliding window at each Action's documented QPS, measured
 * when requests arrive): many concurrent callers get zero rejections because the client limits itself, and
 * the server never sees more than the documented QPS in any sliding second. A control without the client's
 * limiter shows that the emulator does reject, and that the client's retries then still get every call through.
 *
 * Arrival times carry the scheduling jitter of this shared machine (2 cores, other test files in parallel),
 * which the limiter's safety margin absorbs: 60 ms here, as in test/actions.test.ts.
 */
import { RateLimit, Seed } from "@effect-zego/emulator"
import type { RequestLog } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { type Setup, setup } from "./support/e2e.js"

const rateLimit = { safetyMargin: "60 millis" } as const

const documentedQps = { QueryUserInfos: 20, QueryGroupsInfoOfUser: 20, DescribeUsers: 10 } as const

/** The most accepted requests of an Action in any sliding second, as the emulator measured arrivals. */
const maxPerSecond = (entries: ReadonlyArray<RequestLog.RequestRecord>, action: string) =>
  RateLimit.maxInAnyWindow(entries.filter((e) => e.action === action && e.accepted).map((e) => e.monotonicMs))

const rejected = (entries: ReadonlyArray<RequestLog.RequestRecord>) =>
  entries.filter((e) => !e.accepted || e.code === 660300005 || e.code === 206)

/**
 * One call of each Action first, so that the measured burst does not also pay for cold code paths and new
 * connections (hundreds of ms on a loaded machine, unevenly spread over the first requests); then the emulator
 * forgets them (its limiter's history and its log).
 */
const warmUp = ({ emulator, rtc, zim }: Setup) =>
  Effect.gen(function*() {
    yield* zim.queryUserInfos({ UserIds: [Seed.users.alice] })
    yield* zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10 })
    yield* rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: ["u"] })
    yield* emulator.rateLimits.reset
    yield* emulator.requests.reset
  })

describe("the client's limiter against the emulator's", () => {
  // One Action at a time: the emulator shares this process with the client, so every request in flight adds to
  // the in-process delay between sending and arrival that the safety margin must absorb.
  const bursts = [
    ["QueryUserInfos", 45, ({ zim }: Setup) => zim.queryUserInfos({ UserIds: [Seed.users.alice] })],
    [
      "QueryGroupsInfoOfUser",
      45,
      ({ zim }: Setup) => zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10 })
    ],
    [
      "DescribeUsers",
      25,
      ({ rtc }: Setup, i: number) =>
        rtc.describeUsers({ RoomId: i % 2 === 0 ? Seed.rooms.live : Seed.rooms.quiet, UserId: ["u"] })
    ]
  ] as const

  for (const [action, callers, call] of bursts) {
    const qps = documentedQps[action]
    it.scopedLive(`${action}: ${callers} concurrent callers, zero rejections, never over ${qps} in a sliding second`, () =>
      Effect.gen(function*() {
        const s = yield* setup({ callOptions: { rateLimit } })
        yield* warmUp(s)
        const started = performance.now()
        yield* Effect.all(Array.from({ length: callers }, (_, i) => call(s, i)), {
          concurrency: "unbounded",
          discard: true
        })
        const elapsedMs = performance.now() - started

        const entries = yield* s.log()
        expect(entries).toHaveLength(callers)
        expect(rejected(entries)).toEqual([])
        expect(entries.every((e) => e.action === action && e.code === 0)).toBe(true)
        expect(maxPerSecond(entries, action)).toBeLessThanOrEqual(qps)
        // At most qps in any sliding second, `callers` requests span more than floor((callers - 1) / qps) s (a
        // busy machine only makes it longer). How close to the limit the budget gets is a speed figure: P2 in
        // BENCHMARKS.md (`pnpm bench p2`), not asserted here.
        expect(elapsedMs).toBeGreaterThan(Math.floor((callers - 1) / qps) * 1_000)
      }))
  }

  // Issue 14, item 9: a client that is not ours (`@effect/platform`'s, through `execute`), cold (its first
  // requests open connections), with the default safety margin.
  for (const [margin, label] of [[undefined, "the default margin"], ["60 millis", "a 60 ms margin"]] as const) {
    it.scopedLive(`httpClient "platform", cold, ${label}: 45 concurrent callers, zero rejections`, () =>
      Effect.gen(function*() {
        const s = yield* setup({
          httpClient: "platform",
          callOptions: { rateLimit: margin === undefined ? {} : { safetyMargin: margin } }
        })
        yield* Effect.all(
          Array.from({ length: 45 }, () => s.zim.queryUserInfos({ UserIds: [Seed.users.alice] })),
          { concurrency: "unbounded", discard: true }
        )
        const entries = yield* s.log()
        expect(entries).toHaveLength(45)
        expect(rejected(entries)).toEqual([])
        expect(maxPerSecond(entries, "QueryUserInfos")).toBeLessThanOrEqual(documentedQps.QueryUserInfos)
      }))
  }

  it.scopedLive("batched helpers under the limit: zero rejections", () =>
    Effect.gen(function*() {
      // Windows wide enough that all 2,650 callers join before the first batch seals, even on a loaded machine:
      // the request counts below are then exact.
      const window = { batchWindow: "250 millis" } as const
      const s = yield* setup({ callOptions: { rateLimit }, helpers: { zim: window, rtc: window } })
      const { log, rtc, zim } = s
      yield* warmUp(s)
      const users = Array.from({ length: 2500 }, (_, i) => `user-${i}`)
      yield* Effect.all([
        Effect.forEach(users, (id) => Effect.either(zim.getUserInfo(id)), { concurrency: "unbounded" }),
        Effect.forEach(
          Array.from({ length: 150 }, (_, i) => `viewer-${i}`),
          (id) => rtc.getUserStatus(Seed.rooms.live, id),
          { concurrency: "unbounded" }
        )
      ], { concurrency: "unbounded" })
      const entries = yield* log()
      expect(entries.filter((e) => e.action === "QueryUserInfos")).toHaveLength(25)
      expect(entries.filter((e) => e.action === "DescribeUsers")).toHaveLength(15)
      expect(rejected(entries)).toEqual([])
      expect(maxPerSecond(entries, "QueryUserInfos")).toBeLessThanOrEqual(20)
      expect(maxPerSecond(entries, "DescribeUsers")).toBeLessThanOrEqual(10)
    }))
})

describe("without the client's limiter (controls)", () => {
  it.scopedLive("the emulator rejects what goes over the limit, and the client reports AppRateLimited", () =>
    Effect.gen(function*() {
      const { emulator, log, zim } = yield* setup({ callOptions: { rateLimit: false, retry: false } })
      // 2 per second: 40 concurrent calls exceed it however much a busy machine spreads their arrivals (at the
      // documented 20, a busy machine spread them enough for none to be rejected).
      yield* emulator.rateLimits.set({ QueryUserInfos: 2 })
      const results = yield* Effect.all(
        Array.from({ length: 40 }, () => Effect.either(zim.queryUserInfos({ UserIds: [Seed.users.alice] }))),
        { concurrency: "unbounded" }
      )
      const entries = yield* log()
      const failed = results.filter((r) => r._tag === "Left")
      expect(failed.length).toBeGreaterThan(0)
      expect(new Set(failed.map((r) => r._tag === "Left" ? r.left._tag : ""))).toEqual(new Set(["AppRateLimited"]))
      expect(rejected(entries)).toHaveLength(failed.length)
      expect(maxPerSecond(entries, "QueryUserInfos")).toBeLessThanOrEqual(2)
      for (const result of failed) {
        if (result._tag === "Left") expect(result.left).toMatchObject({ code: 660300005, isThrottling: true })
      }
    }))

  it.scopedLive("retries on the throttling code with the longer backoff still get every call through", () =>
    Effect.gen(function*() {
      const { emulator, log, zim } = yield* setup({
        callOptions: {
          rateLimit: false,
          retry: { maxAttempts: 12, baseDelay: "5 millis", throttledBaseDelay: "200 millis", maxDelay: "1 second" }
        }
      })
      // 10 per second, so that 30 concurrent calls exceed it even when a busy machine spreads their arrivals.
      yield* emulator.rateLimits.set({ QueryUserInfos: 10 })
      const results = yield* Effect.all(
        Array.from({ length: 30 }, () => zim.queryUserInfos.withResponse({ UserIds: [Seed.users.alice] })),
        { concurrency: "unbounded" }
      )
      const entries = yield* log()
      expect(results.every((r) => r.data.Result[0]?.UserId === Seed.users.alice)).toBe(true)
      const retried = results.filter((r) => r.response.attempts > 1)
      expect(retried.length).toBeGreaterThan(0)
      // Every attempt reached the emulator; the rejected ones are exactly the retried attempts.
      expect(entries).toHaveLength(results.reduce((sum, r) => sum + r.response.attempts, 0))
      expect(rejected(entries)).toHaveLength(entries.length - 30)
      expect(maxPerSecond(entries, "QueryUserInfos")).toBeLessThanOrEqual(10)
    }))
})
