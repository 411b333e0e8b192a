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
 * A documented rate as a sliding-window budget: `N` requests per second is `N` per 1000 ms, and a rate below one
 * per second (`0.1`: one request per 10 seconds) is one request per `1000 / qps` ms. `Infinity` is no limit.
 *
 * @since 0.1.0
 */
export interface Budget {
  readonly limit: number
  readonly windowMs: number
}

/**
 * The {@link Budget} of a documented rate in requests per second.
 *
 * @since 0.1.0
 */
export const budgetOf = (qps: number): Budget =>
  qps === Infinity
    ? { limit: Infinity, windowMs }
    : qps >= 1
    ? { limit: Math.floor(qps), windowMs }
    : qps > 0
    ? { limit: 1, windowMs: Math.round(windowMs / qps) }
    : { limit: 0, windowMs }

/**
 * The limit per room or per group of an Action with a scoped limit, under the given option: the documented one
 * unless limits are `"off"` (per-Action overrides change the AppID-level limit only).
 *
 * @since 0.1.0
 */
export const scopedBudgetOf = (option: RateLimits, scoped: { readonly qps: number }): Budget =>
  option === "off" ? { limit: Infinity, windowMs } : budgetOf(scoped.qps)

/**
 * The limiter key of one room or group of an Action (never equal to an Action name, the key of AppID-level
 * limits).
 *
 * @since 0.1.0
 */
export const scopedKey = (action: string, field: string, value: string): string => `${action}/${field}=${value}`

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
   * Records and accepts a request at `nowMs`, or refuses it. `window` defaults to {@link windowMs}; one key
   * must always be used with the same window.
   */
  tryAcquire(key: string, nowMs: number, limit: number, window: number = windowMs): boolean {
    if (limit === Infinity) return true
    let times = this.accepted.get(key)
    if (times === undefined) {
      times = []
      this.accepted.set(key, times)
    }
    const windowStart = nowMs - window
    let expired = 0
    while (expired < times.length && (times[expired] ?? Infinity) <= windowStart) expired++
    if (expired > 0) times.splice(0, expired)
    if (times.length >= limit) return false
    times.push(nowMs)
    return true
  }

  /**
   * Forgets the request accepted at `nowMs` under `key` (a request refused at a later stage must not use up the
   * budget either). Does nothing when no such request was recorded.
   */
  release(key: string, nowMs: number): void {
    const times = this.accepted.get(key)
    if (times === undefined) return
    const index = times.lastIndexOf(nowMs)
    if (index !== -1) times.splice(index, 1)
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
