/**
 * RTC `DescribeForbidStreamRules`: the publishing bans of up to 10 streams. GET, 10 requests/s.
 *
 * Generated from the vendor's `rtc/room/forbid-stream-rule/describe-forbid-stream-rules.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

export {
  /**
   * An error of DescribeForbidStreamRules that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  PermissionNotGranted,
  /**
   * An error of DescribeForbidStreamRules that other Actions share (declared in `RtcErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  StreamInfoUpdateFailed
} from "./RtcErrors.js"

/**
 * The input of DescribeForbidStreamRules, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  RoomId: Rules.string({ minLength: 1 }),
  /** 1 to 10 items; each not empty. */
  StreamId: Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 10 })
})

/**
 * One item of `Data.ForbidStreamRuleList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ForbidStreamRule = Schema.Struct({
  StreamId: Schema.String,
  DisableAudio: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  DisableVideo: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  CreateTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  EffectiveTime: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type ForbidStreamRule = typeof ForbidStreamRule.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      RoomId: Schema.optionalWith(Schema.String, { default: () => "" }),
      ForbidStreamRuleList: Schema.optionalWith(Schema.Array(ForbidStreamRule), { default: () => [] })
    }),
    { default: () => ({ RoomId: "", ForbidStreamRuleList: [] }) }
  )
})

/**
 * The codes of DescribeForbidStreamRules.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  9: RtcErrors.PermissionNotGranted,
  123: RtcErrors.StreamInfoUpdateFailed
} as const

/**
 * Idempotent: a read (Describe…).
 *
 * @since 0.1.0
 * @category actions
 */
export const DescribeForbidStreamRules = Action.make({
  product: "rtc",
  name: "DescribeForbidStreamRules",
  method: "GET",
  request: Request,
  response: Response,
  qps: 10,
  summary: "the publishing bans of up to 10 streams",
  limits: {
    RoomId: "Not empty.",
    StreamId: "1 to 10 items; each not empty."
  },
  idempotent: true,
  errors
})
