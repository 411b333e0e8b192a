/**
 * RTC `AddStream`: announces a stream in a room (no media is published). GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/add-stream.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of AddStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  StreamInfoUpdateFailed
} from "./RtcErrors.js"

/**
 * 1012: several users are operating on the same stream.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamConflict extends ZegoError.ApiError<StreamConflict>()("StreamConflict", {
  meaning: "several users are operating on the same stream"
}) {}

/**
 * The input of AddStream, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** Not empty. */
  UserId: Rules.string({ minLength: 1 }),
  UserName: Schema.optional(Rules.string()),
  /** 1 to 256 bytes. */
  StreamId: Rules.string({ minLength: 1, maxBytes: 256 }),
  /** At most 127 bytes. */
  StreamTitle: Schema.optional(Rules.string({ maxBytes: 127 })),
  /** At most 1024 bytes. */
  ExtraInfo: Schema.optional(Rules.string({ maxBytes: 1024 })),
  /** One of 0, 1. Server default: 0. */
  CensorFlag: Schema.optional(Rules.number({ int: true, enum: [0, 1] }))
})

/**
 * The business fields of a successful answer: AddStream has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of AddStream.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  123: RtcErrors.StreamInfoUpdateFailed,
  1012: StreamConflict
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const AddStream = Action.make({
  product: "rtc",
  name: "AddStream",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "announces a stream in a room (no media is published)",
  limits: {
    RoomId: "Not empty.",
    UserId: "Not empty.",
    StreamId: "1 to 256 bytes.",
    StreamTitle: "At most 127 bytes.",
    ExtraInfo: "At most 1024 bytes.",
    CensorFlag: "One of 0, 1. Server default: 0."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
