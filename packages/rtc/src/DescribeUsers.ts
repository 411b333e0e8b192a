/**
 * RTC `DescribeUsers`: whether up to 10 users are in a room, their role and login time. GET, 10
 * requests/s for all rooms of an AppID.
 *
 * @since 0.1.0
 */
import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** The room. */
  RoomId: Rules.string({ minLength: 1 }),
  /** 1 to 10 user IDs (sent as `UserId[]`). */
  UserId: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 10 })
})

/**
 * One user's status. `Status`: 0 not in the room, 1 in it. `LoginTime`: Unix milliseconds. `UserRole`
 * (LiveRoom only): 1 host, 2 audience, 4 administrator.
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
  207: RtcErrors.RoomRateLimited,
  50001: RtcErrors.RoomNotFound
} as const

/**
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
  idempotent: true,
  errors
})
