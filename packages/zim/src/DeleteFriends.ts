/**
 * ZIM `DeleteFriends`: removes up to 20 friends of a user, one way or both ways. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/batch-delete-friends.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of DeleteFriends that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  DuplicateUserIds,
  /**
   * An error of DeleteFriends that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  NotAFriend,
  /**
   * An error of DeleteFriends that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of DeleteFriends that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TargetIsOperator,
  /**
   * An error of DeleteFriends that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * The input of DeleteFriends, with its documented limits; it is sent as the JSON body.
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
  UserIds: Rules.array(Rules.string({ minLength: 1, maxLength: 32 }), { minItems: 1, maxItems: 20 }),
  /** One of 0, 1. */
  DeleteType: Rules.number({ int: true, enum: [0, 1] })
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
 * The codes of DeleteFriends.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660800019: ZimErrors.TooManyUsers,
  660800022: ZimErrors.DuplicateUserIds,
  660800033: ZimErrors.TargetIsOperator,
  660800034: ZimErrors.NotAFriend
} as const

/**
 * Any error DeleteFriends documents, as a failed item's `Error` can be.
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
 * What DeleteFriends returns.
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
export const DeleteFriends = Action.make({
  product: "zim",
  name: "DeleteFriends",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "removes up to 20 friends of a user, one way or both ways",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    UserIds: "1 to 20 items; each 1 to 32 characters.",
    DeleteType: "One of 0, 1."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
