/**
 * ZIM `DeleteAllFriends`: removes every friend of a user, one way or both ways. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/user/delete-all-friends.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of DeleteAllFriends, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  /** One of 0, 1. */
  DeleteType: Rules.number({ int: true, enum: [0, 1] })
})

/**
 * The business fields of a successful answer: DeleteAllFriends has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of DeleteAllFriends.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const DeleteAllFriends = Action.make({
  product: "zim",
  name: "DeleteAllFriends",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "removes every friend of a user, one way or both ways",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    DeleteType: "One of 0, 1."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
