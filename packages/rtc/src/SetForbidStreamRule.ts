/**
 * RTC `SetForbidStreamRule`: bans the audio or video of a stream for a while. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/forbid-stream-rule/set-forbid-stream-rule.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of SetForbidStreamRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionNotGranted,
  /**
   * An error of SetForbidStreamRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  StreamInfoUpdateFailed
} from "./RtcErrors.js"

/**
 * The input of SetForbidStreamRule, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** 1 to 256 bytes. */
  StreamId: Rules.string({ minLength: 1, maxBytes: 256 }),
  /** One of 0, 1. Server default: 0. */
  DisableAudio: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 0, 1. Server default: 0. */
  DisableVideo: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** An integer from 1 to 86400. Server default: 21600. */
  EffectiveTime: Schema.optional(Rules.number({ int: true, minimum: 1, maximum: 86400 }))
})

/**
 * The business fields of a successful answer: SetForbidStreamRule has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of SetForbidStreamRule.
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
export const SetForbidStreamRule = Action.make({
  product: "rtc",
  name: "SetForbidStreamRule",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "bans the audio or video of a stream for a while",
  limits: {
    RoomId: "Not empty.",
    StreamId: "1 to 256 bytes.",
    DisableAudio: "One of 0, 1. Server default: 0.",
    DisableVideo: "One of 0, 1. Server default: 0.",
    EffectiveTime: "An integer from 1 to 86400. Server default: 21600."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
