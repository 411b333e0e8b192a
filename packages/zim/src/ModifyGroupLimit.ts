/**
 * ZIM `ModifyGroupLimit`: changes a group's join, invite and size rules. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/modify-group-specification-limits.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of ModifyGroupLimit that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of ModifyGroupLimit that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of ModifyGroupLimit that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * The input of ModifyGroupLimit, with its documented limits; it is sent as the query parameters.
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
  }),
  /** One of 0, 1, 2. */
  JoinMode: Schema.optional(Rules.number({ int: true, enum: [0, 1, 2] })),
  /** One of 0, 1. */
  InviteMode: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  /** One of 0, 1. */
  BeInvitedMode: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
  MemberCountLimit: Schema.optional(Rules.number({ int: true }))
})

/**
 * The business fields of a successful answer: ModifyGroupLimit has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of ModifyGroupLimit.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660600001: ZimErrors.GroupNotFound,
  660600009: ZimErrors.GroupInfoUnavailable
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ModifyGroupLimit = Action.make({
  product: "zim",
  name: "ModifyGroupLimit",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "changes a group's join, invite and size rules",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    GroupId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    JoinMode: "One of 0, 1, 2.",
    InviteMode: "One of 0, 1.",
    BeInvitedMode: "One of 0, 1."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
