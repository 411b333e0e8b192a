/**
 * ZIM `QueryFriendList`: one page of a user's friends, with their aliases and attributes. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/user/query-the-friend-list.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of QueryFriendList, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** An integer from 0 to 100. */
  Limit: Rules.number({ int: true, minimum: 0, maximum: 100 }),
  Next: Rules.number({ int: true })
})

/**
 * One item of `FriendInfos[].Attributes`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Attribute = Schema.Struct({
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  Value: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Attribute = typeof Attribute.Type

/**
 * One item of `FriendInfos`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FriendInfo = Schema.Struct({
  UserId: Schema.String,
  UserName: Schema.optionalWith(Schema.String, { default: () => "" }),
  Avatar: Schema.optionalWith(Schema.String, { default: () => "" }),
  Wording: Schema.optionalWith(Schema.String, { default: () => "" }),
  FriendAlias: Schema.optionalWith(Schema.String, { default: () => "" }),
  CreateTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Attributes: Schema.optionalWith(Schema.Array(Attribute), { default: () => [] })
})

/**
 * @since 0.1.0
 * @category models
 */
export type FriendInfo = typeof FriendInfo.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  TotalCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Next: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  FriendInfos: Schema.optionalWith(Schema.Array(FriendInfo), { default: () => [] })
})

/**
 * The codes of QueryFriendList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryFriendList = Action.make({
  product: "zim",
  name: "QueryFriendList",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "one page of a user's friends, with their aliases and attributes",
  limits: {
    FromUserId: "1 to 32 characters.",
    Limit: "An integer from 0 to 100."
  },
  idempotent: true,
  errors
})
