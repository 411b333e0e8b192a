/**
 * ZIM `QueryConversationList`: one page of a user's conversations. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/conversation/query-conversation-list.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryConversationList that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * 660800053: the server could not read the conversation list.
 *
 * @since 0.1.0
 * @category errors
 */
export class ConversationListUnavailable
  extends ZegoError.ApiError<ConversationListUnavailable>()("ConversationListUnavailable", {
    meaning: "the server could not read the conversation list"
  })
{}

/**
 * The input of QueryConversationList, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  }),
  /** An integer from 1 to 500. Server default: 100. */
  Limit: Schema.optional(Rules.number({ int: true, minimum: 1, maximum: 500 })),
  Next: Schema.optional(Rules.number({ int: true }))
})

/**
 * One item of `List`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Conversation = Schema.Struct({
  ConvId: Schema.String,
  ConvType: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  UpdateTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Conversation = typeof Conversation.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  TotalCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Next: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  List: Schema.optionalWith(Schema.Array(Conversation), { default: () => [] })
})

/**
 * The codes of QueryConversationList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660800053: ConversationListUnavailable
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryConversationList = Action.make({
  product: "zim",
  name: "QueryConversationList",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "one page of a user's conversations",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    Limit: "An integer from 1 to 500. Server default: 100."
  },
  idempotent: true,
  errors
})
