/**
 * ZIM `KickoutGroupUser`: removes up to 50 users from a group. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/group/remove-group-member.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of KickoutGroupUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ActionRateLimited,
  /**
   * An error of KickoutGroupUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of KickoutGroupUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of KickoutGroupUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TargetNotInGroup,
  /**
   * An error of KickoutGroupUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * One item of `UserId`: 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.
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
 * The input of KickoutGroupUser, with its documented limits; it is sent as the JSON body.
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
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  GroupId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~']*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'"
    }
  }),
  /** 1 to 50 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  UserId: Rules.array(UserId, { minItems: 1, maxItems: 50 }),
  /** At most 32 bytes. */
  CustomReason: Schema.optional(Rules.string({ maxBytes: 32 }))
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
 * The codes of KickoutGroupUser.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000011: ZimErrors.TooManyUsers,
  660600001: ZimErrors.GroupNotFound,
  660600005: ZimErrors.ActionRateLimited,
  660600008: ZimErrors.TargetNotInGroup,
  660600009: ZimErrors.GroupInfoUnavailable
} as const

/**
 * Any error KickoutGroupUser documents, as a failed item's `Error` can be.
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
 * What KickoutGroupUser returns.
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
export const KickoutGroupUser = Action.make({
  product: "zim",
  name: "KickoutGroupUser",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "removes up to 50 users from a group",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    GroupId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    UserId: "1 to 50 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    CustomReason: "At most 32 bytes."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
