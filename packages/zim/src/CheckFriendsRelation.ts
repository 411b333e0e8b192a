/**
 * ZIM `CheckFriendsRelation`: tells, for up to 20 users, how each relates to a user as a friend. POST, 20
 * requests/s.
 *
 * Partial results are values: each item of `Fails` comes back with the tagged error of its `SubCode`. When every
 * item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/user/check-friendships.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of CheckFriendsRelation, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 20 items; each 1 to 32 characters. */
  UserIds: Rules.array(Rules.string({ minLength: 1, maxLength: 32 }), { minItems: 1, maxItems: 20 }),
  /** One of 0, 1. */
  CheckType: Rules.number({ int: true, enum: [0, 1] })
})

/**
 * One item of `Successes`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Success = Schema.Struct({
  UserId: Schema.String,
  Relation: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Success = typeof Success.Type

/**
 * One item of `Fails`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FailsEntry = Schema.Struct({
  UserId: Schema.String,
  SubCode: Schema.Number,
  Relation: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type FailsEntry = typeof FailsEntry.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Successes: Schema.optionalWith(Schema.Array(Success), { default: () => [] }),
  Fails: Schema.optionalWith(Schema.Array(FailsEntry), { default: () => [] })
})

/**
 * The codes of CheckFriendsRelation.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter
} as const

/**
 * Any error CheckFriendsRelation documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `Fails` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser extends FailsEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What CheckFriendsRelation returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly Successes: ReadonlyArray<Success>
  readonly Fails: ReadonlyArray<FailedUser>
}

/**
 * Idempotent: a read (Check…).
 *
 * @since 0.1.0
 * @category actions
 */
export const CheckFriendsRelation = Action.make({
  product: "zim",
  name: "CheckFriendsRelation",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "tells, for up to 20 users, how each relates to a user as a friend",
  limits: {
    FromUserId: "1 to 32 characters.",
    UserIds: "1 to 20 items; each 1 to 32 characters.",
    CheckType: "One of 0, 1."
  },
  idempotent: true,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    Fails: decoded.Fails.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
