/**
 * A span processor that prints a readable span tree for scripts and examples.
 *
 * It is an OpenTelemetry `SpanProcessor` rather than an Effect `Tracer` wrapper so that it sees
 * exactly what the exporters see (final status, recorded exceptions, links, attributes set by any
 * OTel-instrumented code) and can sit next to the OTLP exporters in the same `NodeSDK`.
 *
 * @since 0.1.0
 */
import type { Context } from "@opentelemetry/api"
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base"
import type { SpanRecord } from "./SpanRecord.js"
import { fromReadableSpan } from "./SpanRecord.js"
import type { RenderOptions } from "./SpanTree.js"
import { render } from "./SpanTree.js"

/**
 * Rendering options plus where the text goes.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends RenderOptions {
  /** Receives each rendered tree. Defaults to writing to `process.stdout`. */
  readonly write?: ((text: string) => void) | undefined
  /**
   * Spans kept while waiting for their root to end. Past this, further spans are counted as
   * dropped (reported at shutdown) so a never-ending root cannot grow memory without bound.
   * Defaults to 10000.
   */
  readonly maxBufferedSpans?: number | undefined
  /**
   * `root` (default): print each tree as soon as its root ends. `shutdown`: keep every tree and print
   * them all, oldest root first, when the telemetry scope closes — tidy output for scripts that print
   * their own results.
   */
  readonly printAt?: "root" | "shutdown" | undefined
}

const writeStdout = (text: string): void => {
  process.stdout.write(text)
}

/**
 * Buffers finished spans per trace and prints the tree under a local root when that root ends
 * (a span with no parent, or with a remote parent). Spans that end after their root, or whose
 * root never ends, are printed on shutdown.
 *
 * @since 0.1.0
 * @category processors
 */
export class ConsoleTraceProcessor implements SpanProcessor {
  private readonly pending = new Map<string, Array<SpanRecord>>()
  private buffered = 0
  private dropped = 0
  private closed = false
  private readonly write: (text: string) => void
  private readonly maxBufferedSpans: number

  constructor(private readonly options: Options = {}) {
    this.write = options.write ?? writeStdout
    this.maxBufferedSpans = options.maxBufferedSpans ?? 10_000
  }

  /** Nothing to do when a span starts. */
  onStart(_span: Span, _parentContext: Context): void {}

  /** Buffers the span; prints its tree when it is a local root. */
  onEnd(span: ReadableSpan): void {
    if (this.closed) {
      return
    }
    const record = fromReadableSpan(span)
    const isLocalRoot = span.parentSpanContext === undefined || span.parentSpanContext.isRemote === true
    if (!isLocalRoot && this.buffered >= this.maxBufferedSpans) {
      this.dropped++
      return
    }
    const trace = this.pending.get(record.traceId) ?? []
    trace.push(record)
    this.pending.set(record.traceId, trace)
    this.buffered++
    if (isLocalRoot && this.options.printAt !== "shutdown") {
      this.emit(this.takeSubtree(record))
    }
  }

  /**
   * Does not print: a flush may happen while a root is still running, and printing its children
   * early would split the tree. Leftovers are printed by {@link shutdown}.
   */
  forceFlush(): Promise<void> {
    return Promise.resolve()
  }

  /** Prints every span still buffered, grouped under the spans whose parents are missing. */
  shutdown(): Promise<void> {
    if (!this.closed) {
      this.closed = true
      const rest = Array.from(this.pending.values()).flat().sort((a, b) => a.startTimeMs - b.startTimeMs)
      this.pending.clear()
      this.buffered = 0
      this.emit(rest)
      if (this.dropped > 0) {
        this.safeWrite(
          `(${this.dropped} spans not printed: more than ${this.maxBufferedSpans} were waiting for their root)\n`
        )
      }
    }
    return Promise.resolve()
  }

  // Removes the root and its buffered descendants from the trace's buffer.
  private takeSubtree(root: SpanRecord): ReadonlyArray<SpanRecord> {
    const trace = this.pending.get(root.traceId) ?? []
    const wanted = new Set([root.spanId])
    const taken: Array<SpanRecord> = [root]
    let rest = trace.filter((span) => span.spanId !== root.spanId)
    let grew = true
    while (grew) {
      grew = false
      const next: Array<SpanRecord> = []
      for (const span of rest) {
        if (span.parentSpanId !== undefined && wanted.has(span.parentSpanId)) {
          wanted.add(span.spanId)
          taken.push(span)
          grew = true
        } else {
          next.push(span)
        }
      }
      rest = next
    }
    if (rest.length === 0) {
      this.pending.delete(root.traceId)
    } else {
      this.pending.set(root.traceId, rest)
    }
    this.buffered -= taken.length
    return taken
  }

  private emit(spans: ReadonlyArray<SpanRecord>): void {
    if (spans.length > 0) {
      this.safeWrite(render(spans, this.options))
    }
  }

  // A span processor must never throw into the code that ended the span.
  private safeWrite(text: string): void {
    try {
      this.write(text)
    } catch {
      // the console view is best effort
    }
  }
}

/**
 * Creates a {@link ConsoleTraceProcessor}.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeProcessor = (options?: Options): ConsoleTraceProcessor => new ConsoleTraceProcessor(options)
