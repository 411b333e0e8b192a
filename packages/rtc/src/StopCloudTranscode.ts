/**
 * RTC `StopCloudTranscode`: stops a cloud transcoding task. POST, 100 requests/s.
 *
 * Generated from the vendor's `rtc/stream-mixing/stop-cloud-transcode.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of StopCloudTranscode that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MixTaskFailed
} from "./RtcErrors.js"

/**
 * The input of StopCloudTranscode, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  UserId: Rules.string({ minLength: 1 }),
  Sequence: Schema.optional(Rules.number({ int: true }))
})

/**
 * The business fields of a successful answer: StopCloudTranscode has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of StopCloudTranscode.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.streamMixingCommon,
  110200151: RtcErrors.MixTaskFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const StopCloudTranscode = Action.make({
  product: "rtc",
  name: "StopCloudTranscode",
  method: "POST",
  request: Request,
  response: Response,
  qps: 100,
  summary: "stops a cloud transcoding task",
  limits: {
    TaskId: "Not empty.",
    UserId: "Not empty."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
