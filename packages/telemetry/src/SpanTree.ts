/**
 * Renders finished spans as an indented text tree: one tree per root span, one line per span
 * (name, kind, duration, status, selected attributes) and one line per span event under it.
 *
 * The renderer is a pure function so it can be unit-tested with fixed span records.
 *
 * @since 0.1.0
 */
import type { AttributeValue } from "@opentelemetry/api"
import type { AttributeRecord, SpanRecord } from "./SpanRecord.js"

/**
 * Attribute key prefixes shown by default: RPC, ZEGOCLOUD, HTTP, error and server attributes,
 * plus the full URL.
 *
 * @since 0.1.0
 * @category defaults
 */
export const defaultAttributePrefixes: ReadonlyArray<string> = [
  "rpc.",
  "zego.",
  "http.",
  "error.",
  "server.",
  "url.full"
]

/**
 * Event attributes hidden by default: noisy (fiber id) or multi-line (stack traces, causes).
 *
 * @since 0.1.0
 * @category defaults
 */
export const defaultHiddenEventAttributes: ReadonlyArray<string> = [
  "effect.fiberId",
  "effect.cause",
  "exception.stacktrace"
]

/**
 * How spans are rendered.
 *
 * @since 0.1.0
 * @category models
 */
export interface RenderOptions {
  /**
   * Which span attributes to print: key prefixes (a full key works as a prefix too) or a predicate.
   * Defaults to {@link defaultAttributePrefixes}.
   */
  readonly attributes?: ReadonlyArray<string> | ((key: string) => boolean) | undefined
  /** Event attribute keys never printed. Defaults to {@link defaultHiddenEventAttributes}. */
  readonly hiddenEventAttributes?: ReadonlyArray<string> | undefined
  /** Print span events under their span. Defaults to `true`. */
  readonly events?: boolean | undefined
  /** Print durations and event offsets. Turn off for deterministic output in tests. Defaults to `true`. */
  readonly timing?: boolean | undefined
  /** Longer attribute values, event names and status messages are cut to this length. Defaults to 120. */
  readonly maxValueLength?: number | undefined
  /**
   * Draw a root span that links to spans still open when it starts (a batch linking to the calls waiting for
   * it) under the first of them, marked `⤷`, and a one-line reference under the others, instead of as a tree of
   * its own. A link to a span that had ended (a cause, say) leaves the root where it is. Defaults to `true`.
   */
  readonly links?: boolean | undefined
  /** Longer lines are cut to this many characters, ending in `…`. Defaults to no limit. */
  readonly maxLineWidth?: number | undefined
}

interface Resolved {
  readonly showAttribute: (key: string) => boolean
  readonly hiddenEventAttributes: ReadonlySet<string>
  readonly events: boolean
  readonly timing: boolean
  readonly maxValueLength: number
  readonly links: boolean
  readonly maxLineWidth: number
}

const resolve = (options: RenderOptions | undefined): Resolved => {
  const selection = options?.attributes ?? defaultAttributePrefixes
  return {
    showAttribute: typeof selection === "function"
      ? selection
      : (key) => selection.some((prefix) => key.startsWith(prefix)),
    hiddenEventAttributes: new Set(options?.hiddenEventAttributes ?? defaultHiddenEventAttributes),
    events: options?.events ?? true,
    timing: options?.timing ?? true,
    maxValueLength: Math.max(2, options?.maxValueLength ?? 120),
    links: options?.links ?? true,
    maxLineWidth: Math.max(2, options?.maxLineWidth ?? Number.POSITIVE_INFINITY)
  }
}

const truncate = (text: string, max: number): string => text.length > max ? `${text.slice(0, max - 1)}…` : text

// Cuts by code points, so that a surrogate pair is never split.
const cutLine = (line: string, max: number): string => {
  if (line.length <= max) return line
  const points = Array.from(line)
  return points.length > max ? `${points.slice(0, max - 1).join("")}…` : line
}

const firstLine = (text: string): string => {
  const newline = text.indexOf("\n")
  return newline === -1 ? text : `${text.slice(0, newline)} …`
}

// Bare words stay bare; anything that would be ambiguous in `key=value` form is JSON-quoted.
const formatString = (text: string, max: number): string => {
  const cut = truncate(text, max)
  return cut === "" || /[\s"=\\]/.test(cut) ? JSON.stringify(cut) : cut
}

// OTel API 1.10 widened attribute values to `unknown` (AnyValue); render whatever arrives.
const formatValue = (value: AttributeValue, max: number): string => {
  if (typeof value === "string") {
    return formatString(value, max)
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => formatValue(item, max)).join(",")}]`
  }
  if (value instanceof Uint8Array) {
    return `<${value.length} bytes>`
  }
  if (typeof value === "object" && value !== null) {
    try {
      return truncate(JSON.stringify(value), max)
    } catch {
      return "[object]"
    }
  }
  return String(value)
}

const formatAttributes = (attributes: AttributeRecord, keep: (key: string) => boolean, max: number): string => {
  const keys = Object.keys(attributes).filter(keep).sort()
  let out = ""
  for (const key of keys) {
    const value = attributes[key]
    if (value !== undefined) {
      out += ` ${key}=${formatValue(value, max)}`
    }
  }
  return out
}

const formatMs = (ms: number): string => `${ms.toFixed(1)}ms`

const formatStatus = (status: SpanRecord["status"], max: number): string => {
  switch (status.code) {
    case "ok":
      return "OK"
    case "unset":
      return "UNSET"
    case "error":
      return status.message === undefined
        ? "ERROR"
        : `ERROR ${JSON.stringify(truncate(firstLine(status.message), max))}`
  }
}

const spanLabel = (span: SpanRecord, options: Resolved): string =>
  span.name +
  (span.kind === "internal" ? "" : ` [${span.kind}]`) +
  (options.timing ? ` ${formatMs(span.durationMs)}` : "") +
  ` ${formatStatus(span.status, options.maxValueLength)}` +
  formatAttributes(span.attributes, options.showAttribute, options.maxValueLength)

const eventLabel = (span: SpanRecord, event: SpanRecord["events"][number], options: Resolved): string =>
  `• ${truncate(firstLine(event.name), options.maxValueLength)}` +
  (options.timing ? ` +${formatMs(event.timeMs - span.startTimeMs)}` : "") +
  formatAttributes(event.attributes, (key) => !options.hiddenEventAttributes.has(key), options.maxValueLength)

const keyOf = (traceId: string, spanId: string): string => `${traceId}/${spanId}`

const byStart = (a: SpanRecord, b: SpanRecord): number => a.startTimeMs - b.startTimeMs

/** The mark of a span drawn under a span it links to, rather than under its parent. */
const linkedMark = "⤷ "

/**
 * Renders spans as one tree per root. A root is a span without a parent, or whose parent is not
 * among `spans` (a remote parent, or a parent already printed). Siblings are ordered by start
 * time. Every line ends with a newline; no spans render as the empty string.
 *
 * A root that links to spans among `spans` that are still open when it starts (the batch of a batched lookup
 * links to every call waiting for it) is drawn under the first of them to be printed, marked `⤷`, with its
 * link count; under each of the others, one line refers to it. `links: false` draws it as a tree of its own.
 *
 * ```text
 * zim.sendMessage [client] 12.5ms OK rpc.method=SendMessage
 * │ • rate-limit.wait +0.1ms wait_ms=100
 * ├─ attempt 5.0ms ERROR "HTTP 503" http.response.status_code=503
 * │    • exception +5.0ms exception.message="HTTP 503" exception.type=ZegoError
 * └─ attempt 6.0ms OK http.response.status_code=200
 * lookup 20.0ms OK
 * └─ ⤷ lookup.batch 15.0ms OK links=2
 *    └─ Query [client] 14.0ms OK
 * lookup 19.0ms OK
 * └─ ⤷ lookup.batch (drawn above)
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const render = (spans: ReadonlyArray<SpanRecord>, options?: RenderOptions): string => {
  const resolved = resolve(options)
  const known = new Set(spans.map((span) => keyOf(span.traceId, span.spanId)))
  const byKey = new Map(spans.map((span) => [keyOf(span.traceId, span.spanId), span]))
  // A span the root serves is open when the root starts.
  const serves = (root: SpanRecord, key: string): boolean => {
    const target = byKey.get(key)
    return target !== undefined && target !== root && target.startTimeMs <= root.startTimeMs &&
      root.startTimeMs <= target.startTimeMs + target.durationMs
  }
  const children = new Map<string, Array<SpanRecord>>()
  const roots: Array<SpanRecord> = []
  // Roots drawn under the spans they link to, by the key of each linked span.
  const linkedFrom = new Map<string, Array<SpanRecord>>()
  const linkCount = new Map<SpanRecord, number>()
  for (const span of spans) {
    const parentKey = span.parentSpanId === undefined ? undefined : keyOf(span.traceId, span.parentSpanId)
    if (parentKey === undefined || !known.has(parentKey)) {
      const targets = resolved.links
        ? span.links.map((link) => keyOf(link.traceId, link.spanId)).filter((key) => serves(span, key))
        : []
      if (targets.length === 0) {
        roots.push(span)
      } else {
        linkCount.set(span, span.links.length)
        for (const target of new Set(targets)) linkedFrom.set(target, [...(linkedFrom.get(target) ?? []), span])
      }
    } else {
      const siblings = children.get(parentKey)
      if (siblings === undefined) {
        children.set(parentKey, [span])
      } else {
        siblings.push(span)
      }
    }
  }

  const lines: Array<string> = []
  const visited = new Set<string>()

  // A child, or a root linking to the span: drawn here the first time, referred to afterwards.
  type Kid = { readonly span: SpanRecord; readonly linked: boolean }

  const visit = (span: SpanRecord, linked: boolean, linePrefix: string, childPrefix: string): void => {
    const key = keyOf(span.traceId, span.spanId)
    visited.add(key)
    const count = linkCount.get(span)
    lines.push(
      linePrefix + (linked ? linkedMark : "") + spanLabel(span, resolved) +
        (linked && count !== undefined ? ` links=${count}` : "")
    )
    // A visited child means a parent cycle in hand-made input; skip it rather than recurse forever.
    const kids: Array<Kid> = (children.get(key) ?? [])
      .filter((kid) => !visited.has(keyOf(kid.traceId, kid.spanId)))
      .map((kid): Kid => ({ span: kid, linked: false }))
    for (const root of linkedFrom.get(key) ?? []) kids.push({ span: root, linked: true })
    kids.sort((a, b) => byStart(a.span, b.span))
    if (resolved.events) {
      const eventPrefix = childPrefix + (kids.length > 0 ? "│ " : "  ")
      for (const event of span.events) {
        lines.push(eventPrefix + eventLabel(span, event, resolved))
      }
    }
    kids.forEach((kid, index) => {
      const last = index === kids.length - 1
      const kidLine = childPrefix + (last ? "└─ " : "├─ ")
      // Drawn already (under an earlier span it links to, or a cycle of links): one line refers to it.
      if (visited.has(keyOf(kid.span.traceId, kid.span.spanId))) {
        if (kid.linked) lines.push(`${kidLine}${linkedMark}${kid.span.name} (drawn above)`)
      } else {
        visit(kid.span, kid.linked, kidLine, childPrefix + (last ? "   " : "│  "))
      }
    })
  }

  for (const root of roots.sort(byStart)) {
    visit(root, false, "", "")
  }
  // Spans caught in a parent cycle have no root, nor have linked roots whose linked spans were never drawn;
  // print them rather than drop them.
  for (const span of [...spans].sort(byStart)) {
    if (!visited.has(keyOf(span.traceId, span.spanId))) {
      visit(span, false, "", "")
    }
  }
  return lines.map((line) => `${cutLine(line, resolved.maxLineWidth)}\n`).join("")
}
