/**
 * The emulator's clocks. The emulator stands in for a remote server, so it reads real time directly rather
 * than Effect's `Clock` service: a test's virtual `TestClock` must not freeze the server, and a remote server's
 * clock is never the caller's anyway.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import { performance } from "node:perf_hooks"

/**
 * The server's wall clock: real time plus an adjustable offset (to emulate a server whose clock is skewed).
 *
 * @since 0.1.0
 */
export class ServerClock {
  constructor(public offsetMs: number = 0) {}

  /** The server time, Unix milliseconds. */
  nowMs(): number {
    return Date.now() + this.offsetMs
  }
}

/**
 * A monotonic clock in milliseconds (arbitrary origin), for rate limiting: it never jumps with the wall clock
 * or the offset.
 *
 * @since 0.1.0
 */
export const monotonicNowMs = (): number => performance.now()

/**
 * Sleeps for `ms` real milliseconds, whatever `Clock` the surrounding Effect runtime uses.
 *
 * @since 0.1.0
 */
export const sleepRealTime = (ms: number): Effect.Effect<void> =>
  ms <= 0 ? Effect.void : Effect.async<void>((resume) => {
    const timer = setTimeout(() => resume(Effect.void), ms)
    return Effect.sync(() => clearTimeout(timer))
  })
