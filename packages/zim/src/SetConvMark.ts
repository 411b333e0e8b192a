/**
 * ZIM `SetConvMark`: sets or clears conversation marks for up to 100 users. POST, 20 requests/s.
 *
 * Partial results are values: each item of `FailList` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/conversation/set-conversation-marks.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of SetConvMark that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  AllItemsFailed,
  /**
   * An error of SetConvMark that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  UserInfoUnavailable
} from "./ZimErrors.js"

/**
 * The input of SetConvMark, with its documented limits; it is sent as the JSON body.
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
  /** 1 to 100 items. */
  ConvMarkInfoList: Rules.array(
    Schema.Struct({
      /** Not empty; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
      UserId: Rules.string({
        minLength: 1,
        pattern: {
          regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
          rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
        }
      }),
      SetMarkC2c: Schema.optional(Schema.Record({
        key: Schema.String,
        value: Schema.Struct({
          /** An integer from 1 to 30. */
          MarkContent: Rules.number({ int: true, minimum: 1, maximum: 30 })
        })
      })),
      SetMarkGroup: Schema.optional(Schema.Record({
        key: Schema.String,
        value: Schema.Struct({
          /** An integer from 1 to 30. */
          MarkContent: Rules.number({ int: true, minimum: 1, maximum: 30 })
        })
      })),
      Action: Schema.Boolean
    }),
    { minItems: 1, maxItems: 100 }
  )
})

/**
 * One item of `FailList[].FailList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FailedMark = Schema.Struct({
  Code: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Message: Schema.optionalWith(Schema.String, { default: () => "" }),
  ConvId: Schema.optionalWith(Schema.String, { default: () => "" }),
  ConvType: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type FailedMark = typeof FailedMark.Type

/**
 * One item of `FailList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FailListEntry = Schema.Struct({
  SubCode: Schema.Number,
  SubMessage: Schema.optionalWith(Schema.String, { default: () => "" }),
  UserId: Schema.String,
  FailList: Schema.optionalWith(Schema.Array(FailedMark), { default: () => [] })
})

/**
 * @since 0.1.0
 * @category models
 */
export type FailListEntry = typeof FailListEntry.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  FailList: Schema.optionalWith(Schema.Array(FailListEntry), { default: () => [] })
})

/**
 * The codes of SetConvMark.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660800001: ZimErrors.UserInfoUnavailable,
  660800054: ZimErrors.AllItemsFailed
} as const

/**
 * Any error SetConvMark documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `FailList` that failed, with the tagged error of its SubCode (undefined when its SubCode is 0).
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser extends FailListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError | undefined
}

/**
 * What SetConvMark returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly FailList: ReadonlyArray<FailedUser>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SetConvMark = Action.make({
  product: "zim",
  name: "SetConvMark",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "sets or clears conversation marks for up to 100 users",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~,.",
    ConvMarkInfoList: "1 to 100 items."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    FailList: decoded.FailList.map((failed) => ({
      ...failed,
      Error: failed.SubCode === 0 ? undefined : context.errorFor(failed.SubCode)
    }))
  })
})
