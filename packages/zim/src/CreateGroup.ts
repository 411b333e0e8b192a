/**
 * ZIM `CreateGroup`: creates a group with its owner, members and attributes. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorUsers` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/group/create-a-group.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of CreateGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ActionRateLimited
} from "./ZimErrors.js"

/**
 * 660600011: the group already exists.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupAlreadyExists extends ZegoError.ApiError<GroupAlreadyExists>()("GroupAlreadyExists", {
  meaning: "the group already exists"
}) {}

/**
 * 660600012: the app has reached its number of groups.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyGroups extends ZegoError.ApiError<TooManyGroups>()("TooManyGroups", {
  meaning: "the app has reached its number of groups"
}) {}

/**
 * 660600013: the group owner does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupOwnerNotFound extends ZegoError.ApiError<GroupOwnerNotFound>()("GroupOwnerNotFound", {
  meaning: "the group owner does not exist"
}) {}

/**
 * 660600014: the server could not update the owner's list of groups.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupOwnerListUpdateFailed
  extends ZegoError.ApiError<GroupOwnerListUpdateFailed>()("GroupOwnerListUpdateFailed", {
    meaning: "the server could not update the owner's list of groups"
  })
{}

/**
 * 660600015: the server's database operation failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class StorageError extends ZegoError.ApiError<StorageError>()("StorageError", {
  meaning: "the server's database operation failed",
  retry: "transient"
}) {}

/**
 * 660600016: the group would have more members than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyGroupMembers extends ZegoError.ApiError<TooManyGroupMembers>()("TooManyGroupMembers", {
  meaning: "the group would have more members than allowed"
}) {}

/**
 * 660600017: a user could not join the group while it was created.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupJoinFailed extends ZegoError.ApiError<GroupJoinFailed>()("GroupJoinFailed", {
  meaning: "a user could not join the group while it was created"
}) {}

/**
 * 660600019: the request has more group attributes than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyGroupAttributes extends ZegoError.ApiError<TooManyGroupAttributes>()("TooManyGroupAttributes", {
  meaning: "the request has more group attributes than allowed"
}) {}

/**
 * 660600020: a group attribute's key or value has a length that is not allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidGroupAttributeLength
  extends ZegoError.ApiError<InvalidGroupAttributeLength>()("InvalidGroupAttributeLength", {
    meaning: "a group attribute's key or value has a length that is not allowed"
  })
{}

/**
 * The input of CreateGroup, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** At most 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  GroupId: Schema.optional(
    Rules.string({
      maxBytes: 32,
      pattern: {
        regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~']*$/,
        rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'"
      }
    })
  ),
  /** At most 50 characters. */
  GroupName: Schema.optional(Rules.string({ maxLength: 50 })),
  /** At most 300 bytes. */
  GroupNotice: Schema.optional(Rules.string({ maxBytes: 300 })),
  /** At most 500 bytes. */
  GroupAvatar: Schema.optional(Rules.string({ maxBytes: 500 })),
  /** At most 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  GroupOwner: Rules.string({
    maxBytes: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~']*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'"
    }
  }),
  /** At most 100 items; each 1 to 32 bytes. */
  UserId: Schema.optional(Rules.array(Rules.string({ minLength: 1, maxBytes: 32 }), { maxItems: 100 })),
  /** At most 10 items. */
  Attributes: Schema.optional(Rules.array(
    Schema.Struct({
      /** At most 16 bytes. */
      Key: Rules.string({ maxBytes: 16 }),
      /** At most 1024 bytes. */
      Value: Rules.string({ maxBytes: 1024 })
    }),
    { maxItems: 10 }
  )),
  CreateGroupTime: Schema.optional(Rules.number({ int: true }))
})

/**
 * One item of `Members`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Member = Schema.Struct({
  UserId: Schema.String,
  UserName: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Member = typeof Member.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  GroupId: Schema.optionalWith(Schema.String, { default: () => "" }),
  Members: Schema.optionalWith(Schema.Array(Member), { default: () => [] }),
  ErrorUsers: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of CreateGroup.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660600010: ZimErrors.ActionRateLimited,
  660600011: GroupAlreadyExists,
  660600012: TooManyGroups,
  660600013: GroupOwnerNotFound,
  660600014: GroupOwnerListUpdateFailed,
  660600015: StorageError,
  660600016: TooManyGroupMembers,
  660600017: GroupJoinFailed,
  660600019: TooManyGroupAttributes,
  660600020: InvalidGroupAttributeLength
} as const

/**
 * Any error CreateGroup documents, as a failed item's `Error` can be.
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
 * What CreateGroup returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly GroupId: string
  readonly Members: ReadonlyArray<Member>
  readonly ErrorUsers: ReadonlyArray<FailedUser>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const CreateGroup = Action.make({
  product: "zim",
  name: "CreateGroup",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "creates a group with its owner, members and attributes",
  limits: {
    GroupId: "At most 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    GroupName: "At most 50 characters.",
    GroupNotice: "At most 300 bytes.",
    GroupAvatar: "At most 500 bytes.",
    GroupOwner: "At most 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    UserId: "At most 100 items; each 1 to 32 bytes.",
    Attributes: "At most 10 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorUsers: decoded.ErrorUsers.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
