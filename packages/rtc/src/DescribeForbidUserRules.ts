/**
 * RTC `DescribeForbidUserRules`: the rules of one type that ban users. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/forbid-user-rule/describe-forbid-user-rules.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of DescribeForbidUserRules that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionNotGranted,
  /**
   * An error of DescribeForbidUserRules that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyForbidRules
} from "./RtcErrors.js"

/**
 * The input of DescribeForbidUserRules, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** One of 1, 2, 3, 4. */
  RuleType: Rules.number({ int: true, enum: [1, 2, 3, 4] })
})

/**
 * One item of `Data.RuleList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Rule = Schema.Struct({
  RuleType: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  IP: Schema.optionalWith(Schema.String, { default: () => "" }),
  RoomId: Schema.optionalWith(Schema.String, { default: () => "" }),
  UserId: Schema.optionalWith(Schema.String, { default: () => "" }),
  DisabledPrivilegeList: Schema.optionalWith(Schema.Array(Schema.Number), { default: () => [] }),
  ExpireTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Rule = typeof Rule.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      RuleList: Schema.optionalWith(Schema.Array(Rule), { default: () => [] })
    }),
    { default: () => ({ RuleList: [] }) }
  )
})

/**
 * The codes of DescribeForbidUserRules.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  9: RtcErrors.PermissionNotGranted,
  50123: RtcErrors.TooManyForbidRules
} as const

/**
 * Idempotent: a read (Describe…).
 *
 * @since 0.1.0
 * @category actions
 */
export const DescribeForbidUserRules = Action.make({
  product: "rtc",
  name: "DescribeForbidUserRules",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "the rules of one type that ban users",
  limits: {
    RuleType: "One of 1, 2, 3, 4."
  },
  idempotent: true,
  errors
})
