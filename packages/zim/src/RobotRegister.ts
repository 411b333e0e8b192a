/**
 * ZIM `RobotRegister`: registers up to 20 bots (user IDs starting with @RBT#). POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/bot/register-bots.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of RobotRegister that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ActionRateLimited,
  /**
   * An error of RobotRegister that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserAlreadyExists,
  /**
   * An error of RobotRegister that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserAvatarTooLong,
  /**
   * An error of RobotRegister that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserIdTooLong,
  /**
   * An error of RobotRegister that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNameTooLong
} from "./ZimErrors.js"

/**
 * The input of RobotRegister, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 20 items. */
  UserInfo: Rules.array(
    Schema.Struct({
      /** 1 to 32 bytes. */
      UserId: Rules.string({ minLength: 1, maxBytes: 32 }),
      /** At most 256 bytes. */
      UserName: Schema.optional(Rules.string({ maxBytes: 256 })),
      /** At most 500 bytes. */
      UserAvatar: Schema.optional(Rules.string({ maxBytes: 500 }))
    }),
    { minItems: 1, maxItems: 20 }
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
 * The codes of RobotRegister.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000012: ZimErrors.UserIdTooLong,
  660700001: ZimErrors.ActionRateLimited,
  660700002: ZimErrors.UserAlreadyExists,
  660700006: ZimErrors.UserNameTooLong,
  660700007: ZimErrors.UserAvatarTooLong
} as const

/**
 * Any error RobotRegister documents, as a failed item's `Error` can be.
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
 * What RobotRegister returns.
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
export const RobotRegister = Action.make({
  product: "zim",
  name: "RobotRegister",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "registers up to 20 bots (user IDs starting with @RBT#)",
  limits: {
    UserInfo: "1 to 20 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
