/**
 * ZIM `QueryGroupInfo`: a group's name, notice, avatar, mute state, limits and attributes. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/query-group-info.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryGroupInfo that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * The input of QueryGroupInfo, with its documented limits; it is sent as the JSON body.
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
 * One item of `GroupAttributes`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GroupAttribute = Schema.Struct({
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  Value: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type GroupAttribute = typeof GroupAttribute.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  GroupName: Schema.optionalWith(Schema.String, { default: () => "" }),
  GroupNotice: Schema.optionalWith(Schema.String, { default: () => "" }),
  GroupDataSeq: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  GroupAvatar: Schema.optionalWith(Schema.String, { default: () => "" }),
  IsAllForbid: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  ForbidList: Schema.optionalWith(Schema.Array(Schema.Number), { default: () => [] }),
  LimitInfo: Schema.optionalWith(
    Schema.Struct({
      MemberCountLimit: Schema.optionalWith(Schema.Number, { default: () => 0 }),
      JoinMode: Schema.optionalWith(Schema.Number, { default: () => 0 }),
      InviteMode: Schema.optionalWith(Schema.Number, { default: () => 0 }),
      BeInvitedMode: Schema.optionalWith(Schema.Number, { default: () => 0 }),
      NumberMessage: Schema.optionalWith(Schema.Number, { default: () => 0 })
    }),
    { default: () => ({ MemberCountLimit: 0, JoinMode: 0, InviteMode: 0, BeInvitedMode: 0, NumberMessage: 0 }) }
  ),
  ForbidExpireTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  GroupCreateTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  GroupId: Schema.optionalWith(Schema.String, { default: () => "" }),
  GroupAttributes: Schema.optionalWith(Schema.Array(GroupAttribute), { default: () => [] })
})

/**
 * The codes of QueryGroupInfo.
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
export const QueryGroupInfo = Action.make({
  product: "zim",
  name: "QueryGroupInfo",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "a group's name, notice, avatar, mute state, limits and attributes",
  limits: {
    FromUserId: "1 to 32 characters.",
    GroupId: "1 to 32 characters."
  },
  idempotent: true,
  errors
})
