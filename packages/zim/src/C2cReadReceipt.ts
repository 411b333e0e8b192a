/**
 * ZIM `C2cReadReceipt`: marks one-to-one messages as read by their receiver. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/set-read-receipts-for-one-to-one-messages.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of C2cReadReceipt that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PeerReceiptFailed,
  /**
   * An error of C2cReadReceipt that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyReceiptMessages
} from "./ZimErrors.js"

/**
 * The input of C2cReadReceipt, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  FromUserId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  ConvId: Rules.string({ minLength: 1 }),
  /** At least 1 item. */
  ConvMsgSeq: Rules.array(Rules.number({ int: true }), { minItems: 1 })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  ReadTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * The codes of C2cReadReceipt.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660400102: ZimErrors.TooManyReceiptMessages,
  660400104: ZimErrors.PeerReceiptFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const C2cReadReceipt = Action.make({
  product: "zim",
  name: "C2cReadReceipt",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "marks one-to-one messages as read by their receiver",
  limits: {
    FromUserId: "Not empty.",
    ConvId: "Not empty.",
    ConvMsgSeq: "At least 1 item."
  },
  idempotent: false,
  errors
})
