/**
 * RTC `TranscodeMedia`: starts transcoding a media file to 360p, 540p or 720p. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/cdn/start-on-demand-transcoding.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of TranscodeMedia that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  FileNotFound
} from "./RtcErrors.js"

/**
 * The input of TranscodeMedia, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** One of "Tencent". */
  Vendor: Rules.string({ enum: ["Tencent"] }),
  /** Not empty. */
  FileId: Rules.string({ minLength: 1 }),
  /** One of "360p", "540p", "720p". */
  Resolution: Rules.string({ enum: ["360p", "540p", "720p"] })
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
      Tencent: Schema.optionalWith(
        Schema.Struct({
          TaskId: Schema.optionalWith(Schema.String, { default: () => "" }),
          RequestId: Schema.optionalWith(Schema.String, { default: () => "" })
        }),
        { default: () => ({ TaskId: "", RequestId: "" }) }
      )
    }),
    { default: () => ({ Tencent: { TaskId: "", RequestId: "" } }) }
  )
})

/**
 * The codes of TranscodeMedia.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaFileCommon,
  41003: RtcErrors.FileNotFound
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const TranscodeMedia = Action.make({
  product: "rtc",
  name: "TranscodeMedia",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "starts transcoding a media file to 360p, 540p or 720p",
  limits: {
    Vendor: "One of \"Tencent\".",
    FileId: "Not empty.",
    Resolution: "One of \"360p\", \"540p\", \"720p\"."
  },
  idempotent: false,
  errors
})
