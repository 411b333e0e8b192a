/**
 * ZIM `CgiDescribeZIMAudioLicense`: the ZIM Audio licence file of the app (served by the authentication host).
 * GET, no documented rate limit.
 *
 * The vendor serves this Action from https://auth-api.zego.im, not from the product's host: calls go there while
 * the product's base URL is a region default.
 *
 * Generated from the vendor's `zim/zim-audio/obtain-a-license.yaml`.
 *
 * @since 0.1.0
 */

import { Action, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * 910002: the license certificate is invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidCertificate extends ZegoError.ApiError<InvalidCertificate>()("InvalidCertificate", {
  meaning: "the license certificate is invalid"
}) {}

/**
 * 910003: the license service failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class LicenseServiceError extends ZegoError.ApiError<LicenseServiceError>()("LicenseServiceError", {
  meaning: "the license service failed",
  retry: "transient"
}) {}

/**
 * 910004: the authorization information is wrong.
 *
 * @since 0.1.0
 * @category errors
 */
export class AuthorizationInvalid extends ZegoError.ApiError<AuthorizationInvalid>()("AuthorizationInvalid", {
  meaning: "the authorization information is wrong"
}) {}

/**
 * The input of CgiDescribeZIMAudioLicense, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({}).pipe(Schema.filter((input) => {
  const extra = Object.keys(input)[0]
  return extra === undefined || { path: [extra], message: "is unexpected" }
}))

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      License: Schema.optionalWith(Schema.String, { default: () => "" })
    }),
    { default: () => ({ License: "" }) }
  )
})

/**
 * The codes of CgiDescribeZIMAudioLicense.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  910001: ZegoError.InvalidParameter,
  910002: InvalidCertificate,
  910003: LicenseServiceError,
  910004: AuthorizationInvalid
} as const

/**
 * Idempotent: a read behind a `Cgi` prefix: it returns the licence file.
 *
 * @since 0.1.0
 * @category actions
 */
export const CgiDescribeZIMAudioLicense = Action.make({
  product: "zim",
  name: "CgiDescribeZIMAudioLicense",
  method: "GET",
  request: Request,
  response: Response,
  qps: undefined,
  host: "https://auth-api.zego.im",
  summary: "the ZIM Audio licence file of the app (served by the authentication host)",
  idempotent: true,
  errors
})
