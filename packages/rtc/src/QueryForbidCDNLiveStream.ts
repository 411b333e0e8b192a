/**
 * RTC `QueryForbidCDNLiveStream`: the CDN live streams whose publishing is forbidden. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/media-service/query-forbid-cdn-live-stream.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of QueryForbidCDNLiveStream, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  Vendor: Rules.string()
})

/**
 * One item of `Data.Ws.ResultDetail`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ForbiddenStream = Schema.Struct({
  Channel: Schema.optionalWith(Schema.String, { default: () => "" }),
  Url: Schema.optionalWith(Schema.String, { default: () => "" }),
  StartTime: Schema.optionalWith(Schema.String, { default: () => "" }),
  EndTime: Schema.optionalWith(Schema.String, { default: () => "" }),
  Ip: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type ForbiddenStream = typeof ForbiddenStream.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      Ws: Schema.optionalWith(
        Schema.Struct({
          ResultDetail: Schema.optionalWith(Schema.Array(ForbiddenStream), { default: () => [] })
        }),
        { default: () => ({ ResultDetail: [] }) }
      )
    }),
    { default: () => ({ Ws: { ResultDetail: [] } }) }
  )
})

/**
 * The codes of QueryForbidCDNLiveStream.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaServiceCommon
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryForbidCDNLiveStream = Action.make({
  product: "rtc",
  name: "QueryForbidCDNLiveStream",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "the CDN live streams whose publishing is forbidden",
  idempotent: true,
  errors
})
