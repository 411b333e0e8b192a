/**
 * P4: several processes, one AppID, one emulator enforcing the documented QPS of QueryUserInfos. Each worker
 * (a child process running `worker.ts` through tsx) calls as fast as its limiter allows; the figures are
 * measured on the emulator's side, from its request log.
 */
import { Actions, Emulator, RateLimit } from "@effect-zego/emulator"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { type ChildProcess, fork } from "node:child_process"
import { fileURLToPath } from "node:url"
import { isDoneMessage, isReadyMessage, type Limiter, type Tally, type WorkerSpec } from "./protocol.js"

export const action = "QueryUserInfos"
/** The emulator's (documented) rate-limit code of ZIM. */
export const rateLimitCode = 660300005

export interface RunOptions {
  /** See {@link WorkerSpec.limiter}. */
  readonly limiter: Limiter
  /** Where Redis is, for the Redis limiters. */
  readonly redisUrl?: string | undefined
  readonly workers: number
  readonly fibersPerWorker: number
  /** The measured part of the run. */
  readonly durationMs: number
  /** Calls before the measured part (JIT, connections, the first queue), default 1 s. */
  readonly warmupMs?: number | undefined
  /** The rate limit's safety margin in the workers; the client's default (10 ms) without it. */
  readonly safetyMarginMs?: number | undefined
}

export interface RunResult {
  readonly limiter: Limiter
  readonly workers: number
  readonly fibersPerWorker: number
  readonly durationMs: number
  readonly warmupMs: number
  /** The safety margin of the workers' rate limit, in ms. */
  readonly safetyMarginMs: number
  /** The documented QPS the emulator enforced. */
  readonly qps: number
  /** Requests the emulator received during the run. */
  readonly received: number
  /** Requests it accepted. */
  readonly accepted: number
  /** Accepted per second. */
  readonly acceptedRate: number
  /** `acceptedRate / qps`. */
  readonly ratio: number
  /** Requests it answered with the rate-limit code. */
  readonly rejected: number
  /** The most accepted requests in any sliding second (never above the QPS: the emulator is strict). */
  readonly maxAcceptedInAnySecond: number
  /** Accepted, then rejected requests in each second of the run. */
  readonly acceptedPerSecond: ReadonlyArray<number>
  readonly rejectedPerSecond: ReadonlyArray<number>
  /** What each worker's calls ended with. */
  readonly tallies: ReadonlyArray<Tally>
}

export class RunError extends Data.TaggedError("RunError")<{ readonly reason: string }> {
  override get message(): string {
    return `P4 run: ${this.reason}`
  }
}

const workerPath = fileURLToPath(new URL("./worker.ts", import.meta.url))
const repoRoot = fileURLToPath(new URL("../..", import.meta.url))

/** A forked worker; killed when the scope closes if it is still running. */
const spawnWorker = (spec: WorkerSpec) =>
  Effect.acquireRelease(
    Effect.sync(() =>
      fork(workerPath, [JSON.stringify(spec)], {
        cwd: repoRoot,
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "inherit", "inherit", "ipc"]
      })
    ),
    (child) =>
      Effect.sync(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
      })
  )

/** The first message of a worker that passes `guard`, or a failure if it exits first. */
const nextMessage = <A>(child: ChildProcess, guard: (u: unknown) => u is A, what: string) =>
  Effect.async<A, RunError>((resume) => {
    const onMessage = (message: unknown) => {
      if (!guard(message)) return
      cleanup()
      resume(Effect.succeed(message))
    }
    const onExit = (code: number | null) => {
      cleanup()
      resume(Effect.fail(new RunError({ reason: `a worker exited (code ${code}) before ${what}` })))
    }
    const cleanup = () => {
      child.off("message", onMessage)
      child.off("exit", onExit)
    }
    child.on("message", onMessage)
    child.once("exit", onExit)
    return Effect.sync(cleanup)
  })

/**
 * Starts an emulator, forks the workers, starts them together once all are ready, and measures what the
 * emulator accepted and rejected during the run.
 */
export const run = (options: RunOptions): Effect.Effect<RunResult, RunError, Scope.Scope> =>
  Effect.gen(function*() {
    const emulator = Context.get(
      yield* Layer.build(Emulator.layer()).pipe(
        Effect.mapError((error) => new RunError({ reason: `emulator: ${error.message}` }))
      ),
      Emulator
    )
    const qps = Actions.byName.get(action)?.qps
    if (qps === undefined) return yield* new RunError({ reason: `the emulator has no ${action}` })

    const warmupMs = options.warmupMs ?? 1_000
    const spec: WorkerSpec = {
      url: emulator.url,
      appId: emulator.appId,
      serverSecret: Redacted.value(emulator.serverSecret),
      limiter: options.limiter,
      redisUrl: options.redisUrl,
      fibers: options.fibersPerWorker,
      durationMs: warmupMs + options.durationMs,
      safetyMarginMs: options.safetyMarginMs
    }
    const children = yield* Effect.forEach(Array.from({ length: options.workers }), () => spawnWorker(spec))
    yield* Effect.forEach(children, (child) => nextMessage(child, isReadyMessage, "it was ready"), {
      concurrency: "unbounded",
      discard: true
    }).pipe(
      Effect.timeoutFail({
        duration: Duration.seconds(120),
        onTimeout: () => new RunError({ reason: "the workers were not ready within 120 s" })
      })
    )

    const at = Date.now() + 300
    const from = at + warmupMs
    const done = yield* Effect.forEach(children, (child) =>
      Effect.zipRight(
        Effect.sync(() => child.send({ type: "start", at })),
        nextMessage(child, isDoneMessage, "it reported")
      ), { concurrency: "unbounded" }).pipe(
        Effect.timeoutFail({
          duration: Duration.millis(warmupMs + options.durationMs + 30_000),
          onTimeout: () => new RunError({ reason: "the workers did not report in time" })
        })
      )

    // Requests that arrived during the measured part of the run.
    const during = (yield* emulator.requests.entries).filter((r) =>
      r.action === action && r.serverTimeMs >= from && r.serverTimeMs < from + options.durationMs
    )
    const accepted = during.filter((r) => r.accepted)
    const perSecond = (records: ReadonlyArray<{ readonly serverTimeMs: number }>) =>
      Array.from(
        { length: Math.ceil(options.durationMs / 1000) },
        (_, i) => records.filter((r) => Math.floor((r.serverTimeMs - from) / 1000) === i).length
      )
    const acceptedRate = accepted.length / (options.durationMs / 1000)
    return {
      limiter: options.limiter,
      workers: options.workers,
      fibersPerWorker: options.fibersPerWorker,
      durationMs: options.durationMs,
      warmupMs,
      safetyMarginMs: options.safetyMarginMs ?? 10,
      qps,
      received: during.length,
      accepted: accepted.length,
      acceptedRate,
      ratio: acceptedRate / qps,
      rejected: during.filter((r) => r.code === rateLimitCode).length,
      maxAcceptedInAnySecond: RateLimit.maxInAnyWindow(accepted.map((r) => r.monotonicMs)),
      acceptedPerSecond: perSecond(accepted),
      rejectedPerSecond: perSecond(during.filter((r) => r.code === rateLimitCode)),
      tallies: done.map((message) => message.tally)
    } satisfies RunResult
  })

/** One line of figures. */
export const describe = (r: RunResult): string =>
  `${r.limiter}: ${r.workers} workers × ${r.fibersPerWorker} fibers, ${r.durationMs / 1000} s after ` +
  `${r.warmupMs / 1000} s of warm-up, QPS ${r.qps}, safety margin ${r.safetyMarginMs} ms: ` +
  `received ${r.received}, accepted ${r.accepted} (${r.acceptedRate.toFixed(2)}/s, ratio ${r.ratio.toFixed(3)}), ` +
  `rejected ${r.rejected}, max accepted in any second ${r.maxAcceptedInAnySecond}; per second accepted ` +
  `[${r.acceptedPerSecond.join(" ")}] rejected [${r.rejectedPerSecond.join(" ")}]`
