/**
 * RTC `GetMixTaskInfo`: the state of a stream-mixing task. GET, 100 requests/s.
 *
 * Generated from the vendor's `rtc/stream-mixing/get-mix-task-info.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * 110209001: the stream-mixing task does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class MixTaskNotFound extends ZegoError.ApiError<MixTaskNotFound>()("MixTaskNotFound", {
  meaning: "the stream-mixing task does not exist"
}) {}

/**
 * The input of GetMixTaskInfo, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 })
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
      TaskInfo: Schema.optionalWith(
        Schema.Struct({
          TaskId: Schema.optionalWith(Schema.String, { default: () => "" }),
          MixDuration: Schema.optionalWith(Schema.Number, { default: () => 0 })
        }),
        { default: () => ({ TaskId: "", MixDuration: 0 }) }
      )
    }),
    { default: () => ({ TaskInfo: { TaskId: "", MixDuration: 0 } }) }
  )
})

/**
 * The codes of GetMixTaskInfo.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.streamMixingCommon,
  110209001: MixTaskNotFound
} as const

/**
 * Idempotent: a read (Get…).
 *
 * @since 0.1.0
 * @category actions
 */
export const GetMixTaskInfo = Action.make({
  product: "rtc",
  name: "GetMixTaskInfo",
  method: "GET",
  request: Request,
  response: Response,
  qps: 100,
  summary: "the state of a stream-mixing task",
  limits: {
    TaskId: "Not empty."
  },
  idempotent: true,
  errors
})
