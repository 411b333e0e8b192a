/** What the Redis tests share: whether they may run, a server, limiters, a log capture, window counts. */
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Redacted from "effect/Redacted"
import { Redis } from "ioredis"
import { RedisServer, ZegoRedisRateLimiter } from "../src/index.js"

/** The redis-server binary, if any. */
export const redisBinary = RedisServer.findBinary()
/** CI sets ZEGO_REQUIRE_REDIS=1: there a missing binary fails the tests instead of skipping them. */
export const redisRequired = process.env["ZEGO_REQUIRE_REDIS"] === "1"
/** True when the tests that need a real Redis are skipped (no binary, and not required). */
export const skipWithoutRedis = redisBinary === undefined && !redisRequired
/** Why the tests that need Redis are skipped. */
export const skipReason = `no \`${RedisServer.binaryName}\` binary on PATH (nor REDIS_SERVER_BIN); ` +
  "install redis-server to run them; ZEGO_REQUIRE_REDIS=1 (as in CI) turns this into a failure"
/** The name of a test that needs Redis, saying why it is skipped when it is. */
export const needsRedis = (name: string): string => skipWithoutRedis ? `${name} [SKIPPED: ${skipReason}]` : name

// Vitest lists a skipped test by name only when its file fails: say it in the output of every file that skips.
if (skipWithoutRedis) console.warn(`[redis] the tests that need a real Redis are SKIPPED: ${skipReason}`)

export const appId = 4242
export const configLayer = (id: number = appId) =>
  ZegoConfig.ZegoConfig.layer({ appId: id, serverSecret: Redacted.make("0123456789abcdef0123456789abcdef") })

/** A limiter of its own (its own Redis connection): a "process". */
export const limiter = (options: ZegoRedisRateLimiter.ZegoRedisRateLimiterOptions, id: number = appId) =>
  Effect.map(
    Layer.build(ZegoRedisRateLimiter.layer(options).pipe(Layer.provide(configLayer(id)))),
    Context.get(ZegoRateLimiter.ZegoRateLimiter)
  )

/** A plain client to look at what the limiter wrote. */
export const inspector = (url: string) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const redis = new Redis(url, { maxRetriesPerRequest: 1 })
      redis.on("error", () => {})
      return redis
    }),
    (redis) => Effect.sync(() => redis.disconnect())
  )

export interface LogEntry {
  readonly level: string
  readonly message: string
}

/** A logger that keeps what is logged. */
export const captureLogs = () => {
  const entries: Array<LogEntry> = []
  const logger = Logger.make(({ logLevel, message }) => {
    entries.push({ level: logLevel.label, message: Array.isArray(message) ? message.join(" ") : String(message) })
  })
  return { entries, layer: Logger.replace(Logger.defaultLogger, logger) }
}

export const maxInSlidingWindow = (times: ReadonlyArray<number>, windowMillis: number): number => {
  const sorted = [...times].sort((a, b) => a - b)
  let max = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMillis) start++
    max = Math.max(max, end - start + 1)
  }
  return max
}

/** Polls `check` every 20 ms until it holds, at most `timeoutMillis`; fails with `what` otherwise. */
export const eventually = (check: () => boolean, timeoutMillis: number, what: string) =>
  Effect.gen(function*() {
    const deadline = Date.now() + timeoutMillis
    while (!check()) {
      if (Date.now() > deadline) return yield* Effect.dieMessage(`timed out waiting for ${what}`)
      yield* Effect.sleep("20 millis")
    }
  })
