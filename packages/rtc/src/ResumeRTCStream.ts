/**
 * RTC `ResumeRTCStream`: lets a forbidden stream be published again. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/resume-rtc-stream.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AppTokenNotConfigured,
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AuthenticationFailed,
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InternalError,
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidApp,
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAppId,
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidIsTest,
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidStreamId,
  /**
   * An error of ResumeRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TimestampRejected
} from "./RtcErrors.js"

/**
 * The input of ResumeRTCStream, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  StreamId: Rules.string({ minLength: 1 }),
  Sequence: Rules.string()
})

/**
 * The business fields of a successful answer: ResumeRTCStream has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of ResumeRTCStream.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaServiceCommon,
  3000: RtcErrors.InvalidApp,
  3001: RtcErrors.InternalError,
  3002: RtcErrors.TimestampRejected,
  3003: RtcErrors.AppTokenNotConfigured,
  5006: RtcErrors.InternalError,
  30003: RtcErrors.InternalError,
  30004: RtcErrors.InvalidIsTest,
  30005: RtcErrors.InvalidAppId,
  30009: RtcErrors.InvalidStreamId,
  40005: RtcErrors.AuthenticationFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ResumeRTCStream = Action.make({
  product: "rtc",
  name: "ResumeRTCStream",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "lets a forbidden stream be published again",
  limits: {
    StreamId: "Not empty."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
