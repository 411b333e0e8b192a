/**
 * Typed callback events per product. ZIM and RTC both send `event: "room_create"`, with different bodies, so a
 * body is decoded for one product (mount one receiver per product). An event that is not documented (or newer
 * than this library) decodes to {@link Unknown}, which keeps the body.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type { RawBody } from "./Body.js"
import * as RtcEvents from "./generated/RtcEvents.js"
import * as ZimEvents from "./generated/ZimEvents.js"

/**
 * The products that send callbacks: `zim`, and `rtc` (RTC and Cloud Recording).
 *
 * @example
 * ```ts
 * import type { Events } from "@effect-zego/callbacks"
 *
 * const product: Events.Product = "rtc"
 * ```
 *
 * @since 0.1.0
 */
export type Product = "zim" | "rtc"

/**
 * An event this library does not know: `event` is the body's `event`, `Event` or `event_type` as text (if any),
 * `body` the whole parsed body.
 *
 * @example
 * ```ts
 * import { Events } from "@effect-zego/callbacks"
 *
 * const unknown: Events.Unknown = { _tag: "Unknown", event: "msg_revoke", body: { event: "msg_revoke" } }
 * ```
 *
 * @since 0.1.0
 */
export interface Unknown {
  readonly _tag: "Unknown"
  readonly event: string | undefined
  readonly body: RawBody
}

/**
 * The events of a product, {@link Unknown} included.
 *
 * @example
 * ```ts
 * import type { Events } from "@effect-zego/callbacks"
 *
 * const tagOf = (event: Events.EventOf<"zim">) => event._tag
 * ```
 *
 * @since 0.1.0
 */
export type EventOf<P extends Product> = (P extends "zim" ? ZimEvents.Event : RtcEvents.Event) | Unknown

/**
 * The `_tag`s of a product's events (the vendor's event names, and `Unknown`).
 *
 * @example
 * ```ts
 * import type { Events } from "@effect-zego/callbacks"
 *
 * const tag: Events.TagOf<"zim"> = "send_msg"
 * ```
 *
 * @since 0.1.0
 */
export type TagOf<P extends Product> = EventOf<P>["_tag"]

interface Entry {
  readonly tag: string
  readonly field: string
  readonly values: ReadonlyArray<string | number>
  readonly schema: Schema.Schema<{ readonly _tag: string }, unknown>
}

const tables: Record<Product, ReadonlyArray<Entry>> = {
  zim: ZimEvents.identification as unknown as ReadonlyArray<Entry>,
  rtc: RtcEvents.identification as unknown as ReadonlyArray<Entry>
}

/** The body keys the vendor identifies events by, in the order they are tried. */
const identifyingFields = ["event", "Event", "event_type"] as const

/**
 * The name the body gives its event (`event`, `Event` or `event_type`, as text), if any.
 *
 * @example
 * ```ts
 * import { Events } from "@effect-zego/callbacks"
 *
 * Events.eventName({ Event: "transcode_start" }) // "transcode_start"
 * ```
 *
 * @since 0.1.0
 */
export const eventName = (body: RawBody): string | undefined => {
  for (const field of identifyingFields) {
    const value = body[field]
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") return String(value)
  }
  return undefined
}

/**
 * The documented event a body is, for a product: its `_tag`, or `undefined` for an unknown event. Cloud
 * Recording's `event_type` is matched by its key alone: new status values are still recording statuses.
 *
 * @example
 * ```ts
 * import { Events } from "@effect-zego/callbacks"
 *
 * Events.identify("rtc", { event: "room_create" }) // "room_create"
 * ```
 *
 * @since 0.1.0
 */
export const identify = (product: Product, body: RawBody): string | undefined => entryFor(product, body)?.tag

const entryFor = (product: Product, body: RawBody): Entry | undefined =>
  tables[product].find((entry) => {
    const value = body[entry.field]
    if (value === undefined) return false
    if (entry.field === "event_type") return body["event"] === undefined && body["Event"] === undefined
    return entry.values.some((documented) => String(documented) === String(value))
  })

/**
 * Decodes a parsed body as an event of `product`. A documented event whose fields do not match its schema fails
 * with the `ParseError` (naming the field); an undocumented one succeeds as {@link Unknown}.
 *
 * @example
 * ```ts
 * import { Events } from "@effect-zego/callbacks"
 * import { Effect } from "effect"
 *
 * const event = Events.decode("zim", { event: "call_timeout", appid: "1", timestamp: 1, nonce: "1",
 *   signature: "s", call_id: "c", user_ids: ["u"] })
 * ```
 *
 * @since 0.1.0
 */
export const decode = <P extends Product>(
  product: P,
  body: RawBody
): Effect.Effect<EventOf<P>, ParseResult.ParseError> => {
  const entry = entryFor(product, body)
  if (entry === undefined) {
    const unknown: Unknown = { _tag: "Unknown", event: eventName(body), body }
    return Effect.succeed(unknown as EventOf<P>)
  }
  return Schema.decodeUnknown(entry.schema, { errors: "all" })(body) as Effect.Effect<
    EventOf<P>,
    ParseResult.ParseError
  >
}
