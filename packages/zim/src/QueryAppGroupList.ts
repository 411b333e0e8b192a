/**
 * ZIM `QueryAppGroupList`: one page of the app's groups. GET, 1 request/s.
 *
 * Generated from the vendor's `zim/group/query-group-list-in-the-app.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryAppGroupList that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ActionRateLimited
} from "./ZimErrors.js"

/**
 * 660600006: the server could not read the app's group list.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupListUnavailable extends ZegoError.ApiError<GroupListUnavailable>()("GroupListUnavailable", {
  meaning: "the server could not read the app's group list",
  retry: "transient"
}) {}

/**
 * The input of QueryAppGroupList, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** An integer from 0 to 10000. */
  Limit: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 10000 })),
  Next: Schema.optional(Rules.number({ int: true }))
})

/**
 * One item of `GroupIdList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Group = Schema.Struct({
  GroupId: Schema.String,
  GroupName: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Group = typeof Group.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  TotalCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Next: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  GroupIdList: Schema.optionalWith(Schema.Array(Group), { default: () => [] })
})

/**
 * The codes of QueryAppGroupList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660600006: GroupListUnavailable,
  660600007: ZimErrors.ActionRateLimited
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryAppGroupList = Action.make({
  product: "zim",
  name: "QueryAppGroupList",
  method: "GET",
  request: Request,
  response: Response,
  qps: 1,
  summary: "one page of the app's groups",
  limits: {
    Limit: "An integer from 0 to 10000."
  },
  idempotent: true,
  errors
})
