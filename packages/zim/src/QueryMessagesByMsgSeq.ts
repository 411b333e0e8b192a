/**
 * ZIM `QueryMessagesByMsgSeq`: up to 20 messages of a conversation, by sequence number. POST, 1 request/s.
 *
 * Generated from the vendor's `zim/messaging/query-messages.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryMessagesByMsgSeq that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserInfoUnavailable,
  /**
   * An error of QueryMessagesByMsgSeq that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * The input of QueryMessagesByMsgSeq, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  ConvId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** One of 0, 2. */
  ConvType: Rules.number({ int: true, enum: [0, 2] }),
  /** 1 to 20 items. */
  MsgSeqList: Rules.array(Rules.number({ int: true }), { minItems: 1, maxItems: 20 })
})

/**
 * One item of `MessageList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Message = Schema.Struct({
  Sender: Schema.optionalWith(Schema.String, { default: () => "" }),
  MsgType: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  SubMsgType: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  MsgBody: Schema.optionalWith(
    Schema.Union(Schema.String, Schema.Record({ key: Schema.String, value: Schema.Unknown })),
    { default: () => "" }
  ),
  MsgId: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  MsgSeq: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Payload: Schema.optionalWith(Schema.String, { default: () => "" }),
  MsgTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  IsEmpty: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Message = typeof Message.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  MessageList: Schema.optionalWith(Schema.Array(Message), { default: () => [] })
})

/**
 * The codes of QueryMessagesByMsgSeq.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660700008: ZimErrors.UserInfoUnavailable,
  660700015: ZimErrors.UserNotRegistered
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryMessagesByMsgSeq = Action.make({
  product: "zim",
  name: "QueryMessagesByMsgSeq",
  method: "POST",
  request: Request,
  response: Response,
  qps: 1,
  summary: "up to 20 messages of a conversation, by sequence number",
  limits: {
    FromUserId: "1 to 32 characters.",
    ConvId: "1 to 32 characters.",
    ConvType: "One of 0, 2.",
    MsgSeqList: "1 to 20 items."
  },
  idempotent: true,
  errors
})
