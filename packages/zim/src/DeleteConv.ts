/**
 * ZIM `DeleteConv`: deletes one conversation of a user. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/conversation/delete-a-conversation.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of DeleteConv, with its documented limits; it is sent as the JSON body.
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
  ConvType: Rules.number({ int: true, enum: [0, 2] })
})

/**
 * The business fields of a successful answer: DeleteConv has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of DeleteConv.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const DeleteConv = Action.make({
  product: "zim",
  name: "DeleteConv",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "deletes one conversation of a user",
  limits: {
    FromUserId: "1 to 32 characters.",
    ConvId: "1 to 32 characters.",
    ConvType: "One of 0, 2."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
