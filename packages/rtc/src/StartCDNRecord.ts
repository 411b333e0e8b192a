/**
 * RTC `StartCDNRecord`: starts recording streams on the CDN. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/cdn/start-cdn-record.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of StartCDNRecord, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** At least 1 item; each not empty. */
  StreamId: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1 }),
  /** One of "Tencent", "Ws", "Huawei". */
  Vendor: Rules.string({ enum: ["Tencent", "Ws", "Huawei"] }),
  EndTime: Schema.optional(Rules.string()),
  Domain: Schema.optional(Rules.string()),
  Point: Schema.optional(Rules.string())
})

/**
 * One item of `Data.Tencent`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TencentRecord = Schema.Struct({
  StreamName: Schema.optionalWith(Schema.String, { default: () => "" }),
  TaskId: Schema.optionalWith(Schema.String, { default: () => "" }),
  RequestId: Schema.optionalWith(Schema.String, { default: () => "" }),
  Code: Schema.optionalWith(Schema.String, { default: () => "" }),
  Message: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type TencentRecord = typeof TencentRecord.Type

/**
 * One item of `Data.Ws.list`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WsRecord = Schema.Struct({
  task: Schema.optionalWith(Schema.String, { default: () => "" }),
  id: Schema.optionalWith(Schema.String, { default: () => "" }),
  http_code: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  msg: Schema.optionalWith(Schema.String, { default: () => "" }),
  persistentId: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type WsRecord = typeof WsRecord.Type

/**
 * One item of `Data.Huawei`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HuaweiRecord = Schema.Struct({
  StreamName: Schema.optionalWith(Schema.String, { default: () => "" }),
  RequestId: Schema.optionalWith(Schema.String, { default: () => "" }),
  Code: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Message: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type HuaweiRecord = typeof HuaweiRecord.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      Tencent: Schema.optionalWith(Schema.Array(TencentRecord), { default: () => [] }),
      Ws: Schema.optionalWith(
        Schema.Struct({
          msg: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Unknown }), {
            nullable: true,
            default: () => ({})
          }),
          http_code: Schema.optionalWith(Schema.Number, { default: () => 0 }),
          trace_id: Schema.optionalWith(Schema.String, { default: () => "" }),
          call_time: Schema.optionalWith(Schema.String, { default: () => "" }),
          list: Schema.optionalWith(Schema.Array(WsRecord), { default: () => [] })
        }),
        { default: () => ({ msg: {}, http_code: 0, trace_id: "", call_time: "", list: [] }) }
      ),
      Huawei: Schema.optionalWith(Schema.Array(HuaweiRecord), { default: () => [] })
    }),
    {
      default: () => ({ Tencent: [], Ws: { msg: {}, http_code: 0, trace_id: "", call_time: "", list: [] }, Huawei: [] })
    }
  )
})

/**
 * The codes of StartCDNRecord.
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
export const StartCDNRecord = Action.make({
  product: "rtc",
  name: "StartCDNRecord",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "starts recording streams on the CDN",
  limits: {
    StreamId: "At least 1 item; each not empty.",
    Vendor: "One of \"Tencent\", \"Ws\", \"Huawei\"."
  },
  idempotent: false,
  errors
})
