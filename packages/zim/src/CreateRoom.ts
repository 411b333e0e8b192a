/**
 * ZIM `CreateRoom`: creates a room, optionally with attributes. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/room/create-a-room.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * 660300014: the room already exists.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomAlreadyExists extends ZegoError.ApiError<RoomAlreadyExists>()("RoomAlreadyExists", {
  meaning: "the room already exists"
}) {}

/**
 * 660300015: the app has reached its number of rooms.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyRooms extends ZegoError.ApiError<TooManyRooms>()("TooManyRooms", {
  meaning: "the app has reached its number of rooms"
}) {}

/**
 * The input of CreateRoom, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  }),
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  RoomId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  }),
  /** At most 64 bytes. */
  RoomName: Schema.optional(Rules.string({ maxBytes: 64 })),
  /** An integer of at most 10800. */
  DestroyDelayTime: Schema.optional(Rules.number({ int: true, maximum: 10800 })),
  /** At most 16 items. */
  Attributes: Schema.optional(Rules.array(
    Schema.Struct({
      Key: Rules.string(),
      Value: Rules.string(),
      /** One of 0, 1. */
      AutoDelete: Schema.optional(Rules.number({ int: true, enum: [0, 1] }))
    }),
    { maxItems: 16 }
  ))
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  AttributeSeq: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * The codes of CreateRoom.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660300014: RoomAlreadyExists,
  660300015: TooManyRooms
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const CreateRoom = Action.make({
  product: "zim",
  name: "CreateRoom",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "creates a room, optionally with attributes",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    RoomId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    RoomName: "At most 64 bytes.",
    DestroyDelayTime: "An integer of at most 10800.",
    Attributes: "At most 16 items."
  },
  idempotent: false,
  errors
})
