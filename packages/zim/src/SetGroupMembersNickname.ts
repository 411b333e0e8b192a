/**
 * ZIM `SetGroupMembersNickname`: sets the in-group nickname of several members. POST, 1 request/s per group.
 *
 * Partial results are values: each item of `ErrorUsers` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/group/set-nicknames-of-group-members.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SetGroupMembersNickname that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of SetGroupMembersNickname that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of SetGroupMembersNickname that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomOrGroupRateLimited,
  /**
   * An error of SetGroupMembersNickname that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * The input of SetGroupMembersNickname, with its documented limits; it is sent as the JSON body.
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
  /** At least 1 item. */
  UserIds: Rules.array(
    Schema.Struct({
      /** 1 to 32 characters. */
      UserId: Rules.string({ minLength: 1, maxLength: 32 }),
      /** At most 256 characters. */
      Nickname: Rules.string({ maxLength: 256 })
    }),
    { minItems: 1 }
  )
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
 * The codes of SetGroupMembersNickname.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000011: ZimErrors.TooManyUsers,
  660300006: ZimErrors.RoomOrGroupRateLimited,
  660500002: ZimErrors.OperatorNotRegistered,
  660600001: ZimErrors.GroupNotFound
} as const

/**
 * Any error SetGroupMembersNickname documents, as a failed item's `Error` can be.
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
 * What SetGroupMembersNickname returns.
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
export const SetGroupMembersNickname = Action.make({
  product: "zim",
  name: "SetGroupMembersNickname",
  method: "POST",
  request: Request,
  response: Response,
  qps: undefined,
  scopedLimit: { field: "GroupId", qps: 1 },
  summary: "sets the in-group nickname of several members",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    GroupId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    UserIds: "At least 1 item."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorUsers: decoded.ErrorUsers.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
