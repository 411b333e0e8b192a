import { describe, expect, it } from "@effect/vitest"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"
import { intervalMillis, ZegoRateLimiter } from "../src/ZegoRateLimiter.js"

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
  intervalMillis: intervalMillis(20, "1 second", "10 millis"),
  onExceeded: "delay" as const,
  ...overrides
})

describe("ZegoRateLimiter", () => {
  it("spaces permits (window + margin) / limit apart, rounded up to whole milliseconds", () => {
    expect(intervalMillis(20, "1 second", "10 millis")).toBe(51)
    expect(intervalMillis(10, "1 second", "0 millis")).toBe(100)
    expect(intervalMillis(3, "1 second", "0 millis")).toBe(334)
  })

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
      expect(maxInSlidingWindow(granted, 1010)).toBe(20)
      // No sustained throughput is lost: 200 permits in 199 intervals.
      expect(Math.max(...granted) - Math.min(...granted)).toBe(199 * 51)
    }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

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
    }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

  it.effect("keys are independent", () =>
    Effect.gen(function*() {
      const limiter = yield* ZegoRateLimiter
      const a = yield* limiter.acquire(request({ key: "a" }))
      const b = yield* limiter.acquire(request({ key: "b" }))
      expect([a, b]).toEqual([0, 0])
    }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

  it.effect("reports the time waited", () =>
    Effect.gen(function*() {
      const limiter = yield* ZegoRateLimiter
      yield* limiter.acquire(request())
      const fiber = yield* Effect.fork(limiter.acquire(request()))
      yield* TestClock.adjust("1 second")
      expect(yield* Fiber.join(fiber)).toBe(51)
    }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

  it.effect("onExceeded fail: fails at once instead of waiting", () =>
    Effect.gen(function*() {
      const limiter = yield* ZegoRateLimiter
      yield* limiter.acquire(request({ onExceeded: "fail" }))
      const denied = yield* Effect.flip(limiter.acquire(request({ onExceeded: "fail" })))
      expect(denied).toEqual({ _tag: "WaitExceeded" })
      yield* TestClock.adjust("51 millis")
      expect(yield* limiter.acquire(request({ onExceeded: "fail" }))).toBe(0)
    }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

  it.effect("maxWait: fails when no permit comes in time", () =>
    Effect.gen(function*() {
      const limiter = yield* ZegoRateLimiter
      for (let i = 0; i < 3; i++) yield* Effect.fork(limiter.acquire(request()))
      yield* Effect.yieldNow()
      const late = yield* Effect.fork(limiter.acquire(request({ maxWait: Duration.millis(100) })))
      yield* TestClock.adjust("1 second")
      const exit = yield* Fiber.await(late)
      expect(Exit.isFailure(exit)).toBe(true)
    }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))

  it.effect("interrupted waiters hold nothing: later callers are not pushed back", () =>
    Effect.gen(function*() {
      const limiter = yield* ZegoRateLimiter
      yield* limiter.acquire(request())
      const waiting = yield* Effect.forEach(
        Array.from({ length: 50 }),
        () => Effect.fork(limiter.acquire(request())),
        { concurrency: "unbounded" }
      )
      yield* TestClock.adjust("10 millis")
      yield* Effect.forEach(waiting, Fiber.interrupt)
      const next = yield* Effect.fork(Effect.zipRight(limiter.acquire(request()), Clock.currentTimeMillis))
      yield* TestClock.adjust("1 second")
      // The next permit is free 51 ms after the first, not 50 intervals later.
      expect(yield* Fiber.join(next)).toBe(51)
    }).pipe(Effect.provide(ZegoRateLimiter.layerMemory)))
})
