/**
 * RTC `ForbidRTCStream`: stops one stream from being published. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/forbid-rtc-stream.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AppTokenNotConfigured,
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AuthenticationFailed,
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InternalError,
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidApp,
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAppId,
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidIsTest,
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidStreamId,
  /**
   * An error of ForbidRTCStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TimestampRejected
} from "./RtcErrors.js"

/**
 * The input of ForbidRTCStream, with its documented limits; it is sent as the query parameters.
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
 * The business fields of a successful answer: ForbidRTCStream has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of ForbidRTCStream.
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
export const ForbidRTCStream = Action.make({
  product: "rtc",
  name: "ForbidRTCStream",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "stops one stream from being published",
  limits: {
    StreamId: "Not empty."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
