/**
 * RTC `ForbidRTCStreams`: stops up to 20 streams from being published. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/forbid-rtc-streams.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of ForbidRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InternalError,
  /**
   * An error of ForbidRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidAppId,
  /**
   * An error of ForbidRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidIsTest,
  /**
   * An error of ForbidRTCStreams that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidStreamIdList
} from "./RtcErrors.js"

/**
 * 42003: the server could not forbid the streams.
 *
 * @since 0.1.0
 * @category errors
 */
export class BatchForbidFailed extends ZegoError.ApiError<BatchForbidFailed>()("BatchForbidFailed", {
  meaning: "the server could not forbid the streams",
  retry: "transient"
}) {}

/**
 * The input of ForbidRTCStreams, with its documented limits; it is sent as the query parameters.
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
 * The codes of ForbidRTCStreams.
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
  42003: BatchForbidFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ForbidRTCStreams = Action.make({
  product: "rtc",
  name: "ForbidRTCStreams",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "stops up to 20 streams from being published",
  limits: {
    StreamId: "1 to 20 items; each not empty."
  },
  idempotent: false,
  errors
})
