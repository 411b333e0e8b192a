/**
 * P4 — one budget for many processes, as a benchmark: the multi-process run of `multiprocess.test.ts`
 * (4 worker processes × 6 fibers, one AppID, one emulator enforcing QueryUserInfos' 20 QPS, 10 s measured after
 * 1 s of warm-up), `--runs N` times with each limiter: this package's Redis limiter (`redis`), core's polling
 * limiter over `@effect/experimental`'s Redis store (`core-on-redis`, for comparison) and per-process memory
 * limiters (`memory`); prints a Markdown table of what the emulator accepted and rejected.
 *
 * Needs `redis-server` on PATH (or REDIS_SERVER_BIN). From the repository root:
 *
 *     node --import tsx test/redis/p4-bench.ts [--runs 3] [--workers 4] [--fibers 6] [--seconds 10]
 *       [--margin 10] [--only redis|core-on-redis|memory] [--json]
 *
 * `--margin` sets the rate limit's safety margin in ms (the client's default is 10); `--only` runs one limiter;
 * `--json` prints the table on stderr and the results as one JSON line on stdout (for `pnpm bench p4`, which
 * checks the Redis limiter's runs against {@link floor}).
 */
import { RedisServer } from "@effect-zego/redis"
import * as Effect from "effect/Effect"
import { cpus } from "node:os"
import * as Multiprocess from "./multiprocess.js"

const argument = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const runs = argument("runs", 3)
const workers = argument("workers", 4)
const fibersPerWorker = argument("fibers", 6)
const durationMs = argument("seconds", 10) * 1000
const safetyMarginMs = argument("margin", 10)
const allLimiters: ReadonlyArray<Multiprocess.RunOptions["limiter"]> = ["redis", "core-on-redis", "memory"]
const only = process.argv.indexOf("--only")
const limiters = only >= 0 ? allLimiters.filter((l) => l === process.argv[only + 1]) : allLimiters

/**
 * The share of the documented QPS the Redis limiter must reach with the default safety margin (the most a 51 ms
 * interval allows is 0.98). A speed figure: the tests assert only that the budget is one and never exceeded.
 */
export const floor = 0.95

const json = process.argv.includes("--json")
const out = (line: string) => (json ? console.error(line) : console.log(line))

const row = (r: Multiprocess.RunResult) =>
  `| ${r.limiter} | ${r.workers} × ${r.fibersPerWorker} | ${r.safetyMarginMs} ms | ${r.durationMs / 1000} s | ` +
  `${r.received} | ${r.accepted} | ` +
  `${r.acceptedRate.toFixed(2)}/s | ${r.ratio.toFixed(3)} | ${r.rejected} | ${r.maxAcceptedInAnySecond} |`

const program = Effect.gen(function*() {
  if (RedisServer.findBinary() === undefined) {
    const reason = `no ${RedisServer.binaryName} binary on PATH (nor REDIS_SERVER_BIN)`
    out(`P4 skipped: ${reason}`)
    if (json) console.log(JSON.stringify({ skipped: reason }))
    return
  }
  const redis = yield* RedisServer.make()
  const results: Array<Multiprocess.RunResult> = []
  for (let i = 0; i < runs; i++) {
    for (const limiter of limiters) {
      const result = yield* Effect.scoped(
        Multiprocess.run({ limiter, redisUrl: redis.url, workers, fibersPerWorker, durationMs, safetyMarginMs })
      )
      console.error(Multiprocess.describe(result))
      results.push(result)
    }
  }
  out(`\nnode ${process.version}, ${cpus().length} cores, QPS ${results[0]?.qps ?? "?"} (QueryUserInfos)\n`)
  out(
    "| limiter | workers × fibers | safety margin | measured | received | accepted | accepted rate | " +
      "ratio to QPS | rate-limit rejections | max accepted in any 1 s |"
  )
  out("|---|---|---|---|---|---|---|---|---|---|")
  for (const r of results) out(row(r))
  if (json) console.log(JSON.stringify({ floor, results }))
})

Effect.runPromise(Effect.scoped(program)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
