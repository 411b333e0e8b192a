/**
 * RTC `DescribeUsers`: whether up to 10 users are in a room, their role and login time. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/describe-users.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of DescribeUsers that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomNotFound
} from "./RtcErrors.js"

/**
 * The input of DescribeUsers, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** 1 to 10 items; each not empty. */
  UserId: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 10 })
})

/**
 * One item of `Data.UserStatusList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserStatus = Schema.Struct({
  UserId: Schema.String,
  Status: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  LoginTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  UserRole: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type UserStatus = typeof UserStatus.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      UserStatusList: Schema.optionalWith(Schema.Array(UserStatus), { default: () => [] })
    }),
    { default: () => ({ UserStatusList: [] }) }
  )
})

/**
 * The codes of DescribeUsers.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  50001: RtcErrors.RoomNotFound
} as const

/**
 * Idempotent: a read (Describe…).
 *
 * @since 0.1.0
 * @category actions
 */
export const DescribeUsers = Action.make({
  product: "rtc",
  name: "DescribeUsers",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "whether up to 10 users are in a room, their role and login time",
  limits: {
    RoomId: "Not empty.",
    UserId: "1 to 10 items; each not empty."
  },
  idempotent: true,
  errors
})
