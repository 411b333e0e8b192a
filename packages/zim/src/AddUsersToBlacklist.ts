/**
 * ZIM `AddUsersToBlacklist`: puts up to 20 users on a user's blocklist. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrList` comes back with the tagged error of its `SubCode`. When every
 * item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/batch-block-users.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of AddUsersToBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AllItemsFailed,
  /**
   * An error of AddUsersToBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of AddUsersToBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TargetIsOperator,
  /**
   * An error of AddUsersToBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers,
  /**
   * An error of AddUsersToBlacklist that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * 660800037: the user is already on the blocklist.
 *
 * @since 0.1.0
 * @category errors
 */
export class AlreadyBlocked extends ZegoError.ApiError<AlreadyBlocked>()("AlreadyBlocked", {
  meaning: "the user is already on the blocklist"
}) {}

/**
 * 660800040: the user's blocklist is full.
 *
 * @since 0.1.0
 * @category errors
 */
export class BlocklistFull extends ZegoError.ApiError<BlocklistFull>()("BlocklistFull", {
  meaning: "the user's blocklist is full"
}) {}

/**
 * The input of AddUsersToBlacklist, with its documented limits; it is sent as the JSON body.
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
 * The codes of AddUsersToBlacklist.
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
  660800037: AlreadyBlocked,
  660800038: ZimErrors.TargetIsOperator,
  660800039: ZimErrors.TooManyUsers,
  660800040: BlocklistFull,
  660800041: ZimErrors.AllItemsFailed
} as const

/**
 * Any error AddUsersToBlacklist documents, as a failed item's `Error` can be.
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
 * What AddUsersToBlacklist returns.
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
export const AddUsersToBlacklist = Action.make({
  product: "zim",
  name: "AddUsersToBlacklist",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "puts up to 20 users on a user's blocklist",
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
