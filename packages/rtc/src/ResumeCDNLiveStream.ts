/**
 * RTC `ResumeCDNLiveStream`: lets a forbidden CDN live stream be published again. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/resume-cdn-live-stream.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of ResumeCDNLiveStream, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  StreamId: Rules.string({ minLength: 1 })
})

/**
 * One item of `Data`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CdnResult = Schema.Struct({
  CdnType: Schema.optionalWith(Schema.String, { default: () => "" }),
  CdnResult: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type CdnResult = typeof CdnResult.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(Schema.Array(CdnResult), { default: () => [] })
})

/**
 * The codes of ResumeCDNLiveStream.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaServiceCommon
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ResumeCDNLiveStream = Action.make({
  product: "rtc",
  name: "ResumeCDNLiveStream",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "lets a forbidden CDN live stream be published again",
  limits: {
    StreamId: "Not empty."
  },
  idempotent: false,
  errors
})
