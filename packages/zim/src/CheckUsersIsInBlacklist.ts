/**
 * ZIM `CheckUsersIsInBlacklist`: tells, for up to 20 users, whether each is on a user's blocklist. POST, 20
 * requests/s.
 *
 * Partial results are values: each item of `ErrList` comes back with the tagged error of its `SubCode`. When every
 * item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/check-blockships.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of CheckUsersIsInBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of CheckUsersIsInBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers,
  /**
   * An error of CheckUsersIsInBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * The input of CheckUsersIsInBlacklist, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  /** 1 to 20 items; each 1 to 32 characters. */
  UserIds: Rules.array(Rules.string({ minLength: 1, maxLength: 32 }), { minItems: 1, maxItems: 20 })
})

/**
 * One item of `Succ`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BlockCheck = Schema.Struct({
  UserId: Schema.String,
  Result: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type BlockCheck = typeof BlockCheck.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Succ: Schema.optionalWith(Schema.Array(BlockCheck), { default: () => [] }),
  ErrList: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of CheckUsersIsInBlacklist.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660700015: ZimErrors.UserNotRegistered,
  660800001: ZimErrors.OperatorNotRegistered,
  660800039: ZimErrors.TooManyUsers
} as const

/**
 * Any error CheckUsersIsInBlacklist documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `ErrList` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser extends ZegoError.ErrorListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What CheckUsersIsInBlacklist returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly Succ: ReadonlyArray<BlockCheck>
  readonly ErrList: ReadonlyArray<FailedUser>
}

/**
 * Idempotent: a read (Check…).
 *
 * @since 0.1.0
 * @category actions
 */
export const CheckUsersIsInBlacklist = Action.make({
  product: "zim",
  name: "CheckUsersIsInBlacklist",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "tells, for up to 20 users, whether each is on a user's blocklist",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    UserIds: "1 to 20 items; each 1 to 32 characters."
  },
  idempotent: true,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrList: decoded.ErrList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
