/**
 * ZIM `ModifyRoomAttribute`: sets or deletes room attributes. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrKeyList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/room/update-room-attributes.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

/**
 * The input of ModifyRoomAttribute, with its documented limits; it is sent as the JSON body.
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
  }),
  /** 1 to 16 items. */
  Attributes: Rules.array(
    Schema.Struct({
      /** One of 0, 1. */
      Action: Rules.number({ int: true, enum: [0, 1] }),
      Key: Rules.string(),
      Value: Schema.optional(Rules.string()),
      /** One of 0, 1. */
      AutoDelete: Schema.optional(Rules.number({ int: true, enum: [0, 1] })),
      /** One of 0, 1. */
      StopOnError: Schema.optional(Rules.number({ int: true, enum: [0, 1] }))
    }),
    { minItems: 1, maxItems: 16 }
  )
})

/**
 * One item of `SuccKeyList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SuccKey = Schema.Struct({
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  Seq: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type SuccKey = typeof SuccKey.Type

/**
 * One item of `ErrKeyList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrKeyListEntry = Schema.Struct({
  SubCode: Schema.Number,
  Key: Schema.String
})

/**
 * @since 0.1.0
 * @category models
 */
export type ErrKeyListEntry = typeof ErrKeyListEntry.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  AttributeSeq: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  SuccKeyList: Schema.optionalWith(Schema.Array(SuccKey), { default: () => [] }),
  ErrKeyList: Schema.optionalWith(Schema.Array(ErrKeyListEntry), { default: () => [] })
})

/**
 * The codes of ModifyRoomAttribute.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter
} as const

/**
 * Any error ModifyRoomAttribute documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `ErrKeyList` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedKey extends ErrKeyListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What ModifyRoomAttribute returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly AttributeSeq: number
  readonly SuccKeyList: ReadonlyArray<SuccKey>
  readonly ErrKeyList: ReadonlyArray<FailedKey>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const ModifyRoomAttribute = Action.make({
  product: "zim",
  name: "ModifyRoomAttribute",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "sets or deletes room attributes",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    RoomId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    Attributes: "1 to 16 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrKeyList: decoded.ErrKeyList.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
