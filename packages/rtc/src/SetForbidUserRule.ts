/**
 * RTC `SetForbidUserRule`: bans users, by IP, room or user ID, from logging in or publishing. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/forbid-user-rule/set-forbid-user-rule.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of SetForbidUserRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionNotGranted,
  /**
   * An error of SetForbidUserRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyForbidRules
} from "./RtcErrors.js"

/**
 * The input of SetForbidUserRule, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** One of 1, 2, 3, 4. */
  RuleType: Rules.number({ int: true, enum: [1, 2, 3, 4] }),
  IP: Schema.optional(Rules.string()),
  RoomId: Schema.optional(Rules.string()),
  UserId: Schema.optional(Rules.string()),
  /** At least 1 item; each one of 1, 2. */
  DisabledPrivilege: Rules.array(Rules.number({ int: true, enum: [1, 2] }), { minItems: 1 }),
  /** An integer from 1 to 86400. */
  EffectiveTime: Rules.number({ int: true, minimum: 1, maximum: 86400 })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      ExpireTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
    }),
    { default: () => ({ ExpireTime: 0 }) }
  )
})

/**
 * The codes of SetForbidUserRule.
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
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SetForbidUserRule = Action.make({
  product: "rtc",
  name: "SetForbidUserRule",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "bans users, by IP, room or user ID, from logging in or publishing",
  limits: {
    RuleType: "One of 1, 2, 3, 4.",
    DisabledPrivilege: "At least 1 item; each one of 1, 2.",
    EffectiveTime: "An integer from 1 to 86400."
  },
  idempotent: false,
  errors
})
