/**
 * Strict sliding-window rate limiting per Action (the emulator serves one AppID, so per Action is per AppID
 * and Action, as the vendor documents).
 *
 * @since 0.1.0
 */

/**
 * The length of the sliding window.
 *
 * @since 0.1.0
 */
export const windowMs = 1000

/**
 * How the emulator limits rates:
 * - `"documented"`: every Action at its documented limit;
 * - `"off"`: no limits;
 * - a record of per-Action overrides (requests per second, or `"off"`); Actions not named keep their
 *   documented limit.
 *
 * @since 0.1.0
 */
export type RateLimits = "documented" | "off" | Readonly<Record<string, number | "off">>

/**
 * The limit (requests per window) of an Action under the given option; `Infinity` when unlimited.
 *
 * @since 0.1.0
 */
export const limitOf = (option: RateLimits, action: { readonly name: string; readonly qps: number }): number => {
  if (option === "documented") return action.qps
  if (option === "off") return Infinity
  const override = option[action.name]
  if (override === undefined) return action.qps
  return override === "off" ? Infinity : override
}

/**
 * A strict sliding-window limiter: a request at time `t` is accepted when fewer than `limit` requests were
 * accepted in `(t - windowMs, t]`. Rejected requests are not recorded, so they do not use up the budget.
 * Times must be non-decreasing per key (the emulator reads a monotonic clock at admission).
 *
 * @since 0.1.0
 */
export class SlidingWindowLimiter {
  private readonly accepted = new Map<string, Array<number>>()

  /**
   * Records and accepts a request at `nowMs`, or refuses it.
   */
  tryAcquire(key: string, nowMs: number, limit: number): boolean {
    if (limit === Infinity) return true
    let times = this.accepted.get(key)
    if (times === undefined) {
      times = []
      this.accepted.set(key, times)
    }
    const windowStart = nowMs - windowMs
    let expired = 0
    while (expired < times.length && (times[expired] ?? Infinity) <= windowStart) expired++
    if (expired > 0) times.splice(0, expired)
    if (times.length >= limit) return false
    times.push(nowMs)
    return true
  }

  /**
   * Forgets every accepted request.
   */
  reset(): void {
    this.accepted.clear()
  }
}

/**
 * The largest number of accepted requests found in any sliding window of `windowMs` among the given times
 * (for instance the `monotonicMs` of the accepted entries of the request log).
 *
 * @since 0.1.0
 */
export const maxInAnyWindow = (times: ReadonlyArray<number>, window: number = windowMs): number => {
  const sorted = [...times].sort((a, b) => a - b)
  let max = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    const endTime = sorted[end] ?? 0
    while ((sorted[start] ?? Infinity) <= endTime - window) start++
    max = Math.max(max, end - start + 1)
  }
  return max
}
