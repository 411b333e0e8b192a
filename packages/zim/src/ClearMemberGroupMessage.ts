/**
 * ZIM `ClearMemberGroupMessage`: deletes every message one member sent in a group. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/delete-all-messages-from-a-group-member.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of ClearMemberGroupMessage, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  GroupId: Rules.string({ minLength: 1, maxLength: 32 })
})

/**
 * The business fields of a successful answer: ClearMemberGroupMessage has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of ClearMemberGroupMessage.
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
export const ClearMemberGroupMessage = Action.make({
  product: "zim",
  name: "ClearMemberGroupMessage",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "deletes every message one member sent in a group",
  limits: {
    FromUserId: "1 to 32 characters.",
    GroupId: "1 to 32 characters."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
