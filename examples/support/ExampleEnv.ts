/**
 * Where the examples run: against the server the environment names when `ZEGO_APP_ID` and `ZEGO_SERVER_SECRET`
 * are both set (the real ZEGOCLOUD API, unless `ZEGO_ZIM_BASE_URL` / `ZEGO_RTC_BASE_URL` point elsewhere),
 * against an emulator started in this process when neither is, and nowhere when only one is. Traces print as a
 * tree on stdout, and are exported over OTLP too when `OTEL_EXPORTER_OTLP_ENDPOINT` is set. A failure prints
 * as one line (`✗ Tag: message`) on stderr; `ZEGO_EXAMPLE_DEBUG=1` adds its whole cause, stack included.
 */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import type { Seed } from "@effect-zego/emulator"
import { Emulator } from "@effect-zego/emulator"
import { SpanRecord, SpanTree, Telemetry } from "@effect-zego/telemetry"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as ConfigError from "effect/ConfigError"
import * as Console from "effect/Console"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"

/** The environment is set up in a way the examples cannot run with. */
export class ExampleSetupError extends Data.TaggedError("ExampleSetupError")<{ readonly reason: string }> {
  override get message(): string {
    return this.reason
  }
}

/** What the examples talk to. */
export type Target =
  | { readonly _tag: "Embedded" }
  /** The server the environment names; `description` says which, decided by its URLs. */
  | { readonly _tag: "Configured"; readonly description: string }

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0", "[::]"])

/** What a base URL points at, in words: the real API unless a URL says otherwise. */
const whereIs = (url: string | undefined): string => {
  if (url === undefined || url === "") return "real ZEGOCLOUD API"
  let hostname: string
  try {
    hostname = new URL(url).hostname
  } catch {
    return `server at ${url}`
  }
  if (loopbackHosts.has(hostname) || hostname.startsWith("127.")) return `local server at ${url}`
  if (hostname === "zego.im" || hostname.endsWith(".zego.im")) return `real ZEGOCLOUD API at ${hostname}`
  return `server at ${url}`
}

/**
 * Reads the target from environment variables: both credentials or neither, and, with both, what the base
 * URLs point at.
 */
export const targetOf = (
  env: Readonly<Record<string, string | undefined>>
): Either.Either<Target, ExampleSetupError> => {
  const has = (name: string) => env[name] !== undefined && env[name] !== ""
  const appId = has("ZEGO_APP_ID")
  const secret = has("ZEGO_SERVER_SECRET")
  if (!appId && !secret) return Either.right({ _tag: "Embedded" })
  if (appId !== secret) {
    const [set, unset] = appId ? ["ZEGO_APP_ID", "ZEGO_SERVER_SECRET"] : ["ZEGO_SERVER_SECRET", "ZEGO_APP_ID"]
    return Either.left(
      new ExampleSetupError({
        reason: `${set} is set but ${unset} is not: set both to use your ZEGOCLOUD project (or the server ` +
          "ZEGO_ZIM_BASE_URL and ZEGO_RTC_BASE_URL name), or neither to use the embedded emulator"
      })
    )
  }
  const zim = whereIs(env["ZEGO_ZIM_BASE_URL"])
  const rtc = whereIs(env["ZEGO_RTC_BASE_URL"])
  return Either.right({ _tag: "Configured", description: zim === rtc ? zim : `ZIM: ${zim}; RTC: ${rtc}` })
}

/** What the examples talk to, from this process's environment. */
export const target = targetOf(process.env)

/** The target in words, for an example's first line. */
export const targetDescription: string = Either.match(target, {
  onLeft: () => "not set up",
  onRight: (t) => (t._tag === "Embedded" ? "embedded emulator" : t.description)
})

/** Settings of {@link client}. */
export interface ClientOptions {
  readonly callOptions?: CallOptions.CallOptions
  /** The embedded emulator's users, groups and rooms (default: its built-in seed). Unused against the real API. */
  readonly seed?: Seed.SeedData
}

/** The client, against the configured server or a fresh emulator; fails when the environment is half set. */
export const client = (options: ClientOptions = {}) => {
  const callOptions = options.callOptions === undefined ? {} : { callOptions: options.callOptions }
  const embedded = Layer.unwrapScoped(
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* Effect.logInfo(`Embedded emulator at ${emulator.url}, AppID ${emulator.appId}`)
      return ZegoClient.layer({
        appId: emulator.appId,
        serverSecret: emulator.serverSecret,
        zimBaseUrl: emulator.url,
        rtcBaseUrl: emulator.url,
        ...callOptions
      })
    })
  ).pipe(Layer.provide(Emulator.layer(options.seed === undefined ? {} : { seed: options.seed })))
  return Either.match(target, {
    onLeft: (error) => Layer.fail(error),
    onRight: (t) => (t._tag === "Embedded" ? embedded : ZegoClient.layerConfig(callOptions))
  })
}

/** Examples keep their lines to this width. */
export const lineWidth = 100

/** Cuts a line to {@link lineWidth} characters, ending in `…`. */
const cut = (line: string): string => {
  const points = Array.from(line)
  return points.length > lineWidth ? `${points.slice(0, lineWidth - 1).join("")}…` : line
}

/**
 * Wraps text at spaces to {@link lineWidth} columns; continuation lines start with `indent`. A word longer
 * than a line stays whole.
 */
export const wrap = (text: string, indent: string = "", width: number = lineWidth): string => {
  const lead = /^ */.exec(text)?.[0] ?? ""
  const lines: Array<string> = []
  let line = lead
  for (const word of text.slice(lead.length).split(" ")) {
    const start = lines.length === 0 ? lead : indent
    if (line.length > start.length && line.length + 1 + word.length > width) {
      lines.push(line)
      line = indent + word
    } else {
      line = line.length > start.length ? `${line} ${word}` : line + word
    }
  }
  lines.push(line)
  return lines.join("\n")
}

const debug = process.env["ZEGO_EXAMPLE_DEBUG"] === "1"

/** One line for a failure: its tag and message, never its stack. */
export const describeFailure = (error: unknown): string => {
  if (ConfigError.isConfigError(error)) return `ConfigError: ${String(error)}`
  if (typeof error === "object" && error !== null) {
    const tag = "_tag" in error && typeof error._tag === "string" ? error._tag : error.constructor.name
    const message = "message" in error && typeof error.message === "string" ? error.message : ""
    return message === "" ? tag : `${tag}: ${message}`
  }
  return String(error)
}

/**
 * Runs an example as the program's main: a failure prints as `✗ Tag: message` on stderr, once per distinct
 * failure, and the process exits with code 1; `ZEGO_EXAMPLE_DEBUG=1` prints the whole cause too.
 */
export const runMain = <A, E>(program: Effect.Effect<A, E>): void =>
  program.pipe(
    Effect.tapErrorCause((cause) =>
      Effect.gen(function*() {
        if (Cause.isInterruptedOnly(cause)) return
        const lines = new Set([
          ...Array.from(Cause.failures(cause), describeFailure),
          ...Array.from(Cause.defects(cause), (defect) => `defect: ${describeFailure(defect)}`)
        ])
        for (const line of lines) yield* Console.error(wrap(`✗ ${line}`, "  "))
        if (debug) yield* Console.error(Cause.pretty(cause, { renderErrorCause: true }))
        else yield* Console.error("(ZEGO_EXAMPLE_DEBUG=1 prints the whole cause, stack included)")
      })
    ),
    NodeRuntime.runMain({ disableErrorReporting: true })
  )

// The RequestId is in every error's message; on every span it would take half a line.
const attributes = [
  "zego.code",
  "error.type",
  "zego.rate_limit.wait_ms",
  "zego.batch.size",
  "http.response.status_code",
  "http.request.resend_count"
]
const hiddenEventAttributes = ["zego.rate_limit.key", "exception.stacktrace", "exception.message"]

/** Settings of {@link telemetry}. */
export interface TelemetryOptions {
  /**
   * Print at most this many spans of the same name under the same parent (or, for roots, in all), then one
   * line counting the rest: a run of a thousand lookups stays readable. Default: print every span.
   */
  readonly maxSiblings?: number
}

/** The span tree of the run on stdout; OTLP export as the OTEL_* variables say. */
export const telemetry = (serviceName: string, options: TelemetryOptions = {}) =>
  options.maxSiblings === undefined
    ? Telemetry.layerConsole({
      serviceName,
      console: { printAt: "shutdown", attributes, hiddenEventAttributes, maxLineWidth: lineWidth }
    })
    : Telemetry.layerConsole({
      serviceName,
      console: false,
      spanProcessors: [new SiblingLimitedTrace(options.maxSiblings)]
    })

type SpanProcessor = NonNullable<Telemetry.Options["spanProcessors"]>[number]
type ReadableSpan = Parameters<SpanProcessor["onEnd"]>[0]

const rootKey = "(root)"
// Summary lines are spans of our own making: drop the duration and status the renderer gives every span.
const summaryPrefix = "… "
const summarySuffix = / \d+\.\dms UNSET$/

/**
 * Keeps every finished span and prints the trees at shutdown (as `printAt: "shutdown"` does), but only the
 * first `maxSiblings` spans of each name under each parent, the others counted on one line with their outcomes
 * and longest duration.
 */
class SiblingLimitedTrace implements SpanProcessor {
  private readonly spans: Array<SpanRecord.SpanRecord> = []
  private closed = false

  constructor(private readonly maxSiblings: number) {}

  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    if (!this.closed) this.spans.push(SpanRecord.fromReadableSpan(span))
  }

  forceFlush(): Promise<void> {
    return Promise.resolve()
  }

  shutdown(): Promise<void> {
    if (this.closed) return Promise.resolve()
    this.closed = true
    const key = (span: SpanRecord.SpanRecord, id: string) => `${span.traceId}/${id}`
    const known = new Set(this.spans.map((span) => key(span, span.spanId)))
    const dropped = new Set<string>()
    const counts = new Map<string, number>()
    const elided = new Map<
      string,
      { first: SpanRecord.SpanRecord; parent: string; spans: Array<SpanRecord.SpanRecord> }
    >()
    const kept: Array<SpanRecord.SpanRecord> = []
    // Parents start before their children, so a dropped parent is known before its children come up.
    for (const span of [...this.spans].sort((a, b) => a.startTimeMs - b.startTimeMs)) {
      const parent = span.parentSpanId !== undefined && known.has(key(span, span.parentSpanId))
        ? key(span, span.parentSpanId)
        : rootKey
      if (parent !== rootKey && dropped.has(parent)) {
        dropped.add(key(span, span.spanId))
        continue
      }
      const group = `${parent}|${span.name}`
      const seen = (counts.get(group) ?? 0) + 1
      counts.set(group, seen)
      if (seen <= this.maxSiblings) {
        kept.push(span)
        continue
      }
      dropped.add(key(span, span.spanId))
      const entry = elided.get(group)
      if (entry === undefined) elided.set(group, { first: span, parent, spans: [span] })
      else entry.spans.push(span)
    }
    for (const { first, parent, spans } of elided.values()) {
      const errors = spans.filter((span) => span.status.code === "error").length
      const longest = Math.max(...spans.map((span) => span.durationMs))
      kept.push({
        ...first,
        name: `${summaryPrefix}${spans.length} more ${first.name} (${spans.length - errors} ok, ${errors} error; ` +
          `longest ${longest.toFixed(1)}ms)`,
        kind: "internal",
        spanId: `${first.spanId}-more`,
        parentSpanId: parent === rootKey ? undefined : first.parentSpanId,
        durationMs: 0,
        status: { code: "unset" },
        attributes: {},
        events: [],
        links: []
      })
    }
    const text = SpanTree.render(kept, { attributes, hiddenEventAttributes }).split("\n").map((line) =>
      cut(line.includes(summaryPrefix) ? line.replace(summarySuffix, "") : line)
    ).join("\n")
    this.spans.length = 0
    try {
      process.stdout.write(text)
    } catch {
      // the console view is best effort
    }
    return Promise.resolve()
  }
}

/** Reads an example input from the environment, with the emulator seed's value as default. */
export const input = (name: string, fallback: string): string => process.env[name] ?? fallback

/** Reads a list input (comma-separated). */
export const inputs = (name: string, fallback: ReadonlyArray<string>): ReadonlyArray<string> => {
  const value = process.env[name]
  return value === undefined ? fallback : value.split(",").map((s) => s.trim()).filter((s) => s !== "")
}
