/**
 * RTC `ResumeRTCStreams`: lets up to 20 forbidden streams be published again. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/resume-rtc-streams.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of ResumeRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InternalError,
  /**
   * An error of ResumeRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAppId,
  /**
   * An error of ResumeRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidIsTest,
  /**
   * An error of ResumeRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidStreamIdList
} from "./RtcErrors.js"

/**
 * 42004: the server could not resume the streams.
 *
 * @since 0.1.0
 * @category errors
 */
export class BatchResumeFailed extends ZegoError.ApiError<BatchResumeFailed>()("BatchResumeFailed", {
  meaning: "the server could not resume the streams",
  retry: "transient"
}) {}

/**
 * The input of ResumeRTCStreams, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 20 items; each not empty. */
  StreamId: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 20 }),
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
 * The codes of ResumeRTCStreams.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaServiceCommon,
  30003: RtcErrors.InternalError,
  30004: RtcErrors.InvalidIsTest,
  30005: RtcErrors.InvalidAppId,
  30006: RtcErrors.InvalidStreamIdList,
  42004: BatchResumeFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ResumeRTCStreams = Action.make({
  product: "rtc",
  name: "ResumeRTCStreams",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "lets up to 20 forbidden streams be published again",
  limits: {
    StreamId: "1 to 20 items; each not empty."
  },
  idempotent: false,
  errors
})
