/**
 * A Redis `RateLimiterStore` whose client learns quickly that Redis is down, and whose release never fails.
 *
 * The Lua scripts are those of `@effect/experimental/RateLimiter/Redis` (same semantics, PTTL based), except
 * that a full window answers the time until Redis drops the key (PTTL + 1 ms, see below); this
 * module owns the ioredis client so that it can be configured to fail fast, probed, waited for at start, and
 * closed whatever its state (experimental's release `quit()`s, which rejects on a client that is not connected
 * when the offline queue is disabled).
 */
import { RateLimiter } from "@effect/experimental"
import type * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import type { RedisOptions } from "ioredis"
import { Redis } from "ioredis"

/** @internal */
export type Store = Context.Tag.Service<typeof RateLimiter.RateLimiterStore>

/** @internal */
export interface RedisHandle {
  readonly store: Store
  /** Fails unless Redis answers a PING now. */
  readonly ping: Effect.Effect<void, RateLimiter.RateLimitStoreError>
}

interface RedisWithRateLimiting extends Redis {
  fixedWindow(key: string, tokens: number, refillMillis: number, limit?: number): Promise<[number, number]>
  tokenBucket(
    key: string,
    tokens: number,
    refillMillis: number,
    limit: number,
    now: number,
    overflow: 0 | 1
  ): Promise<number>
}

const fixedWindowLua = `
local key = KEYS[1]
local tokens = tonumber(ARGV[1])
local refillms = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local current = tonumber(redis.call("GET", key))

if not current then
  local nextpttl = refillms * tokens
  redis.call("SET", key, tokens, "PX", nextpttl)
  return { tokens, nextpttl }
end

local currentpttl = tonumber(redis.call("PTTL", key) or "0")
local next = current + tokens
if limit and next > limit then
  -- Redis drops a key once its expiry time has passed, not when it is reached: the window is over one
  -- millisecond after PTTL says (PTTL is 0 while the key still exists). A caller that sleeps the answer then
  -- finds the window over, instead of polling once more.
  return { next, currentpttl + 1 }
end

local nextpttl = currentpttl + (refillms * tokens)
redis.call("SET", key, next, "PX", nextpttl)
return { next, nextpttl }
`

const tokenBucketLua = `
local key = KEYS[1]
local last_refill_key = key .. ":refill"
local tokens = tonumber(ARGV[1])
local refill_ms = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
local overflow = ARGV[5] == "1"
local current = tonumber(redis.call("GET", key))
local last_refill = tonumber(redis.call("GET", last_refill_key))

if not current then
  current = limit
  last_refill = now
  redis.call("SET", key, current)
  redis.call("SET", last_refill_key, last_refill)
end

local elapsed = now - last_refill
local refill_amount = math.floor(elapsed / refill_ms)
if refill_amount > 0 then
  current = math.min(current + refill_amount, limit)
  last_refill = last_refill + (refill_amount * refill_ms)
  redis.call("SET", last_refill_key, last_refill)
end

local next = current - tokens
if next < 0 and not overflow then
  redis.call("SET", key, current)
  return next
end

redis.call("SET", key, next)
return next
`

const messageOf = (cause: unknown): string =>
  typeof cause === "object" && cause !== null && "message" in cause && typeof cause.message === "string" &&
    cause.message !== ""
    ? cause.message
    : String(cause)

/**
 * Opens the client (without waiting longer than `connectTimeout` for the first connection: a Redis that is
 * down at start must not stop the application from starting) and closes it with the scope.
 *
 * @internal
 */
export const make = (options: {
  readonly url: string | undefined
  readonly redisOptions: RedisOptions
  readonly prefix: string
}): Effect.Effect<RedisHandle, never, Scope.Scope> =>
  Effect.gen(function*() {
    // The last connection error, to say why calls fail while the client is not connected.
    let lastError: string | undefined
    const redis = yield* Effect.acquireRelease(
      Effect.sync(() => {
        const client = (options.url === undefined
          ? new Redis(options.redisOptions)
          : new Redis(options.url, options.redisOptions)) as RedisWithRateLimiting
        // Without a listener ioredis prints every reconnection failure to the console.
        client.on("error", (error: unknown) => {
          lastError = messageOf(error)
        })
        client.on("ready", () => {
          lastError = undefined
        })
        client.defineCommand("fixedWindow", { lua: fixedWindowLua, numberOfKeys: 1, readOnly: false })
        client.defineCommand("tokenBucket", { lua: tokenBucketLua, numberOfKeys: 1, readOnly: false })
        return client
      }),
      (client) =>
        Effect.async<void>((resume) => {
          if (client.status !== "ready") {
            client.disconnect()
            return resume(Effect.void)
          }
          client.quit().then(
            () => resume(Effect.void),
            () => {
              client.disconnect()
              resume(Effect.void)
            }
          )
        })
    )

    // Waits for the outcome of the first connection attempt, no longer.
    const firstWait = (redis.options.connectTimeout ?? 10_000) + 250
    yield* Effect.async<void>((resume) => {
      if (redis.status === "ready" || redis.status === "end") return resume(Effect.void)
      const done = () => {
        cleanup()
        resume(Effect.void)
      }
      const cleanup = () => {
        redis.off("ready", done)
        redis.off("error", done)
        redis.off("end", done)
      }
      redis.once("ready", done)
      redis.once("error", done)
      redis.once("end", done)
      return Effect.sync(cleanup)
    }).pipe(Effect.timeout(Duration.millis(firstWait)), Effect.ignore)

    const failure = (command: string) => (cause: unknown) => {
      const message = redis.status === "ready"
        ? `Redis ${command} failed: ${messageOf(cause)}`
        : `Redis is not connected (${redis.status}${lastError === undefined ? "" : `: ${lastError}`})`
      return new RateLimiter.RateLimitStoreError({ message, cause })
    }

    const store: Store = RateLimiter.RateLimiterStore.of({
      fixedWindow: (o) =>
        Effect.tryPromise({
          try: () => {
            const key = `${options.prefix}${o.key}`
            const refillMillis = Duration.toMillis(o.refillRate)
            return o.limit === undefined
              ? redis.fixedWindow(key, o.tokens, refillMillis)
              : redis.fixedWindow(key, o.tokens, refillMillis, o.limit)
          },
          catch: failure("fixedWindow")
        }),
      tokenBucket: (o) =>
        Effect.clockWith((clock) =>
          Effect.tryPromise({
            try: () =>
              redis.tokenBucket(
                `${options.prefix}${o.key}`,
                o.tokens,
                Duration.toMillis(o.refillRate),
                o.limit,
                clock.unsafeCurrentTimeMillis(),
                o.allowOverflow ? 1 : 0
              ),
            catch: failure("tokenBucket")
          })
        )
    })

    return {
      store,
      ping: Effect.asVoid(Effect.tryPromise({ try: () => redis.ping(), catch: failure("PING") }))
    }
  })
