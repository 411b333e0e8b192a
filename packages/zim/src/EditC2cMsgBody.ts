/**
 * ZIM `EditC2cMsgBody`: edits a one-to-one message already sent. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/edit-a-message.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of EditC2cMsgBody that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  EditFailed,
  /**
   * An error of EditC2cMsgBody that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  EditWindowExpired
} from "./ZimErrors.js"

/**
 * The input of EditC2cMsgBody, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  SenderId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  ConvId: Rules.string({ minLength: 1, maxLength: 32 }),
  MsgType: Rules.number({ int: true }),
  ConvMsgSeq: Rules.number({ int: true }),
  EditType: Rules.number({ int: true }),
  MessageBody: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  AtListInfo: Schema.optional(Schema.Struct({
    AtList: Schema.optional(Rules.array(Rules.string()))
  })),
  IsAtAll: Schema.optional(Schema.Boolean),
  /** An integer from 0 to 200. */
  SubMsgType: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 }))
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  StateMsgSeq: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  EditMsgSeq: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  LatestEditTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * The codes of EditC2cMsgBody.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  661000001: ZimErrors.EditWindowExpired,
  661000005: ZimErrors.EditFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const EditC2cMsgBody = Action.make({
  product: "zim",
  name: "EditC2cMsgBody",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "edits a one-to-one message already sent",
  limits: {
    FromUserId: "1 to 32 characters.",
    SenderId: "1 to 32 characters.",
    ConvId: "1 to 32 characters.",
    SubMsgType: "An integer from 0 to 200."
  },
  idempotent: false,
  errors
})
