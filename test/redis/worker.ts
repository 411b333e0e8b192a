/**
 * One "replica" of the P4 multi-process run: a whole client (Redis or memory limiter) against the emulator,
 * calling QueryUserInfos from several fibers as fast as its limiter allows.
 *
 * Run by `multiprocess.ts` with `node --import tsx worker.ts '<WorkerSpec JSON>'` and an IPC channel:
 * it sends `{ type: "ready" }` once its client is built and warmed up by one call, waits for `{ type: "start", at }`,
 * calls from `at` for `durationMs`, then sends `{ type: "done", tally }` and exits.
 */
import { UndiciHttpClient, ZegoClient } from "@effect-zego/client"
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { ZegoRedisRateLimiter } from "@effect-zego/redis"
import { ZimService } from "@effect-zego/zim"
import * as RedisStore from "@effect/experimental/RateLimiter/Redis"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { isStartMessage, type Tally, type WorkerSpec } from "./protocol.js"

const spec = JSON.parse(process.argv[2] ?? "{}") as WorkerSpec
const parseRedisUrl = (url: string) => {
  const parsed = new URL(url)
  return { host: parsed.hostname, port: Number(parsed.port || 6379) }
}
const send = (message: unknown) =>
  Effect.async<void>((resume) => {
    if (process.send === undefined) return resume(Effect.dieMessage("worker.ts must be forked with an IPC channel"))
    process.send(message, undefined, {}, () => resume(Effect.void))
  })
const startSignal = Effect.async<number>((resume) => {
  const onMessage = (message: unknown) => {
    if (!isStartMessage(message)) return
    process.off("message", onMessage)
    resume(Effect.succeed(message.at))
  }
  process.on("message", onMessage)
})

const limiter = spec.limiter === "memory" || spec.redisUrl === undefined
  ? ZegoRateLimiter.ZegoRateLimiter.layerMemory
  : spec.limiter === "redis"
  ? ZegoRedisRateLimiter.layer({ url: spec.redisUrl })
  : Layer.provide(
    ZegoRateLimiter.ZegoRateLimiter.layer,
    RedisStore.layerStore({ ...parseRedisUrl(spec.redisUrl), prefix: `core-on-redis:${spec.appId}:` })
  )

const ZegoLive = ZegoClient.layerServices().pipe(
  Layer.provide(limiter),
  Layer.provide(UndiciHttpClient.layer),
  Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
    appId: spec.appId,
    serverSecret: Redacted.make(spec.serverSecret),
    zimBaseUrl: spec.url,
    rtcBaseUrl: spec.url,
    // One request per call: the emulator's log then counts calls.
    callOptions: spec.safetyMarginMs === undefined
      ? { retry: false }
      : { retry: false, rateLimit: { safetyMargin: Duration.millis(spec.safetyMarginMs) } }
  }))
)

const program = Effect.gen(function*() {
  const zim = yield* ZimService.ZimService
  // One call before the run, so that loading, JIT and the connection to the emulator are done with.
  yield* Effect.ignore(zim.queryUserInfos({ UserIds: ["alice"] }))
  yield* send({ type: "ready" })
  const at = yield* startSignal
  yield* Effect.sleep(Duration.millis(Math.max(0, at - Date.now())))
  const tally: { -readonly [K in keyof Tally]: Tally[K] } = { ok: 0, rateLimited: 0, unavailable: 0, other: 0 }
  const caller = Effect.forever(
    zim.queryUserInfos({ UserIds: ["alice"] }).pipe(
      Effect.matchEffect({
        onSuccess: () => Effect.sync(() => tally.ok++),
        onFailure: (error) =>
          Effect.sync(() => {
            if (error._tag === "RateLimiterUnavailable") tally.unavailable++
            else if (error.isThrottling) tally.rateLimited++
            else tally.other++
          })
      })
    )
  )
  yield* Effect.forEach(Array.from({ length: spec.fibers }, () => caller), (c) => c, {
    concurrency: "unbounded",
    discard: true
  }).pipe(Effect.timeout(Duration.millis(Math.max(0, at + spec.durationMs - Date.now()))), Effect.ignore)
  yield* send({ type: "done", tally })
})

Effect.runPromiseExit(Effect.scoped(Effect.provide(program, ZegoLive))).then((exit) => {
  if (exit._tag === "Failure") {
    process.stderr.write(`worker failed: ${String(exit.cause)}\n`)
    process.exit(1)
  }
  process.exit(0)
})
