/**
 * RTC `DelForbidStreamRule`: deletes the publishing ban of a stream. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/forbid-stream-rule/del-forbid-stream-rule.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of DelForbidStreamRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionNotGranted,
  /**
   * An error of DelForbidStreamRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  StreamInfoUpdateFailed
} from "./RtcErrors.js"

/**
 * The input of DelForbidStreamRule, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** 1 to 256 bytes. */
  StreamId: Rules.string({ minLength: 1, maxBytes: 256 })
})

/**
 * The business fields of a successful answer: DelForbidStreamRule has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of DelForbidStreamRule.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  9: RtcErrors.PermissionNotGranted,
  123: RtcErrors.StreamInfoUpdateFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const DelForbidStreamRule = Action.make({
  product: "rtc",
  name: "DelForbidStreamRule",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "deletes the publishing ban of a stream",
  limits: {
    RoomId: "Not empty.",
    StreamId: "1 to 256 bytes."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
