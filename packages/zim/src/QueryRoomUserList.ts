/**
 * ZIM `QueryRoomUserList`: one page of a room's users. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/room/obtain-information-about-users-in-a-room.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of QueryRoomUserList that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomNotFound,
  /**
   * An error of QueryRoomUserList that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomOrGroupRateLimited
} from "./ZimErrors.js"

/**
 * 660300007: the server could not get the room.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomUnavailable extends ZegoError.ApiError<RoomUnavailable>()("RoomUnavailable", {
  meaning: "the server could not get the room"
}) {}

/**
 * 660300008: the room's user list is empty or unavailable (the room may be closing).
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomUserListUnavailable extends ZegoError.ApiError<RoomUserListUnavailable>()("RoomUserListUnavailable", {
  meaning: "the room's user list is empty or unavailable (the room may be closing)"
}) {}

/**
 * The input of QueryRoomUserList, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  RoomId: Rules.string({
    minLength: 1,
    maxBytes: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  /** One of 0, 1. Server default: 0. */
  Mode: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  NextFlag: Schema.optional(Rules.string()),
  /** An integer from 0 to 500. */
  Limit: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 500 }))
})

/**
 * One item of `UserList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const User = Schema.Struct({
  UserId: Schema.String,
  UserName: Schema.optionalWith(Schema.String, { default: () => "" })
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
  Count: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  NextFlag: Schema.optionalWith(Schema.String, { default: () => "" }),
  UserList: Schema.optionalWith(Schema.Array(User), { default: () => [] })
})

/**
 * The codes of QueryRoomUserList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660300001: ZimErrors.RoomNotFound,
  660300006: ZimErrors.RoomOrGroupRateLimited,
  660300007: RoomUnavailable,
  660300008: RoomUserListUnavailable
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryRoomUserList = Action.make({
  product: "zim",
  name: "QueryRoomUserList",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "one page of a room's users",
  limits: {
    RoomId: "1 to 32 bytes; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    Mode: "One of 0, 1. Server default: 0.",
    Limit: "An integer from 0 to 500."
  },
  idempotent: true,
  errors
})
