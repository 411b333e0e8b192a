/**
 * ZIM `C2cDeliveryReceipt`: marks up to 10 one-to-one messages as delivered to their receiver. POST, 20
 * requests/s.
 *
 * Generated from the vendor's `zim/messaging/set-delivery-receipts-for-one-to-one-messages.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of C2cDeliveryReceipt that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PeerReceiptFailed,
  /**
   * An error of C2cDeliveryReceipt that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyReceiptMessages
} from "./ZimErrors.js"

/**
 * The input of C2cDeliveryReceipt, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  FromUserId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  ConvId: Rules.string({ minLength: 1 }),
  /** 1 to 10 items. */
  ConvMsgSeq: Rules.array(Rules.number({ int: true }), { minItems: 1, maxItems: 10 })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  DeliveredTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * The codes of C2cDeliveryReceipt.
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
export const C2cDeliveryReceipt = Action.make({
  product: "zim",
  name: "C2cDeliveryReceipt",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "marks up to 10 one-to-one messages as delivered to their receiver",
  limits: {
    FromUserId: "Not empty.",
    ConvId: "Not empty.",
    ConvMsgSeq: "1 to 10 items."
  },
  idempotent: false,
  errors
})
