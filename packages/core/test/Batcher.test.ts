import { describe, expect, it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Scope from "effect/Scope"
import * as TestClock from "effect/TestClock"
import * as Batcher from "../src/Batcher.js"

// A batcher whose calls are recorded; each call answers `id → id!` once `gate` opens (at once by default).
const recording = (options: { readonly maxBatchSize: number; readonly gate?: Deferred.Deferred<void> }) =>
  Effect.gen(function*() {
    const calls: Array<ReadonlyArray<string>> = []
    const lookup = yield* Batcher.make<string, string, never, never>({
      name: "test.lookup",
      window: "10 seconds",
      maxBatchSize: options.maxBatchSize,
      id: (item) => item,
      run: (seal) =>
        Effect.gen(function*() {
          const items = yield* seal
          calls.push(items)
          if (options.gate !== undefined) yield* Deferred.await(options.gate)
          return (id: string) => Exit.succeed(`${id}!`)
        })
    })
    return { calls, lookup }
  })

// Lets ready fibers run until `done` holds (the batch fiber starts on the scheduler, not inline).
const until = (done: () => boolean, turns = 100): Effect.Effect<void> =>
  Effect.suspend(() => done() || turns === 0 ? Effect.void : Effect.zipRight(Effect.yieldNow(), until(done, turns - 1)))

describe("Batcher", () => {
  it.scoped("a full batch is sent at once, without waiting out its window", () =>
    Effect.gen(function*() {
      const { calls, lookup } = yield* recording({ maxBatchSize: 3 })
      const results = yield* Effect.forEach(["a", "b", "c"], lookup, { concurrency: "unbounded" })
      // The TestClock never moved: the 10-second window was not waited for.
      expect(results).toEqual(["a!", "b!", "c!"])
      expect(calls).toEqual([["a", "b", "c"]])
    }))

  it.scoped("a batch that is not full waits for company, then sends once; equal items share a slot", () =>
    Effect.gen(function*() {
      const { calls, lookup } = yield* recording({ maxBatchSize: 10 })
      const fiber = yield* Effect.fork(Effect.forEach(["a", "b", "a"], lookup, { concurrency: "unbounded" }))
      yield* Effect.yieldNow()
      expect(calls).toEqual([])
      yield* TestClock.adjust("10 seconds")
      expect(yield* Fiber.join(fiber)).toEqual(["a!", "b!", "a!"])
      expect(calls).toEqual([["a", "b"]])
    }))

  it.scoped("a caller asking for an item in flight joins it instead of sending it again", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      const { calls, lookup } = yield* recording({ maxBatchSize: 1, gate })
      const first = yield* Effect.fork(lookup("a"))
      yield* until(() => calls.length > 0)
      expect(calls).toEqual([["a"]])
      const second = yield* Effect.fork(lookup("a"))
      yield* Effect.yieldNow()
      yield* Deferred.succeed(gate, undefined)
      expect([yield* Fiber.join(first), yield* Fiber.join(second)]).toEqual(["a!", "a!"])
      expect(calls).toEqual([["a"]])
    }))

  it.scoped("an interrupted caller leaves its open batch: an item nobody waits for is not sent", () =>
    Effect.gen(function*() {
      const { calls, lookup } = yield* recording({ maxBatchSize: 10 })
      const leaving = yield* Effect.fork(lookup("gone"))
      const staying = yield* Effect.fork(lookup("kept"))
      yield* Effect.yieldNow()
      yield* Fiber.interrupt(leaving)
      yield* TestClock.adjust("10 seconds")
      expect(yield* Fiber.join(staying)).toBe("kept!")
      expect(calls).toEqual([["kept"]])
    }))

  it.effect("closing the batcher's scope interrupts a running batch, and its callers with it", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const gate = yield* Deferred.make<void>()
      const { calls, lookup } = yield* Scope.extend(recording({ maxBatchSize: 1, gate }), scope)
      const caller = yield* Effect.fork(lookup("a"))
      yield* until(() => calls.length > 0)
      expect(calls).toEqual([["a"]])
      yield* Scope.close(scope, Exit.void)
      const exit = yield* Fiber.await(caller)
      expect(Exit.isInterrupted(exit)).toBe(true)
    }))
})
