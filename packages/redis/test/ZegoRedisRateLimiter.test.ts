/**
 * The limiter on a real redis-server started on a free port: shared budget, key prefix, fail-fast, fallback,
 * restarts. Settings and a dead Redis without any server are tested even where redis-server is missing.
 */
import { ZegoRateLimiter } from "@effect-zego/core"
import { describe, expect, it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { createServer } from "node:net"
import { RedisServer, ZegoRedisRateLimiter } from "../src/index.js"
import {
  appId,
  captureLogs,
  configLayer,
  eventually,
  inspector,
  limiter,
  maxInSlidingWindow,
  needsRedis,
  redisBinary,
  redisRequired,
  skipWithoutRedis
} from "./support.js"

type Limiter = ZegoRateLimiter.ZegoRateLimiterService

// 20 per second with a 100 ms margin (55 ms apart): the grant times are read after the fact by the test's
// fibers, so the margin must absorb the event-loop delays of a busy machine. A limiter that did not share its
// budget would grant twice as many, far beyond it.
const limit = 20
const interval = ZegoRateLimiter.intervalMillis(limit, "1 second", "100 millis")
const key = `${appId}:zim:QueryUserInfos`
const request = (overrides: Partial<ZegoRateLimiter.PermitRequest> = {}): ZegoRateLimiter.PermitRequest => ({
  key,
  intervalMillis: interval,
  onExceeded: "delay",
  ...overrides
})

interface Load {
  readonly granted: Array<number>
  readonly unavailable: Array<string>
}

/** `fibers` callers per limiter, each taking permits back to back for `millis`; store failures are noted. */
const hammer = (limiters: ReadonlyArray<Limiter>, millis: number, fibers = 3, load?: Load) =>
  Effect.gen(function*() {
    const out: Load = load ?? { granted: [], unavailable: [] }
    const caller = (l: Limiter) =>
      Effect.forever(
        l.acquire(request()).pipe(
          Effect.matchEffect({
            onSuccess: () => Effect.sync(() => out.granted.push(Date.now())),
            onFailure: (denied) =>
              Effect.zipRight(
                Effect.sync(() => out.unavailable.push(denied._tag === "StoreUnavailable" ? denied.description : "")),
                Effect.sleep("10 millis")
              )
          })
        )
      )
    yield* Effect.forEach(limiters.flatMap((l) => Array.from({ length: fibers }, () => l)), caller, {
      concurrency: "unbounded",
      discard: true
    }).pipe(Effect.timeout(Duration.millis(millis)), Effect.ignore)
    return out
  })

const countBetween = (times: ReadonlyArray<number>, from: number, to: number) =>
  times.filter((t) => t >= from && t < to).length

/** A loopback port nobody listens on. */
const deadPort = Effect.async<number>((resume) => {
  const server = createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 1
    server.close(() => resume(Effect.succeed(port)))
  })
})

describe("settings", () => {
  const fromEnv = (env: Record<string, string>) =>
    Effect.gen(function*() {
      const exit = yield* Layer.build(ZegoRedisRateLimiter.layerConfig().pipe(Layer.provide(configLayer()))).pipe(
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
        Effect.exit
      )
      return exit
    })

  it.scopedLive("ZEGO_RATE_LIMIT_REDIS_URL is required, and errors name variables without showing the URL", () =>
    Effect.gen(function*() {
      const missing = yield* fromEnv({})
      expect(Exit.isFailure(missing)).toBe(true)
      expect(String(missing)).toContain("ZEGO_RATE_LIMIT_REDIS_URL")

      const bad = yield* fromEnv({ ZEGO_RATE_LIMIT_REDIS_URL: "http://user:s3cr3t-pw@host:6379" })
      expect(Exit.isFailure(bad)).toBe(true)
      expect(String(bad)).toContain("ZEGO_RATE_LIMIT_REDIS_URL")
      expect(String(bad)).not.toContain("s3cr3t-pw")

      const noReplicas = yield* fromEnv({
        ZEGO_RATE_LIMIT_REDIS_URL: "redis://127.0.0.1:1",
        ZEGO_RATE_LIMIT_ON_UNAVAILABLE: "fallback"
      })
      expect(String(noReplicas)).toContain("ZEGO_RATE_LIMIT_REPLICAS")

      const zeroReplicas = yield* fromEnv({
        ZEGO_RATE_LIMIT_REDIS_URL: "redis://127.0.0.1:1",
        ZEGO_RATE_LIMIT_ON_UNAVAILABLE: "fallback",
        ZEGO_RATE_LIMIT_REPLICAS: "0"
      })
      expect(String(zeroReplicas)).toContain("ZEGO_RATE_LIMIT_REPLICAS")

      const badMode = yield* fromEnv({
        ZEGO_RATE_LIMIT_REDIS_URL: "redis://127.0.0.1:1",
        ZEGO_RATE_LIMIT_ON_UNAVAILABLE: "ignore"
      })
      expect(String(badMode)).toContain("ZEGO_RATE_LIMIT_ON_UNAVAILABLE")
    }))

  it("the config reads the URL as a redacted value and the fallback settings", () => {
    const provider = ConfigProvider.fromMap(
      new Map([
        ["ZEGO_RATE_LIMIT_REDIS_URL", "redis://:pw@127.0.0.1:6379/2"],
        ["ZEGO_RATE_LIMIT_REDIS_PREFIX", "svc"],
        ["ZEGO_RATE_LIMIT_ON_UNAVAILABLE", "fallback"],
        ["ZEGO_RATE_LIMIT_REPLICAS", "4"],
        ["ZEGO_RATE_LIMIT_PROBE_INTERVAL", "100 millis"]
      ])
    )
    const parsed = Effect.runSync(Effect.either(provider.load(ZegoRedisRateLimiter.config)))
    expect(Either.isRight(parsed)).toBe(true)
    if (Either.isLeft(parsed)) return
    const options = parsed.right
    expect(Redacted.isRedacted(options.url)).toBe(true)
    expect(String(options.url)).not.toContain("pw")
    expect(options.keyPrefix).toBe("svc")
    expect(options.onUnavailable).toEqual(
      ZegoRedisRateLimiter.fallback({ replicas: 4, probeInterval: "100 millis" })
    )
  })

  it.scopedLive("programmatic settings are validated", () =>
    Effect.gen(function*() {
      const replicas = yield* Effect.flip(limiter({ onUnavailable: ZegoRedisRateLimiter.fallback({ replicas: 1.5 }) }))
      expect(replicas._tag === "ZegoRedisRateLimiterError" && replicas.field).toBe("onUnavailable.replicas")
      const url = yield* Effect.flip(limiter({ url: Redacted.make("localhost:6379") }))
      expect(url._tag === "ZegoRedisRateLimiterError" && url.field).toBe("url")
    }))

  it("keys are prefixed with the AppID", () => {
    expect(ZegoRedisRateLimiter.redisKeyPrefix(42)).toBe("effect-zego:42:")
    expect(ZegoRedisRateLimiter.redisKeyPrefix(42, "svc")).toBe("svc:42:")
  })
})

describe("a Redis that is not there", () => {
  it.scopedLive("fail-fast: the call learns at once that the store is unavailable", () =>
    Effect.gen(function*() {
      const port = yield* deadPort
      // A command timeout far beyond what the machine's load can add: waiting for it would take 30 s.
      const l = yield* limiter({ url: `redis://127.0.0.1:${port}`, redisOptions: { commandTimeout: 30_000 } })
      const started = Date.now()
      const denied = yield* Effect.flip(l.acquire(request()))
      const elapsed = Date.now() - started
      expect(denied._tag).toBe("StoreUnavailable")
      expect(denied._tag === "StoreUnavailable" && denied.description).toMatch(/not connected.*ECONNREFUSED/)
      // ioredis' defaults would queue the command and retry it; here it fails long before the command timeout.
      expect(elapsed).toBeLessThan(15_000)
    }))

  it.scopedLive("fallback: the call goes on with the local share, and one warning is logged", () => {
    const logs = captureLogs()
    return Effect.gen(function*() {
      const port = yield* deadPort
      const l = yield* limiter({
        url: `redis://127.0.0.1:${port}`,
        onUnavailable: ZegoRedisRateLimiter.fallback({ replicas: 2 })
      })
      // Until a few permits are granted, however long a busy machine takes (one second was not always enough).
      const load: Load = { granted: [], unavailable: [] }
      const run = yield* Effect.fork(hammer([l], 120_000, 3, load))
      yield* eventually(() => load.granted.length >= 3, 60_000, "permits from the local share")
      yield* Fiber.interrupt(run)
      expect(load.unavailable).toEqual([])
      // 2 replicas: two intervals apart, and the first waits one local interval.
      expect(maxInSlidingWindow(load.granted, 1_000)).toBeLessThanOrEqual(Math.floor(1_000 / (2 * interval)) + 1)
      expect(logs.entries.filter((e) => e.level === "WARN")).toHaveLength(1)
    }).pipe(Effect.provide(logs.layer))
  })
})

describe("on a real redis-server", () => {
  it("a missing redis-server fails the suite when ZEGO_REQUIRE_REDIS=1 (as in CI)", () => {
    expect(
      redisBinary !== undefined || !redisRequired,
      "ZEGO_REQUIRE_REDIS=1 but no redis-server binary on PATH (nor REDIS_SERVER_BIN)"
    ).toBe(true)
  })

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("keys live under <prefix>:<AppID>:, so two apps never share a budget"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const redis = yield* inspector(server.url)
        const a = yield* limiter({ url: server.url }, 1001)
        const b = yield* limiter({ url: server.url, keyPrefix: "svc" }, 1002)
        const c = yield* limiter({ url: server.url }, 1003)
        // The same key, three AppIDs: none waits for another. A minute per permit, so that no key expires before
        // it is looked at, however busy the machine.
        const minute = 60_000
        const shared = request({ key: "shared-key", intervalMillis: minute })
        expect(yield* a.acquire(shared)).toBe(0)
        expect(yield* b.acquire(shared)).toBe(0)
        expect(yield* c.acquire(shared)).toBe(0)
        const keys = (yield* Effect.promise(() => redis.keys("*"))).sort()
        expect(keys).toEqual(["effect-zego:1001:shared-key", "effect-zego:1003:shared-key", "svc:1002:shared-key"])
        // The permit is Redis' fixed window of one permit per interval.
        const ttl = yield* Effect.promise(() => redis.pttl("effect-zego:1001:shared-key"))
        expect(ttl).toBeGreaterThan(0)
        expect(ttl).toBeLessThanOrEqual(minute)
      })
  )

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("maxWait: the head and the queued callers give up in time, and the queue goes on without them"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const l = yield* limiter({ url: server.url })
        // One permit per second: the first is free, the next slot is a second away.
        const slow = request({ key: "slow", intervalMillis: 1_000 })
        expect(yield* l.acquire(slow)).toBe(0)
        const started = Date.now()
        const bounded = { ...slow, maxWait: Duration.millis(150) }
        const [head, queued] = yield* Effect.all(
          [Effect.either(l.acquire(bounded)), Effect.either(l.acquire(bounded))],
          { concurrency: "unbounded" }
        )
        const elapsed = Date.now() - started
        expect(head).toEqual(Either.left({ _tag: "WaitExceeded" }))
        expect(queued).toEqual(Either.left({ _tag: "WaitExceeded" }))
        // Neither gave up before its bound, nor waited for the slot a second away (750 ms left for a busy
        // machine's delays).
        expect(elapsed).toBeGreaterThanOrEqual(145)
        expect(elapsed).toBeLessThan(900)
        // The lock was passed on: an unbounded caller gets a permit.
        const waited = yield* l.acquire(slow)
        expect(waited).toBeGreaterThan(0)
      })
  )

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("two limiters (two processes) on one key never exceed the limit in any sliding window"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const a = yield* limiter({ url: server.url })
        const b = yield* limiter({ url: server.url })
        const millis = 3_000
        const load = yield* hammer([a, b], millis)
        expect(load.unavailable).toEqual([])
        expect(maxInSlidingWindow(load.granted, 1_000)).toBeLessThanOrEqual(limit)
        // One budget: together at most one limit's worth, not two. (How much of it they use depends on the
        // machine: a process that wakes more than 3 ms late for its slot gives it up, by design. P4 in
        // BENCHMARKS.md measures it.)
        const budget = millis / interval
        expect(load.granted.length).toBeGreaterThan(0)
        expect(load.granted.length).toBeLessThanOrEqual(Math.floor(budget) + 1)
      })
  )

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("fail-fast: calls fail while Redis is down, and keep their guarantees after it restarts"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const a = yield* limiter({ url: server.url })
        const b = yield* limiter({ url: server.url })
        const load: Load = { granted: [], unavailable: [] }
        const t0 = Date.now()
        // Runs until 2 s after the restart, however long a busy machine takes to restart Redis.
        const run = yield* Effect.fork(hammer([a, b], 120_000, 3, load))
        yield* Effect.sleep("1 second")
        yield* server.stop
        const stopped = Date.now()
        yield* Effect.sleep("700 millis")
        const restarting = Date.now()
        yield* server.start
        const restarted = Date.now()
        yield* Effect.sleep("2 seconds")
        yield* Fiber.interrupt(run)
        const end = Date.now()

        // While it is down, calls fail with the store's description, and none is granted (but the slots
        // reserved before the crash, at most one per process, a few intervals ahead).
        expect(load.unavailable.length).toBeGreaterThan(0)
        expect(load.unavailable.every((d) => d.includes("Redis"))).toBe(true)
        expect(countBetween(load.granted, stopped + 400, restarting)).toBe(0)
        // The guarantee holds across the restart (the new server starts empty).
        expect(maxInSlidingWindow(load.granted, 1_000)).toBeLessThanOrEqual(limit)
        // And permits are granted again once reconnected (ioredis reconnects within 500 ms); how many is the
        // machine's business.
        expect(countBetween(load.granted, restarted + 1_000, end)).toBeGreaterThan(0)
        expect(countBetween(load.granted, t0, stopped)).toBeGreaterThan(0)
      })
  )

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("fallback: the local share while Redis is down, one warning, back to Redis once it restarts"),
    () => {
      const logs = captureLogs()
      return Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const redis = yield* inspector(server.url)
        const replicas = 4
        const l = yield* limiter({
          url: server.url,
          onUnavailable: ZegoRedisRateLimiter.fallback({
            replicas,
            probeInterval: "100 millis",
            recoveryPeriod: "1 second"
          })
        })
        const shared = yield* hammer([l], 1_000)
        expect(shared.granted.length).toBeGreaterThan(0)
        expect(shared.unavailable).toEqual([])

        yield* server.stop
        const down = yield* hammer([l], 2_000)
        expect(down.unavailable).toEqual([])
        // A quarter of the budget: four intervals apart.
        expect(down.granted.length).toBeLessThanOrEqual(Math.floor(2_000 / (replicas * interval)) + 1)
        expect(down.granted.length).toBeGreaterThan(0)
        const warnings = () => logs.entries.filter((e) => e.level === "WARN")
        expect(warnings()).toHaveLength(1)
        expect(warnings()[0]?.message).toContain(`1/${replicas}`)

        yield* server.start
        const back = () => logs.entries.some((e) => e.level === "INFO" && e.message.includes("shared again"))
        // Recovering keeps the local share, so keep calling until it is over.
        const recovering = yield* Effect.fork(hammer([l], 10_000))
        yield* eventually(back, 30_000, "the return to Redis")
        yield* Fiber.interrupt(recovering)
        // The key lives one interval after each permit: look for it while permits are being taken.
        let seen = false
        const watch = yield* Effect.fork(Effect.forever(
          Effect.zipRight(
            Effect.promise(() => redis.exists(`effect-zego:${appId}:${key}`)).pipe(
              Effect.tap((n) => Effect.sync(() => void (seen ||= n === 1)))
            ),
            Effect.sleep("10 millis")
          )
        ))
        const again = yield* hammer([l], 1_000)
        yield* Fiber.interrupt(watch)
        // Back on the budget in Redis: its key is there again (the restarted server started empty), and no
        // further warning. (A count above the local share would be a speed figure: on a busy machine a late
        // wake gives its slot up.)
        expect(again.granted.length).toBeGreaterThan(0)
        expect(again.unavailable).toEqual([])
        expect(seen).toBe(true)
        expect(warnings()).toHaveLength(1)
      }).pipe(Effect.provide(logs.layer))
    }
  )

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("fallback: two processes stay within the limit across an outage and the return to Redis"),
    () => {
      const logs = captureLogs()
      return Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const onUnavailable = ZegoRedisRateLimiter.fallback({
          replicas: 2,
          probeInterval: "100 millis",
          recoveryPeriod: "1 second"
        })
        const a = yield* limiter({ url: server.url, onUnavailable })
        const b = yield* limiter({ url: server.url, onUnavailable })
        const load: Load = { granted: [], unavailable: [] }
        const run = yield* Effect.fork(hammer([a, b], 120_000, 3, load))
        yield* Effect.sleep("1 second")
        yield* server.stop
        const stopped = Date.now()
        yield* Effect.sleep("1500 millis")
        yield* server.start
        const restarted = Date.now()
        // Both return to Redis (probe, then 1 s of recovery), however long a busy machine takes; then 1 s more.
        const shared = () => logs.entries.filter((e) => e.level === "INFO" && e.message.includes("shared again"))
        yield* eventually(() => shared().length >= 2, 30_000, "both processes' return to Redis")
        yield* Effect.sleep("1 second")
        yield* Fiber.interrupt(run)
        const end = Date.now()

        expect(load.unavailable).toEqual([])
        // Each process sent half the budget while Redis was down; never more than the limit in any window.
        expect(maxInSlidingWindow(load.granted, 1_000)).toBeLessThanOrEqual(limit)
        // Calls went on while it was down, and after it came back.
        expect(countBetween(load.granted, stopped, restarted)).toBeGreaterThan(0)
        expect(logs.entries.filter((e) => e.level === "WARN")).toHaveLength(2)
        expect(logs.entries.filter((e) => e.level === "INFO" && e.message.includes("shared again"))).toHaveLength(2)
        expect(countBetween(load.granted, end - 1_000, end)).toBeGreaterThan(0)
      }).pipe(Effect.provide(logs.layer))
    }
  )
})

// Issue 14, item 11: a Redis that stops answering (SIGSTOP: connections stay open, nothing answers) fails every
// queued caller together, within about one command timeout, not one timeout per caller; a circuit breaker then
// refuses at once, and half-opens to find Redis again once it answers.
describe("a hung Redis (SIGSTOP)", () => {
  const callers = 10
  const commandTimeout = 1_000

  // `callers` callers queued on one key at once: how each ended, and how long until the last one did.
  const burst = (l: Limiter) =>
    Effect.gen(function*() {
      const started = Date.now()
      const outcomes = yield* Effect.forEach(
        Array.from({ length: callers }),
        () => Effect.either(l.acquire(request())),
        { concurrency: "unbounded" }
      )
      return { outcomes, tookMillis: Date.now() - started }
    })

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("fail-fast: every queued caller gets StoreUnavailable together; back to Redis after SIGCONT"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const l = yield* limiter({ url: server.url, redisOptions: { commandTimeout } })
        yield* l.acquire(request())
        yield* server.pause
        const { outcomes, tookMillis } = yield* burst(l)
        expect(outcomes.every((o) => Either.isLeft(o) && o.left._tag === "StoreUnavailable")).toBe(true)
        // One command timeout (plus the head's own), not one per caller: serially it would take ~10.
        expect(tookMillis / commandTimeout).toBeLessThan(callers / 2)
        // While open, a new caller is refused without waiting for Redis.
        const refused = yield* Effect.either(l.acquire(request()))
        expect(Either.isLeft(refused) && refused.left._tag === "StoreUnavailable" && refused.left.description)
          .toMatch(/circuit open/)

        yield* server.resume
        // Half-open: a trial command finds Redis again, and permits are granted from Redis.
        let granted = 0
        const tryOnce = Effect.either(l.acquire(request())).pipe(
          Effect.tap((o) => Effect.sync(() => Either.isRight(o) && granted++))
        )
        yield* Effect.fork(Effect.forever(Effect.zipRight(tryOnce, Effect.sleep("50 millis"))))
        yield* eventually(() => granted > 0, 10_000, "a permit from Redis after SIGCONT")
      })
  )

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("fallback: every queued caller moves to the local share together"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const l = yield* limiter({
          url: server.url,
          redisOptions: { commandTimeout },
          onUnavailable: ZegoRedisRateLimiter.fallback({ replicas: 2, probeInterval: "100 millis" })
        })
        yield* l.acquire(request())
        yield* server.pause
        const { outcomes, tookMillis } = yield* burst(l)
        // Nobody failed: each got a permit of the local share, which spaces them two intervals apart.
        expect(outcomes.every(Either.isRight)).toBe(true)
        const localSpacing = 2 * interval * (callers - 1)
        expect(tookMillis / (commandTimeout + localSpacing)).toBeLessThan(3)
        yield* server.resume
      })
  )
})
