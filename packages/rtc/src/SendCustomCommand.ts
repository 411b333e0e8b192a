/**
 * RTC `SendCustomCommand`: sends a custom command to a room or to up to 10 of its users. GET, 100 requests/s.
 *
 * Generated from the vendor's `rtc/room/send-custom-command.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of SendCustomCommand that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageTooLong,
  /**
   * An error of SendCustomCommand that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./RtcErrors.js"

/**
 * 50003: the user is not online.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserOffline extends ZegoError.ApiError<UserOffline>()("UserOffline", {
  meaning: "the user is not online"
}) {}

/**
 * 50013: the server could not send the custom message.
 *
 * @since 0.1.0
 * @category errors
 */
export class CustomMessageFailed extends ZegoError.ApiError<CustomMessageFailed>()("CustomMessageFailed", {
  meaning: "the server could not send the custom message",
  retry: "transient"
}) {}

/**
 * The input of SendCustomCommand, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  FromUserId: Rules.string({ minLength: 1 }),
  /** 1 to 10 items; each not empty. */
  ToUserId: Schema.optional(Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 10 })),
  /** At most 1024 bytes. */
  MessageContent: Rules.string({ maxBytes: 1024 })
})

/**
 * One item of `Data.FailUsers`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FailUser = Schema.Struct({
  Uid: Schema.optionalWith(Schema.String, { default: () => "" }),
  Code: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type FailUser = typeof FailUser.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      FailUsers: Schema.optionalWith(Schema.Array(FailUser), { default: () => [] })
    }),
    { default: () => ({ FailUsers: [] }) }
  )
})

/**
 * The codes of SendCustomCommand.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  50003: UserOffline,
  50011: RtcErrors.TooManyUsers,
  50012: RtcErrors.MessageTooLong,
  50013: CustomMessageFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SendCustomCommand = Action.make({
  product: "rtc",
  name: "SendCustomCommand",
  method: "GET",
  request: Request,
  response: Response,
  qps: 100,
  summary: "sends a custom command to a room or to up to 10 of its users",
  limits: {
    RoomId: "Not empty.",
    FromUserId: "Not empty.",
    ToUserId: "1 to 10 items; each not empty.",
    MessageContent: "At most 1024 bytes."
  },
  idempotent: false,
  errors
})
