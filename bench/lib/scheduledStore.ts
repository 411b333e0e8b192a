/**
 * An experiment for P2 (not part of effect-zego): a `RateLimiterStore` for `ZegoRateLimiter` whose
 * one-permit windows are anchored on the schedule rather than on the moment each permit is taken.
 *
 * The memory store starts the next window when a permit is taken, so every permit's timer lateness (a
 * Node timer fires at or after its due time) is added to the spacing, and the steady rate falls short of
 * `limit / (window + margin)`. Here the next permit is due one interval after the previous one was *due*,
 * as long as that one was taken at most `toleranceMillis` late (and one interval after it was taken
 * otherwise, e.g. after an idle period). Twenty-one permits then still span at least
 * `20 × interval − tolerance`: with the default margin of 20 ms and a tolerance of 10 ms, 1010 ms, so the
 * margin absorbs the timer lateness and still leaves 10 ms for network jitter.
 *
 * @since 0.1.0
 */
import { RateLimiter } from "@effect/experimental"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

/** The store, with `toleranceMillis` of lateness kept on schedule. */
export const layer = (toleranceMillis: number): Layer.Layer<RateLimiter.RateLimiterStore> =>
  Layer.sync(RateLimiter.RateLimiterStore, () => {
    const due = new Map<string, number>()
    return RateLimiter.RateLimiterStore.of({
      fixedWindow: (options) =>
        Effect.clockWith((clock) =>
          Effect.sync(() => {
            const now = clock.unsafeCurrentTimeMillis()
            const interval = Duration.toMillis(options.refillRate) * options.tokens
            const next = due.get(options.key)
            if (next !== undefined && now < next) return [2, next - now] as const
            const onSchedule = next !== undefined && now - next <= toleranceMillis
            due.set(options.key, (onSchedule ? next : now) + interval)
            return [1, interval] as const
          })
        ),
      tokenBucket: () => Effect.die("the scheduled store has no token bucket")
    })
  })
