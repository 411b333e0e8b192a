/**
 * ZIM `UpdateGroupData`: changes a group's name, notice or avatar. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/update-group-data.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of UpdateGroupData that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of UpdateGroupData that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of UpdateGroupData that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupUpdateFailed,
  /**
   * An error of UpdateGroupData that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of UpdateGroupData that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomOrGroupRateLimited
} from "./ZimErrors.js"

/**
 * The input of UpdateGroupData, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  GroupId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** At most 500 characters. */
  GroupAvatar: Schema.optional(Rules.string({ maxLength: 500 })),
  /** At most 50 characters. */
  GroupName: Schema.optional(Rules.string({ maxLength: 50 })),
  /** At most 300 characters. */
  GroupNotice: Schema.optional(Rules.string({ maxLength: 300 }))
})

/**
 * The business fields of a successful answer: UpdateGroupData has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of UpdateGroupData.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660300006: ZimErrors.RoomOrGroupRateLimited,
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
export const UpdateGroupData = Action.make({
  product: "zim",
  name: "UpdateGroupData",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "changes a group's name, notice or avatar",
  limits: {
    FromUserId: "1 to 32 characters.",
    GroupId: "1 to 32 characters.",
    GroupAvatar: "At most 500 characters.",
    GroupName: "At most 50 characters.",
    GroupNotice: "At most 300 characters."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
