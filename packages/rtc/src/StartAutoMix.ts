/**
 * RTC `StartAutoMix`: starts (or updates) mixing every audio stream of a room automatically. POST, 100 requests/s.
 *
 * Generated from the vendor's `rtc/stream-mixing/start-auto-mix.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of StartAutoMix that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MixTaskFailed
} from "./RtcErrors.js"

/**
 * 110200005: the same user is starting stream mixing too often.
 *
 * @since 0.1.0
 * @category errors
 */
export class MixStartBusy extends ZegoError.ApiError<MixStartBusy>()("MixStartBusy", {
  meaning: "the same user is starting stream mixing too often",
  retry: "throttled"
}) {}

/**
 * 110200006: the same user is stopping stream mixing too often.
 *
 * @since 0.1.0
 * @category errors
 */
export class MixStopBusy extends ZegoError.ApiError<MixStopBusy>()("MixStopBusy", {
  meaning: "the same user is stopping stream mixing too often",
  retry: "throttled"
}) {}

/**
 * The input of StartAutoMix, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  UserId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** At most 9 items. */
  ExtraMixInput: Schema.optional(Rules.array(
    Schema.Struct({
      /** Digits, ASCII letters and -_. */
      StreamId: Schema.optional(
        Rules.string({ pattern: { regex: /^[0-9A-Za-z\-_]*$/, rule: "only digits, ASCII letters and -_" } })
      ),
      StreamUrl: Schema.optional(Rules.string()),
      /** One of 0, 1. */
      ModifyType: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
      SoundLevelId: Schema.optional(Rules.number({ int: true })),
      /** An integer from 0 to 200. Server default: 100. */
      Volume: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 }))
    }),
    { maxItems: 9 }
  )),
  /** 1 to 3 items. */
  MixOutput: Rules.array(
    Schema.Struct({
      StreamId: Schema.optional(Rules.string()),
      StreamUrl: Schema.optional(Rules.string()),
      /** One of 0, 1, 2, 3. */
      AudioCodec: Schema.optional(Rules.number({ int: true, enum: [0, 1, 2, 3] })),
      AudioBitrate: Schema.optional(Rules.number({ int: true })),
      /** One of 1, 2. */
      SoundChannel: Schema.optional(Rules.number({ int: true, enum: [1, 2] }))
    }),
    { minItems: 1, maxItems: 3 }
  ),
  Sequence: Schema.optional(Rules.number({ int: true })),
  /** At most 4000 bytes. */
  UserData: Schema.optional(Rules.string({ maxBytes: 4000 })),
  /** One of 0, 1. */
  SoundLevel: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 0, 1. Server default: 0. */
  ByPass: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 1, 2. Server default: 1. */
  SoundChannel: Schema.optional(Rules.number({ int: true, enum: [1, 2] })),
  /** One of 0, 1, 2. */
  AlignmentType: Schema.optional(Rules.number({ int: true, enum: [0, 1, 2] })),
  /** An integer from 0 to 4000. */
  RecvBufferLevel: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 4000 })),
  ExPara: Schema.optional(Rules.array(Schema.Struct({
    Key: Schema.optional(Rules.string()),
    Value: Schema.optional(Rules.string())
  })))
})

/**
 * One item of `Data.PlayInfo`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PlayInfo = Schema.Struct({
  StreamId: Schema.String,
  RTMP: Schema.optionalWith(Schema.String, { default: () => "" }),
  HLS: Schema.optionalWith(Schema.String, { default: () => "" }),
  FLV: Schema.optionalWith(Schema.String, { default: () => "" }),
  Status: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  UserName: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type PlayInfo = typeof PlayInfo.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      UserId: Schema.optionalWith(Schema.String, { default: () => "" }),
      Sequence: Schema.optionalWith(Schema.Number, { default: () => 0 }),
      RoomId: Schema.optionalWith(Schema.String, { default: () => "" }),
      PlayInfo: Schema.optionalWith(Schema.Array(PlayInfo), { default: () => [] })
    }),
    { default: () => ({ UserId: "", Sequence: 0, RoomId: "", PlayInfo: [] }) }
  )
})

/**
 * The codes of StartAutoMix.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.streamMixingCommon,
  110200005: MixStartBusy,
  110200006: MixStopBusy,
  110200151: RtcErrors.MixTaskFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const StartAutoMix = Action.make({
  product: "rtc",
  name: "StartAutoMix",
  method: "POST",
  request: Request,
  response: Response,
  qps: 100,
  summary: "starts (or updates) mixing every audio stream of a room automatically",
  limits: {
    TaskId: "Not empty.",
    UserId: "Not empty.",
    RoomId: "Not empty.",
    ExtraMixInput: "At most 9 items.",
    MixOutput: "1 to 3 items.",
    UserData: "At most 4000 bytes.",
    SoundLevel: "One of 0, 1.",
    ByPass: "One of 0, 1. Server default: 0.",
    SoundChannel: "One of 1, 2. Server default: 1.",
    AlignmentType: "One of 0, 1, 2.",
    RecvBufferLevel: "An integer from 0 to 4000."
  },
  idempotent: false,
  errors
})
