/**
 * ZIM `UpdateFriendAttributes`: sets the attributes (k0 to k4) a user keeps on one friend. POST, 20 requests/s.
 *
 * Partial results are values: each item of `FailKey` comes back with the tagged error of its `SubCode`. When every
 * item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/modify-the-attributes-of-a-friend.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of UpdateFriendAttributes that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AttributesTooLong,
  /**
   * An error of UpdateFriendAttributes that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  DuplicateAttributeKeys,
  /**
   * An error of UpdateFriendAttributes that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAttributeKey
} from "./ZimErrors.js"

/**
 * The input of UpdateFriendAttributes, with its documented limits; it is sent as the JSON body.
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
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  UserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  /** 1 to 5 items. */
  Attributes: Rules.array(
    Schema.Struct({
      /** One of "k0", "k1", "k2", "k3", "k4". */
      Key: Rules.string({ enum: ["k0", "k1", "k2", "k3", "k4"] }),
      Value: Rules.string()
    }),
    { minItems: 1, maxItems: 5 }
  ),
  /** Server default: 0. */
  Action: Schema.optional(Rules.number({ int: true }))
})

/**
 * One item of `FailKey`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FailKeyEntry = Schema.Struct({
  Key: Schema.String,
  SubCode: Schema.Number
})

/**
 * @since 0.1.0
 * @category models
 */
export type FailKeyEntry = typeof FailKeyEntry.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  FailKey: Schema.optionalWith(Schema.Array(FailKeyEntry), { default: () => [] })
})

/**
 * The codes of UpdateFriendAttributes.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660800023: ZimErrors.InvalidAttributeKey,
  660800024: ZimErrors.AttributesTooLong,
  660800032: ZimErrors.DuplicateAttributeKeys
} as const

/**
 * Any error UpdateFriendAttributes documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `FailKey` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedKey extends FailKeyEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What UpdateFriendAttributes returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly FailKey: ReadonlyArray<FailedKey>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const UpdateFriendAttributes = Action.make({
  product: "zim",
  name: "UpdateFriendAttributes",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "sets the attributes (k0 to k4) a user keeps on one friend",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    UserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    Attributes: "1 to 5 items.",
    Action: "Server default: 0."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    FailKey: decoded.FailKey.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
