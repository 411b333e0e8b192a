/**
 * The state behind `ZegoRateLimiter`: the FIFO queue of each key and the in-memory schedule. Both forget a key
 * once it is idle, so that per-room and per-group keys do not pile up in a long-running process.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import type { PermitDenied } from "../ZegoRateLimiter.js"

/** No permit within the wait allowed. */
export const waitExceeded: PermitDenied = { _tag: "WaitExceeded" }

// Longer timers never fire (as with Effect's own clock).
const maxTimerMillis = 2 ** 31 - 1

// A queued caller: a node of the lock's doubly linked queue, so that one leaving (interrupted, or out of
// time) is unlinked in O(1): 50,000 callers whose `maxWait` ends together must not cost O(n²).
interface Waiter {
  resume: ((effect: Effect.Effect<void, PermitDenied>) => void) | undefined
  prev: Waiter | undefined
  next: Waiter | undefined
  /** The lock was handed to it. */
  granted: boolean
  /** Still in the queue. */
  queued: boolean
  timer: ReturnType<typeof setTimeout> | undefined
}

/** A FIFO lock whose waiters can be interrupted, or give up, without losing the baton. */
export class FifoLock {
  private locked = false
  private head: Waiter | undefined = undefined
  private tail: Waiter | undefined = undefined
  private count = 0

  /** `onIdle` runs when the lock is released with nobody waiting. */
  constructor(private readonly onIdle: () => void = () => {}) {}

  get busy(): boolean {
    return this.locked
  }

  /** Callers queued for the lock (not counting its holder). */
  get waiting(): number {
    return this.count
  }

  /** Takes the lock if it is free; the caller then owes a `release()`. */
  tryLock(): boolean {
    if (this.locked) return false
    this.locked = true
    return true
  }

  release(): void {
    const next = this.head
    if (next === undefined) {
      this.locked = false
      this.onIdle()
      return
    }
    this.unlink(next)
    next.granted = true
    if (next.timer !== undefined) clearTimeout(next.timer)
    next.resume?.(Effect.void)
  }

  private enqueue(waiter: Waiter): void {
    waiter.prev = this.tail
    if (this.tail === undefined) this.head = waiter
    else this.tail.next = waiter
    this.tail = waiter
    waiter.queued = true
    this.count++
  }

  // Removes a waiter from wherever it is in the queue; false if it was not queued any more.
  private unlink(waiter: Waiter): boolean {
    if (!waiter.queued) return false
    waiter.queued = false
    if (waiter.prev === undefined) this.head = waiter.next
    else waiter.prev.next = waiter.next
    if (waiter.next === undefined) this.tail = waiter.prev
    else waiter.next.prev = waiter.prev
    waiter.prev = waiter.next = undefined
    this.count--
    return true
  }

  /**
   * Runs `self` holding the lock. A caller that has to queue gives up after `timeoutMillis` (a plain timer of
   * its own, for Effect's live clock only), failing with `WaitExceeded`: each waiter leaves by its own
   * deadline, whatever the queue ahead of it does.
   */
  withLock<A, E, R>(self: Effect.Effect<A, E, R>, timeoutMillis?: number): Effect.Effect<A, E | PermitDenied, R> {
    return Effect.uninterruptibleMask((restore) => {
      const acquire: Effect.Effect<void, PermitDenied> = Effect.suspend(() => {
        if (!this.locked) {
          this.locked = true
          return Effect.void
        }
        const waiter: Waiter = {
          resume: undefined,
          prev: undefined,
          next: undefined,
          granted: false,
          queued: false,
          timer: undefined
        }
        return restore(Effect.async<void, PermitDenied>((resume) => {
          waiter.resume = resume
          this.enqueue(waiter)
          if (timeoutMillis !== undefined && timeoutMillis <= maxTimerMillis) {
            waiter.timer = setTimeout(() => {
              if (this.unlink(waiter)) resume(Effect.fail(waitExceeded))
            }, Math.max(0, timeoutMillis))
          }
          // Interrupted: leave the queue, or pass on the lock if it was handed over meanwhile.
          return Effect.sync(() => {
            if (waiter.timer !== undefined) clearTimeout(waiter.timer)
            if (waiter.granted) this.release()
            else this.unlink(waiter)
          })
        }))
      })
      return Effect.zipRight(acquire, Effect.ensuring(restore(self), Effect.sync(() => this.release())))
    })
  }
}

/** The lock of each key, kept while it is held or waited for. */
export class LockTable {
  private readonly locks = new Map<string, FifoLock>()

  /** Keys with a lock now. */
  get size(): number {
    return this.locks.size
  }

  get(key: string): FifoLock {
    let lock = this.locks.get(key)
    if (lock === undefined) {
      const created: FifoLock = new FifoLock(() => {
        if (this.locks.get(key) === created) this.locks.delete(key)
      })
      this.locks.set(key, created)
      lock = created
    }
    return lock
  }
}

/**
 * When the next permit of each key is due (epoch ms, fractional). A key whose permit fell due more than
 * `tolerance` ago says nothing (its schedule restarts on the next permit), so such keys are dropped, at most
 * once a second and only while there are many.
 */
export class DueTimes {
  private readonly due = new Map<string, number>()
  private sweepAt = 0

  constructor(private readonly tolerance: number, private readonly sweepAbove = 1024) {}

  /** Keys with a schedule now. */
  get size(): number {
    return this.due.size
  }

  /** Takes the permit of `key` at `now` (0) or says how long until it is due. */
  take(key: string, now: number, interval: number): number {
    if (this.due.size > this.sweepAbove && now >= this.sweepAt) {
      this.sweepAt = now + 1000
      for (const [k, due] of this.due) if (now - due > this.tolerance) this.due.delete(k)
    }
    const due = this.due.get(key)
    if (due !== undefined && now < due) return Math.max(due - now, 1e-3)
    // On time: the schedule goes on. Late (a stall) or idle: it restarts from now.
    const onSchedule = due !== undefined && now - due <= this.tolerance
    this.due.set(key, (onSchedule ? due : now) + interval)
    return 0
  }
}
