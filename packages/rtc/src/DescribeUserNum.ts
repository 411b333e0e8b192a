/**
 * RTC `DescribeUserNum`: how many users each of up to 10 rooms holds. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/describe-user-num.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of DescribeUserNum, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 10 items; each not empty. */
  RoomId: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 10 })
})

/**
 * One item of `Data.UserCountList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserCount = Schema.Struct({
  RoomId: Schema.String,
  UserCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  AdminUserCount: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type UserCount = typeof UserCount.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      UserCountList: Schema.optionalWith(Schema.Array(UserCount), { default: () => [] })
    }),
    { default: () => ({ UserCountList: [] }) }
  )
})

/**
 * The codes of DescribeUserNum.
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
export const DescribeUserNum = Action.make({
  product: "rtc",
  name: "DescribeUserNum",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "how many users each of up to 10 rooms holds",
  limits: {
    RoomId: "1 to 10 items; each not empty."
  },
  idempotent: true,
  errors
})
