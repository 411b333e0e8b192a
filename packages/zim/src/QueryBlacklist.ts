/**
 * ZIM `QueryBlacklist`: one page of a user's blocklist. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/user/query-the-blocklist.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * The input of QueryBlacklist, with its documented limits; it is sent as the query parameters.
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
 * One item of `Blacklist`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BlockedUser = Schema.Struct({
  UserId: Schema.String,
  UserName: Schema.optionalWith(Schema.String, { default: () => "" }),
  Avatar: Schema.optionalWith(Schema.String, { default: () => "" }),
  UpdateTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type BlockedUser = typeof BlockedUser.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  TotalCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Next: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Blacklist: Schema.optionalWith(Schema.Array(BlockedUser), { default: () => [] })
})

/**
 * The codes of QueryBlacklist.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660800001: ZimErrors.OperatorNotRegistered
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryBlacklist = Action.make({
  product: "zim",
  name: "QueryBlacklist",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "one page of a user's blocklist",
  limits: {
    FromUserId: "1 to 32 characters.",
    Limit: "An integer from 0 to 100."
  },
  idempotent: true,
  errors
})
