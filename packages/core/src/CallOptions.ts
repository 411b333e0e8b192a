/**
 * Settings of a call: timeouts, retry policy and rate limiting. The client has defaults (in `ZegoConfig`);
 * {@link withCallOptions} overrides them for one call or a region of code, with the same names. The
 * innermost value wins.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import { dual } from "effect/Function"
import { globalValue } from "effect/GlobalValue"
import type { RetryClass, ZegoError } from "./ZegoError.js"

/**
 * When and how long to retry.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. 1 disables retries. */
  readonly maxAttempts: number
  /** First backoff after a transient failure; doubles (by `factor`) on each retry. */
  readonly baseDelay: Duration.DurationInput
  /** First backoff after a throttling failure (rate-limit codes, HTTP 429): longer than the transient one. */
  readonly throttledBaseDelay: Duration.DurationInput
  /** Cap of any single backoff. */
  readonly maxDelay: Duration.DurationInput
  /** Growth of the backoff per retry. */
  readonly factor: number
  /** Multiply each backoff by a random factor in [0.8, 1.2), so that callers do not retry in lockstep. */
  readonly jitter: boolean
  /**
   * Retry Actions that change state even after failures that do not prove the server did not process
   * the request (timeouts, dropped connections, 5xx, server errors). Off by default: it can do a thing
   * twice.
   */
  readonly retryNonIdempotent: boolean
  /**
   * Overrides the retry class of an error; return `undefined` to keep the default. Runs on every failed
   * attempt.
   */
  readonly classify?: ((error: ZegoError) => RetryClass | undefined) | undefined
}

/**
 * The client-side rate limiter of an Action.
 *
 * @since 0.1.0
 * @category models
 */
export interface RateLimitPolicy {
  /** Off: calls are sent as soon as they are made (the server may answer with rate-limit codes). */
  readonly enabled: boolean
  /** Requests per `window`; default: the Action's documented QPS. */
  readonly limit?: number | undefined
  /** Default 1 second. */
  readonly window: Duration.DurationInput
  /**
   * Added to the window when spacing requests, to absorb timer and network jitter: the server must never
   * see more than `limit` requests in any sliding window.
   */
  readonly safetyMargin: Duration.DurationInput
  /** `delay` waits for a permit; `fail` fails with `RateLimitWaitExceeded` when none is free now. */
  readonly onExceeded: "delay" | "fail"
  /** With `delay`: the longest wait for a permit before failing with `RateLimitWaitExceeded`. */
  readonly maxWait?: Duration.DurationInput | undefined
}

/**
 * Every setting of a call, resolved.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResolvedCallOptions {
  /** Per attempt: how long one HTTP exchange may take. */
  readonly timeout: Duration.Duration
  /** Overall: permits, attempts and backoffs together. `undefined`: no deadline. */
  readonly deadline: Duration.Duration | undefined
  readonly retry: RetryPolicy
  readonly rateLimit: RateLimitPolicy
  /**
   * The largest answer body read, in bytes: past it the exchange is aborted with `ResponseTooLarge`.
   * Default {@link defaultMaxResponseBytes}.
   */
  readonly maxResponseBytes: number
}

/**
 * Overrides, for the client (`ZegoConfig`) or a call ({@link withCallOptions}). `retry: false` and
 * `rateLimit: false` turn those off.
 *
 * @since 0.1.0
 * @category models
 */
export interface CallOptions {
  readonly timeout?: Duration.DurationInput | undefined
  readonly deadline?: Duration.DurationInput | "none" | undefined
  readonly retry?: Partial<RetryPolicy> | false | undefined
  readonly rateLimit?: Partial<RateLimitPolicy> | false | undefined
  readonly maxResponseBytes?: number | undefined
}

/**
 * The default cap of an answer's body: 8 MiB. The largest documented answers are message lists (QueryPeerMsg,
 * QueryGroupMsg: up to 100 messages, each body up to ZIM's 32 KB message size, about 3.3 MB as JSON) and
 * QueryGroupMemberList (up to 1,000 members of at most ~1 KB each); the vendor's largest example answer is
 * 5.6 KB (SearchMedia). 8 MiB leaves twice the largest of them, and bounds what a hostile or broken server can
 * make the client buffer and parse.
 *
 * @since 0.1.0
 * @category defaults
 */
export const defaultMaxResponseBytes = 8 * 1024 * 1024

/**
 * The built-in defaults.
 *
 * @since 0.1.0
 * @category defaults
 */
export const defaults: ResolvedCallOptions = {
  timeout: Duration.seconds(10),
  deadline: Duration.seconds(60),
  retry: {
    maxAttempts: 4,
    baseDelay: Duration.millis(100),
    throttledBaseDelay: Duration.millis(1000),
    maxDelay: Duration.seconds(5),
    factor: 2,
    jitter: true,
    retryNonIdempotent: false
  },
  rateLimit: {
    enabled: true,
    window: Duration.seconds(1),
    safetyMargin: Duration.millis(20),
    onExceeded: "delay"
  },
  maxResponseBytes: defaultMaxResponseBytes
}

/**
 * Layers overrides over resolved options; later overrides win.
 *
 * @since 0.1.0
 * @category combinators
 */
export const resolve = (base: ResolvedCallOptions, ...overrides: ReadonlyArray<CallOptions>): ResolvedCallOptions => {
  let out = base
  for (const o of overrides) {
    out = {
      timeout: o.timeout === undefined ? out.timeout : Duration.decode(o.timeout),
      deadline: o.deadline === undefined
        ? out.deadline
        : o.deadline === "none"
        ? undefined
        : Duration.decode(o.deadline),
      retry: o.retry === undefined
        ? out.retry
        : o.retry === false
        ? { ...out.retry, maxAttempts: 1 }
        : { ...out.retry, ...stripUndefined(o.retry) },
      rateLimit: o.rateLimit === undefined
        ? out.rateLimit
        : o.rateLimit === false
        ? { ...out.rateLimit, enabled: false }
        : { ...out.rateLimit, ...stripUndefined(o.rateLimit) },
      maxResponseBytes: o.maxResponseBytes === undefined ? out.maxResponseBytes : o.maxResponseBytes
    }
  }
  return out
}

const stripUndefined = <A extends object>(a: A): A => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(a)) {
    if (v !== undefined) out[k] = v
  }
  return out as A
}

/**
 * The overrides in force for the current fiber, innermost last.
 *
 * @since 0.1.0
 * @category fiber refs
 */
export const currentCallOptions: FiberRef.FiberRef<ReadonlyArray<CallOptions>> = globalValue(
  Symbol.for("@effect-zego/core/CallOptions/current"),
  () => FiberRef.unsafeMake<ReadonlyArray<CallOptions>>([])
)

/**
 * Overrides the call settings for every call made by `effect`: wrap one call or a whole region of code.
 *
 * @example
 * ```ts
 * import { CallOptions } from "@effect-zego/core"
 *
 * // zim.queryUserInfos({ UserIds: ["alice"] }).pipe(
 * //   CallOptions.withCallOptions({ timeout: "2 seconds", retry: { maxAttempts: 2 } })
 * // )
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const withCallOptions: {
  (options: CallOptions): <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(effect: Effect.Effect<A, E, R>, options: CallOptions): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(effect: Effect.Effect<A, E, R>, options: CallOptions): Effect.Effect<A, E, R> =>
    Effect.locallyWith(effect, currentCallOptions, (current) => [...current, options])
)
