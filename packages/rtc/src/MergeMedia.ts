/**
 * RTC `MergeMedia`: starts merging media files into one. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/cdn/merge-media.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as Wire from "./internal/wire.js"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of MergeMedia that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  FileNotFound
} from "./RtcErrors.js"

/**
 * The input of MergeMedia, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Wire.indexedDot(
  Schema.Struct({
    /** One of "Tencent", "Huawei". */
    Vendor: Rules.string({ enum: ["Tencent", "Huawei"] }),
    /** Server default: "MP4". */
    Format: Schema.optional(Rules.string()),
    /** One of "0", "1". Server default: "0". */
    Type: Schema.optional(Rules.string({ enum: ["0", "1"] })),
    /** 1 to 20 items; each not empty. */
    InputFileId: Schema.optional(Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 20 })),
    /** 1 to 10 items. */
    HandleMediaArgs: Schema.optional(Rules.array(
      Schema.Struct({
        /** Not empty. */
        FileId: Rules.string({ minLength: 1 }),
        /** A number of at least 0. Server default: 0. */
        StartTime: Schema.optional(Rules.number({ minimum: 0 })),
        /** A number of at least 0. */
        EndTime: Schema.optional(Rules.number({ minimum: 0 }))
      }),
      { minItems: 1, maxItems: 10 }
    )),
    OutputFileName: Schema.optional(Rules.string()),
    /** An integer of at least 0. Server default: 0. */
    ExpireTime: Schema.optional(Rules.number({ int: true, minimum: 0 }))
  }),
  ["HandleMediaArgs"]
)

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
      ),
      Huawei: Schema.optionalWith(
        Schema.Struct({
          TaskId: Schema.optionalWith(Schema.String, { default: () => "" }),
          RequestId: Schema.optionalWith(Schema.String, { default: () => "" })
        }),
        { default: () => ({ TaskId: "", RequestId: "" }) }
      )
    }),
    { default: () => ({ Tencent: { TaskId: "", RequestId: "" }, Huawei: { TaskId: "", RequestId: "" } }) }
  )
})

/**
 * The codes of MergeMedia.
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
export const MergeMedia = Action.make({
  product: "rtc",
  name: "MergeMedia",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "starts merging media files into one",
  limits: {
    Vendor: "One of \"Tencent\", \"Huawei\".",
    Format: "Server default: \"MP4\".",
    Type: "One of \"0\", \"1\". Server default: \"0\".",
    InputFileId: "1 to 20 items; each not empty.",
    HandleMediaArgs: "1 to 10 items.",
    ExpireTime: "An integer of at least 0. Server default: 0."
  },
  idempotent: false,
  errors
})
