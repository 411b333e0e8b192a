/**
 * ZIM `ClearPeerMessage`: deletes every one-to-one message one user sent to another. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/delete-all-messages-from-a-one-to-one-conversaiton-user.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of ClearPeerMessage, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  ToUserId: Rules.string({ minLength: 1, maxLength: 32 })
})

/**
 * The business fields of a successful answer: ClearPeerMessage has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of ClearPeerMessage.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ClearPeerMessage = Action.make({
  product: "zim",
  name: "ClearPeerMessage",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "deletes every one-to-one message one user sent to another",
  limits: {
    FromUserId: "1 to 32 characters.",
    ToUserId: "1 to 32 characters."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
