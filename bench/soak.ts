/**
 * Soak: 100,000 calls against the emulator with the heap sampled after forced garbage collections. After a
 * warm-up, the heap must not grow by 10 MB or more; the script exits with code 1 when it does (or when a call
 * fails).
 *
 * ```sh
 * node --expose-gc --import tsx bench/soak.ts [--calls 100000] [--warmup 10000] [--every 10000]
 *                                             [--concurrency 16] [--emulator child|in-process]
 * ```
 *
 * - `--emulator child` (the default) runs the emulator in a child process (`packages/emulator/src/bin.ts`,
 *   rate limits off), so the heap measured is the client's alone. `in-process` runs it in this process (rate
 *   limits off, a request log of 1,000 entries) and measures both.
 * - The client is `ZegoClient.layer` with its limiter off (100,000 calls at the documented 10-20/s would take
 *   hours) and its default retry policy. Calls cycle through the three seed Actions and the two batched
 *   lookups (`getUserInfo`, `getUserStatus`).
 *
 * @since 0.1.0
 */
import { ZegoClient } from "@effect-zego/client"
import { defaultAppId, defaultServerSecret, Emulator, Seed } from "@effect-zego/emulator"
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const argument = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback
}

const calls = Number(argument("calls", "100000"))
const warmup = Number(argument("warmup", "10000"))
const every = Number(argument("every", "10000"))
const concurrency = Number(argument("concurrency", "16"))
const mode = argument("emulator", "child")
const limitMb = 10

const collect = (globalThis as { readonly gc?: () => void }).gc

/** Heap in use after full collections. */
const heapAfterGc = (): number => {
  if (collect === undefined) throw new Error("run node with --expose-gc")
  for (let i = 0; i < 3; i++) collect()
  return process.memoryUsage().heapUsed
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2)

/** The emulator as a child process; its URL from its banner. */
const childEmulator: Effect.Effect<string, Error, Scope.Scope> = Effect.acquireRelease(
  Effect.async<{ readonly url: string; readonly stop: () => void }, Error>((resume) => {
    const bin = fileURLToPath(new URL("../packages/emulator/src/bin.ts", import.meta.url))
    const child = spawn(process.execPath, ["--import", "tsx", bin, "--port", "0", "--rate-limits", "off"], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      stdio: ["ignore", "pipe", "inherit"]
    })
    let out = ""
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8")
      const match = /listening on (http:\/\/\S+)/.exec(out)
      if (match?.[1] !== undefined) resume(Effect.succeed({ url: match[1], stop: () => child.kill("SIGINT") }))
    })
    child.on("exit", (code) => resume(Effect.fail(new Error(`the emulator exited (${code})`))))
  }),
  ({ stop }) => Effect.sync(stop)
).pipe(Effect.map(({ url }) => url))

const inProcessEmulator: Effect.Effect<string, never, Scope.Scope> = Layer.build(
  Emulator.layer({ rateLimits: "off", requestLogCapacity: 1_000 })
).pipe(Effect.orDie, Effect.map((context) => Context.get(context, Emulator).url))

const program = Effect.gen(function*() {
  const url = yield* (mode === "in-process" ? inProcessEmulator : childEmulator)
  const context = yield* Layer.build(ZegoClient.layer({
    appId: defaultAppId,
    serverSecret: Redacted.make(defaultServerSecret),
    zimBaseUrl: url,
    rtcBaseUrl: url,
    callOptions: { rateLimit: false }
  }))
  const zim = Context.get(context, ZimService.ZimService)
  const rtc = Context.get(context, RtcService.RtcService)

  const call = (i: number): Effect.Effect<void, unknown> => {
    switch (i % 5) {
      case 0:
        return Effect.asVoid(zim.queryUserInfos({ UserIds: [Seed.users.alice, Seed.users.bob, `soak-${i % 97}`] }))
      case 1:
        return Effect.asVoid(zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10 }))
      case 2:
        return Effect.asVoid(
          rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host, Seed.roomUsers.audience] })
        )
      case 3:
        return Effect.asVoid(zim.getUserInfo(i % 2 === 0 ? Seed.users.alice : Seed.users.carol))
      default:
        return Effect.asVoid(rtc.getUserStatus(Seed.rooms.live, Seed.roomUsers.administrator))
    }
  }

  let failures = 0
  const runBlock = (from: number, count: number) =>
    Effect.forEach(
      Array.from({ length: count }, (_, k) => from + k),
      (i) =>
        Effect.catchAll(call(i), () =>
          Effect.sync(() => {
            failures++
          })),
      { concurrency, discard: true }
    )

  console.log(
    `soak: ${calls} calls, concurrency ${concurrency}, emulator ${
      mode === "in-process" ? "in-process" : "in a child process"
    } ` +
      `at ${url}; node ${process.version}`
  )
  const samples: Array<{ readonly done: number; readonly heap: number }> = [{ done: 0, heap: heapAfterGc() }]
  console.log(`        0 calls  heap ${mb(samples[0]?.heap ?? 0)} MB`)
  const started = performance.now()
  let done = 0
  for (const size of [warmup, ...Array.from({ length: Math.ceil((calls - warmup) / every) }, () => every)]) {
    const count = Math.min(size, calls - done)
    if (count <= 0) break
    yield* runBlock(done, count)
    done += count
    samples.push({ done, heap: heapAfterGc() })
    const last = samples.at(-1)
    console.log(`  ${String(done).padStart(7)} calls  heap ${last === undefined ? "?" : mb(last.heap)} MB`)
  }
  const seconds = (performance.now() - started) / 1000

  const afterWarmup = samples.find((s) => s.done === Math.min(warmup, calls))
  const last = samples.at(-1)
  if (afterWarmup === undefined || last === undefined) return yield* Effect.die(new Error("no samples"))
  const measured = samples.filter((s) => s.done >= afterWarmup.done)
  const peak = Math.max(...measured.map((s) => s.heap))
  const growth = last.heap - afterWarmup.heap
  // Least-squares slope over the samples after the warm-up: growth per 10,000 calls.
  const n = measured.length
  const meanX = measured.reduce((sum, s) => sum + s.done, 0) / n
  const meanY = measured.reduce((sum, s) => sum + s.heap, 0) / n
  const slope = measured.reduce((sum, s) => sum + (s.done - meanX) * (s.heap - meanY), 0) /
    Math.max(1, measured.reduce((sum, s) => sum + (s.done - meanX) ** 2, 0))
  console.log(
    `soak: ${done} calls in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)} calls/s), ${failures} failed; ` +
      `heap after warm-up ${mb(afterWarmup.heap)} MB, at the end ${mb(last.heap)} MB, peak ${mb(peak)} MB: ` +
      `growth ${mb(growth)} MB (limit ${limitMb} MB), trend ${mb(slope * 10_000)} MB per 10,000 calls`
  )
  if (failures > 0 || growth >= limitMb * 1024 * 1024) {
    process.exitCode = 1
    console.log("soak: FAILED")
  } else {
    console.log("soak: OK")
  }
})

Effect.runPromise(Effect.scoped(program)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
