/**
 * RTC `DescribeSimpleStreamList`: the streams of a room. GET, 50 requests/s, and 1 request per 10 s per room.
 *
 * Generated from the vendor's `rtc/room/describe-simple-streamlist.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * 154: the server could not read the list.
 *
 * @since 0.1.0
 * @category errors
 */
export class ListUnavailable extends ZegoError.ApiError<ListUnavailable>()("ListUnavailable", {
  meaning: "the server could not read the list",
  retry: "transient"
}) {}

/**
 * The input of DescribeSimpleStreamList, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 })
})

/**
 * One item of `Data.StreamList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Stream = Schema.Struct({
  StreamId: Schema.String,
  UserId: Schema.optionalWith(Schema.String, { default: () => "" }),
  UserName: Schema.optionalWith(Schema.String, { default: () => "" }),
  CreateTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  StreamNumberId: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Stream = typeof Stream.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      StreamList: Schema.optionalWith(Schema.Array(Stream), { default: () => [] })
    }),
    { default: () => ({ StreamList: [] }) }
  )
})

/**
 * The codes of DescribeSimpleStreamList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  154: ListUnavailable
} as const

/**
 * Idempotent: a read (Describe…).
 *
 * @since 0.1.0
 * @category actions
 */
export const DescribeSimpleStreamList = Action.make({
  product: "rtc",
  name: "DescribeSimpleStreamList",
  method: "GET",
  request: Request,
  response: Response,
  qps: 50,
  scopedLimit: { field: "RoomId", qps: 0.1 },
  summary: "the streams of a room",
  limits: {
    RoomId: "Not empty."
  },
  idempotent: true,
  errors
})
