/**
 * ZIM `SilenceConvNotification`: turns do-not-disturb on or off for up to 10 conversations of a user. POST, 20
 * requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/conversation/mute-notifications-for-conversations.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SilenceConvNotification that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of SilenceConvNotification that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of SilenceConvNotification that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotInGroup,
  /**
   * An error of SilenceConvNotification that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of SilenceConvNotification that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * 660800030: the user's do-not-disturb list is full.
 *
 * @since 0.1.0
 * @category errors
 */
export class MuteListFull extends ZegoError.ApiError<MuteListFull>()("MuteListFull", {
  meaning: "the user's do-not-disturb list is full"
}) {}

/**
 * 660800051: the conversation is already muted.
 *
 * @since 0.1.0
 * @category errors
 */
export class AlreadyMuted extends ZegoError.ApiError<AlreadyMuted>()("AlreadyMuted", {
  meaning: "the conversation is already muted"
}) {}

/**
 * 660800052: the conversation is already unmuted.
 *
 * @since 0.1.0
 * @category errors
 */
export class AlreadyUnmuted extends ZegoError.ApiError<AlreadyUnmuted>()("AlreadyUnmuted", {
  meaning: "the conversation is already unmuted"
}) {}

/**
 * The input of SilenceConvNotification, with its documented limits; it is sent as the JSON body.
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
  /** One of 0, 2. */
  ConvType: Rules.number({ int: true, enum: [0, 2] }),
  /** 1 to 10 items; each 1 to 32 characters. */
  ConvIds: Rules.array(Rules.string({ minLength: 1, maxLength: 32 }), { minItems: 1, maxItems: 10 }),
  Enable: Schema.Boolean
})

/**
 * One item of `ErrorList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrorListEntry = Schema.Struct({
  ConvId: Schema.String,
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
 * The codes of SilenceConvNotification.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660600001: ZimErrors.GroupNotFound,
  660600009: ZimErrors.GroupInfoUnavailable,
  660600024: ZimErrors.OperatorNotInGroup,
  660700015: ZimErrors.UserNotRegistered,
  660800030: MuteListFull,
  660800051: AlreadyMuted,
  660800052: AlreadyUnmuted
} as const

/**
 * Any error SilenceConvNotification documents, as a failed item's `Error` can be.
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
export interface FailedConversation extends ErrorListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What SilenceConvNotification returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly ErrorList: ReadonlyArray<FailedConversation>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SilenceConvNotification = Action.make({
  product: "zim",
  name: "SilenceConvNotification",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "turns do-not-disturb on or off for up to 10 conversations of a user",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    ConvType: "One of 0, 2.",
    ConvIds: "1 to 10 items; each 1 to 32 characters."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
