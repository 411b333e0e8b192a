/**
 * ZIM `RevokeRoomMessage`: recalls a room message. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/recall-a-room-message.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of RevokeRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageAlreadyRecalled,
  /**
   * An error of RevokeRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageNotFound,
  /**
   * An error of RevokeRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomNotFound,
  /**
   * An error of RevokeRoomMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotInRoom
} from "./ZimErrors.js"

/**
 * 660000027: room messages are not stored for this app, so they cannot be recalled.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomMessageStorageDisabled
  extends ZegoError.ApiError<RoomMessageStorageDisabled>()("RoomMessageStorageDisabled", {
    meaning: "room messages are not stored for this app, so they cannot be recalled"
  })
{}

/**
 * The input of RevokeRoomMessage, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** 1 to 32 characters. */
  RoomId: Rules.string({ minLength: 1, maxLength: 32 }),
  MsgSeq: Rules.number({ int: true }),
  /** At most 200 bytes. */
  Payload: Schema.optional(Rules.string({ maxBytes: 200 }))
})

/**
 * The business fields of a successful answer: RevokeRoomMessage has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of RevokeRoomMessage.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000022: ZimErrors.MessageNotFound,
  660000023: ZimErrors.MessageAlreadyRecalled,
  660000027: RoomMessageStorageDisabled,
  660300001: ZimErrors.RoomNotFound,
  660300002: ZimErrors.UserNotInRoom
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const RevokeRoomMessage = Action.make({
  product: "zim",
  name: "RevokeRoomMessage",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "recalls a room message",
  limits: {
    FromUserId: "1 to 32 characters.",
    RoomId: "1 to 32 characters.",
    Payload: "At most 200 bytes."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
