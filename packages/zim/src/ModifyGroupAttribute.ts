/**
 * ZIM `ModifyGroupAttribute`: sets or deletes group attributes. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/modify-group-attributes.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of ModifyGroupAttribute that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of ModifyGroupAttribute that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of ModifyGroupAttribute that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupUpdateFailed,
  /**
   * An error of ModifyGroupAttribute that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of ModifyGroupAttribute that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomOrGroupRateLimited
} from "./ZimErrors.js"

/**
 * 660300019: the group attributes' values are longer than allowed in total.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupAttributesTooLong extends ZegoError.ApiError<GroupAttributesTooLong>()("GroupAttributesTooLong", {
  meaning: "the group attributes' values are longer than allowed in total"
}) {}

/**
 * The input of ModifyGroupAttribute, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  Action: Rules.number({ int: true }),
  /** Not empty. */
  FromUserId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  GroupId: Rules.string({ minLength: 1 }),
  /** At least 1 item. */
  Attributes: Rules.array(
    Schema.Struct({
      Key: Rules.string(),
      Value: Schema.optional(Rules.string())
    }),
    { minItems: 1 }
  )
})

/**
 * One item of `FailKeys`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RejectedKey = Schema.Struct({
  Reason: Schema.optionalWith(Schema.String, { default: () => "" }),
  Key: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type RejectedKey = typeof RejectedKey.Type

/**
 * One item of `Attributes.Attributes`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Attribute = Schema.Struct({
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  Value: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Attribute = typeof Attribute.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  FailKeys: Schema.optionalWith(Schema.Array(RejectedKey), { default: () => [] }),
  Attributes: Schema.optionalWith(
    Schema.Struct({
      Attributes: Schema.optionalWith(Schema.Array(Attribute), { default: () => [] })
    }),
    { default: () => ({ Attributes: [] }) }
  )
})

/**
 * The codes of ModifyGroupAttribute.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660300006: ZimErrors.RoomOrGroupRateLimited,
  660300019: GroupAttributesTooLong,
  660500002: ZimErrors.OperatorNotRegistered,
  660600001: ZimErrors.GroupNotFound,
  660600009: ZimErrors.GroupInfoUnavailable,
  660600028: ZimErrors.GroupUpdateFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ModifyGroupAttribute = Action.make({
  product: "zim",
  name: "ModifyGroupAttribute",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "sets or deletes group attributes",
  limits: {
    FromUserId: "Not empty.",
    GroupId: "Not empty.",
    Attributes: "At least 1 item."
  },
  idempotent: false,
  errors
})
