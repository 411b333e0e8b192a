/**
 * ZIM `ClearConversationUnread`: sets a conversation's unread count to zero for a user. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/conversation/clear-the-unread-message-count-of-a-conversation.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * 660800002: the conversation does not exist or is not among the user's latest 1000.
 *
 * @since 0.1.0
 * @category errors
 */
export class ConversationNotFound extends ZegoError.ApiError<ConversationNotFound>()("ConversationNotFound", {
  meaning: "the conversation does not exist or is not among the user's latest 1000"
}) {}

/**
 * The input of ClearConversationUnread, with its documented limits; it is sent as the query parameters.
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
 * The business fields of a successful answer: ClearConversationUnread has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of ClearConversationUnread.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660800002: ConversationNotFound
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ClearConversationUnread = Action.make({
  product: "zim",
  name: "ClearConversationUnread",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "sets a conversation's unread count to zero for a user",
  limits: {
    FromUserId: "1 to 32 characters.",
    ConvId: "1 to 32 characters.",
    ConvType: "One of 0, 2."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
