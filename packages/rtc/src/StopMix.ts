/**
 * RTC `StopMix`: stops a stream-mixing task. POST, 100 requests/s.
 *
 * Generated from the vendor's `rtc/stream-mixing/stop-mix.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * The input of StopMix, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** Not empty. */
  TaskId: Rules.string({ minLength: 1 }),
  Sequence: Schema.optional(Rules.number({ int: true })),
  UserId: Schema.optional(Rules.string())
})

/**
 * The business fields of a successful answer: StopMix has none.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({})

/**
 * The codes of StopMix.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.streamMixingCommon
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const StopMix = Action.make({
  product: "rtc",
  name: "StopMix",
  method: "POST",
  request: Request,
  response: Response,
  qps: 100,
  summary: "stops a stream-mixing task",
  limits: {
    TaskId: "Not empty."
  },
  idempotent: false,
  errors,
  finalize: (): void => undefined
})
