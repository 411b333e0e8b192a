/**
 * RTC `DeleteMedia`: deletes recorded media files from the CDN vendor's storage. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/cdn/delete-media.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as Wire from "./internal/wire.js"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of DeleteMedia, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Wire.indexedDot(
  Schema.Struct({
    /** One of "Tencent", "Ws", "Huawei". */
    Vendor: Rules.string({ enum: ["Tencent", "Ws", "Huawei"] }),
    /** 1 to 100 items; each not empty. */
    FileId: Schema.optional(Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 100 })),
    /** 1 to 100 items. */
    Media: Schema.optional(Rules.array(
      Schema.Struct({
        /** Not empty. */
        FileId: Rules.string({ minLength: 1 }),
        /** At most 3 items; each one of "360p", "540p", "720p". */
        Resolution: Schema.optional(Rules.array(Rules.string({ enum: ["360p", "540p", "720p"] }), { maxItems: 3 }))
      }),
      { minItems: 1, maxItems: 100 }
    )),
    ClearCache: Schema.optional(Schema.Boolean)
  }),
  ["Media"]
)

/**
 * One item of `Data.Errors`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DataError = Schema.Struct({
  Code: Schema.optionalWith(Schema.String, { default: () => "" }),
  Message: Schema.optionalWith(Schema.String, { default: () => "" }),
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  RequestId: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type DataError = typeof DataError.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      Deleted: Schema.optionalWith(Schema.Array(Schema.String), { default: () => [] }),
      Errors: Schema.optionalWith(Schema.Array(DataError), { default: () => [] }),
      WsItemIdReceiverResp: Schema.optionalWith(
        Schema.Struct({
          Code: Schema.optionalWith(Schema.Number, { default: () => 0 }),
          Message: Schema.optionalWith(Schema.String, { default: () => "" })
        }),
        { default: () => ({ Code: 0, Message: "" }) }
      )
    }),
    { default: () => ({ Deleted: [], Errors: [], WsItemIdReceiverResp: { Code: 0, Message: "" } }) }
  )
})

/**
 * The codes of DeleteMedia.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaFileCommon
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const DeleteMedia = Action.make({
  product: "rtc",
  name: "DeleteMedia",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "deletes recorded media files from the CDN vendor's storage",
  limits: {
    Vendor: "One of \"Tencent\", \"Ws\", \"Huawei\".",
    FileId: "1 to 100 items; each not empty.",
    Media: "1 to 100 items."
  },
  idempotent: false,
  errors
})
