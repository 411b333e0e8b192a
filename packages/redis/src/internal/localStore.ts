/**
 * The in-memory store of the fallback: the memory store's fixed-window semantics, except that a key it has
 * not seen since the last `reset` starts as if a permit had just been taken.
 *
 * Why: when Redis goes away, the permits granted through it during the last window are still counted by the
 * server. If every process started its local share with a free permit, the window around the switch could
 * hold `limit + replicas` requests. Starting each key one local interval "busy" keeps the aggregate within
 * the limit: what the processes grant locally in a stretch `x` after the switch is at most `x / interval`,
 * which is what Redis would have granted in that stretch.
 */
import { RateLimiter } from "@effect/experimental"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type { Store } from "./redisStore.js"

/** @internal */
export interface LocalStore {
  readonly store: Store
  /** Forgets every key: the next use of each starts busy. */
  readonly reset: () => void
}

/** @internal */
export const make: Effect.Effect<LocalStore> = Effect.gen(function*() {
  // Token buckets are not used by the limiter; the memory store's serve them.
  const memory = yield* Effect.provide(RateLimiter.RateLimiterStore, RateLimiter.layerStoreMemory)
  const counters = new Map<string, { count: number; expiresAt: number }>()

  const store: Store = RateLimiter.RateLimiterStore.of({
    fixedWindow: (options) =>
      Effect.clockWith((clock) =>
        Effect.sync(() => {
          const refillMillis = Duration.toMillis(options.refillRate)
          const now = clock.unsafeCurrentTimeMillis()
          let counter = counters.get(options.key)
          if (counter === undefined) {
            counter = { count: options.tokens, expiresAt: now + refillMillis * options.tokens }
            counters.set(options.key, counter)
          } else if (counter.expiresAt <= now) {
            counter.count = 0
            counter.expiresAt = now
          }
          if (options.limit !== undefined && counter.count + options.tokens > options.limit) {
            return [counter.count + options.tokens, counter.expiresAt - now] as const
          }
          counter.count += options.tokens
          counter.expiresAt += refillMillis * options.tokens
          return [counter.count, counter.expiresAt - now] as const
        })
      ),
    tokenBucket: memory.tokenBucket
  })

  return { store, reset: () => counters.clear() }
})
