/**
 * One rate budget for many processes: the client-side rate limiter of effect-zego with its state in Redis.
 *
 * ZEGOCLOUD limits each Action per AppID, whatever the number of processes calling it. The default limiter
 * (`ZegoRateLimiter.layerMemory`) keeps its state per process, so N replicas may together send N times the
 * documented QPS and see rate-limit errors. This module provides the same `ZegoRateLimiter` service with the
 * same guarantee (permits spaced `(window + safetyMargin) / limit` apart, FIFO per process, never more than
 * `limit` in any sliding `window + safetyMargin`) over a Redis store that all replicas share, with keys under
 * `effect-zego:<AppID>:`.
 *
 * One difference with the memory limiter: the head of each process's queue reserves the next free slot in
 * Redis (one atomic call of the store's fixed-window script) and sleeps until it, instead of polling until a
 * slot is free. Polling costs each permit a round trip and the timer's lateness, which across 4 processes
 * left 0.935–0.955 of the QPS (BENCHMARKS.md, P4); reserved slots stay one interval apart. A process that
 * wakes up more than 3 ms late for its slot gives it up and reserves another, so that a stalled process never
 * sends next to the on-time requests of the others. At most one slot per process and key is reserved at a
 * time; a slot given up, or whose caller is interrupted, is budget lost, never exceeded.
 *
 * When Redis cannot be reached, the behaviour is explicit (see {@link OnUnavailable}):
 * - {@link failFast} (the default): calls fail with `RateLimiterUnavailable`, and nothing is sent;
 * - {@link fallback}: each process keeps calling with its share of the budget (the documented QPS divided by
 *   the expected number of replicas) in memory, logs one warning per outage, and returns to Redis once it
 *   answers again.
 *
 * @example
 * ```ts
 * import { ZegoClient } from "@effect-zego/client"
 * import { ZegoConfig } from "@effect-zego/core"
 * import { ZegoRedisRateLimiter } from "@effect-zego/redis"
 * import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
 * import { Layer, Redacted } from "effect"
 *
 * // The services of ZegoClient.layer, with the limiter on Redis instead of in memory.
 * const ZegoLive = ZegoClient.layerServices().pipe(
 *   Layer.provide(ZegoRedisRateLimiter.layer({
 *     url: Redacted.make("redis://:password@redis.internal:6379/0"),
 *     onUnavailable: ZegoRedisRateLimiter.fallback({ replicas: 4 })
 *   })),
 *   Layer.provide(NodeHttpClient.layerUndici),
 *   Layer.provideMerge(ZegoConfig.ZegoConfig.layerConfig())
 * )
 * ```
 *
 * @since 0.1.0
 */
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { RateLimiter } from "@effect/experimental"
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import type { RedisOptions } from "ioredis"
import * as Limiter from "./internal/limiter.js"
import * as LocalStore from "./internal/localStore.js"
import * as RedisStore from "./internal/redisStore.js"

/**
 * When Redis cannot be reached, calls fail with `RateLimiterUnavailable` and nothing is sent. The guarantee
 * (never more than the documented QPS for the AppID, all processes together) holds, availability does not.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailFast {
  readonly _tag: "FailFast"
}

/**
 * When Redis cannot be reached, each process spaces its permits `replicas` times further apart, in memory:
 * a per-process share of the documented QPS. It logs a warning once per outage, probes Redis every
 * `probeInterval`, and when Redis answers again keeps honouring its local share while registering its permits
 * in Redis for `recoveryPeriod` before it relies on Redis alone, so that replicas which notice the recovery a
 * little later are never overrun.
 *
 * The aggregate stays within the documented QPS as long as at most `replicas` processes call.
 *
 * @since 0.1.0
 * @category models
 */
export interface Fallback {
  readonly _tag: "Fallback"
  /** The number of processes expected to share the budget (an integer ≥ 1). */
  readonly replicas: number
  readonly probeInterval: Duration.Duration
  readonly recoveryPeriod: Duration.Duration
}

/**
 * What the limiter does when Redis cannot be reached: {@link failFast} or {@link fallback}.
 *
 * @since 0.1.0
 * @category models
 */
export type OnUnavailable = FailFast | Fallback

/**
 * Calls fail with `RateLimiterUnavailable` while Redis cannot be reached; nothing is sent. The default.
 *
 * @since 0.1.0
 * @category constructors
 */
export const failFast: OnUnavailable = { _tag: "FailFast" }

/**
 * How often a process on its local share checks whether Redis answers again, by default.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultProbeInterval: Duration.Duration = Duration.millis(250)

/**
 * How long a process keeps its local share after Redis answers again, by default. It must exceed the time
 * the other replicas may take to notice (their reconnection delay, at most 500 ms with
 * {@link defaultRedisOptions}, plus the probe interval) plus the rate window (1 second for ZEGOCLOUD's QPS).
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultRecoveryPeriod: Duration.Duration = Duration.seconds(3)

/**
 * Fall back to a per-process share of the budget while Redis cannot be reached (see {@link Fallback}).
 *
 * @example
 * ```ts
 * import { ZegoRedisRateLimiter } from "@effect-zego/redis"
 *
 * // Four replicas: each calls an Action of 20 QPS at most 5 times per second while Redis is down.
 * const onUnavailable = ZegoRedisRateLimiter.fallback({ replicas: 4 })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const fallback = (options: {
  readonly replicas: number
  readonly probeInterval?: Duration.DurationInput | undefined
  readonly recoveryPeriod?: Duration.DurationInput | undefined
}): OnUnavailable => ({
  _tag: "Fallback",
  replicas: options.replicas,
  probeInterval: Duration.decode(options.probeInterval ?? defaultProbeInterval),
  recoveryPeriod: Duration.decode(options.recoveryPeriod ?? defaultRecoveryPeriod)
})

/**
 * Programmatic settings of {@link layer}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ZegoRedisRateLimiterOptions {
  /**
   * `redis://[[username]:password@]host[:port][/db]` (or `rediss://` for TLS). Wrap it in `Redacted` when it
   * holds a password. Without it, `redisOptions` alone say where Redis is (ioredis' default: localhost:6379).
   */
  readonly url?: Redacted.Redacted<string> | string | undefined
  /**
   * ioredis options, applied over {@link defaultRedisOptions} (and over the parts of `url`). Keep the offline
   * queue disabled and the timeouts short, or calls will wait for Redis instead of learning it is down.
   */
  readonly redisOptions?: RedisOptions | undefined
  /** The first part of every key; the AppID follows it. Default {@link defaultKeyPrefix}. */
  readonly keyPrefix?: string | undefined
  /** Default {@link failFast}. */
  readonly onUnavailable?: OnUnavailable | undefined
}

/**
 * The first part of every key by default.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultKeyPrefix = "effect-zego"

/**
 * The prefix of the Redis keys of an AppID: `<keyPrefix>:<appId>:`. The limiter's own keys
 * (`<appId>:<product>:<Action>`) follow it. Apps never share a budget by accident, even with the same
 * `keyPrefix`.
 *
 * @since 0.1.0
 * @category utils
 */
export const redisKeyPrefix = (appId: number, keyPrefix: string = defaultKeyPrefix): string => `${keyPrefix}:${appId}:`

/**
 * The ioredis options the limiter starts from, so that a call learns within milliseconds that Redis is down
 * instead of waiting in ioredis' queue:
 *
 * - `enableOfflineQueue: false`: a command fails at once while the client is not connected;
 * - `maxRetriesPerRequest: 0`, `autoResendUnfulfilledCommands: false`: a command in flight when the connection
 *   drops fails instead of waiting for the reconnection (resending it could take a second permit);
 * - `commandTimeout: 1000`: a command on a connection that stopped answering fails after 1 s;
 * - `connectTimeout: 2000`: a connection attempt that hangs is abandoned (and retried) after 2 s;
 * - `retryStrategy`: reconnect after 50 ms, 100 ms, … at most 500 ms apart, forever, so the limiter returns
 *   to Redis soon after it is back.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultRedisOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  commandTimeout: 1_000,
  connectTimeout: 2_000,
  retryStrategy: (attempt: number) => Math.min(attempt * 50, 500)
}

/**
 * A setting of the Redis limiter is malformed.
 *
 * @since 0.1.0
 * @category errors
 */
export class ZegoRedisRateLimiterError
  extends Schema.TaggedError<ZegoRedisRateLimiterError>()("ZegoRedisRateLimiterError", {
    field: Schema.String,
    rule: Schema.String
  })
{
  override get message(): string {
    return `Invalid Redis rate limiter setting ${this.field}: ${this.rule}`
  }
}

const URL_RULE = "must be a redis:// or rediss:// URL"
const REPLICAS_RULE = "must be an integer greater than 0 (the number of processes sharing the budget)"
const POSITIVE_RULE = "must be a duration greater than 0"

const isRedisUrl = (s: string): boolean => {
  try {
    const url = new URL(s)
    return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== ""
  } catch {
    return false
  }
}
const isReplicas = (n: number) => Number.isInteger(n) && n >= 1

const validate = (
  options: ZegoRedisRateLimiterOptions
): Effect.Effect<
  { readonly url: string | undefined; readonly onUnavailable: OnUnavailable },
  ZegoRedisRateLimiterError
> =>
  Effect.gen(function*() {
    const url = options.url === undefined
      ? undefined
      : Redacted.isRedacted(options.url)
      ? Redacted.value(options.url)
      : options.url
    // The rule only: the URL may hold a password.
    if (url !== undefined && !isRedisUrl(url)) {
      return yield* new ZegoRedisRateLimiterError({ field: "url", rule: URL_RULE })
    }
    const onUnavailable = options.onUnavailable ?? failFast
    if (onUnavailable._tag === "Fallback") {
      if (!isReplicas(onUnavailable.replicas)) {
        return yield* new ZegoRedisRateLimiterError({ field: "onUnavailable.replicas", rule: REPLICAS_RULE })
      }
      if (!Duration.greaterThan(onUnavailable.probeInterval, Duration.zero)) {
        return yield* new ZegoRedisRateLimiterError({ field: "onUnavailable.probeInterval", rule: POSITIVE_RULE })
      }
    }
    return { url, onUnavailable }
  })

type Mode =
  | { readonly _tag: "Shared" }
  | { readonly _tag: "Local" }
  | { readonly _tag: "Recovering"; readonly until: number }

const isUnavailable = (
  denied: ZegoRateLimiter.PermitDenied
): denied is Extract<ZegoRateLimiter.PermitDenied, { readonly _tag: "StoreUnavailable" }> =>
  denied._tag === "StoreUnavailable"

/**
 * Wraps the Redis limiter with the fallback: the shared limiter while Redis answers, the local share while it
 * does not, both while recovering.
 */
const withFallback = (
  shared: ZegoRateLimiter.ZegoRateLimiterService,
  ping: Effect.Effect<void, unknown>,
  settings: Fallback
): Effect.Effect<ZegoRateLimiter.ZegoRateLimiterService, never, Scope.Scope> =>
  Effect.gen(function*() {
    const localStore = yield* LocalStore.make
    const local = yield* Effect.provideService(Limiter.make, RateLimiter.RateLimiterStore, localStore.store)
    const replicas = settings.replicas
    const recoveryMillis = Duration.toMillis(settings.recoveryPeriod)
    const annotations = { "zego.rate_limit.replicas": replicas }
    let mode: Mode = { _tag: "Shared" }

    const share = (request: ZegoRateLimiter.PermitRequest): ZegoRateLimiter.PermitRequest => ({
      ...request,
      intervalMillis: request.intervalMillis * replicas
    })

    // Transitions are synchronous check-and-set, so that concurrent calls switch once.
    const toLocal = (description: string): Effect.Effect<void> =>
      Effect.suspend(() => {
        switch (mode._tag) {
          case "Local":
            return Effect.void
          case "Recovering":
            mode = { _tag: "Local" }
            return Effect.logDebug(`Redis rate-limit store failed again while recovering: ${description}`)
          case "Shared":
            localStore.reset()
            mode = { _tag: "Local" }
            return Effect.logWarning(
              `Redis rate-limit store unavailable (${description}): each process now calls with 1/${replicas} of ` +
                `every rate budget, in memory, until Redis answers again`
            ).pipe(Effect.annotateLogs(annotations))
        }
      })
    const toRecovering = (now: number): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (mode._tag !== "Local") return Effect.void
        mode = { _tag: "Recovering", until: now + recoveryMillis }
        return Effect.logDebug("Redis rate-limit store answers again: recovering")
      })
    const toShared = (now: number): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (mode._tag !== "Recovering" || now < mode.until) return Effect.void
        mode = { _tag: "Shared" }
        return Effect.logInfo("Redis rate-limit store answers again: the rate budget is shared again").pipe(
          Effect.annotateLogs(annotations)
        )
      })

    // Succeeds with the time waited, as the limiters it goes through report it.
    const route = (request: ZegoRateLimiter.PermitRequest): Effect.Effect<number, ZegoRateLimiter.PermitDenied> =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Effect.zipRight(
          toShared(now),
          Effect.suspend(() => {
            switch (mode._tag) {
              case "Shared":
                return Effect.catchIf(
                  shared.acquire(request),
                  isUnavailable,
                  (denied) => Effect.zipRight(toLocal(denied.description), route(request))
                )
              case "Local":
                return local.acquire(share(request))
              case "Recovering":
                // Within the local share, and registered in Redis for the replicas that rely on it alone.
                return Effect.flatMap(local.acquire(share(request)), (localWait) =>
                  Effect.catchIf(
                    Effect.map(shared.acquire(request), (sharedWait) => localWait + sharedWait),
                    isUnavailable,
                    (denied) => Effect.as(toLocal(denied.description), localWait)
                  ))
            }
          })
        ))

    const probe = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      Effect.suspend(() => {
        if (mode._tag === "Recovering") return toShared(now)
        if (mode._tag === "Shared") return Effect.void
        return Effect.matchEffect(ping, {
          onFailure: () => Effect.void,
          onSuccess: () => Effect.flatMap(Clock.currentTimeMillis, toRecovering)
        })
      }))
    yield* Effect.forkScoped(Effect.repeat(probe, Schedule.spaced(settings.probeInterval)))

    const acquire = (request: ZegoRateLimiter.PermitRequest): Effect.Effect<number, ZegoRateLimiter.PermitDenied> => {
      // `maxWait` bounds the whole wait, whichever limiters it goes through.
      const routed = route(request.maxWait === undefined ? request : { ...request, maxWait: undefined })
      return request.maxWait === undefined ? routed : Effect.timeoutFail(routed, {
        duration: request.maxWait,
        onTimeout: (): ZegoRateLimiter.PermitDenied => ({ _tag: "WaitExceeded" })
      })
    }

    return { acquire }
  })

/**
 * Builds the limiter for the AppID of the `ZegoConfig` in context; the Redis connection lives as long as the
 * scope. A Redis that is down at start does not fail it: calls then fail fast or fall back, as configured.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: ZegoRedisRateLimiterOptions = {}
): Effect.Effect<
  ZegoRateLimiter.ZegoRateLimiterService,
  ZegoRedisRateLimiterError,
  ZegoConfig.ZegoConfig | Scope.Scope
> =>
  Effect.gen(function*() {
    const { onUnavailable, url } = yield* validate(options)
    const { appId } = yield* ZegoConfig.ZegoConfig
    const redis = yield* RedisStore.make({
      url,
      redisOptions: { ...defaultRedisOptions, ...options.redisOptions },
      prefix: redisKeyPrefix(appId, options.keyPrefix)
    })
    const shared = yield* Effect.provideService(Limiter.make, RateLimiter.RateLimiterStore, redis.store)
    return onUnavailable._tag === "FailFast" ? shared : yield* withFallback(shared, redis.ping, onUnavailable)
  })

/**
 * The `ZegoRateLimiter` on Redis, from programmatic settings. It needs the `ZegoConfig` (for the AppID), as
 * `ZegoClient.layerServices` does, so one `ZegoConfig` layer provides both.
 *
 * @example
 * ```ts
 * import { ZegoClient } from "@effect-zego/client"
 * import { ZegoConfig } from "@effect-zego/core"
 * import { ZegoRedisRateLimiter } from "@effect-zego/redis"
 * import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
 * import { Layer, Redacted } from "effect"
 *
 * const ZegoLive = ZegoClient.layerServices().pipe(
 *   Layer.provide(ZegoRedisRateLimiter.layer({ url: Redacted.make("redis://redis.internal:6379") })),
 *   Layer.provide(NodeHttpClient.layerUndici),
 *   Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
 *     appId: 1234567890,
 *     serverSecret: Redacted.make("0123456789abcdef0123456789abcdef")
 *   }))
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: ZegoRedisRateLimiterOptions = {}
): Layer.Layer<ZegoRateLimiter.ZegoRateLimiter, ZegoRedisRateLimiterError, ZegoConfig.ZegoConfig> =>
  Layer.scoped(ZegoRateLimiter.ZegoRateLimiter, make(options))

const validated = <A>(config: Config.Config<A>, ok: (a: A) => boolean, rule: string): Config.Config<A> =>
  Config.mapOrFail(config, (a) => ok(a) ? Either.right(a) : Either.left(ConfigError.InvalidData([], rule)))

const positiveDuration = (name: string) =>
  Config.option(validated(Config.duration(name), (d) => Duration.greaterThan(d, Duration.zero), POSITIVE_RULE))

/**
 * The settings as read from the environment:
 *
 * - `ZEGO_RATE_LIMIT_REDIS_URL` (required): `redis://[[username]:password@]host[:port][/db]` or `rediss://…`;
 *   read as a redacted value;
 * - `ZEGO_RATE_LIMIT_REDIS_PREFIX`: default {@link defaultKeyPrefix};
 * - `ZEGO_RATE_LIMIT_ON_UNAVAILABLE`: `fail-fast` (default) or `fallback`;
 * - `ZEGO_RATE_LIMIT_REPLICAS`: the number of processes sharing the budget, required with `fallback`;
 * - `ZEGO_RATE_LIMIT_PROBE_INTERVAL`, `ZEGO_RATE_LIMIT_RECOVERY_PERIOD`: durations (`250 millis`, `3 seconds`)
 *   of the fallback, default {@link defaultProbeInterval} and {@link defaultRecoveryPeriod}.
 *
 * Errors name the variable, never show the URL.
 *
 * @since 0.1.0
 * @category config
 */
export const config: Config.Config<ZegoRedisRateLimiterOptions> = Config.all({
  // Validated before it is wrapped: a failure must name the variable, never show the value.
  url: Config.map(validated(Config.string("ZEGO_RATE_LIMIT_REDIS_URL"), isRedisUrl, URL_RULE), Redacted.make),
  keyPrefix: Config.string("ZEGO_RATE_LIMIT_REDIS_PREFIX").pipe(Config.withDefault(defaultKeyPrefix)),
  onUnavailable: Config.literal("fail-fast", "fallback")("ZEGO_RATE_LIMIT_ON_UNAVAILABLE").pipe(
    Config.withDefault("fail-fast" as const)
  ),
  replicas: Config.option(validated(Config.integer("ZEGO_RATE_LIMIT_REPLICAS"), isReplicas, REPLICAS_RULE)),
  probeInterval: positiveDuration("ZEGO_RATE_LIMIT_PROBE_INTERVAL"),
  recoveryPeriod: positiveDuration("ZEGO_RATE_LIMIT_RECOVERY_PERIOD")
}).pipe(Config.mapOrFail((c): Either.Either<ZegoRedisRateLimiterOptions, ConfigError.ConfigError> => {
  if (c.onUnavailable === "fail-fast") {
    return Either.right({ url: c.url, keyPrefix: c.keyPrefix, onUnavailable: failFast })
  }
  return Option.match(c.replicas, {
    onNone: () =>
      Either.left(
        ConfigError.MissingData(
          ["ZEGO_RATE_LIMIT_REPLICAS"],
          "Expected ZEGO_RATE_LIMIT_REPLICAS (the number of processes sharing the budget) with " +
            "ZEGO_RATE_LIMIT_ON_UNAVAILABLE=fallback"
        )
      ),
    onSome: (replicas) =>
      Either.right({
        url: c.url,
        keyPrefix: c.keyPrefix,
        onUnavailable: fallback({
          replicas,
          probeInterval: Option.getOrUndefined(c.probeInterval),
          recoveryPeriod: Option.getOrUndefined(c.recoveryPeriod)
        })
      })
  })
}))

/**
 * The `ZegoRateLimiter` on Redis, from the environment (see {@link config}); a missing or malformed variable
 * fails the layer with a `ConfigError` naming it. `redisOptions` are applied over {@link defaultRedisOptions}.
 *
 * @example
 * ```ts
 * import { ZegoClient } from "@effect-zego/client"
 * import { ZegoConfig } from "@effect-zego/core"
 * import { ZegoRedisRateLimiter } from "@effect-zego/redis"
 * import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
 * import { Layer } from "effect"
 *
 * // ZEGO_APP_ID, ZEGO_SERVER_SECRET, ZEGO_RATE_LIMIT_REDIS_URL, ZEGO_RATE_LIMIT_ON_UNAVAILABLE=fallback,
 * // ZEGO_RATE_LIMIT_REPLICAS=4
 * const ZegoLive = ZegoClient.layerServices().pipe(
 *   Layer.provide(ZegoRedisRateLimiter.layerConfig()),
 *   Layer.provide(NodeHttpClient.layerUndici),
 *   Layer.provideMerge(ZegoConfig.ZegoConfig.layerConfig())
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: { readonly redisOptions?: RedisOptions | undefined } = {}
): Layer.Layer<
  ZegoRateLimiter.ZegoRateLimiter,
  ConfigError.ConfigError | ZegoRedisRateLimiterError,
  ZegoConfig.ZegoConfig
> =>
  Layer.scoped(
    ZegoRateLimiter.ZegoRateLimiter,
    Effect.flatMap(config, (c) => make({ ...c, redisOptions: options.redisOptions }))
  )
