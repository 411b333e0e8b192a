/**
 * RTC `StartCensorAudioV2`: starts moderating the audio of a room. POST, 100 requests/s.
 *
 * Generated from the vendor's `rtc/moderation/start-censor-audio.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of StartCensorAudioV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ModerationFailed,
  /**
   * An error of StartCensorAudioV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ModerationNotEnabled,
  /**
   * An error of StartCensorAudioV2 that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ModerationRequestFailed
} from "./RtcErrors.js"

/**
 * The input of StartCensorAudioV2, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  EventId: Rules.string({ minLength: 1 }),
  ResultCallbackUrl: Schema.optional(Rules.string()),
  StatusCallbackUrl: Schema.optional(Rules.string()),
  /** One of 0, 1. Server default: 0. */
  IsMixingEnabled: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /**
   * One of "zh", "ja", "ko", "th", "vi", "ms", "tl", "id", "hi", "ar", "tr", "en", "es", "pt", "it", "fr", "de",
   * "ru".
   */
  AudioLanguage: Rules.string({
    enum: ["zh", "ja", "ko", "th", "vi", "ms", "tl", "id", "hi", "ar", "tr", "en", "es", "pt", "it", "fr", "de", "ru"]
  }),
  /** At least 1 item. */
  RiskTypeList: Rules.array(Rules.string(), { minItems: 1 }),
  BusinessTypeList: Schema.optional(Rules.array(Rules.string())),
  /** One of "zh", "en". */
  LabelLanguage: Schema.optional(Rules.string({ enum: ["zh", "en"] })),
  /** One of 0, 1. Server default: 0. */
  ReturnAllText: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 0, 1. Server default: 0. */
  ReturnPreText: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 0, 1. Server default: 0. */
  ReturnPreAudio: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 0, 1. Server default: 0. */
  ReturnFinishInfo: Schema.optional(Rules.number({ int: true, enum: [0, 1] }))
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
      TaskId: Schema.optionalWith(Schema.String, { default: () => "" })
    }),
    { default: () => ({ TaskId: "" }) }
  )
})

/**
 * The codes of StartCensorAudioV2.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  50006: RtcErrors.ModerationRequestFailed,
  50007: RtcErrors.ModerationRequestFailed,
  50009: RtcErrors.ModerationFailed,
  50117: RtcErrors.ModerationNotEnabled
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const StartCensorAudioV2 = Action.make({
  product: "rtc",
  name: "StartCensorAudioV2",
  method: "POST",
  request: Request,
  response: Response,
  qps: 100,
  summary: "starts moderating the audio of a room",
  limits: {
    RoomId: "Not empty.",
    EventId: "Not empty.",
    IsMixingEnabled: "One of 0, 1. Server default: 0.",
    AudioLanguage:
      "One of \"zh\", \"ja\", \"ko\", \"th\", \"vi\", \"ms\", \"tl\", \"id\", \"hi\", \"ar\", \"tr\", \"en\", \"es\", \"pt\", \"it\", \"fr\", \"de\", \"ru\".",
    RiskTypeList: "At least 1 item.",
    LabelLanguage: "One of \"zh\", \"en\".",
    ReturnAllText: "One of 0, 1. Server default: 0.",
    ReturnPreText: "One of 0, 1. Server default: 0.",
    ReturnPreAudio: "One of 0, 1. Server default: 0.",
    ReturnFinishInfo: "One of 0, 1. Server default: 0."
  },
  idempotent: false,
  errors
})
