/**
 * RTC `MediaThumbnails`: starts a thumbnail task on a media file. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/cdn/media-thumbnails.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of MediaThumbnails that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  FileNotFound
} from "./RtcErrors.js"

/**
 * The input of MediaThumbnails, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** One of "Tencent", "Huawei". */
  Vendor: Rules.string({ enum: ["Tencent", "Huawei"] }),
  /** Not empty. */
  FileId: Rules.string({ minLength: 1 }),
  /** One of "SnapshotByTimeOffset", "SampleSnapshot". */
  Type: Rules.string({ enum: ["SnapshotByTimeOffset", "SampleSnapshot"] }),
  Definition: Schema.optional(Rules.number({ int: true })),
  ExtTimeOffsetSet: Schema.optional(Rules.array(Rules.number({ int: true }))),
  Interval: Schema.optional(Rules.number({ int: true }))
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
      ),
      Huawei: Schema.optionalWith(
        Schema.Struct({
          task_id: Schema.optionalWith(Schema.String, { default: () => "" })
        }),
        { default: () => ({ task_id: "" }) }
      )
    }),
    { default: () => ({ Tencent: { TaskId: "", RequestId: "" }, Huawei: { task_id: "" } }) }
  )
})

/**
 * The codes of MediaThumbnails.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaFileCommon,
  41003: RtcErrors.FileNotFound
} as const

/**
 * Not idempotent: reads like a getter but starts a thumbnail task.
 *
 * @since 0.1.0
 * @category actions
 */
export const MediaThumbnails = Action.make({
  product: "rtc",
  name: "MediaThumbnails",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "starts a thumbnail task on a media file",
  limits: {
    Vendor: "One of \"Tencent\", \"Huawei\".",
    FileId: "Not empty.",
    Type: "One of \"SnapshotByTimeOffset\", \"SampleSnapshot\"."
  },
  idempotent: false,
  errors
})
