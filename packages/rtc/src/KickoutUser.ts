/**
 * RTC `KickoutUser`: signs up to 5 users out of a room. GET, 50 requests/s.
 *
 * Generated from the vendor's `rtc/room/kick-out-user.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of KickoutUser that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./RtcErrors.js"

/**
 * The input of KickoutUser, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** 1 to 5 items; each not empty. */
  UserId: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 5 }),
  /** At most 256 bytes. */
  CustomReason: Schema.optional(Rules.string({ maxBytes: 256 }))
})

/**
 * The business fields of a successful answer: KickoutUser has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of KickoutUser.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  50011: RtcErrors.TooManyUsers
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const KickoutUser = Action.make({
  product: "rtc",
  name: "KickoutUser",
  method: "GET",
  request: Request,
  response: Response,
  qps: 50,
  summary: "signs up to 5 users out of a room",
  limits: {
    RoomId: "Not empty.",
    UserId: "1 to 5 items; each not empty.",
    CustomReason: "At most 256 bytes."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
