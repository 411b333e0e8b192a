/**
 * The Redis limiter wired into the whole client (`ZegoClient.layerServices`), against the emulator: what a
 * caller sees when Redis is down, in each mode, and two clients sharing one budget.
 */
import type { ZegoError } from "@effect-zego/core"
import { Emulator } from "@effect-zego/emulator"
import { RedisServer, ZegoRedisRateLimiter } from "@effect-zego/redis"
import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { createServer } from "node:net"
import { captureLogs, clientOver, needsRedis, skipWithoutRedis } from "./support.js"

const emulator = Effect.map(Layer.build(Emulator.layer()), Context.get(Emulator))

const zimOver = (
  limiter: Parameters<typeof clientOver>[0],
  target: Parameters<typeof clientOver>[1],
  callOptions?: Parameters<typeof clientOver>[2]
) => Effect.map(Layer.build(clientOver(limiter, target, callOptions)), Context.get(ZimService.ZimService))

/** A loopback port nobody listens on: a Redis that is down. */
const deadRedisUrl = Effect.async<string>((resume) => {
  const server = createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 1
    server.close(() => resume(Effect.succeed(`redis://127.0.0.1:${port}`)))
  })
})

/** `fibers` callers of QueryUserInfos for `millis`; what they failed with. */
const callFor = (zim: ZimService.ZimServiceShape, millis: number, fibers: number) =>
  Effect.gen(function*() {
    const failures: Array<ZegoError.ZegoError> = []
    let ok = 0
    const caller = Effect.forever(
      zim.queryUserInfos({ UserIds: ["alice"] }).pipe(
        Effect.matchEffect({
          onSuccess: () => Effect.sync(() => ok++),
          onFailure: (error) => Effect.zipRight(Effect.sync(() => failures.push(error)), Effect.sleep("10 millis"))
        })
      )
    )
    yield* Effect.forEach(Array.from({ length: fibers }, () => caller), (c) => c, {
      concurrency: "unbounded",
      discard: true
    }).pipe(Effect.timeout(Duration.millis(millis)), Effect.ignore)
    return { ok, failures }
  })

describe("the Redis limiter in the client", () => {
  it.scopedLive("fail-fast: Redis down → RateLimiterUnavailable, and nothing is sent", () =>
    Effect.gen(function*() {
      const emu = yield* emulator
      // A command timeout far beyond what the machine's load can add: waiting for it would take 30 s.
      const zim = yield* zimOver(
        ZegoRedisRateLimiter.layer({ url: yield* deadRedisUrl, redisOptions: { commandTimeout: 30_000 } }),
        emu
      )
      const started = Date.now()
      const error = yield* Effect.flip(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(error._tag).toBe("RateLimiterUnavailable")
      expect(error._tag === "RateLimiterUnavailable" && error.description).toContain("Redis is not connected")
      expect(error.message).toContain("nothing was sent")
      expect(Date.now() - started).toBeLessThan(15_000)
      const many = yield* callFor(zim, 300, 4)
      expect(many.ok).toBe(0)
      expect(many.failures.every((e) => e._tag === "RateLimiterUnavailable")).toBe(true)
      expect(yield* emu.requests.entries).toEqual([])
    }))

  it.scopedLive("fallback: Redis down → calls go on at the per-process share, one warning", () => {
    const logs = captureLogs()
    return Effect.gen(function*() {
      const emu = yield* emulator
      const replicas = 2
      const zim = yield* zimOver(
        ZegoRedisRateLimiter.layer({
          url: yield* deadRedisUrl,
          onUnavailable: ZegoRedisRateLimiter.fallback({ replicas })
        }),
        emu
      )
      const millis = 2_000
      const result = yield* callFor(zim, millis, 6)
      expect(result.failures).toEqual([])
      const entries = yield* emu.requests.entries
      expect(entries.every((r) => r.accepted)).toBe(true)
      // 20 QPS shared by 2 replicas: at most 10 per second from this one.
      const share = (millis / 1000) * 20 / replicas
      expect(entries.length).toBeLessThanOrEqual(share + 1)
      // Calls go on. (How close to the share they get is the machine's business: a floor here failed on a
      // busy one.)
      expect(entries.length).toBeGreaterThan(1)
      expect(logs.entries.filter((e) => e.level === "WARN")).toHaveLength(1)
    }).pipe(Effect.provide(logs.layer))
  })

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("two clients (two processes) on one Redis: one budget, no rate-limit rejection"),
    () =>
      Effect.gen(function*() {
        const redis = yield* RedisServer.make()
        const emu = yield* emulator
        // Both clients and the emulator share this process's event loop: a 100 ms margin absorbs its delays.
        // Two budgets instead of one would still send twice the QPS, far beyond it.
        const callOptions = { retry: false as const, rateLimit: { safetyMargin: Duration.millis(100) } }
        const a = yield* zimOver(ZegoRedisRateLimiter.layer({ url: redis.url }), emu, callOptions)
        const b = yield* zimOver(ZegoRedisRateLimiter.layer({ url: redis.url }), emu, callOptions)
        const millis = 3_000
        const [ra, rb] = yield* Effect.all([callFor(a, millis, 4), callFor(b, millis, 4)], { concurrency: 2 })
        const entries = yield* emu.requests.entries
        expect(entries.filter((r) => !r.accepted)).toEqual([])
        expect(ra.failures.concat(rb.failures)).toEqual([])
        expect(ra.ok).toBeGreaterThan(0)
        expect(rb.ok).toBeGreaterThan(0)
        // Together at most one budget (20 per second), not two. (How much of it they use is a speed figure: P4.)
        expect(entries.length).toBeLessThanOrEqual(20 * millis / 1000 + 1)
      })
  )
})
