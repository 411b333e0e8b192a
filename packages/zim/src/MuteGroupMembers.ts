/**
 * ZIM `MuteGroupMembers`: mutes or unmutes up to 20 members of a group. GET, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorUsers` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/group/mute-group-members.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of MuteGroupMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AllItemsFailed,
  /**
   * An error of MuteGroupMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of MuteGroupMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of MuteGroupMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotInGroup,
  /**
   * An error of MuteGroupMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionDenied
} from "./ZimErrors.js"

/**
 * One item of `UserIds`: 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserId = Rules.string({
  minLength: 1,
  maxLength: 32,
  pattern: {
    regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~']*$/,
    rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'"
  }
})

/**
 * The input of MuteGroupMembers, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~']*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'"
    }
  }),
  /** 1 to 32 characters. */
  GroupId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 20 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  UserIds: Rules.array(UserId, { minItems: 1, maxItems: 20 }),
  /** An integer from -1 to 2592000. */
  Duration: Schema.optional(Rules.number({ int: true, minimum: -1, maximum: 2592000 }))
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  ErrorUsers: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of MuteGroupMembers.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660600001: ZimErrors.GroupNotFound,
  660600009: ZimErrors.GroupInfoUnavailable,
  660600024: ZimErrors.OperatorNotInGroup,
  660600032: ZimErrors.PermissionDenied,
  660600033: ZimErrors.AllItemsFailed
} as const

/**
 * Any error MuteGroupMembers documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `ErrorUsers` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser extends ZegoError.ErrorListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What MuteGroupMembers returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly ErrorUsers: ReadonlyArray<FailedUser>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const MuteGroupMembers = Action.make({
  product: "zim",
  name: "MuteGroupMembers",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "mutes or unmutes up to 20 members of a group",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    GroupId: "1 to 32 characters.",
    UserIds: "1 to 20 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    Duration: "An integer from -1 to 2592000."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorUsers: decoded.ErrorUsers.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
