/**
 * ZIM `QueryGroupMemberList`: one page of a group's members with their roles. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/query-group-member-list.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryGroupMemberList that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ActionRateLimited,
  /**
   * An error of QueryGroupMemberList that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound
} from "./ZimErrors.js"

/**
 * 660600003: the server could not read the group's member list.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupMemberListUnavailable
  extends ZegoError.ApiError<GroupMemberListUnavailable>()("GroupMemberListUnavailable", {
    meaning: "the server could not read the group's member list",
    retry: "transient"
  })
{}

/**
 * The input of QueryGroupMemberList, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  GroupId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  /** An integer from 0 to 1000. */
  Limit: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 1000 })),
  Next: Schema.optional(Rules.number({ int: true }))
})

/**
 * One item of `MemberList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Member = Schema.Struct({
  UserId: Schema.String,
  UserName: Schema.optionalWith(Schema.String, { default: () => "" }),
  UserNickName: Schema.optionalWith(Schema.String, { default: () => "" }),
  Role: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Member = typeof Member.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  TotalCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Next: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  MemberList: Schema.optionalWith(Schema.Array(Member), { default: () => [] })
})

/**
 * The codes of QueryGroupMemberList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660600001: ZimErrors.GroupNotFound,
  660600003: GroupMemberListUnavailable,
  660600004: ZimErrors.ActionRateLimited
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryGroupMemberList = Action.make({
  product: "zim",
  name: "QueryGroupMemberList",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "one page of a group's members with their roles",
  limits: {
    GroupId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    Limit: "An integer from 0 to 1000."
  },
  idempotent: true,
  errors
})
