/**
 * RTC `SendBarrageMessage`: sends a barrage (high-volume, best-effort) message to a room. GET, 100 requests/s.
 *
 * Generated from the vendor's `rtc/room/send-barrage-message.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of SendBarrageMessage that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageTooLong
} from "./RtcErrors.js"

/**
 * 1008: MessageContent is empty.
 *
 * @since 0.1.0
 * @category errors
 */
export class EmptyMessageContent extends ZegoError.ApiError<EmptyMessageContent>()("EmptyMessageContent", {
  meaning: "MessageContent is empty"
}) {}

/**
 * The input of SendBarrageMessage, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  UserId: Rules.string({ minLength: 1 }),
  UserName: Schema.optional(Rules.string()),
  /** One of 1, 2. */
  MessageCategory: Rules.number({ int: true, enum: [1, 2] }),
  /** At most 1024 bytes. */
  MessageContent: Rules.string({ maxBytes: 1024 })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      MessageId: Schema.optionalWith(Schema.String, { default: () => "" })
    }),
    { default: () => ({ MessageId: "" }) }
  )
})

/**
 * The codes of SendBarrageMessage.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  1008: EmptyMessageContent,
  50012: RtcErrors.MessageTooLong
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SendBarrageMessage = Action.make({
  product: "rtc",
  name: "SendBarrageMessage",
  method: "GET",
  request: Request,
  response: Response,
  qps: 100,
  summary: "sends a barrage (high-volume, best-effort) message to a room",
  limits: {
    RoomId: "Not empty.",
    UserId: "Not empty.",
    MessageCategory: "One of 1, 2.",
    MessageContent: "At most 1024 bytes."
  },
  idempotent: false,
  errors
})
