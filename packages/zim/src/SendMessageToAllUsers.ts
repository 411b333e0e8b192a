/**
 * ZIM `SendMessageToAllUsers`: broadcasts a message to every user of the app. POST, 1 request/s.
 *
 * Generated from the vendor's `zim/messaging/push-message-to-all-users.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SendMessageToAllUsers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  ActionRateLimited,
  /**
   * An error of SendMessageToAllUsers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageTooLarge,
  /**
   * An error of SendMessageToAllUsers that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered
} from "./ZimErrors.js"

/**
 * The input of SendMessageToAllUsers, with its documented limits; it is sent as the JSON body.
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
  MessageType: Rules.number({ int: true }),
  MessageBody: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  /** An integer from 0 to 200. */
  SubMsgType: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 })),
  PushType: Schema.optional(Rules.number({ int: true }))
})

/**
 * The business fields of a successful answer: SendMessageToAllUsers has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of SendMessageToAllUsers.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660400001: ZimErrors.MessageTooLarge,
  660500002: ZimErrors.OperatorNotRegistered,
  660500003: ZimErrors.ActionRateLimited
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SendMessageToAllUsers = Action.make({
  product: "zim",
  name: "SendMessageToAllUsers",
  method: "POST",
  request: Request,
  response: Response,
  qps: 1,
  summary: "broadcasts a message to every user of the app",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    SubMsgType: "An integer from 0 to 200."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
