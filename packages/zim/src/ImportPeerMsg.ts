/**
 * ZIM `ImportPeerMsg`: imports one historical one-to-one message. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/messaging/import-one-to-one-messages.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of ImportPeerMsg that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageTooLarge
} from "./ZimErrors.js"

/**
 * The input of ImportPeerMsg, with its documented limits; it is sent as the JSON body.
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
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  ToUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  MessageType: Rules.number({ int: true }),
  /** One of 1, 2, 3. */
  Priority: Rules.number({ int: true, enum: [1, 2, 3] }),
  MessageBody: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  /** An integer from 0 to 200. */
  SubMsgType: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 })),
  /** At most 64 bytes. */
  SearchedContent: Schema.optional(Rules.string({ maxBytes: 64 })),
  SendMessageTime: Schema.optional(Rules.number({ int: true })),
  /** Not empty. */
  ImportedUserId: Rules.string({ minLength: 1 })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  MsgId: Schema.optionalWith(Schema.String, { default: () => "" }),
  MsgSeq: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * The codes of ImportPeerMsg.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660400001: ZimErrors.MessageTooLarge
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ImportPeerMsg = Action.make({
  product: "zim",
  name: "ImportPeerMsg",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "imports one historical one-to-one message",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    ToUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    Priority: "One of 1, 2, 3.",
    SubMsgType: "An integer from 0 to 200.",
    SearchedContent: "At most 64 bytes.",
    ImportedUserId: "Not empty."
  },
  idempotent: false,
  errors
})
