/**
 * P2 worker: `callers` fibers call QueryUserInfos back to back for `seconds` against the emulator (its own
 * process, `emulator-host.ts`) enforcing the documented QPS (20/s): through effect-zego's default limiter
 * (`effect-zego`, safety margin 20 ms), the same with a 10 ms margin (`effect-zego-margin-10`), the polling
 * limiter over the memory `RateLimiterStore` (`effect-zego-polling`, the default before 2026-12-03), or with
 * the raw undici baseline, which has none (`undici`). Counts, from the
 * emulator's request log, what it accepted and rejected, and prints one JSON line.
 *
 * With `warm`, the callers first run for 2 s (connections open, code compiled, as in a process that has
 * been serving for a while), then a second is left to pass (the server's window empties) before the
 * measured run: the steady state only. Without it, the run starts with a cold process.
 *
 * `node … bench/p2-utilization.js <effect-zego|effect-zego-margin-10|effect-zego-polling|undici> <url> <control> <seconds> <callers> [warm]`
 *
 * @since 0.1.0
 */
import { UndiciHttpClient, ZegoClient } from "@effect-zego/client"
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { ZimService } from "@effect-zego/zim"
import { RateLimiter } from "@effect/experimental"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { appId, type LogEntry, secret } from "./lib/fixture.js"
import { undiciClient } from "./lib/rawUndici.js"

/** What a P2 worker reports. */
export interface P2Result {
  readonly client: string
  readonly warm: boolean
  readonly seconds: number
  readonly callers: number
  readonly qps: number
  /** Requests the emulator accepted during the run. */
  readonly accepted: number
  /** Requests the emulator refused with its rate-limit code. */
  readonly rejected: number
  /** (accepted − 1) / (last − first accepted arrival): the steady rate. */
  readonly steadyRate: number
  /** Mean spacing between accepted arrivals, ms. */
  readonly meanSpacingMs: number
  /** The most accepted requests in any sliding second, as the emulator counts them. */
  readonly maxInAnySecond: number
  /** Calls that completed successfully in the callers' view. */
  readonly succeeded: number
}

const qps = 20

const maxInAnyWindow = (sorted: ReadonlyArray<number>, window: number): number => {
  let max = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[start] ?? Infinity) <= (sorted[end] ?? 0) - window) start++
    max = Math.max(max, end - start + 1)
  }
  return max
}

const zimLayer = (url: string, client: string) => {
  const settings = { appId, serverSecret: Redacted.make(secret), zimBaseUrl: url, rtcBaseUrl: url }
  switch (client) {
    case "effect-zego-margin-10":
      return ZegoClient.layer({ ...settings, callOptions: { rateLimit: { safetyMargin: "10 millis" } } })
    case "effect-zego-polling":
      return ZegoClient.layerServices().pipe(
        Layer.provide(UndiciHttpClient.layer),
        Layer.provide(Layer.provide(ZegoRateLimiter.ZegoRateLimiter.layer, RateLimiter.layerStoreMemory)),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer(settings))
      )
    default:
      return ZegoClient.layer(settings)
  }
}

const main = Effect.gen(function*() {
  const [client = "effect-zego", url = "", control = "", secondsArg, callersArg, warmArg] = process.argv.slice(2)
  const warm = warmArg === "warm"
  const seconds = Number(secondsArg ?? 10)
  const callers = Number(callersArg ?? 200)
  let succeeded = 0
  let stop = false

  const loop = (call: Effect.Effect<unknown, unknown>): Effect.Effect<void> =>
    Effect.suspend(() =>
      stop ? Effect.void : Effect.flatMap(Effect.either(call), (result) => {
        if (result._tag === "Right") succeeded++
        return loop(call)
      })
    )

  const runFor = (call: Effect.Effect<unknown, unknown>, duration: Duration.DurationInput) =>
    Effect.gen(function*() {
      stop = false
      const fibers = yield* Effect.forEach(Array.from({ length: callers }), () => Effect.fork(loop(call)))
      yield* Effect.sleep(duration)
      stop = true
      yield* Fiber.interruptAll(fibers)
    })

  // One call, as each client makes it.
  const call: Effect.Effect<unknown, unknown> = client === "undici"
    ? Effect.suspend(() => {
      const raw = undiciClient(url)
      return Effect.tryPromise(() => raw(["alice"]))
    })
    : yield* Effect.map(
      Layer.build(zimLayer(url, client)),
      (context) => Context.get(context, ZimService.ZimService).queryUserInfos({ UserIds: ["alice"] })
    )

  if (warm) {
    yield* runFor(call, "2 seconds")
    yield* Effect.sleep("1100 millis")
  }
  yield* Effect.promise(() => fetch(`${control}/reset`, { method: "POST" }))
  succeeded = 0
  yield* runFor(call, `${seconds} seconds` as Duration.DurationInput)
  const log = yield* Effect.promise(() => fetch(`${control}/log`).then((r) => r.json() as Promise<Array<LogEntry>>))
  const accepted = log.filter((e) => e.accepted).map((e) => e.monotonicMs).sort((a, b) => a - b)
  const first = accepted[0] ?? 0
  const last = accepted[accepted.length - 1] ?? 0
  const spacing = accepted.length > 1 ? (last - first) / (accepted.length - 1) : NaN
  const result: P2Result = {
    client,
    warm,
    seconds,
    callers,
    qps,
    accepted: accepted.length,
    rejected: log.length - accepted.length,
    steadyRate: 1000 / spacing,
    meanSpacingMs: spacing,
    maxInAnySecond: maxInAnyWindow(accepted, 1000),
    succeeded
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
})

void Effect.runPromise(Effect.scoped(main).pipe(Effect.orDie)).then(() => process.exit(0))
