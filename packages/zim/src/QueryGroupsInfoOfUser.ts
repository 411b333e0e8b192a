/**
 * ZIM `QueryGroupsInfoOfUser`: one page of the groups a user has joined. POST, 20 requests/s.
 *
 * @since 0.1.0
 */
import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * 660500002: the user whose groups are asked for is not registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class OperatorNotRegistered extends ZegoError.ApiError<OperatorNotRegistered>()("OperatorNotRegistered", {
  meaning: "the operator user is not registered"
}) {}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** The user, at most 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** Groups per page, 1 to 100. */
  Limit: Rules.number({ int: true, minimum: 1, maximum: 100 }),
  /** Empty (or absent) for the first page, then the previous page's `NextRsp`. */
  Next: Schema.optional(Rules.string())
})

/**
 * One group.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GroupInfo = Schema.Struct({
  GroupId: Schema.String,
  GroupName: Schema.optionalWith(Schema.String, { default: () => "" }),
  GroupAvatar: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type GroupInfo = typeof GroupInfo.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  /** The next page's token; `"0"` when this is the last page. */
  NextRsp: Schema.optionalWith(Schema.String, { default: () => "0" }),
  /** How many groups the user has joined in all. */
  HasJoinGroupNum: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  GroupInfoList: Schema.optionalWith(Schema.Array(GroupInfo), { default: () => [] })
})

/**
 * The codes of QueryGroupsInfoOfUser. Note that 660000002 means "parameter error" here, unlike in
 * QueryUserInfos.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: OperatorNotRegistered
} as const

/**
 * @since 0.1.0
 * @category actions
 */
export const QueryGroupsInfoOfUser = Action.make({
  product: "zim",
  name: "QueryGroupsInfoOfUser",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  idempotent: true,
  errors
})
