/**
 * ZIM `RemoveUsersFromBlacklist`: takes up to 20 users off a user's blocklist. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrList` comes back with the tagged error of its `SubCode`. When every
 * item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/batch-unblock-users.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of RemoveUsersFromBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AllItemsFailed,
  /**
   * An error of RemoveUsersFromBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of RemoveUsersFromBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TargetIsOperator,
  /**
   * An error of RemoveUsersFromBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * 660800043: the user was already removed from the blocklist.
 *
 * @since 0.1.0
 * @category errors
 */
export class AlreadyUnblocked extends ZegoError.ApiError<AlreadyUnblocked>()("AlreadyUnblocked", {
  meaning: "the user was already removed from the blocklist"
}) {}

/**
 * 660800044: the user is not on the blocklist.
 *
 * @since 0.1.0
 * @category errors
 */
export class NotBlocked extends ZegoError.ApiError<NotBlocked>()("NotBlocked", {
  meaning: "the user is not on the blocklist"
}) {}

/**
 * The input of RemoveUsersFromBlacklist, with its documented limits; it is sent as the JSON body.
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
  /** 1 to 20 items; each 1 to 32 bytes. */
  UserIds: Rules.array(Rules.string({ minLength: 1, maxBytes: 32 }), { minItems: 1, maxItems: 20 })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  ErrList: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of RemoveUsersFromBlacklist.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660800001: ZimErrors.OperatorNotRegistered,
  660800038: ZimErrors.TargetIsOperator,
  660800039: ZimErrors.TooManyUsers,
  660800042: ZimErrors.AllItemsFailed,
  660800043: AlreadyUnblocked,
  660800044: NotBlocked
} as const

/**
 * Any error RemoveUsersFromBlacklist documents, as a failed item's `Error` can be.
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
 * What RemoveUsersFromBlacklist returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly ErrList: ReadonlyArray<FailedUser>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const RemoveUsersFromBlacklist = Action.make({
  product: "zim",
  name: "RemoveUsersFromBlacklist",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "takes up to 20 users off a user's blocklist",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    UserIds: "1 to 20 items; each 1 to 32 bytes."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrList: decoded.ErrList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
