/**
 * ZIM `SendRoomMessage`: sends a message to a room. POST, 10 requests/s.
 *
 * Generated from the vendor's `zim/messaging/send-room-messages.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SendRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidBase64Message,
  /**
   * An error of SendRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageTooLarge,
  /**
   * An error of SendRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of SendRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomNotFound
} from "./ZimErrors.js"

/**
 * 660300013: room messages do not support receipts.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomMessageReceiptUnsupported
  extends ZegoError.ApiError<RoomMessageReceiptUnsupported>()("RoomMessageReceiptUnsupported", {
    meaning: "room messages do not support receipts"
  })
{}

/**
 * The input of SendRoomMessage, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  RoomId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  MessageType: Rules.number({ int: true }),
  /** One of 1, 2, 3. */
  Priority: Rules.number({ int: true, enum: [1, 2, 3] }),
  MessageBody: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  /** An integer from 0 to 200. */
  SubMsgType: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 })),
  /** At most 64 bytes. */
  SearchedContent: Schema.optional(Rules.string({ maxBytes: 64 })),
  SenderUnaware: Schema.optional(Rules.number({ int: true }))
})

/**
 * One item of `AuditInfos`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AuditInfo = Schema.Struct({
  Index: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Reason: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type AuditInfo = typeof AuditInfo.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  AuditInfos: Schema.optionalWith(Schema.Array(AuditInfo), { default: () => [] })
})

/**
 * The codes of SendRoomMessage.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000025: ZimErrors.InvalidBase64Message,
  660300001: ZimErrors.RoomNotFound,
  660300013: RoomMessageReceiptUnsupported,
  660400001: ZimErrors.MessageTooLarge,
  660500002: ZimErrors.OperatorNotRegistered
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SendRoomMessage = Action.make({
  product: "zim",
  name: "SendRoomMessage",
  method: "POST",
  request: Request,
  response: Response,
  qps: 10,
  summary: "sends a message to a room",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    RoomId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    Priority: "One of 1, 2, 3.",
    SubMsgType: "An integer from 0 to 200.",
    SearchedContent: "At most 64 bytes."
  },
  idempotent: false,
  errors
})
