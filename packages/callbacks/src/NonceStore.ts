/**
 * The replay guard's memory: a nonce is claimed when its callback arrives, and a second claim inside the
 * freshness window is a replay. In memory by default; `@effect-zego/redis` has one shared by every replica.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"

/**
 * The store could not be reached; the receiver answers 503 so that ZEGOCLOUD retries.
 *
 * @example
 * ```ts
 * import { NonceStore } from "@effect-zego/callbacks"
 *
 * const error = new NonceStore.NonceStoreUnavailable({ reason: "connection refused" })
 * ```
 *
 * @since 0.1.0
 */
export class NonceStoreUnavailable extends Schema.TaggedError<NonceStoreUnavailable>()("NonceStoreUnavailable", {
  reason: Schema.String
}) {
  override get message(): string {
    return `The callback nonce store is unavailable: ${this.reason}`
  }
}

/**
 * A nonce store.
 *
 * @example
 * ```ts
 * import { NonceStore } from "@effect-zego/callbacks"
 * import { Effect } from "effect"
 *
 * const unguarded: NonceStore.NonceStoreService = {
 *   claim: () => Effect.succeed(true),
 *   release: () => Effect.void
 * }
 * ```
 *
 * @since 0.1.0
 */
export interface NonceStoreService {
  /**
   * Claims `nonce` for `ttl`: `true` when it was free (the callback is new), `false` when it is claimed (a
   * replay, or the same delivery still being handled).
   */
  readonly claim: (nonce: string, ttl: Duration.Duration) => Effect.Effect<boolean, NonceStoreUnavailable>
  /**
   * Frees a claimed nonce: the receiver calls it when its handler failed, so that ZEGOCLOUD's retry of the same
   * callback is not taken for a replay.
   */
  readonly release: (nonce: string) => Effect.Effect<void, NonceStoreUnavailable>
}

/**
 * The nonce store the receiver's replay guard uses. Without one provided, each receiver keeps its own in memory.
 *
 * @example
 * ```ts
 * import { NonceStore } from "@effect-zego/callbacks"
 * import { Duration, Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const store = yield* NonceStore.NonceStore
 *   const first = yield* store.claim("350176", Duration.minutes(5)) // true
 *   const again = yield* store.claim("350176", Duration.minutes(5)) // false: a replay
 * }).pipe(Effect.provide(NonceStore.layerMemory))
 * ```
 *
 * @since 0.1.0
 */
export class NonceStore extends Context.Tag("@effect-zego/callbacks/NonceStore")<NonceStore, NonceStoreService>() {}

/**
 * A store in memory, for one process. Memory stays bounded: each nonce is forgotten when its `ttl` (the
 * freshness window, after which the timestamp check rejects the callback anyway) has passed.
 *
 * @example
 * ```ts
 * import { NonceStore } from "@effect-zego/callbacks"
 * import { Effect } from "effect"
 *
 * const store = Effect.runSync(NonceStore.makeMemory)
 * ```
 *
 * @since 0.1.0
 */
export const makeMemory: Effect.Effect<NonceStoreService & { readonly size: Effect.Effect<number> }> = Effect.sync(
  () => {
    // Insertion order is expiry order for one ttl, so expired entries are always at the front.
    const expiries = new Map<string, number>()
    const prune = (now: number) => {
      for (const [nonce, expiresAt] of expiries) {
        if (expiresAt > now) break
        expiries.delete(nonce)
      }
    }
    return {
      claim: (nonce, ttl) =>
        Effect.map(Clock.currentTimeMillis, (now) => {
          prune(now)
          const expiresAt = expiries.get(nonce)
          if (expiresAt !== undefined && expiresAt > now) return false
          expiries.delete(nonce)
          expiries.set(nonce, now + Duration.toMillis(ttl))
          return true
        }),
      release: (nonce) =>
        Effect.sync(() => {
          expiries.delete(nonce)
        }),
      size: Effect.map(Clock.currentTimeMillis, (now) => {
        prune(now)
        return expiries.size
      })
    }
  }
)

/**
 * {@link NonceStore} in memory ({@link makeMemory}).
 *
 * @example
 * ```ts
 * import { NonceStore } from "@effect-zego/callbacks"
 *
 * const layer = NonceStore.layerMemory
 * ```
 *
 * @since 0.1.0
 */
export const layerMemory: Layer.Layer<NonceStore> = Layer.effect(NonceStore, makeMemory)
