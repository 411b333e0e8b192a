/**
 * ZIM `GroupDeliveryReceipt`: marks up to 10 group messages as delivered to a member. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/set-delivery-receipts-for-group-messages.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of GroupDeliveryReceipt that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupReceiptFailed,
  /**
   * An error of GroupDeliveryReceipt that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyReceiptMessages
} from "./ZimErrors.js"

/**
 * The input of GroupDeliveryReceipt, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  FromUserId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  GroupId: Rules.string({ minLength: 1 }),
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
 * The codes of GroupDeliveryReceipt.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660400102: ZimErrors.TooManyReceiptMessages,
  660400103: ZimErrors.GroupReceiptFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const GroupDeliveryReceipt = Action.make({
  product: "zim",
  name: "GroupDeliveryReceipt",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "marks up to 10 group messages as delivered to a member",
  limits: {
    FromUserId: "Not empty.",
    GroupId: "Not empty.",
    ConvMsgSeq: "1 to 10 items."
  },
  idempotent: false,
  errors
})
