/**
 * RTC `SendBroadcastMessage`: sends a broadcast message to a room. GET, 100 requests/s.
 *
 * Generated from the vendor's `rtc/room/send-broadcast-message.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of SendBroadcastMessage that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageTooLong
} from "./RtcErrors.js"

/**
 * 121: the server could not save the broadcast message.
 *
 * @since 0.1.0
 * @category errors
 */
export class BroadcastSaveFailed extends ZegoError.ApiError<BroadcastSaveFailed>()("BroadcastSaveFailed", {
  meaning: "the server could not save the broadcast message"
}) {}

/**
 * 122, 5202: the server could not generate a message ID.
 *
 * @since 0.1.0
 * @category errors
 */
export class MessageIdFailed extends ZegoError.ApiError<MessageIdFailed>()("MessageIdFailed", {
  meaning: "the server could not generate a message ID",
  retry: "transient"
}) {}

/**
 * 151: the server could not push the broadcast message.
 *
 * @since 0.1.0
 * @category errors
 */
export class BroadcastPushFailed extends ZegoError.ApiError<BroadcastPushFailed>()("BroadcastPushFailed", {
  meaning: "the server could not push the broadcast message",
  retry: "transient"
}) {}

/**
 * 5201: the server could not encode the broadcast message.
 *
 * @since 0.1.0
 * @category errors
 */
export class BroadcastEncodeFailed extends ZegoError.ApiError<BroadcastEncodeFailed>()("BroadcastEncodeFailed", {
  meaning: "the server could not encode the broadcast message",
  retry: "transient"
}) {}

/**
 * The input of SendBroadcastMessage, with its documented limits; it is sent as the query parameters.
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
      MessageId: Schema.optionalWith(Schema.Number, { default: () => 0 })
    }),
    { default: () => ({ MessageId: 0 }) }
  )
})

/**
 * The codes of SendBroadcastMessage.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  121: BroadcastSaveFailed,
  122: MessageIdFailed,
  151: BroadcastPushFailed,
  5201: BroadcastEncodeFailed,
  5202: MessageIdFailed,
  50012: RtcErrors.MessageTooLong
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SendBroadcastMessage = Action.make({
  product: "rtc",
  name: "SendBroadcastMessage",
  method: "GET",
  request: Request,
  response: Response,
  qps: 100,
  summary: "sends a broadcast message to a room",
  limits: {
    RoomId: "Not empty.",
    UserId: "Not empty.",
    MessageCategory: "One of 1, 2.",
    MessageContent: "At most 1024 bytes."
  },
  idempotent: false,
  errors
})
