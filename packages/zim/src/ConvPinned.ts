/**
 * ZIM `ConvPinned`: pins or unpins up to 20 conversations for a user. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/conversation/pin-conversations-to-the-top.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of ConvPinned that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * 660800001: the user of the target one-to-one conversation is not registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class PeerNotRegistered extends ZegoError.ApiError<PeerNotRegistered>()("PeerNotRegistered", {
  meaning: "the user of the target one-to-one conversation is not registered"
}) {}

/**
 * 660800048: the pinned-conversation list is full (100).
 *
 * @since 0.1.0
 * @category errors
 */
export class PinListFull extends ZegoError.ApiError<PinListFull>()("PinListFull", {
  meaning: "the pinned-conversation list is full (100)"
}) {}

/**
 * The input of ConvPinned, with its documented limits; it is sent as the JSON body.
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
  ConvList: Rules.array(
    Schema.Struct({
      /** 1 to 32 characters. */
      ConvId: Rules.string({ minLength: 1, maxLength: 32 }),
      /** One of 0, 2. */
      ConvType: Rules.number({ int: true, enum: [0, 2] })
    }),
    { minItems: 1, maxItems: 20 }
  ),
  /** One of 0, 1. */
  PinnedType: Rules.number({ int: true, enum: [0, 1] })
})

/**
 * One item of `ErrorList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrorListEntry = Schema.Struct({
  ConvId: Schema.String,
  ConvType: Schema.optionalWith(Schema.Number, { default: () => 0 }),
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
 * The codes of ConvPinned.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660800001: PeerNotRegistered,
  660800048: PinListFull
} as const

/**
 * Any error ConvPinned documents, as a failed item's `Error` can be.
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
 * What ConvPinned returns.
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
export const ConvPinned = Action.make({
  product: "zim",
  name: "ConvPinned",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "pins or unpins up to 20 conversations for a user",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    ConvList: "1 to 20 items.",
    PinnedType: "One of 0, 1."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
