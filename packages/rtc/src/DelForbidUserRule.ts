/**
 * RTC `DelForbidUserRule`: deletes a rule that bans users from a room. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/forbid-user-rule/del-forbid-user-rule.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of DelForbidUserRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionNotGranted,
  /**
   * An error of DelForbidUserRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyForbidRules
} from "./RtcErrors.js"

/**
 * The input of DelForbidUserRule, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** One of 1, 2, 3, 4. */
  RuleType: Rules.number({ int: true, enum: [1, 2, 3, 4] }),
  IP: Schema.optional(Rules.string()),
  RoomId: Schema.optional(Rules.string()),
  UserId: Schema.optional(Rules.string())
})

/**
 * The business fields of a successful answer: DelForbidUserRule has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of DelForbidUserRule.
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
export const DelForbidUserRule = Action.make({
  product: "rtc",
  name: "DelForbidUserRule",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "deletes a rule that bans users from a room",
  limits: {
    RuleType: "One of 1, 2, 3, 4."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
