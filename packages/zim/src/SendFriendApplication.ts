/**
 * ZIM `SendFriendApplication`: sends friend requests from a user to up to 20 users. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/batch-send-friend-requests.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AllTargetsNotRegistered,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AlreadyFriends,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AttributesTooLong,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  DuplicateAttributeKeys,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  DuplicateUserIds,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  FriendLimitReached,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  FriendTextTooLong,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAttributeKey,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidFriendAttributes,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TargetIsOperator,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TimestampInFuture,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers,
  /**
   * An error of SendFriendApplication that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * The input of SendFriendApplication, with its documented limits; it is sent as the JSON body.
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
  /** 1 to 20 items. */
  FriendInfos: Rules.array(
    Schema.Struct({
      /** 1 to 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
      UserId: Rules.string({
        minLength: 1,
        maxBytes: 32,
        pattern: {
          regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
          rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
        }
      }),
      /** At most 256 characters. */
      Wording: Schema.optional(Rules.string({ maxLength: 256 })),
      /** At most 256 characters. */
      FriendAlias: Schema.optional(Rules.string({ maxLength: 256 })),
      CreateTime: Schema.optional(Rules.number({ int: true })),
      UpdateTime: Schema.optional(Rules.number({ int: true })),
      /** At most 5 items. */
      Attributes: Schema.optional(Rules.array(
        Schema.Struct({
          /** One of "k0", "k1", "k2", "k3", "k4". */
          Key: Rules.string({ enum: ["k0", "k1", "k2", "k3", "k4"] }),
          Value: Rules.string()
        }),
        { maxItems: 5 }
      ))
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
 * The codes of SendFriendApplication.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000011: ZimErrors.TooManyUsers,
  660500002: ZimErrors.OperatorNotRegistered,
  660700015: ZimErrors.UserNotRegistered,
  660800019: ZimErrors.TooManyUsers,
  660800020: ZimErrors.TargetIsOperator,
  660800021: ZimErrors.FriendTextTooLong,
  660800022: ZimErrors.DuplicateUserIds,
  660800023: ZimErrors.InvalidAttributeKey,
  660800024: ZimErrors.AttributesTooLong,
  660800025: ZimErrors.AllTargetsNotRegistered,
  660800026: ZimErrors.InvalidFriendAttributes,
  660800027: ZimErrors.AlreadyFriends,
  660800028: ZimErrors.FriendLimitReached,
  660800032: ZimErrors.DuplicateAttributeKeys,
  660800046: ZimErrors.TimestampInFuture
} as const

/**
 * Any error SendFriendApplication documents, as a failed item's `Error` can be.
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
 * What SendFriendApplication returns.
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
export const SendFriendApplication = Action.make({
  product: "zim",
  name: "SendFriendApplication",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "sends friend requests from a user to up to 20 users",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    FriendInfos: "1 to 20 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
