/**
 * ZIM `DestroyRoom`: destroys a room. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/room/destroy-the-room.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of DestroyRoom that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomNotFound
} from "./ZimErrors.js"

/**
 * The input of DestroyRoom, with its documented limits; it is sent as the query parameters.
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
 * The business fields of a successful answer: DestroyRoom has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of DestroyRoom.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660300001: ZimErrors.RoomNotFound
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const DestroyRoom = Action.make({
  product: "zim",
  name: "DestroyRoom",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "destroys a room",
  limits: {
    RoomId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    FromUserId: "Digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
