/**
 * ZIM `QueryUserOnlineState`: whether each of up to 100 users is online. GET, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/query-users-online-status.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryUserOnlineState that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * 660200001: the user does not exist, has logged out, or has never logged in.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserNotLoggedIn extends ZegoError.ApiError<UserNotLoggedIn>()("UserNotLoggedIn", {
  meaning: "the user does not exist, has logged out, or has never logged in"
}) {}

/**
 * One item of `UserId`: 1 to 64 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserId = Rules.string({
  minLength: 1,
  maxLength: 64,
  pattern: {
    regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
    rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
  }
})

/**
 * The input of QueryUserOnlineState, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 100 items; each 1 to 64 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  UserId: Rules.array(UserId, { minItems: 1, maxItems: 100 })
})

/**
 * One item of `Result`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserState = Schema.Struct({
  UserId: Schema.String,
  Status: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type UserState = typeof UserState.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Result: Schema.optionalWith(Schema.Array(UserState), { default: () => [] }),
  ErrorList: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of QueryUserOnlineState.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000011: ZimErrors.TooManyUsers,
  660200001: UserNotLoggedIn
} as const

/**
 * Any error QueryUserOnlineState documents, as a failed item's `Error` can be.
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
 * What QueryUserOnlineState returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly Result: ReadonlyArray<UserState>
  readonly ErrorList: ReadonlyArray<FailedUser>
}

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryUserOnlineState = Action.make({
  product: "zim",
  name: "QueryUserOnlineState",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "whether each of up to 100 users is online",
  limits: {
    UserId: "1 to 100 items; each 1 to 64 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~."
  },
  idempotent: true,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
