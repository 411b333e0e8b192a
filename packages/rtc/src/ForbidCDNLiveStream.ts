/**
 * RTC `ForbidCDNLiveStream`: stops a CDN live stream from being published. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/forbid-cdn-live-stream.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of ForbidCDNLiveStream, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  StreamId: Rules.string({ minLength: 1 }),
  ResumeTime: Schema.optional(Rules.string())
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
 * The codes of ForbidCDNLiveStream.
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
export const ForbidCDNLiveStream = Action.make({
  product: "rtc",
  name: "ForbidCDNLiveStream",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "stops a CDN live stream from being published",
  limits: {
    StreamId: "Not empty."
  },
  idempotent: false,
  errors
})
