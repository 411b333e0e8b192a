/**
 * ZIM `CallAccept`: accepts a call invitation on behalf of a callee. GET, 20 requests/s.
 *
 * Generated from the vendor's `zim/call-invitation/accept-a-call-invitation.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of CallAccept that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  CallEnded,
  /**
   * An error of CallAccept that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  CallNotFound,
  /**
   * An error of CallAccept that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  CallTimedOut,
  /**
   * An error of CallAccept that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  NotInvitedToCall,
  /**
   * An error of CallAccept that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * The input of CallAccept, with its documented limits; it is sent as the query parameters.
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
  /** 1 to 32 characters. */
  CallId: Rules.string({ minLength: 1, maxLength: 32 }),
  /** At most 2048 bytes. */
  ExtendedData: Schema.optional(Rules.string({ maxBytes: 2048 }))
})

/**
 * The business fields of a successful answer: CallAccept has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of CallAccept.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660900004: ZimErrors.CallNotFound,
  660900005: ZimErrors.CallEnded,
  660900006: ZimErrors.CallTimedOut,
  660900008: ZimErrors.NotInvitedToCall
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const CallAccept = Action.make({
  product: "zim",
  name: "CallAccept",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "accepts a call invitation on behalf of a callee",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    CallId: "1 to 32 characters.",
    ExtendedData: "At most 2048 bytes."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
