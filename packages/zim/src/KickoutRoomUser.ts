/**
 * ZIM `KickoutRoomUser`: removes up to 50 users from a room. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/room/remove-user-from-the-room.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of KickoutRoomUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomNotFound,
  /**
   * An error of KickoutRoomUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers,
  /**
   * An error of KickoutRoomUser that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserNotInRoom
} from "./ZimErrors.js"

/**
 * One item of `UserId`: 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserId = Rules.string({
  minLength: 1,
  maxLength: 32,
  pattern: {
    regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
    rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
  }
})

/**
 * The input of KickoutRoomUser, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  RoomId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  }),
  /** 1 to 50 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  UserId: Rules.array(UserId, { minItems: 1, maxItems: 50 }),
  /** At most 32 bytes. */
  CustomReason: Schema.optional(Rules.string({ maxBytes: 32 })),
  /** Digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  FromUserId: Schema.optional(
    Rules.string({
      pattern: {
        regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
        rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
      }
    })
  )
})

/**
 * The business fields of a successful answer: KickoutRoomUser has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of KickoutRoomUser.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000011: ZimErrors.TooManyUsers,
  660300001: ZimErrors.RoomNotFound,
  660300002: ZimErrors.UserNotInRoom
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const KickoutRoomUser = Action.make({
  product: "zim",
  name: "KickoutRoomUser",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "removes up to 50 users from a room",
  limits: {
    RoomId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    UserId: "1 to 50 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    CustomReason: "At most 32 bytes.",
    FromUserId: "Digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
