/**
 * ZIM `QueryGroupMsg`: one page of a group's message history. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/conversation/query-the-message-list-of-group-chats.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryGroupMsg that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of QueryGroupMsg that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of QueryGroupMsg that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * The input of QueryGroupMsg, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  GroupId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** An integer from 1 to 100. Server default: 10. */
  Limit: Schema.optional(Rules.number({ int: true, minimum: 1, maximum: 100 })),
  Next: Schema.optional(Rules.number({ int: true })),
  /** One of 0, 1. Server default: 0. */
  WithEmptyMsg: Schema.optional(Rules.number({ int: true, enum: [0, 1] }))
})

/**
 * One item of `List`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Message = Schema.Struct({
  Sender: Schema.optionalWith(Schema.String, { default: () => "" }),
  MsgType: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  SubMsgType: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  MsgBody: Schema.optionalWith(Schema.String, { default: () => "" }),
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
  Next: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  List: Schema.optionalWith(Schema.Array(Message), { default: () => [] })
})

/**
 * The codes of QueryGroupMsg.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660600001: ZimErrors.GroupNotFound,
  660600009: ZimErrors.GroupInfoUnavailable
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryGroupMsg = Action.make({
  product: "zim",
  name: "QueryGroupMsg",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "one page of a group's message history",
  limits: {
    GroupId: "1 to 32 characters.",
    Limit: "An integer from 1 to 100. Server default: 10.",
    WithEmptyMsg: "One of 0, 1. Server default: 0."
  },
  idempotent: true,
  errors
})
