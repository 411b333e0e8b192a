/**
 * ZIM `InviteUsersIntoGroup`: adds up to 100 users to a group. POST, 1 request/s per group.
 *
 * Partial results are values: each item of `ErrorUsers` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/group/add-group-members.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of InviteUsersIntoGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of InviteUsersIntoGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of InviteUsersIntoGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomOrGroupRateLimited,
  /**
   * An error of InviteUsersIntoGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * The input of InviteUsersIntoGroup, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  FromUserId: Rules.string({
    minLength: 1,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  }),
  /** Not empty; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  GroupId: Rules.string({
    minLength: 1,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  }),
  /** 1 to 100 items; each not empty. */
  UserIds: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 100 }),
  /** 1 to 100 items. */
  GroupMemberInfos: Rules.array(
    Schema.Struct({
      /** Not empty. */
      UserId: Rules.string({ minLength: 1 }),
      EnterGroupTime: Schema.optional(Rules.number({ int: true })),
      /** One of 0, 1. */
      IsInvite: Schema.optional(Rules.number({ int: true, enum: [0, 1] }))
    }),
    { minItems: 1, maxItems: 100 }
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
 * The codes of InviteUsersIntoGroup.
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
 * Any error InviteUsersIntoGroup documents, as a failed item's `Error` can be.
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
 * What InviteUsersIntoGroup returns.
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
export const InviteUsersIntoGroup = Action.make({
  product: "zim",
  name: "InviteUsersIntoGroup",
  method: "POST",
  request: Request,
  response: Response,
  qps: undefined,
  scopedLimit: { field: "GroupId", qps: 1 },
  summary: "adds up to 100 users to a group",
  limits: {
    FromUserId: "Not empty; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    GroupId: "Not empty; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    UserIds: "1 to 100 items; each not empty.",
    GroupMemberInfos: "1 to 100 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorUsers: decoded.ErrorUsers.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
