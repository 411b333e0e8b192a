/**
 * Interruption really cancels: calls interrupted in flight (the emulator holds the answer), in a backoff
 * (a retryable code, then a long backoff) or while waiting for a rate-limit permit leave
 *
 * - no running fibers: every fiber forked for the calls is tracked by a `Supervisor` and none is left;
 * - no held permits: a call made right after gets its permit without queueing behind the interrupted ones;
 * - no open sockets: a TCP proxy in front of the emulator counts the connections the client holds open
 *   (`server.getConnections`) and, in flight, the emulator logs that each connection was closed before it
 *   could answer (the client aborted the request).
 *
 * Each scenario runs on the client as `ZegoClient.layer` wires it, and on `@effect/platform-node`'s undici
 * client over an Agent of our own, whose pool also reports what it holds.
 */
import { CallOptions } from "@effect-zego/core"
import { Emulator, Faults, Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Supervisor from "effect/Supervisor"
import type { Client, PoolStats } from "./support.js"
import { captureLogs, clientOf, clientWithPool, countingProxy, pollUntil } from "./support.js"

const concurrent = 5

type Wiring = "ZegoClient.layer" | "NodeHttpClient with our own Agent"
const wirings: ReadonlyArray<Wiring> = ["ZegoClient.layer", "NodeHttpClient with our own Agent"]

/**
 * An emulator behind a counting proxy, and a client that goes through the proxy; with our own Agent, the pool's
 * figures too.
 */
const setup = (wiring: Wiring, callOptions: CallOptions.CallOptions) =>
  Effect.gen(function*() {
    const emulator = yield* Emulator
    const proxy = yield* countingProxy(emulator.url)
    const { pool, ...client }: Client & { readonly pool?: Effect.Effect<PoolStats> } = wiring === "ZegoClient.layer"
      ? yield* clientOf(emulator, callOptions, proxy.url)
      : yield* clientWithPool(emulator, callOptions, proxy.url)
    /** Checks the pool's figures, when there is a pool to read. */
    const expectPool = (check: (stats: PoolStats) => void) => pool === undefined ? Effect.void : Effect.map(pool, check)
    return { emulator, proxy, client, pool, expectPool }
  })

/** Forks `effect` under a fresh tracking supervisor: the fiber and everything it forks is tracked. */
const forkTracked = <A, E>(effect: Effect.Effect<A, E>) =>
  Effect.gen(function*() {
    const supervisor = yield* Supervisor.track
    const fiber = yield* Effect.fork(effect).pipe(Effect.supervised(supervisor))
    return { fiber, running: supervisor.value }
  })

/** Interrupts and says how long the interruption took (real time). */
const timedInterrupt = <A, E>(fiber: Fiber.RuntimeFiber<A, E>) =>
  Effect.gen(function*() {
    const start = performance.now()
    const exit = yield* Fiber.interrupt(fiber)
    return { exit, tookMillis: performance.now() - start }
  })

const query = (n: number) => ({ UserIds: [Seed.users.alice, `caller-${n}`] })

const callers = (client: Client, first = 0) =>
  Effect.forEach(
    Array.from({ length: concurrent }, (_, n) => first + n),
    (n) => client.zim.queryUserInfos(query(n)),
    { concurrency: "unbounded" }
  )

const completes = <A, E>(call: Effect.Effect<A, E>) =>
  call.pipe(Effect.timeoutFail({
    duration: "10 seconds",
    onTimeout: () => new Error("a call after the interruption did not complete")
  }))

for (const wiring of wirings) {
  describe(`interruption (${wiring})`, () => {
    it.scopedLive("in flight: the HTTP requests are aborted, the server sees each connection close", () =>
      Effect.gen(function*() {
        const held = Duration.seconds(30)
        const { client, emulator, expectPool, proxy } = yield* setup(wiring, {
          timeout: "60 seconds",
          deadline: "none"
        })
        yield* emulator.faults.set("QueryUserInfos", { fault: Faults.latency(Duration.toMillis(held)) })
        const { fiber, running } = yield* forkTracked(callers(client))
        // Every request reached the emulator (its latency fault fired for each) and is in flight.
        const fired = yield* pollUntil(
          Effect.map(emulator.faults.list, (list) => list[0]?.fired ?? 0),
          (n) => n === concurrent
        )
        expect(fired).toBe(concurrent)
        expect(yield* proxy.openConnections).toBe(concurrent)
        yield* expectPool((pool) => expect(pool.running).toBe(concurrent))

        // The supervisor sees the callers' fibers while they run.
        expect((yield* running).length).toBeGreaterThan(0)
        const { exit, tookMillis } = yield* timedInterrupt(fiber)
        expect(Exit.isInterrupted(exit)).toBe(true)
        // Nothing waited for the held answers.
        expect(tookMillis / Duration.toMillis(held)).toBeLessThan(0.1)
        expect(yield* running).toEqual([])

        // The emulator was told: each request's connection closed before it could answer.
        const aborted = yield* pollUntil(
          emulator.requests.entries,
          (entries) => entries.filter((entry) => entry.clientAborted).length === concurrent
        )
        expect(aborted.map((entry) => ({ status: entry.status, clientAborted: entry.clientAborted }))).toEqual(
          Array.from({ length: concurrent }, () => ({ status: undefined, clientAborted: true }))
        )
        // No socket is left open, on either side.
        expect(yield* pollUntil(proxy.openConnections, (n) => n === 0)).toBe(0)
        yield* expectPool((pool) => expect(pool).toMatchObject({ connected: 0, running: 0, pending: 0 }))

        // The client is whole: a new call goes through.
        yield* emulator.faults.clear()
        yield* completes(client.zim.queryUserInfos(query(99)))
      }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))

    it.scopedLive("in a backoff: no attempt is made after the interruption, no socket is busy", () =>
      Effect.gen(function*() {
        const backoff = Duration.seconds(30)
        const { client, emulator, expectPool, proxy } = yield* setup(wiring, {
          retry: { baseDelay: backoff, maxDelay: backoff, maxAttempts: 3, jitter: false },
          deadline: "none",
          // The limiter is on (with room for all): an interrupted backoff must not hold a permit.
          rateLimit: { limit: 50 }
        })
        yield* emulator.faults.set("QueryUserInfos", { fault: Faults.forcedCode(660000001) })
        const { lines, logger } = captureLogs()
        const { fiber, running } = yield* forkTracked(
          callers(client).pipe(
            Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
            Logger.withMinimumLogLevel(LogLevel.Debug)
          )
        )
        // Every first attempt was answered (a retryable code) and every caller scheduled its retry: all are in
        // their backoff.
        const scheduled = yield* pollUntil(
          Effect.sync(() => lines.filter((line) => line.text.startsWith("ZEGOCLOUD retry scheduled")).length),
          (n) => n === concurrent
        )
        expect(scheduled).toBe(concurrent)
        const first = yield* emulator.requests.entries
        expect(first.map((entry) => entry.code)).toEqual(Array.from({ length: concurrent }, () => 660000001))

        expect((yield* running).length).toBeGreaterThan(0)
        const { exit, tookMillis } = yield* timedInterrupt(fiber)
        expect(Exit.isInterrupted(exit)).toBe(true)
        expect(tookMillis / Duration.toMillis(backoff)).toBeLessThan(0.1)
        expect(yield* running).toEqual([])

        // Nothing is in flight or queued; the sockets the first attempts used are idle keep-alive connections,
        // the very ones the proxy counts.
        const open = yield* proxy.openConnections
        expect(open).toBeLessThanOrEqual(concurrent)
        yield* expectPool((pool) => {
          expect(pool).toMatchObject({ running: 0, pending: 0 })
          expect(pool.free).toBe(pool.connected)
          expect(pool.connected).toBe(open)
        })

        // A new call goes out on a pooled connection (without a permit: on a busy machine a write later than
        // its permit's margin abandons its exchange and connection, by design); another gets its permit at
        // once; the interrupted retries never happen.
        yield* emulator.faults.clear()
        const accepted = proxy.accepted()
        yield* completes(client.zim.queryUserInfos(query(98)).pipe(CallOptions.withCallOptions({ rateLimit: false })))
        expect(proxy.accepted()).toBe(accepted)
        yield* completes(client.zim.queryUserInfos(query(99)))
        const entries = yield* emulator.requests.entries
        expect(entries).toHaveLength(concurrent + 2)
        expect(entries.at(-1)?.code).toBe(0)
      }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))

    it.scopedLive("waiting for a permit: the interrupted waiters hold nothing", () =>
      Effect.gen(function*() {
        // One permit per second (spaced 1 s + 20 ms apart).
        const { client, emulator, expectPool, proxy } = yield* setup(wiring, {
          rateLimit: { limit: 1, window: "1 second" }
        })
        const interval = 1_020
        yield* client.zim.queryUserInfos(query(0))
        // Connections so far: one, or more when a busy machine made a write late for its permit (the late
        // exchange is abandoned with its connection, and the call sends on a new one).
        const connectionsBefore = proxy.accepted()
        const { fiber, running } = yield* forkTracked(callers(client, 1))
        // The waiters are queued: nothing more reached the server.
        yield* Effect.sleep("100 millis")
        expect(yield* emulator.requests.entries).toHaveLength(1)

        expect((yield* running).length).toBeGreaterThan(0)
        const { exit, tookMillis } = yield* timedInterrupt(fiber)
        expect(Exit.isInterrupted(exit)).toBe(true)
        // Interrupting does not wait for a permit (that would take an interval or more).
        expect(tookMillis / interval).toBeLessThan(0.9)
        expect(yield* running).toEqual([])
        // No socket was opened for the waiters.
        expect(proxy.accepted()).toBe(connectionsBefore)

        // The next caller takes the permit after the first call's, not one behind the five interrupted waiters
        // (that would put it 2 to 6 intervals after the first call). Arrival times at the emulator also carry
        // each request's own latency, hence the loose lower bound; the upper one leaves a busy machine 900 ms.
        yield* client.zim.queryUserInfos(query(99))
        const entries = yield* emulator.requests.entries
        expect(entries).toHaveLength(2)
        const [first, next] = entries
        const spacing = (next?.monotonicMs ?? 0) - (first?.monotonicMs ?? 0)
        expect(spacing / interval).toBeGreaterThan(0.7)
        expect(spacing / interval).toBeLessThan(1.9)
        // None is busy.
        yield* expectPool((pool) => expect(pool).toMatchObject({ running: 0, pending: 0 }))
        console.log(
          `[resilience] interruption (${wiring}): the caller after the interrupted waiters reached the server ${
            spacing.toFixed(0)
          } ms after the first call, for a ${interval} ms permit interval (ratio ${
            (spacing / interval).toFixed(2)
          }); interrupting the waiters took ${tookMillis.toFixed(1)} ms`
        )
      }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))
  })
}
