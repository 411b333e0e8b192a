/**
 * RTC `StopCensorAudioV2`: stops an audio moderation task. POST, 100 requests/s.
 *
 * Generated from the vendor's `rtc/moderation/stop-censor-audio.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of StopCensorAudioV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ModerationFailed,
  /**
   * An error of StopCensorAudioV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ModerationNotEnabled,
  /**
   * An error of StopCensorAudioV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ModerationRequestFailed
} from "./RtcErrors.js"

/**
 * The input of StopCensorAudioV2, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 })
})

/**
 * The business fields of a successful answer: StopCensorAudioV2 has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of StopCensorAudioV2.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  50006: RtcErrors.ModerationRequestFailed,
  50007: RtcErrors.ModerationRequestFailed,
  50009: RtcErrors.ModerationFailed,
  50117: RtcErrors.ModerationNotEnabled
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const StopCensorAudioV2 = Action.make({
  product: "rtc",
  name: "StopCensorAudioV2",
  method: "POST",
  request: Request,
  response: Response,
  qps: 100,
  summary: "stops an audio moderation task",
  limits: {
    TaskId: "Not empty."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
