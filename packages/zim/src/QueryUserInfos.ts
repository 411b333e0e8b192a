/**
 * ZIM `QueryUserInfos`: user name, avatar and extra field of up to 100 users. POST, 20 requests/s.
 *
 * Partial results are values: the users found, and each failed user with the tagged error of its
 * `SubCode`. When every user fails, the call fails with the `Code`'s error, whose `errorList` keeps the
 * failures.
 *
 * @since 0.1.0
 */
import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * 660700008: the server could not get this user's information.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserInfoUnavailable extends ZegoError.ApiError<UserInfoUnavailable>()("UserInfoUnavailable", {
  meaning: "the server could not get the user's information"
}) {}

/**
 * 660000002 (in QueryUserInfos): no such user ID, or the user logged out.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserNotFoundOrLoggedOut extends ZegoError.ApiError<UserNotFoundOrLoggedOut>()("UserNotFoundOrLoggedOut", {
  meaning: "the user does not exist or has logged out"
}) {}

/**
 * 660700015: the user is not registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserNotRegistered extends ZegoError.ApiError<UserNotRegistered>()("UserNotRegistered", {
  meaning: "the user is not registered"
}) {}

/**
 * A ZIM user ID as QueryUserInfos accepts it: 1 to 64 bytes of digits, ASCII letters, space and
 * ``!#$%&()+-:;<=.>?@[]^_{}|~``.
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
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 100 user IDs. */
  UserIds: Rules.array(UserId, { minItems: 1, maxItems: 100 })
})

/**
 * One user found.
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
  660000001: ZimErrors.ServerError,
  660000002: UserNotFoundOrLoggedOut,
  660700008: UserInfoUnavailable,
  660700015: UserNotRegistered
} as const

/**
 * Any error QueryUserInfos documents, as a failed user's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * A user that could not be queried, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser {
  readonly UserId: string
  readonly SubCode: number
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
  idempotent: true,
  errors,
  finalize: (decoded, context): Result => ({
    Result: decoded.Result,
    ErrorList: decoded.ErrorList.map((failed) => ({
      UserId: failed.UserId,
      SubCode: failed.SubCode,
      Error: context.errorFor(failed.SubCode)
    }))
  })
})
