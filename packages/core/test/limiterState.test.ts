import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { DueTimes, LockTable } from "../src/internal/limiter.js"

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
