/**
 * P3 worker: `n` concurrent `getUserInfo` calls for distinct, registered users against the emulator (its
 * own process, `emulator-host.ts`, seeded with those users) enforcing the documented QPS (QueryUserInfos:
 * 20/s, up to 100 IDs per call). Counts the QueryUserInfos requests the emulator received and times the
 * run; prints one JSON line.
 *
 * With `floor`, it makes the same `n` concurrent calls of the same shape that only wait for one `Deferred`,
 * completed once the last is queued, and sends nothing: what forking and running `n` Effect fibers to their
 * first suspension costs on its own in a fresh process, before any effect-zego code runs.
 *
 * `node … bench/p3-batching.js <url> <control> <n> [floor]`
 *
 * @since 0.1.0
 */
import { ZegoClient } from "@effect-zego/client"
import { ZimService } from "@effect-zego/zim"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { appId, benchUserId, type LogEntry, secret } from "./lib/fixture.js"

/** What a P3 worker reports. */
export interface P3Result {
  readonly n: number
  readonly requests: number
  readonly expectedRequests: number
  /** Every ID asked for, in all requests (each distinct ID once when batching is exact). */
  readonly idsSent: number
  readonly succeeded: number
  readonly failed: number
  readonly rejected: number
  readonly wallMs: number
  /** From the start to the moment the last lookup was queued, ms. */
  readonly enqueuedMs: number
  /** Mean spacing of the requests' arrivals at the emulator, ms. */
  readonly meanSpacingMs: number
  /** CPU time of this process during the run, ms. */
  readonly cpuMs: number
  /** ceil(n / 100) / QPS, ms. */
  readonly idealMs: number
}

const qps = 20

/** What the `floor` mode reports. */
export interface P3Floor {
  readonly n: number
  /** From the start to the moment the last bare call was queued, ms. */
  readonly enqueuedMs: number
  readonly wallMs: number
}

const floor = (n: number) =>
  Effect.gen(function*() {
    const allQueued = yield* Deferred.make<void>()
    let enqueued = 0
    let enqueuedAt = 0
    const start = performance.now()
    yield* Effect.forEach(
      Array.from({ length: n }, (_, i) => benchUserId(i)),
      () =>
        Effect.either(Effect.zipRight(
          Effect.sync(() => {
            if (++enqueued === n) {
              enqueuedAt = performance.now()
              Deferred.unsafeDone(allQueued, Exit.void)
            }
          }),
          Deferred.await(allQueued)
        )),
      { concurrency: "unbounded" }
    )
    const result: P3Floor = { n, enqueuedMs: enqueuedAt - start, wallMs: performance.now() - start }
    process.stdout.write(`${JSON.stringify(result)}\n`)
  })

const main = Effect.gen(function*() {
  const [url = "", control = "", nArg, mode] = process.argv.slice(2)
  const n = Number(nArg ?? 10_000)
  if (mode === "floor") return yield* floor(n)
  const context = yield* Layer.build(ZegoClient.layer({
    appId,
    serverSecret: Redacted.make(secret),
    zimBaseUrl: url,
    rtcBaseUrl: url
  }))
  const zim = Context.get(context, ZimService.ZimService)
  yield* Effect.promise(() => fetch(`${control}/reset`, { method: "POST" }))
  let enqueued = 0
  let enqueuedAt = 0
  const cpu0 = process.cpuUsage()
  const start = performance.now()
  const results = yield* Effect.forEach(
    Array.from({ length: n }, (_, i) => benchUserId(i)),
    (id) =>
      Effect.either(Effect.zipRight(
        Effect.sync(() => {
          if (++enqueued === n) enqueuedAt = performance.now()
        }),
        zim.getUserInfo(id)
      )),
    { concurrency: "unbounded" }
  )
  const wallMs = performance.now() - start
  const cpu = process.cpuUsage(cpu0)
  const log = yield* Effect.promise(() => fetch(`${control}/log`).then((r) => r.json() as Promise<Array<LogEntry>>))
  const times = log.map((e) => e.monotonicMs).sort((a, b) => a - b)
  const result: P3Result = {
    n,
    requests: log.length,
    expectedRequests: Math.ceil(n / 100),
    idsSent: log.reduce((sum, e) => sum + e.ids, 0),
    succeeded: results.filter((r) => r._tag === "Right").length,
    failed: results.filter((r) => r._tag === "Left").length,
    rejected: log.filter((e) => !e.accepted).length,
    wallMs,
    enqueuedMs: enqueuedAt - start,
    meanSpacingMs: times.length > 1 ? ((times[times.length - 1] ?? 0) - (times[0] ?? 0)) / (times.length - 1) : NaN,
    cpuMs: (cpu.user + cpu.system) / 1000,
    idealMs: (Math.ceil(n / 100) / qps) * 1000
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
})

void Effect.runPromise(Effect.scoped(main).pipe(Effect.orDie)).then(() => process.exit(0))
