/**
 * RTC `RTMPDispatchV2`: the RTMP node (as a URL) to publish or play a stream. GET, 40 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/rtpm-dispatch.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of RTMPDispatchV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InternalError,
  /**
   * An error of RTMPDispatchV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAppId,
  /**
   * An error of RTMPDispatchV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidIsTest,
  /**
   * An error of RTMPDispatchV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidStreamId
} from "./RtcErrors.js"

/**
 * 1001: the dispatch failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class DispatchFailed extends ZegoError.ApiError<DispatchFailed>()("DispatchFailed", {
  meaning: "the dispatch failed",
  retry: "transient"
}) {}

/**
 * 1002: no publishing node is available.
 *
 * @since 0.1.0
 * @category errors
 */
export class NoPublishNode extends ZegoError.ApiError<NoPublishNode>()("NoPublishNode", {
  meaning: "no publishing node is available",
  retry: "transient"
}) {}

/**
 * 1003: no playing node is available.
 *
 * @since 0.1.0
 * @category errors
 */
export class NoPlayNode extends ZegoError.ApiError<NoPlayNode>()("NoPlayNode", {
  meaning: "no playing node is available",
  retry: "transient"
}) {}

/**
 * 1005: the app is not online.
 *
 * @since 0.1.0
 * @category errors
 */
export class AppOffline extends ZegoError.ApiError<AppOffline>()("AppOffline", {
  meaning: "the app is not online"
}) {}

/**
 * 30010: the dispatch type is invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidDispatchType extends ZegoError.ApiError<InvalidDispatchType>()("InvalidDispatchType", {
  meaning: "the dispatch type is invalid"
}) {}

/**
 * 30011: the client IP address is invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidClientIp extends ZegoError.ApiError<InvalidClientIp>()("InvalidClientIp", {
  meaning: "the client IP address is invalid"
}) {}

/**
 * The input of RTMPDispatchV2, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  StreamId: Rules.string({ minLength: 1 }),
  Sequence: Rules.number({ int: true }),
  Type: Rules.string(),
  ClientIP: Schema.optional(Rules.string())
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] })
})

/**
 * The codes of RTMPDispatchV2.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaServiceCommon,
  1001: DispatchFailed,
  1002: NoPublishNode,
  1003: NoPlayNode,
  1005: AppOffline,
  1006: ZegoError.InvalidParameter,
  30003: RtcErrors.InternalError,
  30004: RtcErrors.InvalidIsTest,
  30005: RtcErrors.InvalidAppId,
  30009: RtcErrors.InvalidStreamId,
  30010: InvalidDispatchType,
  30011: InvalidClientIp
} as const

/**
 * Idempotent: a lookup of the RTMP node to use; it changes nothing.
 *
 * @since 0.1.0
 * @category actions
 */
export const RTMPDispatchV2 = Action.make({
  product: "rtc",
  name: "RTMPDispatchV2",
  method: "GET",
  request: Request,
  response: Response,
  qps: 40,
  summary: "the RTMP node (as a URL) to publish or play a stream",
  limits: {
    StreamId: "Not empty."
  },
  idempotent: true,
  errors
})
