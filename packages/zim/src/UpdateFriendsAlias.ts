/**
 * ZIM `UpdateFriendsAlias`: changes the alias a user gives to up to 20 friends. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/change-the-alias-of-a-friend.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of UpdateFriendsAlias that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  FriendTextTooLong,
  /**
   * An error of UpdateFriendsAlias that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  NotAFriend,
  /**
   * An error of UpdateFriendsAlias that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * The input of UpdateFriendsAlias, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 20 items. */
  UserIds: Rules.array(
    Schema.Struct({
      /** 1 to 32 bytes. */
      UserId: Rules.string({ minLength: 1, maxBytes: 32 }),
      /** At most 256 characters. */
      FriendAlias: Schema.optional(Rules.string({ maxLength: 256 }))
    }),
    { minItems: 1, maxItems: 20 }
  )
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  ErrorList: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of UpdateFriendsAlias.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660800019: ZimErrors.TooManyUsers,
  660800021: ZimErrors.FriendTextTooLong,
  660800034: ZimErrors.NotAFriend
} as const

/**
 * Any error UpdateFriendsAlias documents, as a failed item's `Error` can be.
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
 * What UpdateFriendsAlias returns.
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
export const UpdateFriendsAlias = Action.make({
  product: "zim",
  name: "UpdateFriendsAlias",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "changes the alias a user gives to up to 20 friends",
  limits: {
    FromUserId: "1 to 32 characters.",
    UserIds: "1 to 20 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
