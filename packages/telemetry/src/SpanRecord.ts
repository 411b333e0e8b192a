/**
 * Plain-data snapshots of finished OpenTelemetry spans: what the console tree renders and what
 * `TelemetryTest` hands to assertions. Times are Unix epoch milliseconds (fractional).
 *
 * @since 0.1.0
 */
import type { Attributes, AttributeValue, HrTime } from "@opentelemetry/api"
import { SpanKind, SpanStatusCode } from "@opentelemetry/api"
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base"

/**
 * The span kind, spelled as in Effect's `SpanKind`.
 *
 * @since 0.1.0
 * @category models
 */
export type Kind = "internal" | "server" | "client" | "producer" | "consumer"

/**
 * Attributes without the `undefined` holes the OTel `Attributes` type allows.
 *
 * @since 0.1.0
 * @category models
 */
export type AttributeRecord = Readonly<Record<string, AttributeValue>>

/**
 * The span status. `message` is present only when the span recorded one.
 *
 * @since 0.1.0
 * @category models
 */
export interface Status {
  readonly code: "unset" | "ok" | "error"
  readonly message?: string
}

/**
 * A span event (a log line, a retry backoff, a recorded exception, ...).
 *
 * @since 0.1.0
 * @category models
 */
export interface SpanEvent {
  readonly name: string
  /** Unix epoch milliseconds. */
  readonly timeMs: number
  readonly attributes: AttributeRecord
}

/**
 * A link to another span.
 *
 * @since 0.1.0
 * @category models
 */
export interface SpanLink {
  readonly traceId: string
  readonly spanId: string
  readonly attributes: AttributeRecord
}

/**
 * A finished span as plain data.
 *
 * @since 0.1.0
 * @category models
 */
export interface SpanRecord {
  readonly name: string
  readonly kind: Kind
  readonly traceId: string
  readonly spanId: string
  /** The parent's span id; `undefined` for a root span. */
  readonly parentSpanId: string | undefined
  /** Unix epoch milliseconds. */
  readonly startTimeMs: number
  readonly durationMs: number
  readonly status: Status
  readonly attributes: AttributeRecord
  readonly events: ReadonlyArray<SpanEvent>
  readonly links: ReadonlyArray<SpanLink>
}

/**
 * Converts an OTel `HrTime` (`[seconds, nanoseconds]`) to milliseconds.
 *
 * @since 0.1.0
 * @category conversions
 */
export const hrTimeToMillis = (time: HrTime): number => time[0] * 1_000 + time[1] / 1_000_000

/**
 * Drops `undefined` values, which OTel's `Attributes` type permits but never exports.
 *
 * @since 0.1.0
 * @category conversions
 */
export const attributeRecord = (attributes: Attributes | undefined): AttributeRecord => {
  const out: Record<string, AttributeValue> = {}
  if (attributes === undefined) {
    return out
  }
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) {
      out[key] = value
    }
  }
  return out
}

const kindFromOtel = (kind: SpanKind): Kind => {
  switch (kind) {
    case SpanKind.SERVER:
      return "server"
    case SpanKind.CLIENT:
      return "client"
    case SpanKind.PRODUCER:
      return "producer"
    case SpanKind.CONSUMER:
      return "consumer"
    default:
      return "internal"
  }
}

const statusFromOtel = (status: ReadableSpan["status"]): Status => {
  const code = status.code === SpanStatusCode.OK ? "ok" : status.code === SpanStatusCode.ERROR ? "error" : "unset"
  return status.message !== undefined && status.message !== "" ? { code, message: status.message } : { code }
}

/**
 * Snapshots an SDK `ReadableSpan` (what span processors and exporters receive).
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromReadableSpan = (span: ReadableSpan): SpanRecord => {
  const context = span.spanContext()
  return {
    name: span.name,
    kind: kindFromOtel(span.kind),
    traceId: context.traceId,
    spanId: context.spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    startTimeMs: hrTimeToMillis(span.startTime),
    durationMs: hrTimeToMillis(span.duration),
    status: statusFromOtel(span.status),
    attributes: attributeRecord(span.attributes),
    events: span.events.map((event) => ({
      name: event.name,
      timeMs: hrTimeToMillis(event.time),
      attributes: attributeRecord(event.attributes)
    })),
    links: span.links.map((link) => ({
      traceId: link.context.traceId,
      spanId: link.context.spanId,
      attributes: attributeRecord(link.attributes)
    }))
  }
}

/**
 * The direct children of `parent` among `spans`, in the order given.
 *
 * @since 0.1.0
 * @category navigation
 */
export const childrenOf = (
  spans: ReadonlyArray<SpanRecord>,
  parent: Pick<SpanRecord, "traceId" | "spanId">
): ReadonlyArray<SpanRecord> =>
  spans.filter((span) => span.traceId === parent.traceId && span.parentSpanId === parent.spanId)
