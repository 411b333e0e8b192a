/**
 * RTC `StartMix`: starts (or updates) a stream-mixing task. POST, 100 requests/s.
 *
 * Generated from the vendor's `rtc/stream-mixing/start-mix.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of StartMix that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InputStreamNotFound,
  /**
   * An error of StartMix that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MixTaskFailed,
  /**
   * An error of StartMix that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UnparsableParameters
} from "./RtcErrors.js"

/**
 * 110200157: stream mixing is not enabled for the app.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamMixingNotEnabled extends ZegoError.ApiError<StreamMixingNotEnabled>()("StreamMixingNotEnabled", {
  meaning: "stream mixing is not enabled for the app"
}) {}

/**
 * 110200158: the task has more input streams than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyInputStreams extends ZegoError.ApiError<TooManyInputStreams>()("TooManyInputStreams", {
  meaning: "the task has more input streams than allowed"
}) {}

/**
 * 110200175: an input stream is repeated.
 *
 * @since 0.1.0
 * @category errors
 */
export class DuplicateInputStream extends ZegoError.ApiError<DuplicateInputStream>()("DuplicateInputStream", {
  meaning: "an input stream is repeated"
}) {}

/**
 * 110200197: the output stream could not be added to the target room.
 *
 * @since 0.1.0
 * @category errors
 */
export class TargetRoomJoinFailed extends ZegoError.ApiError<TargetRoomJoinFailed>()("TargetRoomJoinFailed", {
  meaning: "the output stream could not be added to the target room"
}) {}

/**
 * The input of StartMix, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  UserId: Rules.string({ minLength: 1 }),
  /** 1 to 9 items. */
  MixInput: Rules.array(
    Schema.Struct({
      StreamId: Schema.optional(Rules.string()),
      StreamUrl: Schema.optional(Rules.string()),
      BlurInfo: Schema.optional(Schema.Struct({
        /** An integer of at least 0. Server default: 0. */
        TopPadding: Schema.optional(Rules.number({ int: true, minimum: 0 })),
        /** An integer of at least 0. Server default: 0. */
        LeftPadding: Schema.optional(Rules.number({ int: true, minimum: 0 })),
        /** An integer of at least 0. Server default: 0. */
        BottomPadding: Schema.optional(Rules.number({ int: true, minimum: 0 })),
        /** An integer of at least 0. Server default: 0. */
        RightPadding: Schema.optional(Rules.number({ int: true, minimum: 0 }))
      })),
      RectInfo: Schema.Struct({
        Layer: Schema.optional(Rules.number({ int: true })),
        Top: Schema.optional(Rules.number({ int: true })),
        Left: Schema.optional(Rules.number({ int: true })),
        Bottom: Schema.optional(Rules.number({ int: true })),
        Right: Schema.optional(Rules.number({ int: true })),
        /** An integer from 0 to 100. */
        CornerRadius: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 100 }))
      }),
      Image: Schema.optional(Schema.Struct({
        Url: Schema.optional(Rules.string()),
        /** One of 0, 1, 2. */
        DisplayMode: Schema.optional(Rules.number({ int: true, enum: [0, 1, 2] }))
      })),
      /** One of 0, 1, 2. */
      ContentControl: Schema.optional(Rules.number({ int: true, enum: [0, 1, 2] })),
      SoundLevelId: Schema.optional(Rules.number({ int: true })),
      /** An integer from 0 to 200. Server default: 100. */
      Volume: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 })),
      Label: Schema.optional(Schema.Struct({
        Text: Rules.string(),
        Left: Rules.number({ int: true }),
        Top: Rules.number({ int: true }),
        Font: Schema.Struct({
          FontType: Rules.number({ int: true }),
          /** An integer from 12 to 100. */
          FontSize: Schema.optional(Rules.number({ int: true, minimum: 12, maximum: 100 })),
          FontColor: Schema.optional(Rules.number({ int: true })),
          /** An integer from 0 to 100. */
          Transparency: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 100 })),
          BorderColor: Schema.optional(Rules.number({ int: true }))
        })
      })),
      /** One of 0, 1. */
      RenderMode: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
      UID: Schema.optional(Rules.string())
    }),
    { minItems: 1, maxItems: 9 }
  ),
  /** 1 to 4 items. */
  MixOutput: Rules.array(
    Schema.Struct({
      StreamId: Schema.optional(Rules.string()),
      StreamUrl: Schema.optional(Rules.string()),
      VideoBitrate: Rules.number({ int: true }),
      VideoEncId: Schema.optional(Rules.number({ int: true })),
      Fps: Rules.number({ int: true }),
      /** An integer from 0 to 3000. */
      Width: Rules.number({ int: true, minimum: 0, maximum: 3000 }),
      /** An integer from 0 to 3000. */
      Height: Rules.number({ int: true, minimum: 0, maximum: 3000 }),
      AudioCodec: Schema.optional(Rules.number({ int: true })),
      AudioBitrate: Schema.optional(Rules.number({ int: true })),
      SoundChannel: Schema.optional(Rules.number({ int: true })),
      ExtraLayers: Schema.optional(Rules.array(Schema.Struct({
        VideoBitrate: Schema.optional(Rules.number({ int: true }))
      }))),
      LowBitrateHD: Schema.optional(Rules.number({ int: true })),
      TargetRoom: Schema.optional(Schema.Struct({
        /** Not empty. */
        RoomId: Rules.string({ minLength: 1 }),
        /** Not empty. */
        UserId: Rules.string({ minLength: 1 })
      }))
    }),
    { minItems: 1, maxItems: 4 }
  ),
  Sequence: Schema.optional(Rules.number({ int: true })),
  RoomId: Schema.optional(Rules.string()),
  /** At most 4000 bytes. */
  UserData: Schema.optional(Rules.string({ maxBytes: 4000 })),
  /** One of 0, 1. */
  SoundLevel: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  BackgroundImage: Schema.optional(Rules.string()),
  BackGroundColorHex: Schema.optional(Rules.string()),
  WaterMark: Schema.optional(Schema.Struct({
    Image: Schema.optional(Rules.string()),
    RectInfo: Schema.optional(Schema.Struct({
      Top: Schema.optional(Rules.number({ int: true })),
      Left: Schema.optional(Rules.number({ int: true })),
      Bottom: Schema.optional(Rules.number({ int: true })),
      Right: Schema.optional(Rules.number({ int: true }))
    }))
  })),
  /** One of 0, 1. */
  ByPass: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 1, 2. */
  SoundChannel: Schema.optional(Rules.number({ int: true, enum: [1, 2] })),
  /** One of 0, 1, 2. */
  CheckImageMode: Schema.optional(Rules.number({ int: true, enum: [0, 1, 2] })),
  ExPara: Schema.optional(Rules.array(Schema.Struct({
    Key: Schema.optional(Rules.string()),
    Value: Schema.optional(Rules.string())
  }))),
  AlignmentType: Schema.optional(Rules.number({ int: true })),
  /** An integer from 0 to 4000. */
  RecvBufferLevel: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 4000 })),
  WaitVideoInput: Schema.optional(Rules.number({ int: true })),
  MaxIdleTime: Schema.optional(Rules.number({ int: true }))
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
 * The codes of StartMix.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.streamMixingCommon,
  110200150: RtcErrors.InputStreamNotFound,
  110200151: RtcErrors.MixTaskFailed,
  110200157: StreamMixingNotEnabled,
  110200158: TooManyInputStreams,
  110200175: DuplicateInputStream,
  110200184: RtcErrors.UnparsableParameters,
  110200197: TargetRoomJoinFailed
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const StartMix = Action.make({
  product: "rtc",
  name: "StartMix",
  method: "POST",
  request: Request,
  response: Response,
  qps: 100,
  summary: "starts (or updates) a stream-mixing task",
  limits: {
    TaskId: "Not empty.",
    UserId: "Not empty.",
    MixInput: "1 to 9 items.",
    MixOutput: "1 to 4 items.",
    UserData: "At most 4000 bytes.",
    SoundLevel: "One of 0, 1.",
    ByPass: "One of 0, 1.",
    SoundChannel: "One of 1, 2.",
    CheckImageMode: "One of 0, 1, 2.",
    RecvBufferLevel: "An integer from 0 to 4000."
  },
  idempotent: false,
  errors
})
