/**
 * The server callbacks the Actions' events produce, with the fields each event documents.
 *
 * @since 0.1.0
 */
import { JsonDigits } from "../Callbacks.js"
import type { Emission } from "./support.js"

/**
 * A ZIM event.
 *
 * @since 0.1.0
 */
export const zim = (event: string, fields: Readonly<Record<string, unknown>>): Emission => ({
  product: "zim",
  event,
  style: "zim",
  fields
})

/**
 * An RTC event; room events (`room_create`, `room_close`) carry numbers where user and stream events carry
 * strings, as documented.
 *
 * @since 0.1.0
 */
export const rtc = (event: string, fields: Readonly<Record<string, unknown>>): Emission => ({
  product: "rtc",
  event,
  style: event === "room_create" || event === "room_close" ? "rtcNumbers" : "rtcStrings",
  fields
})

/**
 * The session ID of an RTC room: stable for a room ID, and beyond 2^53 like the vendor's (`room_session_id`,
 * `room_seq`), so that receivers must keep its digits.
 *
 * @since 0.1.0
 */
export const roomSessionId = (roomId: string): string => {
  let hash = 0
  for (const char of roomId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1_000_000
  return (9_007_199_254_740_993n + BigInt(hash) * 2n).toString()
}

/**
 * {@link roomSessionId} as bare JSON digits (room_create and room_close send it as a number).
 *
 * @since 0.1.0
 */
export const roomSessionDigits = (roomId: string): JsonDigits => new JsonDigits(roomSessionId(roomId))
