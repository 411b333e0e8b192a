/**
 * RTC `DescribeRTCStreamState`: whether a stream exists and is active. GET, 40 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/describe-rtc-stream-state.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AppTokenNotConfigured,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AuthenticationFailed,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InternalError,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidApp,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAppId,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidIsTest,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidStreamId,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  StreamNotFound,
  /**
   * An error of DescribeRTCStreamState that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TimestampRejected
} from "./RtcErrors.js"

/**
 * 41006: the stream exists but is closed.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamClosed extends ZegoError.ApiError<StreamClosed>()("StreamClosed", {
  meaning: "the stream exists but is closed"
}) {}

/**
 * The input of DescribeRTCStreamState, with its documented limits; it is sent as the query parameters.
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
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      create_time: Schema.optionalWith(Schema.String, { default: () => "" }),
      close_time: Schema.optionalWith(Schema.String, { default: () => "" })
    }),
    { default: () => ({ create_time: "", close_time: "" }) }
  )
})

/**
 * The codes of DescribeRTCStreamState.
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
  30003: RtcErrors.InternalError,
  30004: RtcErrors.InvalidIsTest,
  30005: RtcErrors.InvalidAppId,
  30009: RtcErrors.InvalidStreamId,
  40005: RtcErrors.AuthenticationFailed,
  41004: RtcErrors.StreamNotFound,
  41006: StreamClosed
} as const

/**
 * Idempotent: a read (Describe…).
 *
 * @since 0.1.0
 * @category actions
 */
export const DescribeRTCStreamState = Action.make({
  product: "rtc",
  name: "DescribeRTCStreamState",
  method: "GET",
  request: Request,
  response: Response,
  qps: 40,
  summary: "whether a stream exists and is active",
  limits: {
    StreamId: "Not empty."
  },
  idempotent: true,
  errors
})
