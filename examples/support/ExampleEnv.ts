/**
 * Where the examples run: against the real ZEGOCLOUD API when `ZEGO_APP_ID` and `ZEGO_SERVER_SECRET` are
 * set, otherwise against an emulator started in this process. Traces print as a tree on stdout, and are
 * exported over OTLP too when `OTEL_EXPORTER_OTLP_ENDPOINT` is set.
 */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import type { Seed } from "@effect-zego/emulator"
import { Emulator } from "@effect-zego/emulator"
import { SpanRecord, SpanTree, Telemetry } from "@effect-zego/telemetry"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

/** True when the examples talk to the real API. */
export const live = process.env["ZEGO_APP_ID"] !== undefined && process.env["ZEGO_SERVER_SECRET"] !== undefined

/** Settings of {@link client}. */
export interface ClientOptions {
  readonly callOptions?: CallOptions.CallOptions
  /** The embedded emulator's users, groups and rooms (default: its built-in seed). Unused against the real API. */
  readonly seed?: Seed.SeedData
}

/** The client, against the real API or a fresh emulator. */
export const client = (options: ClientOptions = {}) => {
  const callOptions = options.callOptions === undefined ? {} : { callOptions: options.callOptions }
  return live ? ZegoClient.layerConfig(callOptions) : Layer.unwrapScoped(
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* Effect.logInfo(`Using the embedded ZEGOCLOUD emulator at ${emulator.url} (AppID ${emulator.appId})`)
      return ZegoClient.layer({
        appId: emulator.appId,
        serverSecret: emulator.serverSecret,
        zimBaseUrl: emulator.url,
        rtcBaseUrl: emulator.url,
        ...callOptions
      })
    })
  ).pipe(Layer.provide(Emulator.layer(options.seed === undefined ? {} : { seed: options.seed })))
}

const attributes = [
  "zego.code",
  "zego.request_id",
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
      console: { printAt: "shutdown", attributes, hiddenEventAttributes }
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
      line.includes(summaryPrefix) ? line.replace(summarySuffix, "") : line
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
