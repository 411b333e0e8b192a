import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { DueTimes, FifoLock, LockTable } from "../src/internal/limiter.js"

describe("the limiter's per-key state", () => {
  it.effect("a key's lock is forgotten once nobody holds or waits for it", () =>
    Effect.gen(function*() {
      const locks = new LockTable()
      const lock = locks.get("room-1")
      expect(locks.get("room-1")).toBe(lock)
      expect(lock.tryLock()).toBe(true)
      // A second caller queues behind the first.
      const queued = yield* Effect.fork(lock.withLock(Effect.void))
      yield* Effect.yieldNow()
      lock.release()
      yield* Fiber.join(queued)
      // Both done: the key is gone, and a later caller gets a fresh lock.
      expect(locks.size).toBe(0)
      expect(locks.get("room-1")).not.toBe(lock)
      expect(locks.size).toBe(1)
    }))

  // Issue 14, items 5 and 10, on the live clock's path (a timer per waiter, no fiber per timeout).
  for (const order of ["head first", "tail first", "middle out"] as const) {
    it.live(`interrupted waiters leave the queue (interrupted ${order}); the lock still passes on`, () =>
      Effect.gen(function*() {
        const lock = new FifoLock()
        expect(lock.tryLock()).toBe(true)
        const waiting = yield* Effect.forEach(Array.from({ length: 20 }), () => Effect.fork(lock.withLock(Effect.void)))
        yield* Effect.yieldNow()
        expect(lock.waiting).toBe(20)
        const ordered = order === "head first"
          ? waiting
          : order === "tail first"
          ? [...waiting].reverse()
          : [...waiting.filter((_, i) => i % 2 === 1), ...waiting.filter((_, i) => i % 2 === 0)]
        yield* Effect.forEach(ordered, Fiber.interrupt)
        expect(lock.waiting).toBe(0)
        const next = yield* Effect.fork(lock.withLock(Effect.succeed("next")))
        yield* Effect.yieldNow()
        lock.release()
        expect(yield* Fiber.join(next)).toBe("next")
        expect(lock.busy).toBe(false)
      }))
  }

  it.live("1,000 queued callers with a timeout each leave by their own timer, all together", () =>
    Effect.gen(function*() {
      const lock = new FifoLock()
      expect(lock.tryLock()).toBe(true)
      const waiting = yield* Effect.forEach(
        Array.from({ length: 1000 }),
        () => Effect.fork(Effect.either(lock.withLock(Effect.void, 20)))
      )
      const results = yield* Effect.forEach(waiting, Fiber.join)
      expect(results.every((r) => r._tag === "Left" && r.left._tag === "WaitExceeded")).toBe(true)
      // Nobody is left in the queue, and the holder's release finds it empty.
      expect(lock.waiting).toBe(0)
      lock.release()
      expect(lock.busy).toBe(false)
    }))

  it("schedules stay exact per key, and the keys of idle rooms do not pile up", () => {
    const due = new DueTimes(3, 100)
    expect(due.take("a", 0, 50.5)).toBe(0)
    expect(due.take("a", 10, 50.5)).toBeCloseTo(40.5, 9)
    expect(due.take("a", 52, 50.5)).toBe(0)
    // Due at 101, not 102.5: the schedule goes on from when the permit was due.
    expect(due.take("a", 60, 50.5)).toBeCloseTo(41, 9)
    for (let room = 0; room < 500; room++) expect(due.take(`room-${room}`, 100, 1000)).toBe(0)
    expect(due.size).toBe(501)
    // Much later, the next permit of any key sweeps every stale schedule, and keeps the live one.
    expect(due.take("b", 5000, 1000)).toBe(0)
    expect(due.size).toBe(1)
    expect(due.take("b", 5001, 1000)).toBeCloseTo(999, 9)
  })
})
