/**
 * ZIM `SendPeerMessage`: sends a one-to-one message to up to 100 users. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/messaging/send-a-one-to-one-message.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SendPeerMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  InvalidBase64Message,
  /**
   * An error of SendPeerMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  MessageTooLarge,
  /**
   * An error of SendPeerMessage that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * One item of `ToUserId`: 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToUserId = Rules.string({
  minLength: 1,
  maxLength: 32,
  pattern: {
    regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
    rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
  }
})

/**
 * The input of SendPeerMessage, with its documented limits; it is sent as the JSON body.
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
  /** 1 to 100 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  ToUserId: Rules.array(ToUserId, { minItems: 1, maxItems: 100 }),
  MessageType: Rules.number({ int: true }),
  /** One of 1, 2, 3. */
  Priority: Rules.number({ int: true, enum: [1, 2, 3] }),
  MessageBody: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  /** An integer from 0 to 200. */
  SubMsgType: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 200 })),
  /** At most 64 bytes. */
  SearchedContent: Schema.optional(Rules.string({ maxBytes: 64 })),
  SenderUnaware: Schema.optional(Rules.number({ int: true })),
  SendMsgOptions: Schema.optional(Schema.Struct({
    NoUnread: Schema.optional(Schema.Boolean)
  }))
})

/**
 * One item of `SuccList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Sent = Schema.Struct({
  UserId: Schema.String,
  MsgId: Schema.optionalWith(Schema.String, { default: () => "" }),
  MsgSeq: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Sent = typeof Sent.Type

/**
 * One item of `AuditInfos`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AuditInfo = Schema.Struct({
  Index: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Reason: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type AuditInfo = typeof AuditInfo.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  ErrorList: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] }),
  SuccList: Schema.optionalWith(Schema.Array(Sent), { default: () => [] }),
  AuditInfos: Schema.optionalWith(Schema.Array(AuditInfo), { default: () => [] })
})

/**
 * The codes of SendPeerMessage.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000011: ZimErrors.TooManyUsers,
  660000025: ZimErrors.InvalidBase64Message,
  660400001: ZimErrors.MessageTooLarge
} as const

/**
 * Any error SendPeerMessage documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `ErrorList` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser extends ZegoError.ErrorListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What SendPeerMessage returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly ErrorList: ReadonlyArray<FailedUser>
  readonly SuccList: ReadonlyArray<Sent>
  readonly AuditInfos: ReadonlyArray<AuditInfo>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SendPeerMessage = Action.make({
  product: "zim",
  name: "SendPeerMessage",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "sends a one-to-one message to up to 100 users",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    ToUserId: "1 to 100 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    Priority: "One of 1, 2, 3.",
    SubMsgType: "An integer from 0 to 200.",
    SearchedContent: "At most 64 bytes."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorList: decoded.ErrorList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
