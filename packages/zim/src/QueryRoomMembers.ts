/**
 * ZIM `QueryRoomMembers`: which of up to 10 users are in a room. GET, 5 requests/s per room.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/room/query-whether-a-user-is-in-a-room.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryRoomMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomOrGroupRateLimited,
  /**
   * An error of QueryRoomMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers,
  /**
   * An error of QueryRoomMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotInRoom,
  /**
   * An error of QueryRoomMembers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotRegistered
} from "./ZimErrors.js"

/**
 * One item of `UserId`: 1 to 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserId = Rules.string({
  minLength: 1,
  maxBytes: 32,
  pattern: {
    regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
    rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
  }
})

/**
 * The input of QueryRoomMembers, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 10 items; each 1 to 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  UserId: Rules.array(UserId, { minItems: 1, maxItems: 10 }),
  /** 1 to 32 characters. */
  RoomId: Rules.string({ minLength: 1, maxLength: 32 })
})

/**
 * One item of `UserList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const User = Schema.Struct({
  user_id: Schema.optionalWith(Schema.String, { default: () => "" }),
  user_name: Schema.optionalWith(Schema.String, { default: () => "" }),
  avatar: Schema.optionalWith(Schema.String, { nullable: true, default: () => "" }),
  extra: Schema.optionalWith(Schema.String, { nullable: true, default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type User = typeof User.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  UserList: Schema.optionalWith(Schema.Array(User), { default: () => [] }),
  ErrorList: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of QueryRoomMembers.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000011: ZimErrors.TooManyUsers,
  660200001: ZimErrors.UserNotRegistered,
  660300006: ZimErrors.RoomOrGroupRateLimited,
  660300012: ZimErrors.UserNotInRoom
} as const

/**
 * Any error QueryRoomMembers documents, as a failed item's `Error` can be.
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
 * What QueryRoomMembers returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly UserList: ReadonlyArray<User>
  readonly ErrorList: ReadonlyArray<FailedUser>
}

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryRoomMembers = Action.make({
  product: "zim",
  name: "QueryRoomMembers",
  method: "GET",
  request: Request,
  response: Response,
  qps: undefined,
  scopedLimit: { field: "RoomId", qps: 5 },
  summary: "which of up to 10 users are in a room",
  limits: {
    UserId: "1 to 10 items; each 1 to 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    RoomId: "1 to 32 characters."
  },
  idempotent: true,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
