/**
 * ZIM `MuteGroup`: mutes or unmutes a whole group or some of its roles. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/mute-a-group.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of MuteGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupInfoUnavailable,
  /**
   * An error of MuteGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  GroupNotFound,
  /**
   * An error of MuteGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotInGroup,
  /**
   * An error of MuteGroup that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionDenied
} from "./ZimErrors.js"

/**
 * The input of MuteGroup, with its documented limits; it is sent as the query parameters.
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
  /** 1 to 32 characters. */
  GroupId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** Server default: false. */
  IsAllMuted: Schema.optional(Schema.Boolean),
  /** At most 20 items. */
  MuteRoleList: Schema.optional(Rules.array(Rules.number({ int: true }), { maxItems: 20 })),
  Duration: Schema.optional(Rules.number({ int: true }))
})

/**
 * The business fields of a successful answer: MuteGroup has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of MuteGroup.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660600001: ZimErrors.GroupNotFound,
  660600009: ZimErrors.GroupInfoUnavailable,
  660600024: ZimErrors.OperatorNotInGroup,
  660600032: ZimErrors.PermissionDenied
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const MuteGroup = Action.make({
  product: "zim",
  name: "MuteGroup",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "mutes or unmutes a whole group or some of its roles",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~'.",
    GroupId: "1 to 32 characters.",
    IsAllMuted: "Server default: false.",
    MuteRoleList: "At most 20 items."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
