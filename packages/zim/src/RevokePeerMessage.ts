/**
 * ZIM `RevokePeerMessage`: recalls a one-to-one message. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/recall-a-one-to-one-message.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of RevokePeerMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageAlreadyRecalled,
  /**
   * An error of RevokePeerMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageNotFound,
  /**
   * An error of RevokePeerMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RecallSenderMismatch,
  /**
   * An error of RevokePeerMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RecallWindowExpired
} from "./ZimErrors.js"

/**
 * The input of RevokePeerMessage, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  ToUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  MsgSeq: Rules.number({ int: true }),
  /** At most 200 bytes. */
  Payload: Schema.optional(Rules.string({ maxBytes: 200 })),
  OfflinePush: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

/**
 * The business fields of a successful answer: RevokePeerMessage has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of RevokePeerMessage.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000022: ZimErrors.MessageNotFound,
  660000023: ZimErrors.MessageAlreadyRecalled,
  660000024: ZimErrors.RecallWindowExpired,
  660000026: ZimErrors.RecallSenderMismatch
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const RevokePeerMessage = Action.make({
  product: "zim",
  name: "RevokePeerMessage",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "recalls a one-to-one message",
  limits: {
    FromUserId: "1 to 32 characters.",
    ToUserId: "1 to 32 characters.",
    Payload: "At most 200 bytes."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
