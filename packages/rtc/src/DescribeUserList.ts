/**
 * RTC `DescribeUserList`: one page of a room's users. GET, 200 requests/s, and 1 request/s per room.
 *
 * Generated from the vendor's `rtc/room/describe-user-list.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of DescribeUserList, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** One of 0, 1. Server default: 0. */
  Mode: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** An integer from 0 to 200. Server default: 200. */
  Limit: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 })),
  Marker: Schema.optional(Rules.string())
})

/**
 * One item of `Data.UserList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const User = Schema.Struct({
  UserId: Schema.String,
  UserName: Schema.optionalWith(Schema.String, { default: () => "" }),
  UserRole: Schema.optionalWith(Schema.Number, { default: () => 0 })
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
  Data: Schema.optionalWith(
    Schema.Struct({
      Marker: Schema.optionalWith(Schema.String, { default: () => "" }),
      UserList: Schema.optionalWith(Schema.Array(User), { default: () => [] })
    }),
    { default: () => ({ Marker: "", UserList: [] }) }
  )
})

/**
 * The codes of DescribeUserList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common
} as const

/**
 * Idempotent: a read (Describe…).
 *
 * @since 0.1.0
 * @category actions
 */
export const DescribeUserList = Action.make({
  product: "rtc",
  name: "DescribeUserList",
  method: "GET",
  request: Request,
  response: Response,
  qps: 200,
  scopedLimit: { field: "RoomId", qps: 1 },
  summary: "one page of a room's users",
  limits: {
    RoomId: "Not empty.",
    Mode: "One of 0, 1. Server default: 0.",
    Limit: "An integer from 0 to 200. Server default: 200."
  },
  idempotent: true,
  errors
})
