/**
 * RTC `StartCloudTranscode`: starts (or updates) transcoding one stream in the cloud. POST, 100 requests/s.
 *
 * Generated from the vendor's `rtc/stream-mixing/start-cloud-transcode.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of StartCloudTranscode that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InputStreamNotFound,
  /**
   * An error of StartCloudTranscode that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MixTaskFailed
} from "./RtcErrors.js"

/**
 * The input of StartCloudTranscode, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  UserId: Rules.string({ minLength: 1 }),
  Sequence: Schema.optional(Rules.number({ int: true })),
  TranscodeInput: Schema.Struct({
    StreamId: Schema.optional(Rules.string()),
    StreamUrl: Schema.optional(Rules.string())
  }),
  /** At least 1 item. */
  TranscodeOutput: Rules.array(
    Schema.Struct({
      StreamId: Schema.optional(Rules.string()),
      StreamUrl: Schema.optional(Rules.string()),
      /** One of 0, 1, 2, 3, 4. */
      TemplateId: Rules.number({ int: true, enum: [0, 1, 2, 3, 4] }),
      TemplateConfig: Schema.optional(Schema.Struct({
        /** One of 0, 1, 2. Server default: 0. */
        VideoEncId: Schema.optional(Rules.number({ int: true, enum: [0, 1, 2] })),
        Fps: Schema.optional(Rules.number({ int: true })),
        /** Server default: 2. */
        GOP: Schema.optional(Rules.number({ int: true })),
        /** Server default: 0. */
        ShortEdgeAdaption: Schema.optional(Rules.number({ int: true })),
        /** An integer from 0 to 3000. */
        Height: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 3000 })),
        /** An integer from 0 to 3000. */
        Width: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 3000 })),
        /** Server default: 0. */
        VideoBitrate: Schema.optional(Rules.number({ int: true })),
        /** Server default: 0. */
        LowBitrateHD: Schema.optional(Rules.number({ int: true }))
      }))
    }),
    { minItems: 1 }
  )
})

/**
 * The business fields of a successful answer: StartCloudTranscode has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of StartCloudTranscode.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.streamMixingCommon,
  110200150: RtcErrors.InputStreamNotFound,
  110200151: RtcErrors.MixTaskFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const StartCloudTranscode = Action.make({
  product: "rtc",
  name: "StartCloudTranscode",
  method: "POST",
  request: Request,
  response: Response,
  qps: 100,
  summary: "starts (or updates) transcoding one stream in the cloud",
  limits: {
    TaskId: "Not empty.",
    UserId: "Not empty.",
    TranscodeOutput: "At least 1 item."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
