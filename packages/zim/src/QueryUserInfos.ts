/**
 * ZIM `QueryUserInfos`: user name, avatar and extra field of up to 100 users. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/query-user-information.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryUserInfos that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserInfoUnavailable,
  /**
   * An error of QueryUserInfos that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * 660000002: the user does not exist or has logged out.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserNotFoundOrLoggedOut extends ZegoError.ApiError<UserNotFoundOrLoggedOut>()("UserNotFoundOrLoggedOut", {
  meaning: "the user does not exist or has logged out"
}) {}

/**
 * One item of `UserIds`: 1 to 64 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserId = Rules.string({
  minLength: 1,
  maxBytes: 64,
  pattern: {
    regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
    rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
  }
})

/**
 * The input of QueryUserInfos, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 100 items; each 1 to 64 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  UserIds: Rules.array(UserId, { minItems: 1, maxItems: 100 })
})

/**
 * One item of `Result`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserInfo = Schema.Struct({
  UserId: Schema.String,
  UserName: Schema.optionalWith(Schema.String, { default: () => "" }),
  UserAvatar: Schema.optionalWith(Schema.String, { default: () => "" }),
  Extra: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type UserInfo = typeof UserInfo.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Result: Schema.optionalWith(Schema.Array(UserInfo), { default: () => [] }),
  ErrorList: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of QueryUserInfos.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: UserNotFoundOrLoggedOut,
  660700008: ZimErrors.UserInfoUnavailable,
  660700015: ZimErrors.UserNotRegistered
} as const

/**
 * Any error QueryUserInfos documents, as a failed item's `Error` can be.
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
export interface FailedUser extends ZegoError.ErrorListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What QueryUserInfos returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly Result: ReadonlyArray<UserInfo>
  readonly ErrorList: ReadonlyArray<FailedUser>
}

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryUserInfos = Action.make({
  product: "zim",
  name: "QueryUserInfos",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "user name, avatar and extra field of up to 100 users",
  limits: {
    UserIds: "1 to 100 items; each 1 to 64 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~."
  },
  idempotent: true,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
