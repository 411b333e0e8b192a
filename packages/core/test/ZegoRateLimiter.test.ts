import { RateLimiter } from "@effect/experimental"
import { describe, expect, it } from "@effect/vitest"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FastCheck from "effect/FastCheck"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as TestClock from "effect/TestClock"
import { intervalMillis, lateWakeToleranceMillis, wholeMillis, ZegoRateLimiter } from "../src/ZegoRateLimiter.js"

const maxInSlidingWindow = (times: ReadonlyArray<number>, windowMillis: number): number => {
  const sorted = [...times].sort((a, b) => a - b)
  let max = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMillis) start++
    max = Math.max(max, end - start + 1)
  }
  return max
}

const request = (overrides: Partial<Parameters<ZegoRateLimiter["Type"]["acquire"]>[0]> = {}) => ({
  key: "1:zim:QueryUserInfos",
  intervalMillis: intervalMillis(20, "1 second", "20 millis"),
  onExceeded: "delay" as const,
  ...overrides
})

// Both implementations: the in-memory schedule (the default) and the polling limiter over a store.
const implementations = [
  { name: "layerMemory (schedule)", layer: ZegoRateLimiter.layerMemory },
  {
    name: "layer over the memory RateLimiterStore (polling)",
    layer: Layer.provide(ZegoRateLimiter.layer, RateLimiter.layerStoreMemory)
  }
] as const

describe("ZegoRateLimiter", () => {
  it("spaces permits (window + margin) / limit apart, exactly; stores round up to whole milliseconds", () => {
    expect(intervalMillis(20, "1 second", "20 millis")).toBe(51)
    expect(intervalMillis(20, "1 second", "10 millis")).toBe(50.5)
    expect(intervalMillis(100, "1 second", "20 millis")).toBeCloseTo(10.2, 9)
    expect(intervalMillis(3, "1 second", "0 millis")).toBeCloseTo(333.333, 3)
    expect(wholeMillis(50.5)).toBe(51)
    expect(wholeMillis(51)).toBe(51)
    expect(wholeMillis(intervalMillis(3, "1 second", "0 millis"))).toBe(334)
    expect(wholeMillis(0.2)).toBe(1)
  })

  for (const { layer, name } of implementations) {
    describe(name, () => {
      it.effect("never grants more than the limit in any sliding window, whatever the burst", () =>
        Effect.gen(function*() {
          const limiter = yield* ZegoRateLimiter
          const granted: Array<number> = []
          const fibers = yield* Effect.forEach(
            Array.from({ length: 200 }),
            () =>
              Effect.fork(
                Effect.flatMap(limiter.acquire(request()), () =>
                  Effect.map(Clock.currentTimeMillis, (now) => {
                    granted.push(now)
                  }))
              ),
            { concurrency: "unbounded" }
          )
          yield* TestClock.adjust("20 seconds")
          yield* Effect.forEach(fibers, Fiber.join)
          expect(granted).toHaveLength(200)
          expect(maxInSlidingWindow(granted, 1000)).toBe(20)
          expect(maxInSlidingWindow(granted, 1020)).toBe(20)
          // No sustained throughput is lost: 200 permits in 199 intervals.
          expect(Math.max(...granted) - Math.min(...granted)).toBe(199 * 51)
        }).pipe(Effect.provide(layer)))

      it.effect("grants in arrival order", () =>
        Effect.gen(function*() {
          const limiter = yield* ZegoRateLimiter
          const order: Array<number> = []
          const fibers: Array<Fiber.RuntimeFiber<void, unknown>> = []
          for (let i = 0; i < 10; i++) {
            fibers.push(yield* Effect.fork(Effect.map(limiter.acquire(request()), () => void order.push(i))))
            yield* Effect.yieldNow()
          }
          yield* TestClock.adjust("2 seconds")
          yield* Effect.forEach(fibers, Fiber.join)
          expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        }).pipe(Effect.provide(layer)))

      it.effect("keys are independent", () =>
        Effect.gen(function*() {
          const limiter = yield* ZegoRateLimiter
          const a = yield* limiter.acquire(request({ key: "a" }))
          const b = yield* limiter.acquire(request({ key: "b" }))
          expect([a, b]).toEqual([0, 0])
        }).pipe(Effect.provide(layer)))

      it.effect("reports the time waited", () =>
        Effect.gen(function*() {
          const limiter = yield* ZegoRateLimiter
          yield* limiter.acquire(request())
          const fiber = yield* Effect.fork(limiter.acquire(request()))
          yield* TestClock.adjust("1 second")
          expect(yield* Fiber.join(fiber)).toBe(51)
        }).pipe(Effect.provide(layer)))

      it.effect("onExceeded fail: fails at once instead of waiting", () =>
        Effect.gen(function*() {
          const limiter = yield* ZegoRateLimiter
          yield* limiter.acquire(request({ onExceeded: "fail" }))
          const denied = yield* Effect.flip(limiter.acquire(request({ onExceeded: "fail" })))
          expect(denied).toEqual({ _tag: "WaitExceeded" })
          yield* TestClock.adjust("51 millis")
          expect(yield* limiter.acquire(request({ onExceeded: "fail" }))).toBe(0)
        }).pipe(Effect.provide(layer)))

      it.effect("maxWait: fails when no permit comes in time", () =>
        Effect.gen(function*() {
          const limiter = yield* ZegoRateLimiter
          for (let i = 0; i < 3; i++) yield* Effect.fork(limiter.acquire(request()))
          yield* Effect.yieldNow()
          const late = yield* Effect.fork(limiter.acquire(request({ maxWait: Duration.millis(100) })))
          yield* TestClock.adjust("1 second")
          const exit = yield* Fiber.await(late)
          expect(Exit.isFailure(exit)).toBe(true)
        }).pipe(Effect.provide(layer)))

      // Issue 14, item 10: in both orders (a queue that only drops interrupted waiters from its head passes
      // head-first and fails tail-first).
      for (const order of ["head first", "tail first"] as const) {
        it.effect(`interrupted waiters hold nothing (interrupted ${order}): later callers are not pushed back`, () =>
          Effect.gen(function*() {
            const limiter = yield* ZegoRateLimiter
            yield* limiter.acquire(request())
            const waiting = yield* Effect.forEach(
              Array.from({ length: 50 }),
              () => Effect.fork(limiter.acquire(request())),
              { concurrency: "unbounded" }
            )
            yield* TestClock.adjust("10 millis")
            yield* Effect.forEach(order === "head first" ? waiting : [...waiting].reverse(), Fiber.interrupt)
            const next = yield* Effect.fork(Effect.zipRight(limiter.acquire(request()), Clock.currentTimeMillis))
            yield* TestClock.adjust("1 second")
            // The next permit is free 51 ms after the first, not 50 intervals later.
            expect(yield* Fiber.join(next)).toBe(51)
          }).pipe(Effect.provide(layer)))
      }
    })
  }

  // Issue 14, item 5: every waiter leaves by its own deadline, not one after the other.
  for (const { layer, name } of implementations) {
    it.effect(`${name}: 300 callers queued with maxWait 1 s all fail at maxWait (+ at most one interval), none later`, () =>
      Effect.gen(function*() {
        const limiter = yield* ZegoRateLimiter
        const interval = 51
        const results: Array<{ readonly at: number; readonly ok: boolean }> = []
        yield* Effect.forEach(
          Array.from({ length: 300 }),
          () =>
            Effect.fork(
              Effect.flatMap(
                Effect.either(limiter.acquire(request({ maxWait: Duration.seconds(1) }))),
                (result) =>
                  Effect.map(Clock.currentTimeMillis, (at) => {
                    results.push({ at, ok: result._tag === "Right" })
                  })
              )
            ),
          { concurrency: "unbounded" }
        )
        yield* TestClock.adjust("30 seconds")
        expect(results).toHaveLength(300)
        const granted = results.filter((r) => r.ok)
        const failed = results.filter((r) => !r.ok)
        // Within a second, at most the permits of one second (20 at 51 ms), the rest fail.
        expect(granted.length).toBeGreaterThanOrEqual(19)
        expect(granted.length).toBeLessThanOrEqual(20)
        expect(failed).toHaveLength(300 - granted.length)
        for (const { at } of failed) {
          expect(at).toBeGreaterThanOrEqual(1000)
          expect(at).toBeLessThanOrEqual(1000 + interval)
        }
      }).pipe(Effect.provide(layer)))
  }

  describe("layerMemory's schedule", () => {
    // Takes a permit at each of `offsets` (ms after the start, ascending) and says when each was granted.
    const grantTimes = (offsets: ReadonlyArray<number>, interval: number) =>
      Effect.gen(function*() {
        const limiter = yield* ZegoRateLimiter
        const fibers: Array<Fiber.RuntimeFiber<number, unknown>> = []
        let now = 0
        for (const offset of offsets) {
          yield* TestClock.adjust(Duration.millis(offset - now))
          now = offset
          fibers.push(
            yield* Effect.fork(
              Effect.zipRight(limiter.acquire(request({ intervalMillis: interval })), Clock.currentTimeMillis)
            )
          )
          yield* Effect.yieldNow()
        }
        yield* TestClock.adjust("1 hour")
        return yield* Effect.forEach(fibers, Fiber.join)
      })

    it.effect("fractional intervals: permits keep the exact spacing, not one rounded up", () =>
      Effect.gen(function*() {
        const granted = yield* grantTimes(Array.from({ length: 101 }, () => 0), 50.5)
        expect(granted[100]).toBeCloseTo(100 * 50.5, 6)
        expect(maxInSlidingWindow(granted, 1010)).toBe(20)
      }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

    it.effect("a permit taken a little late keeps the schedule: the next is due one interval after the last was due", () =>
      Effect.gen(function*() {
        const limiter = yield* ZegoRateLimiter
        yield* limiter.acquire(request())
        // Due at 51; taken 2 ms late, within the tolerance.
        yield* TestClock.adjust(Duration.millis(51 + 2))
        expect(yield* limiter.acquire(request())).toBe(0)
        const next = yield* Effect.fork(Effect.zipRight(limiter.acquire(request()), Clock.currentTimeMillis))
        yield* TestClock.adjust("1 second")
        expect(yield* Fiber.join(next)).toBe(102)
      }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

    it.effect("a permit taken later than the tolerance (a stall, an idle key) restarts the schedule from then", () =>
      Effect.gen(function*() {
        const limiter = yield* ZegoRateLimiter
        yield* limiter.acquire(request())
        const late = 51 + lateWakeToleranceMillis + 1
        yield* TestClock.adjust(Duration.millis(late))
        expect(yield* limiter.acquire(request())).toBe(0)
        const next = yield* Effect.fork(Effect.zipRight(limiter.acquire(request()), Clock.currentTimeMillis))
        yield* TestClock.adjust("1 second")
        expect(yield* Fiber.join(next)).toBe(late + 51)
      }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

    it.effect("whenever callers arrive, no window of (window + margin − tolerance) holds more than the limit", () =>
      Effect.gen(function*() {
        const samples = FastCheck.sample(
          FastCheck.array(FastCheck.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 120 }),
          { numRuns: 40, seed: 20261203 }
        )
        for (const arrivals of samples) {
          const offsets = [...arrivals].sort((a, b) => a - b)
          const granted = yield* grantTimes(offsets, 51).pipe(Effect.provide(ZegoRateLimiter.layerMemory))
          expect(granted).toHaveLength(offsets.length)
          expect(maxInSlidingWindow(granted, 1020 - lateWakeToleranceMillis)).toBeLessThanOrEqual(20)
          // Nobody is granted before arriving, and consecutive permits are never closer than
          // the interval minus the tolerance.
          const sorted = [...granted].sort((a, b) => a - b)
          for (let i = 1; i < sorted.length; i++) {
            expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(51 - lateWakeToleranceMillis)
          }
        }
      }))
  })
})
