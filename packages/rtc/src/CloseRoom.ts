/**
 * RTC `CloseRoom`: closes a room and signs every user out of it. GET, 1 request/s.
 *
 * Generated from the vendor's `rtc/room/close.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of CloseRoom that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomNotFound
} from "./RtcErrors.js"

/**
 * The input of CloseRoom, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** At most 256 bytes. */
  CustomReason: Schema.optional(Rules.string({ maxBytes: 256 })),
  RoomCloseCallback: Schema.optional(Schema.Boolean)
})

/**
 * The business fields of a successful answer: CloseRoom has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of CloseRoom.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  5018: RtcErrors.RoomNotFound,
  5024: RtcErrors.RoomNotFound
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const CloseRoom = Action.make({
  product: "rtc",
  name: "CloseRoom",
  method: "GET",
  request: Request,
  response: Response,
  qps: 1,
  summary: "closes a room and signs every user out of it",
  limits: {
    RoomId: "Not empty.",
    CustomReason: "At most 256 bytes."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
