/**
 * RTC `SetSceneTemplate`: creates a scene template (map bounds and area-of-interest limits). GET, 50 requests/s.
 *
 * The vendor serves this Action from https://metaworld-api.zego.im, not from the product's host: calls go there
 * while the product's base URL is a region default.
 *
 * Generated from the vendor's `rtc/scene/set-scene-template.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * 340004003: the scene template already exists.
 *
 * @since 0.1.0
 * @category errors
 */
export class TemplateAlreadyExists extends ZegoError.ApiError<TemplateAlreadyExists>()("TemplateAlreadyExists", {
  meaning: "the scene template already exists"
}) {}

/**
 * The input of SetSceneTemplate, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  TemplateId: Rules.number({ int: true }),
  LeftBottomX: Schema.optional(Rules.number()),
  LeftBottomZ: Schema.optional(Rules.number()),
  RightUpX: Schema.optional(Rules.number()),
  RightUpZ: Schema.optional(Rules.number()),
  MaxUserNum: Rules.number({ int: true }),
  ViewRadius: Rules.number({ int: true }),
  MaxVisibleNum: Rules.number({ int: true })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Unknown }), {
    nullable: true,
    default: () => ({})
  })
})

/**
 * The codes of SetSceneTemplate.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.common,
  340004003: TemplateAlreadyExists,
  340006003: ZegoError.InvalidParameter
} as const

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const SetSceneTemplate = Action.make({
  product: "rtc",
  name: "SetSceneTemplate",
  method: "GET",
  request: Request,
  response: Response,
  qps: 50,
  host: "https://metaworld-api.zego.im",
  summary: "creates a scene template (map bounds and area-of-interest limits)",
  idempotent: false,
  errors
})
