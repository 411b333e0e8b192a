/**
 * The callback receiver's replay guard on Redis, shared by every replica: a delivery handled by one is a replay
 * at the others. Each nonce is one key, `SET NX PX`, so Redis forgets it when the freshness window has passed.
 *
 * @since 0.1.0
 */
import { NonceStore } from "@effect-zego/callbacks"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { Redis, type RedisOptions } from "ioredis"

/**
 * Options of {@link layer}.
 *
 * @since 0.1.0
 */
export interface CallbackNonceStoreOptions {
  /** `redis://[[user]:password@]host[:port][/db]` or `rediss://…`. */
  readonly url: Redacted.Redacted<string> | string
  /** First part of the keys, default `effect-zego`; keys are `<prefix>:callback-nonce:<timestamp>:<nonce>`. */
  readonly prefix?: string | undefined
  /** ioredis options; by default a command fails within 1 s when Redis does not answer. */
  readonly redisOptions?: RedisOptions | undefined
}

const defaultRedisOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 1_000,
  connectTimeout: 2_000,
  retryStrategy: (attempt: number) => Math.min(attempt * 50, 500)
}

const messageOf = (error: unknown): string => error instanceof Error ? error.message : String(error)

/**
 * A nonce store on Redis, open for the scope.
 *
 * @example
 * ```ts
 * import { CallbackNonceStore } from "@effect-zego/redis"
 * import { Duration, Effect } from "effect"
 *
 * const program = Effect.scoped(Effect.gen(function*() {
 *   const store = yield* CallbackNonceStore.make({ url: "redis://127.0.0.1:6379" })
 *   const isNew = yield* store.claim("1700000000:350176", Duration.minutes(10))
 * }))
 * ```
 *
 * @since 0.1.0
 */
export const make = (
  options: CallbackNonceStoreOptions
): Effect.Effect<NonceStore.NonceStoreService, never, Scope.Scope> =>
  Effect.gen(function*() {
    const prefix = options.prefix ?? "effect-zego"
    const redis = yield* Effect.acquireRelease(
      Effect.sync(() => {
        const url = typeof options.url === "string" ? options.url : Redacted.value(options.url)
        const client = new Redis(url, { ...defaultRedisOptions, ...options.redisOptions })
        // Without a listener ioredis prints every reconnection failure.
        client.on("error", () => {})
        return client
      }),
      (client) => Effect.promise(() => client.quit().then(() => undefined, () => client.disconnect()))
    )
    // Waits for the first connection (or its first failure), so that the first callback does not fail just
    // because the client was still connecting; a Redis that is down at start does not stop the start.
    yield* Effect.async<void>((resume) => {
      if (redis.status === "ready") return resume(Effect.void)
      const done = () => {
        redis.off("ready", done)
        redis.off("error", done)
        resume(Effect.void)
      }
      redis.on("ready", done)
      redis.on("error", done)
    }).pipe(Effect.timeoutOption(Duration.seconds(2)))
    const key = (nonce: string) => `${prefix}:callback-nonce:${nonce}`
    const unavailable = (error: unknown) => new NonceStore.NonceStoreUnavailable({ reason: messageOf(error) })
    return {
      claim: (nonce, ttl) =>
        Effect.tryPromise({
          try: () => redis.set(key(nonce), "1", "PX", Math.max(1, Math.ceil(Duration.toMillis(ttl))), "NX"),
          catch: unavailable
        }).pipe(Effect.map((reply) => reply === "OK")),
      release: (nonce) =>
        Effect.tryPromise({ try: () => redis.del(key(nonce)), catch: unavailable }).pipe(Effect.asVoid)
    } satisfies NonceStore.NonceStoreService
  })

/**
 * The receivers' `NonceStore` on Redis.
 *
 * @example
 * ```ts
 * import { CallbackSecret, ZegoCallbacks } from "@effect-zego/callbacks"
 * import { CallbackNonceStore } from "@effect-zego/redis"
 * import { Layer, Redacted } from "effect"
 *
 * const CallbacksLive = Layer.mergeAll(
 *   CallbackSecret.layerConfig(),
 *   CallbackNonceStore.layer({ url: Redacted.make("redis://:password@redis.internal:6379/0") })
 * )
 * ```
 *
 * @since 0.1.0
 */
export const layer = (options: CallbackNonceStoreOptions): Layer.Layer<NonceStore.NonceStore> =>
  Layer.scoped(NonceStore.NonceStore, make(options))

/**
 * The store from `ZEGO_CALLBACK_NONCE_REDIS_URL` (redacted) and `ZEGO_CALLBACK_NONCE_REDIS_PREFIX`.
 *
 * @example
 * ```ts
 * import { CallbackNonceStore } from "@effect-zego/redis"
 *
 * const layer = CallbackNonceStore.layerConfig()
 * ```
 *
 * @since 0.1.0
 */
export const layerConfig = (): Layer.Layer<NonceStore.NonceStore, ConfigError.ConfigError> =>
  Layer.unwrapEffect(
    Effect.map(
      Config.all({
        url: Config.redacted("ZEGO_CALLBACK_NONCE_REDIS_URL"),
        prefix: Config.string("ZEGO_CALLBACK_NONCE_REDIS_PREFIX").pipe(Config.withDefault("effect-zego"))
      }),
      layer
    )
  )
