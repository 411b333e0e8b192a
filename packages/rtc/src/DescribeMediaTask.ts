/**
 * RTC `DescribeMediaTask`: the state of a media task (merge, transcode or thumbnails). GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/cdn/describe-media-task.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of DescribeMediaTask, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 }),
  /** One of "Tencent", "Huawei". */
  Vendor: Rules.string({ enum: ["Tencent", "Huawei"] })
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
          Event: Schema.optionalWith(Schema.String, { default: () => "" }),
          Status: Schema.optionalWith(Schema.String, { default: () => "" }),
          FileId: Schema.optionalWith(Schema.String, { default: () => "" }),
          ReplayUrl: Schema.optionalWith(Schema.String, { default: () => "" }),
          RequestId: Schema.optionalWith(Schema.String, { default: () => "" }),
          Message: Schema.optionalWith(Schema.String, { default: () => "" }),
          ThumbnailsUrl: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] })
        }),
        {
          default: () => ({
            TaskId: "",
            Event: "",
            Status: "",
            FileId: "",
            ReplayUrl: "",
            RequestId: "",
            Message: "",
            ThumbnailsUrl: []
          })
        }
      ),
      Huawei: Schema.optionalWith(
        Schema.Struct({
          TaskId: Schema.optionalWith(Schema.String, { default: () => "" }),
          Status: Schema.optionalWith(Schema.String, { default: () => "" }),
          CreateTime: Schema.optionalWith(Schema.String, { default: () => "" }),
          EndTime: Schema.optionalWith(Schema.String, { default: () => "" }),
          FileName: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] })
        }),
        { default: () => ({ TaskId: "", Status: "", CreateTime: "", EndTime: "", FileName: [] }) }
      )
    }),
    {
      default: () => ({
        Tencent: {
          TaskId: "",
          Event: "",
          Status: "",
          FileId: "",
          ReplayUrl: "",
          RequestId: "",
          Message: "",
          ThumbnailsUrl: []
        },
        Huawei: { TaskId: "", Status: "", CreateTime: "", EndTime: "", FileName: [] }
      })
    }
  )
})

/**
 * The codes of DescribeMediaTask.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaFileCommon
} as const

/**
 * Idempotent: a read (Describe…).
 *
 * @since 0.1.0
 * @category actions
 */
export const DescribeMediaTask = Action.make({
  product: "rtc",
  name: "DescribeMediaTask",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "the state of a media task (merge, transcode or thumbnails)",
  limits: {
    TaskId: "Not empty.",
    Vendor: "One of \"Tencent\", \"Huawei\"."
  },
  idempotent: true,
  errors
})
