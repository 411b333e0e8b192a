/**
 * The client-side rate limiter: permits per AppID and Action, so that a burst of callers is queued
 * instead of bounced by the server.
 *
 * Guarantee: never more than `limit` permits in any sliding window of `window + safetyMargin −
 * lateWakeToleranceMillis`, hence never more than `limit` in any sliding `window` as the server counts them,
 * with the rest of the margin left for jitter. It spaces permits evenly, `(window + safetyMargin) / limit`
 * apart: a token bucket or fixed window lets up to twice the limit through a sliding window, and even spacing
 * costs no sustained throughput.
 *
 * Two implementations:
 *
 * - `layerMemory` (the default, one budget per process): permits are due on a fixed schedule, one interval
 *   after the previous one was *due*, not after it was taken. A timer fires late (by up to a millisecond or
 *   two on a quiet machine), and a limiter that spaced permits from the moment each was taken would add that
 *   lateness to every interval (measured: 0.966 of the QPS instead of 0.980). The head of the queue takes a
 *   permit on schedule only if it wakes at most `lateWakeToleranceMillis` after it was due; later (a stalled
 *   process, an idle key) the schedule restarts from now, so that a stall never lets permits bunch up.
 * - `layer`, over an `@effect/experimental` `RateLimiterStore` you provide: each permit is taken only when
 *   it is free (the store's fixed-window primitive with a limit of 1 per interval, in whole milliseconds).
 *   `@effect-zego/redis` reserves slots ahead across processes instead.
 *
 * In both, nothing is reserved ahead in the process: an interrupted waiter holds nothing. Waiters queue in
 * FIFO order per key and only the head looks at the schedule or the store.
 *
 * @since 0.1.0
 */
import { RateLimiter } from "@effect/experimental"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { DueTimes, LockTable, waitExceeded } from "./internal/limiter.js"
import { defaults } from "./internal/runtime.js"

/**
 * Why no permit was given.
 *
 * - `WaitExceeded`: none was free now (`onExceeded: "fail"`) or within `maxWait`.
 * - `StoreUnavailable`: the store failed (e.g. Redis down).
 *
 * @since 0.1.0
 * @category errors
 */
export type PermitDenied =
  | { readonly _tag: "WaitExceeded" }
  | { readonly _tag: "StoreUnavailable"; readonly description: string }

/**
 * One permit request.
 *
 * @since 0.1.0
 * @category models
 */
export interface PermitRequest {
  /** `appId:product:Action` (plus a scope for per-room limits). */
  readonly key: string
  /**
   * Spacing between two permits of this key, in milliseconds; may be fractional (a store that keeps whole
   * milliseconds rounds it up).
   */
  readonly intervalMillis: number
  readonly onExceeded: "delay" | "fail"
  readonly maxWait?: Duration.Duration | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ZegoRateLimiterService {
  /** Waits for a permit of `key`; succeeds with the time waited, in milliseconds. */
  readonly acquire: (request: PermitRequest) => Effect.Effect<number, PermitDenied>
}

/**
 * The permit spacing for `limit` requests per `window`, plus `safetyMargin`, in milliseconds: exact, so a
 * high limit loses nothing to rounding (100 per second with a 20 ms margin: 10.2 ms, not 11). Stores that
 * keep whole milliseconds round it up themselves (`wholeMillis`).
 *
 * @since 0.1.0
 * @category utils
 */
export const intervalMillis = (
  limit: number,
  window: Duration.DurationInput,
  safetyMargin: Duration.DurationInput
): number => Math.max(1, (Duration.toMillis(window) + Duration.toMillis(safetyMargin)) / Math.max(limit, 1e-9))

/**
 * An interval as a store that keeps whole milliseconds needs it: rounded up, so the guarantee holds.
 *
 * @since 0.1.0
 * @category utils
 */
export const wholeMillis = (intervalMillis: number): number => Math.max(1, Math.ceil(intervalMillis - 1e-9))

/**
 * How late the head of a queue may wake for a permit that was due and still take it on schedule. The
 * limiter's guarantee is shortened by it, and the send-time guard (a request is not written more than the
 * safety margin minus this after its permit) leaves it out of the margin too.
 *
 * @since 0.1.0
 * @category utils
 */
export const lateWakeToleranceMillis = 3

/**
 * How the head of a key's queue takes a permit: it takes it, or sleeps and tries again, never past
 * `deadline` (epoch ms; `Infinity`: no bound), calling `onSleep` before it sleeps; with `onExceeded: "fail"`
 * it fails with `WaitExceeded` instead of sleeping.
 *
 * @since 0.1.0
 * @category models
 */
export type TakeAsHead = (
  request: PermitRequest,
  deadline: number,
  onSleep: () => void
) => Effect.Effect<void, PermitDenied>

// Takes the permit of `request` if it is free now (succeeding with 0); otherwise says how many milliseconds
// until it may be.
type TryTake = (request: PermitRequest) => Effect.Effect<number, PermitDenied>

// A head that asks `tryTake` and sleeps for as long as it says.
const polling = (tryTake: TryTake): TakeAsHead => {
  const takeAsHead: TakeAsHead = (request, deadline, onSleep) =>
    Effect.flatMap(tryTake(request), (wait) => {
      if (wait === 0) return Effect.void
      if (request.onExceeded === "fail") return Effect.fail(waitExceeded)
      onSleep()
      if (deadline === Infinity) {
        return Effect.zipRight(Effect.sleep(Duration.millis(wait)), takeAsHead(request, deadline, onSleep))
      }
      return Effect.flatMap(Clock.currentTimeMillis, (now) => {
        const left = deadline - now
        return wait >= left
          ? Effect.zipRight(Effect.sleep(Duration.millis(Math.max(0, left))), Effect.fail(waitExceeded))
          : Effect.zipRight(Effect.sleep(Duration.millis(wait)), takeAsHead(request, deadline, onSleep))
      })
    })
  return takeAsHead
}

/**
 * Builds a limiter from how the head of a queue takes a permit (`@effect-zego/redis` reserves slots, say):
 * the FIFO queue per key, `maxWait` for callers queued behind others, `onExceeded: "fail"` while the queue is
 * busy, interruption and the time waited come with it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeQueued = (takeAsHead: TakeAsHead): ZegoRateLimiterService => {
  const locks = new LockTable()

  const acquire = (request: PermitRequest): Effect.Effect<number, PermitDenied> =>
    Effect.clockWith((clock) => {
      const start = clock.unsafeCurrentTimeMillis()
      const lock = locks.get(request.key)
      if (request.onExceeded === "fail" && lock.busy) return Effect.fail(waitExceeded)
      // Only time spent queued behind others or sleeping counts as waiting, not the store's latency.
      let waited = false
      const maxWait = request.maxWait === undefined ? Infinity : Duration.toMillis(request.maxWait)
      const take = takeAsHead(request, start + maxWait, () => {
        waited = true
      })
      const taken = Effect.uninterruptibleMask((restore) => {
        // The head bounds its own sleeps: it needs no timer.
        if (lock.tryLock()) return Effect.ensuring(restore(take), Effect.sync(() => lock.release()))
        waited = true
        // A caller queued behind others is bounded by a timer: a plain one on the live clock, else a race.
        if (maxWait === Infinity) return restore(lock.withLock(take))
        if (clock === defaults().clock) return restore(lock.withLock(take, maxWait))
        return restore(Effect.timeoutFail(lock.withLock(take), {
          duration: Duration.millis(maxWait),
          onTimeout: (): PermitDenied => waitExceeded
        }))
      })
      return Effect.map(taken, () => waited ? clock.unsafeCurrentTimeMillis() - start : 0)
    })

  return { acquire }
}

/**
 * Builds the limiter over the `RateLimiterStore` in context: each permit taken when the store says it is
 * free, intervals rounded up to whole milliseconds.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<ZegoRateLimiterService, never, RateLimiter.RateLimiterStore> = Effect.map(
  RateLimiter.RateLimiterStore,
  (store) =>
    makeQueued(polling((request) =>
      store.fixedWindow({
        key: request.key,
        tokens: 1,
        refillRate: Duration.millis(wholeMillis(request.intervalMillis)),
        limit: 1
      }).pipe(
        Effect.map(([count, ttl]) => (count <= 1 ? 0 : Math.max(1, ttl))),
        Effect.mapError((error): PermitDenied => ({ _tag: "StoreUnavailable", description: error.message }))
      )
    ))
)

/**
 * Builds the in-memory limiter: permits due on a fixed schedule per key, at exact (fractional) intervals
 * on the clock's high-resolution time.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeMemory: Effect.Effect<ZegoRateLimiterService> = Effect.sync(() => {
  const due = new DueTimes(lateWakeToleranceMillis)
  return makeQueued(
    polling((request) =>
      Effect.clockWith((clock) =>
        Effect.sync(() => due.take(request.key, Number(clock.unsafeCurrentTimeNanos()) / 1e6, request.intervalMillis))
      )
    )
  )
})

/**
 * The client-side rate limiter.
 *
 * @since 0.1.0
 * @category tags
 */
export class ZegoRateLimiter extends Context.Tag("@effect-zego/core/ZegoRateLimiter")<
  ZegoRateLimiter,
  ZegoRateLimiterService
>() {
  /** Over the `RateLimiterStore` you provide (e.g. `@effect/experimental/RateLimiter/Redis`). */
  static readonly layer: Layer.Layer<ZegoRateLimiter, never, RateLimiter.RateLimiterStore> = Layer.effect(
    ZegoRateLimiter,
    make
  )

  /** Per process, in memory, on a fixed schedule per key: the default. */
  static readonly layerMemory: Layer.Layer<ZegoRateLimiter> = Layer.effect(ZegoRateLimiter, makeMemory)
}
