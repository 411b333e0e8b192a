/**
 * ZIM `QueryRoomAttribute`: every attribute of a room. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/room/query-room-attributes.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of QueryRoomAttribute, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  }),
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,. */
  RoomId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,"
    }
  })
})

/**
 * One item of `Attributes`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Attribute = Schema.Struct({
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  Value: Schema.optionalWith(Schema.String, { default: () => "" }),
  Seq: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  AutoDelete: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Attribute = typeof Attribute.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  AttributeSeq: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Attributes: Schema.optionalWith(Schema.Array(Attribute), { default: () => [] })
})

/**
 * The codes of QueryRoomAttribute.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter
} as const

/**
 * Idempotent: a read (Query…).
 *
 * @since 0.1.0
 * @category actions
 */
export const QueryRoomAttribute = Action.make({
  product: "zim",
  name: "QueryRoomAttribute",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "every attribute of a room",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    RoomId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,."
  },
  idempotent: true,
  errors
})
