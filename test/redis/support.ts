/** Whether the Redis suites may run, and the whole client over a given limiter. */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions, ZegoRateLimiter } from "@effect-zego/core"
import { ZegoConfig } from "@effect-zego/core"
import { RedisServer } from "@effect-zego/redis"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Redacted from "effect/Redacted"

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

/**
 * `ZegoClient.layerServices` over the given limiter, as a user wires the Redis limiter: one `ZegoConfig`
 * provides both the services and the limiter.
 */
export const clientOver = <E>(
  limiter: Layer.Layer<ZegoRateLimiter.ZegoRateLimiter, E, ZegoConfig.ZegoConfig>,
  target: { readonly url: string; readonly appId: number; readonly serverSecret: Redacted.Redacted<string> },
  callOptions: CallOptions.CallOptions = { retry: false }
) =>
  ZegoClient.layerServices().pipe(
    Layer.provide(limiter),
    Layer.provide(NodeHttpClient.layerUndici),
    Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
      appId: target.appId,
      serverSecret: target.serverSecret,
      zimBaseUrl: target.url,
      rtcBaseUrl: target.url,
      callOptions
    }))
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

export { Redacted }
