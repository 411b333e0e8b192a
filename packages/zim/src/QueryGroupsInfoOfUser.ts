/**
 * ZIM `QueryGroupsInfoOfUser`: one page of the groups a user has joined. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/user/query-group-information-of-user-joined.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryGroupsInfoOfUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * The input of QueryGroupsInfoOfUser, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** An integer from 1 to 100. */
  Limit: Rules.number({ int: true, minimum: 1, maximum: 100 }),
  Next: Schema.optional(Rules.string())
})

/**
 * One item of `GroupInfoList`.
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
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  NextRsp: Schema.optionalWith(Schema.String, { default: () => "0" }),
  HasJoinGroupNum: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  GroupInfoList: Schema.optionalWith(Schema.Array(GroupInfo), { default: () => [] })
})

/**
 * The codes of QueryGroupsInfoOfUser.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered
} as const

/**
 * Idempotent: a read (Query…).
 *
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
  summary: "one page of the groups a user has joined",
  limits: {
    FromUserId: "1 to 32 characters.",
    Limit: "An integer from 1 to 100."
  },
  idempotent: true,
  errors
})
