/**
 * RTC `DeleteStream`: announces that a stream left a room. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/delete-stream.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of DeleteStream that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  StreamNotFound
} from "./RtcErrors.js"

/**
 * 124: the server could not delete the stream's information.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamDeleteFailed extends ZegoError.ApiError<StreamDeleteFailed>()("StreamDeleteFailed", {
  meaning: "the server could not delete the stream's information",
  retry: "transient"
}) {}

/**
 * The input of DeleteStream, with its documented limits; it is sent as the query parameters.
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
  /** Not empty. */
  StreamId: Rules.string({ minLength: 1 })
})

/**
 * The business fields of a successful answer: DeleteStream has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of DeleteStream.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  124: StreamDeleteFailed,
  138: RtcErrors.StreamNotFound
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const DeleteStream = Action.make({
  product: "rtc",
  name: "DeleteStream",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "announces that a stream left a room",
  limits: {
    RoomId: "Not empty.",
    UserId: "Not empty.",
    StreamId: "Not empty."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
