/**
 * ZIM `DismissGroup`: disbands a group. GET, 1 request/s per group.
 *
 * Generated from the vendor's `zim/group/disband-a-group-chat.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of DismissGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of DismissGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of DismissGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  RoomOrGroupRateLimited
} from "./ZimErrors.js"

/**
 * The input of DismissGroup, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~']*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'"
    }
  }),
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'. */
  GroupId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~']*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'"
    }
  })
})

/**
 * The business fields of a successful answer: DismissGroup has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of DismissGroup.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660300006: ZimErrors.RoomOrGroupRateLimited,
  660500002: ZimErrors.OperatorNotRegistered,
  660600001: ZimErrors.GroupNotFound
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const DismissGroup = Action.make({
  product: "zim",
  name: "DismissGroup",
  method: "GET",
  request: Request,
  response: Response,
  qps: undefined,
  scopedLimit: { field: "GroupId", qps: 1 },
  summary: "disbands a group",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    GroupId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
