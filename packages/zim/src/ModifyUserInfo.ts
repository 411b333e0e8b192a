/**
 * ZIM `ModifyUserInfo`: changes the name, avatar or extra field of up to 100 users. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/modify-user-information.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of ModifyUserInfo that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserInfoUnavailable,
  /**
   * An error of ModifyUserInfo that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * 660700016: the server could not synchronize the user's information.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserInfoSyncFailed extends ZegoError.ApiError<UserInfoSyncFailed>()("UserInfoSyncFailed", {
  meaning: "the server could not synchronize the user's information"
}) {}

/**
 * 660700017: the server could not update the user's information.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserInfoUpdateFailed extends ZegoError.ApiError<UserInfoUpdateFailed>()("UserInfoUpdateFailed", {
  meaning: "the server could not update the user's information"
}) {}

/**
 * The input of ModifyUserInfo, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 100 items. */
  UserInfo: Rules.array(
    Schema.Struct({
      /** 1 to 32 characters. */
      UserId: Rules.string({ minLength: 1, maxLength: 32 }),
      /** At most 256 bytes. */
      UserName: Schema.optional(Rules.string({ maxBytes: 256 })),
      /** At most 500 bytes. */
      UserAvatar: Schema.optional(Rules.string({ maxBytes: 500 })),
      Extra: Schema.optional(Rules.string())
    }),
    { minItems: 1, maxItems: 100 }
  )
})

/**
 * One item of `ErrorList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrorListEntry = Schema.Struct({
  UserId: Schema.String,
  SubCode: Schema.Number,
  SubMessage: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type ErrorListEntry = typeof ErrorListEntry.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  ErrorList: Schema.optionalWith(Schema.Array(ErrorListEntry), { default: () => [] })
})

/**
 * The codes of ModifyUserInfo.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660700012: ZimErrors.UserNotRegistered,
  660700013: ZimErrors.UserInfoUnavailable,
  660700016: UserInfoSyncFailed,
  660700017: UserInfoUpdateFailed
} as const

/**
 * Any error ModifyUserInfo documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `ErrorList` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser extends ErrorListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What ModifyUserInfo returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly ErrorList: ReadonlyArray<FailedUser>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ModifyUserInfo = Action.make({
  product: "zim",
  name: "ModifyUserInfo",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "changes the name, avatar or extra field of up to 100 users",
  limits: {
    UserInfo: "1 to 100 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
