/**
 * ZIM `SetGroupMemberRole`: gives a group member a role. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/set-group-member-roles.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SetGroupMemberRole that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of SetGroupMemberRole that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of SetGroupMemberRole that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TargetIsOperator,
  /**
   * An error of SetGroupMemberRole that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TargetNotInGroup
} from "./ZimErrors.js"

/**
 * 660600029: role 1 (owner) cannot be given this way.
 *
 * @since 0.1.0
 * @category errors
 */
export class OwnerRoleNotAssignable extends ZegoError.ApiError<OwnerRoleNotAssignable>()("OwnerRoleNotAssignable", {
  meaning: "role 1 (owner) cannot be given this way"
}) {}

/**
 * The input of SetGroupMemberRole, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  GroupId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  ToUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** An integer of at least 2. */
  Role: Rules.number({ int: true, minimum: 2 })
})

/**
 * The business fields of a successful answer: SetGroupMemberRole has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of SetGroupMemberRole.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660600001: ZimErrors.GroupNotFound,
  660600009: ZimErrors.GroupInfoUnavailable,
  660600024: ZimErrors.TargetNotInGroup,
  660600029: OwnerRoleNotAssignable,
  660600030: ZimErrors.TargetIsOperator
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SetGroupMemberRole = Action.make({
  product: "zim",
  name: "SetGroupMemberRole",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "gives a group member a role",
  limits: {
    FromUserId: "1 to 32 characters.",
    GroupId: "1 to 32 characters.",
    ToUserId: "1 to 32 characters.",
    Role: "An integer of at least 2."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
