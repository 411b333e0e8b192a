/**
 * The state behind `ZegoRateLimiter`: the FIFO queue of each key and the in-memory schedule. Both forget a key
 * once it is idle, so that per-room and per-group keys do not pile up in a long-running process.
 *
 * @internal
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type { PermitDenied } from "../ZegoRateLimiter.js"

/** No permit within the wait allowed. */
export const waitExceeded: PermitDenied = { _tag: "WaitExceeded" }

// Longer timers never fire (as with Effect's own clock).
const maxTimerMillis = 2 ** 31 - 1

interface Waiter {
  readonly deferred: Deferred.Deferred<void, PermitDenied>
  granted: boolean
  timer: ReturnType<typeof setTimeout> | undefined
}

/** A FIFO lock whose waiters can be interrupted without losing the baton. */
export class FifoLock {
  private locked = false
  private readonly waiters: Array<Waiter> = []

  /** `onIdle` runs when the lock is released with nobody waiting. */
  constructor(private readonly onIdle: () => void = () => {}) {}

  get busy(): boolean {
    return this.locked
  }

  /** Takes the lock if it is free; the caller then owes a `release()`. */
  tryLock(): boolean {
    if (this.locked) return false
    this.locked = true
    return true
  }

  release(): void {
    const next = this.waiters.shift()
    if (next === undefined) {
      this.locked = false
      this.onIdle()
      return
    }
    next.granted = true
    if (next.timer !== undefined) clearTimeout(next.timer)
    Deferred.unsafeDone(next.deferred, Exit.void)
  }

  private leave(waiter: Waiter): void {
    const i = this.waiters.indexOf(waiter)
    if (i >= 0) this.waiters.splice(i, 1)
  }

  /**
   * Runs `self` holding the lock. A caller that has to queue gives up after `timeoutMillis` (a plain timer:
   * for Effect's live clock only), failing with `WaitExceeded`.
   */
  withLock<A, E, R>(self: Effect.Effect<A, E, R>, timeoutMillis?: number): Effect.Effect<A, E | PermitDenied, R> {
    return Effect.uninterruptibleMask((restore) => {
      const acquire: Effect.Effect<void, PermitDenied> = Effect.suspend(() => {
        if (!this.locked) {
          this.locked = true
          return Effect.void
        }
        const waiter: Waiter = {
          deferred: Deferred.unsafeMake<void, PermitDenied>(undefined as never),
          granted: false,
          timer: undefined
        }
        this.waiters.push(waiter)
        if (timeoutMillis !== undefined && timeoutMillis <= maxTimerMillis) {
          waiter.timer = setTimeout(() => {
            if (waiter.granted) return
            this.leave(waiter)
            Deferred.unsafeDone(waiter.deferred, Exit.fail(waitExceeded))
          }, Math.max(0, timeoutMillis))
        }
        return restore(Deferred.await(waiter.deferred)).pipe(
          Effect.onInterrupt(() =>
            Effect.sync(() => {
              if (waiter.timer !== undefined) clearTimeout(waiter.timer)
              if (waiter.granted) this.release()
              else this.leave(waiter)
            })
          )
        )
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
