/**
 * RTC `GenerateIdentifyToken`: a token for the stream moderation service. GET, 100 requests/s.
 *
 * Generated from the vendor's `rtc/moderation/generate-identify-token.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of GenerateIdentifyToken, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  EffectiveTime: Schema.optional(Rules.number({ int: true }))
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
      IdentifyToken: Schema.optionalWith(Schema.String, { default: () => "" }),
      RemainTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
    }),
    { default: () => ({ IdentifyToken: "", RemainTime: 0 }) }
  )
})

/**
 * The codes of GenerateIdentifyToken.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common
} as const

/**
 * Idempotent: issues a moderation token; a second token is harmless.
 *
 * @since 0.1.0
 * @category actions
 */
export const GenerateIdentifyToken = Action.make({
  product: "rtc",
  name: "GenerateIdentifyToken",
  method: "GET",
  request: Request,
  response: Response,
  qps: 100,
  summary: "a token for the stream moderation service",
  idempotent: true,
  errors
})
