/**
 * ZIM `QueryAppCommunityList`: one page of the app's communities. GET, 1 request/s.
 *
 * Generated from the vendor's `zim/community/query-community-list.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of QueryAppCommunityList, with its documented limits; it is sent as the query parameters.
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
 * One item of `CommunityIdList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Community = Schema.Struct({
  CommunityId: Schema.String,
  CommunityName: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Community = typeof Community.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  TotalCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Next: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  CommunityIdList: Schema.optionalWith(Schema.Array(Community), { default: () => [] })
})

/**
 * The codes of QueryAppCommunityList.
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
export const QueryAppCommunityList = Action.make({
  product: "zim",
  name: "QueryAppCommunityList",
  method: "GET",
  request: Request,
  response: Response,
  qps: 1,
  summary: "one page of the app's communities",
  limits: {
    Limit: "An integer from 0 to 10000."
  },
  idempotent: true,
  errors
})
