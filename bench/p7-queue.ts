/**
 * P7 worker (run with `--expose-gc`): `callers` callers queued at once behind the rate limiter with
 * `maxWait`, as `QueryUserInfos` calls through the whole pipeline (over the in-process stub HttpClient), or
 * as bare Effect fibers that wait the same time (`Effect.sleep(maxWait)` then fail): the floor. Reports how
 * late each caller's failure arrived after its own `start + maxWait` (wall clock) and the heap per queued
 * caller (after full collections, while every caller waits). Prints one JSON line.
 *
 * `node --expose-gc … bench/p7-queue.js <zego|bare> <callers> <maxWaitMillis> [heap]`
 *
 * @since 0.1.0
 */
import { ZegoClient } from "@effect-zego/client"
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { ZimService } from "@effect-zego/zim"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { appId, secret } from "./lib/fixture.js"
import { quantile } from "./lib/stats.js"
import * as Stub from "./lib/stub.js"

/** What a P7 worker reports. */
export interface P7Result {
  readonly variant: "zego" | "limiter" | "bare"
  /** What the run measured (its other figures are not meaningful). */
  readonly measured: "lateness" | "heap"
  readonly callers: number
  readonly maxWaitMillis: number
  /** Callers that got a permit (the stub answered) and that failed with `RateLimitWaitExceeded`. */
  readonly succeeded: number
  readonly waitExceeded: number
  readonly otherFailures: number
  /** Lateness of the failures after `start + maxWait`, ms. */
  readonly lateP50Ms: number
  readonly lateP99Ms: number
  readonly lateMaxMs: number
  /** Heap per queued caller, bytes: (heap while all wait − heap before) / callers, after full GCs. */
  readonly heapPerCallerBytes: number
  readonly heapQueuedMB: number
  /** From the first fork to the last answer, ms. */
  readonly totalMs: number
}

const collect = (): number => {
  const gc = (globalThis as { readonly gc?: () => void }).gc
  if (gc === undefined) throw new Error("run with --expose-gc")
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const main = async () => {
  const [variantArg, callersArg, maxWaitArg, measureArg] = process.argv.slice(2)
  // `heap`: measure the heap while every caller waits (full collections pause the process, so the lateness
  // of such a run is not reported), then stop them; otherwise the lateness alone.
  const heapOnly = measureArg === "heap"
  const variant = variantArg === "bare" ? "bare" : variantArg === "limiter" ? "limiter" : "zego"
  const callers = Number(callersArg ?? 50_000)
  const maxWaitMillis = Number(maxWaitArg ?? 1000)
  const config = ZegoConfig.ZegoConfig.layer({
    appId,
    serverSecret: Redacted.make(secret),
    zimBaseUrl: "http://127.0.0.1:9",
    rtcBaseUrl: "http://127.0.0.1:9",
    callOptions: { rateLimit: { maxWait: `${maxWaitMillis} millis` }, retry: false }
  })
  const runtime = ManagedRuntime.make(
    ZegoClient.layerServices().pipe(
      Layer.provideMerge(Layer.merge(Stub.layerDirect, ZegoRateLimiter.ZegoRateLimiter.layerMemory)),
      Layer.provideMerge(config)
    )
  )
  const zim = await runtime.runPromise(ZimService.ZimService)
  const call = zim.queryUserInfos({ UserIds: ["alice"] })
  // Warm up the pipeline (compiles the Action, opens nothing: the stub has no socket).
  await runtime.runPromise(call)
  await new Promise((resolve) => setTimeout(resolve, 1200))
  const bare: Effect.Effect<never, string> = Effect.zipRight(
    Effect.sleep(`${maxWaitMillis} millis`),
    Effect.fail("WaitExceeded")
  )
  // The limiter alone, as the pipeline asks it (QueryUserInfos: 20 per second, 20 ms margin).
  const limiter = await runtime.runPromise(ZegoRateLimiter.ZegoRateLimiter)
  const acquire = limiter.acquire({
    key: `${appId}:zim:QueryUserInfos`,
    intervalMillis: ZegoRateLimiter.intervalMillis(20, "1 second", "20 millis"),
    onExceeded: "delay",
    maxWait: Duration.millis(maxWaitMillis)
  })
  const effect: Effect.Effect<unknown, unknown> = variant === "bare" ? bare : variant === "limiter" ? acquire : call

  const before = heapOnly ? collect() : 0
  const late: Array<number> = []
  let succeeded = 0
  let waitExceeded = 0
  let otherFailures = 0
  let done = 0
  const t0 = performance.now()
  const finished = new Promise<void>((resolve) => {
    for (let i = 0; i < callers; i++) {
      const start = performance.now()
      const fiber = runtime.runFork(effect)
      fiber.addObserver((exit) => {
        const now = performance.now()
        if (exit._tag === "Success") succeeded++
        else {
          const failure = exit.cause._tag === "Fail" ? exit.cause.error : undefined
          const tag = typeof failure === "string"
            ? failure
            : typeof failure === "object" && failure !== null && "_tag" in failure
            ? String(failure._tag)
            : "defect"
          if (tag === "WaitExceeded" || tag === "RateLimitWaitExceeded") {
            waitExceeded++
            late.push(now - start - maxWaitMillis)
          } else otherFailures++
        }
        if (++done === callers) resolve()
      })
    }
  })
  // Every caller is queued once the loop above is done and each has run once.
  await new Promise((resolve) => setTimeout(resolve, 50))
  const queued = heapOnly ? collect() : Number.NaN
  if (!heapOnly) await finished
  const totalMs = performance.now() - t0
  await runtime.dispose()
  const result: P7Result = {
    variant,
    measured: heapOnly ? "heap" : "lateness",
    callers,
    maxWaitMillis,
    succeeded,
    waitExceeded,
    otherFailures,
    lateP50Ms: heapOnly ? Number.NaN : quantile(late, 0.5),
    lateP99Ms: heapOnly ? Number.NaN : quantile(late, 0.99),
    lateMaxMs: heapOnly ? Number.NaN : late.reduce((a, b) => Math.max(a, b), 0),
    heapPerCallerBytes: (queued - before) / callers,
    heapQueuedMB: queued / (1024 * 1024),
    totalMs
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

void main()
