/**
 * RTC `ClearCDNTransferRule`: removes every CDN relay of a stream. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/clear-cdn-transfer-rule.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of ClearCDNTransferRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AuthenticationFailed,
  /**
   * An error of ClearCDNTransferRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InternalError,
  /**
   * An error of ClearCDNTransferRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAppId,
  /**
   * An error of ClearCDNTransferRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidIsTest,
  /**
   * An error of ClearCDNTransferRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidStreamId,
  /**
   * An error of ClearCDNTransferRule that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RequestRejected
} from "./RtcErrors.js"

/**
 * The input of ClearCDNTransferRule, with its documented limits; it is sent as the query parameters.
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
  Data: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Unknown }), {
    nullable: true,
    default: () => ({})
  })
})

/**
 * The codes of ClearCDNTransferRule.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaServiceCommon,
  5000: RtcErrors.InternalError,
  5001: RtcErrors.InternalError,
  5002: RtcErrors.InternalError,
  5003: RtcErrors.AuthenticationFailed,
  5005: RtcErrors.RequestRejected,
  5006: RtcErrors.InternalError,
  30003: RtcErrors.InternalError,
  30004: RtcErrors.InvalidIsTest,
  30005: RtcErrors.InvalidAppId,
  30009: RtcErrors.InvalidStreamId
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ClearCDNTransferRule = Action.make({
  product: "rtc",
  name: "ClearCDNTransferRule",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "removes every CDN relay of a stream",
  limits: {
    StreamId: "Not empty."
  },
  idempotent: false,
  errors
})
