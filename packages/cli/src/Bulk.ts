/**
 * `zego bulk <zim|rtc> <Action> --input requests.ndjson --output results.ndjson`: one call per input line,
 * `--concurrency` at a time, within the client's rate limiter (the Action's QPS), each result or typed
 * error written as one output line with its input line number as soon as it is known. `--resume` skips
 * the lines the output already holds; Ctrl-C stops the run with every finished line written.
 *
 * @since 0.1.0
 */
import { type Action, ZegoTransport } from "@effect-zego/core"
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Clock from "effect/Clock"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as nodeFs from "node:fs"
import * as ActionCommands from "./ActionCommands.js"
import * as ActionInput from "./ActionInput.js"
import * as Common from "./Common.js"
import * as Render from "./Render.js"

/**
 * One line of the input file that holds a request.
 *
 * @since 0.1.0
 * @category models
 */
export interface InputLine {
  /** 1-based line number in the input file. */
  readonly line: number
  readonly text: string
}

/**
 * The request lines of an input file (blank lines are not requests).
 *
 * @since 0.1.0
 * @category utils
 */
export const inputLines = (text: string): ReadonlyArray<InputLine> =>
  text.split("\n").flatMap((raw, i) => raw.trim() === "" ? [] : [{ line: i + 1, text: raw }])

/**
 * The input line numbers an output file already holds (lines that are not complete JSON records, such as a
 * line cut short by a crash, are not counted).
 *
 * @since 0.1.0
 * @category utils
 */
export const doneLines = (text: string): ReadonlySet<number> => {
  const done = new Set<number>()
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") continue
    try {
      const record: unknown = JSON.parse(raw)
      if (record !== null && typeof record === "object" && "line" in record && typeof record.line === "number") {
        done.add(record.line)
      }
    } catch {
      // A partial line: that input line is done again.
    }
  }
  return done
}

/**
 * The counters a progress report reads.
 *
 * @since 0.1.0
 * @category models
 */
export interface Progress {
  readonly total: number
  done: number
  errors: number
  /** Completion times (ms) of the last few seconds, for the current rate. */
  readonly recent: Array<number>
}

const rateWindowMs = 5_000

/**
 * Calls per second over the last few seconds.
 *
 * @since 0.1.0
 * @category utils
 */
export const currentRate = (progress: Progress, now: number): number => {
  while (progress.recent.length > 0 && (progress.recent[0] ?? now) < now - rateWindowMs) progress.recent.shift()
  const first = progress.recent[0]
  if (first === undefined) return 0
  const span = Math.max(1_000, now - first)
  return progress.recent.length / (span / 1_000)
}

const eta = (progress: Progress, rate: number): string => {
  const left = progress.total - progress.done
  if (left === 0) return "0s"
  if (rate === 0) return "?"
  return Duration.format(Duration.seconds(Math.ceil(left / rate)))
}

/**
 * The progress line printed every few seconds when standard error is not a terminal.
 *
 * @since 0.1.0
 * @category rendering
 */
export const progressLine = (progress: Progress, qps: number | undefined, now: number): string => {
  const rate = currentRate(progress, now)
  return `progress: ${progress.done}/${progress.total} done, ${rate.toFixed(1)}/s (QPS ${
    qps ?? "none documented"
  }), ETA ${eta(progress, rate)}, ${progress.errors} error${progress.errors === 1 ? "" : "s"}`
}

/**
 * The progress bar drawn on a terminal.
 *
 * @since 0.1.0
 * @category rendering
 */
export const progressBar = (progress: Progress, qps: number | undefined, now: number): string => {
  const width = 24
  const filled = progress.total === 0 ? width : Math.round((progress.done / progress.total) * width)
  const rate = currentRate(progress, now)
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${progress.done}/${progress.total}  ${
    rate.toFixed(1)
  }/s of ${qps ?? "?"}/s  ETA ${eta(progress, rate)}  errors ${progress.errors}`
}

const fail = (message: string, code: number) =>
  Effect.zipRight(Console.error(message), Effect.fail(new Render.CliExit({ code })))

/**
 * What the bulk command was given.
 *
 * @since 0.1.0
 * @category models
 */
export interface BulkGiven extends Common.SettingsGiven {
  readonly product: "zim" | "rtc"
  readonly action: string
  readonly input: string
  readonly output: string
  readonly concurrency: number
  readonly resume: boolean
  readonly retryNonIdempotent: boolean
  readonly progressInterval: number
  readonly verbose: boolean
  readonly debug: boolean
}

/**
 * Runs a bulk job.
 *
 * @since 0.1.0
 * @category constructors
 */
export const run = (given: BulkGiven) =>
  Effect.gen(function*() {
    const action = ActionCommands.findAction(given.product, given.action)
    if (action === undefined) {
      return yield* fail(`bulk: ${given.product} has no Action named ${given.action}`, Render.ExitCode.usage)
    }
    if (!Number.isInteger(given.concurrency) || given.concurrency < 1) {
      return yield* fail("bulk: --concurrency must be an integer of at least 1", Render.ExitCode.usage)
    }
    const fs = yield* FileSystem.FileSystem
    const inputText = yield* fs.readFileString(given.input).pipe(
      Effect.catchAll((e) => fail(`bulk: cannot read ${given.input}: ${e.message}`, Render.ExitCode.usage))
    )
    const lines = inputLines(inputText)
    const exists = yield* fs.exists(given.output).pipe(Effect.orElseSucceed(() => false))
    if (exists && !given.resume) {
      return yield* fail(
        `bulk: ${given.output} exists: pass --resume to skip the lines it holds, or remove it`,
        Render.ExitCode.usage
      )
    }
    const previous = exists ? yield* fs.readFileString(given.output).pipe(Effect.orElseSucceed(() => "")) : ""
    const done = doneLines(previous)
    const todo = lines.filter((l) => !done.has(l.line))
    const progress: Progress = { total: lines.length, done: lines.length - todo.length, errors: 0, recent: [] }

    const work = Effect.gen(function*() {
      const transport = yield* ZegoTransport.ZegoTransport
      // Synchronous appends: a line is on disk the moment its call is known, so an interruption loses none.
      const fd = yield* Effect.acquireRelease(
        Effect.sync(() => nodeFs.openSync(given.output, "a", 0o644)),
        (fd) => Effect.sync(() => nodeFs.closeSync(fd))
      )
      if (previous !== "" && !previous.endsWith("\n")) nodeFs.writeSync(fd, "\n")
      const runLine = (entry: InputLine) =>
        ActionInput.parseJsonRequest(action, entry.text).pipe(
          Effect.flatMap((input) => transport.call(action as Action.Any, input as never)),
          Effect.either,
          Effect.flatMap((result) =>
            Effect.flatMap(Clock.currentTimeMillis, (now) =>
              Effect.sync(() => {
                const record = Either.isRight(result)
                  ? { line: entry.line, ok: true, result: Render.toJson(result.right) }
                  : { line: entry.line, ok: false, error: Render.toJson(result.left) }
                nodeFs.writeSync(fd, `${JSON.stringify(record)}\n`)
                progress.done++
                if (Either.isLeft(result)) progress.errors++
                progress.recent.push(now)
              }))
          )
        )
      yield* Effect.forEach(todo, runLine, { concurrency: given.concurrency, discard: true })
    })

    const tty = process.stderr.isTTY === true
    const report = Effect.flatMap(
      Clock.currentTimeMillis,
      (now) =>
        tty
          ? Effect.sync(() => process.stderr.write(`\r${progressBar(progress, action.qps, now)}`))
          : Console.error(progressLine(progress, action.qps, now))
    )
    const every = tty ? Duration.millis(250) : Duration.seconds(given.progressInterval)
    const reporter = Effect.repeat(Effect.delay(report, every), Schedule.spaced(every))
    const finish = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      Console.error(
        `${
          tty ? `\r${progressBar(progress, action.qps, now)}\n` : ""
        }bulk: ${progress.done}/${progress.total} lines done, ${progress.errors} error${
          progress.errors === 1 ? "" : "s"
        }; results in ${given.output}`
      ))

    yield* Effect.scoped(work).pipe(
      Effect.raceFirst(Effect.zipRight(reporter, Effect.never)),
      Effect.provide(Common.clientLayer(given, { retry: { retryNonIdempotent: given.retryNonIdempotent } })),
      Common.settingsFailure({ output: Option.none(), verbose: given.verbose, debug: given.debug }),
      Effect.provide(Common.observability(given.debug)),
      Effect.onInterrupt(() =>
        Console.error(
          `${
            tty ? "\n" : ""
          }bulk: interrupted; ${progress.done}/${progress.total} lines done and written to ${given.output}. ` +
            "Run the same command with --resume to do the rest."
        )
      )
    )
    yield* finish
    if (progress.errors > 0) return yield* Effect.fail(new Render.CliExit({ code: Render.ExitCode.bulkFailures }))
  })

/**
 * The `bulk` command.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = Command.make(
  "bulk",
  {
    ...Common.settingsOptions,
    verbose: Common.outputOptions.verbose,
    debug: Common.outputOptions.debug,
    product: Args.choice([["zim", "zim" as const], ["rtc", "rtc" as const]], { name: "zim|rtc" }),
    action: Args.text({ name: "Action" }),
    input: Options.text("input").pipe(Options.withDescription("the requests, one JSON object per line")),
    output: Options.text("output").pipe(
      Options.withDescription(
        "the results file: one JSON line per input line, {\"line\":N,\"ok\":true,\"result\":…} or {\"line\":N,\"ok\":false,\"error\":…}"
      )
    ),
    concurrency: Options.integer("concurrency").pipe(
      Options.withDescription("calls in flight at once; the rate limiter still holds each Action to its QPS"),
      Options.withDefault(10)
    ),
    resume: Options.boolean("resume").pipe(
      Options.withDescription("append to an existing output, skipping the input lines it already holds")
    ),
    retryNonIdempotent: Options.boolean("retry-non-idempotent").pipe(
      Options.withDescription(
        "retry state-changing Actions after failures that do not prove the server did not process them " +
          "(off by default: such a retry may do the change twice)"
      )
    ),
    progressInterval: Options.integer("progress-interval").pipe(
      Options.withDescription("seconds between progress lines when stderr is not a terminal"),
      Options.withDefault(5)
    )
  },
  (given) => run({ ...given, product: given.product, action: given.action })
).pipe(Command.withDescription(
  "One call of an Action per line of --input, written to --output with its line number. On a terminal a " +
    "progress bar shows done/total, the current rate against the QPS, the ETA and the errors; otherwise a " +
    "progress line is printed every few seconds. Ctrl-C stops cleanly: every finished line is written, and " +
    `--resume continues.\n\n${Render.exitCodesHelp}`
))
