/**
 * ZIM `FetchForbidGroupList`: one page of the groups that have a mute in force. POST, 20 requests/s.
 *
 * Generated from the vendor's `zim/group/fetch-forbid-group-list.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of FetchForbidGroupList that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * 660000003: the server failed while processing the request.
 *
 * @since 0.1.0
 * @category errors
 */
export class ProcessingError extends ZegoError.ApiError<ProcessingError>()("ProcessingError", {
  meaning: "the server failed while processing the request",
  retry: "transient"
}) {}

/**
 * The input of FetchForbidGroupList, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters. */
  FromUserId: Rules.string({ minLength: 1, maxLength: 32 }),
  StartFlag: Rules.number({ int: true })
})

/**
 * One item of `GroupList`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Group = Schema.Struct({
  GroupId: Schema.String,
  ForbidType: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Group = typeof Group.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  FetchEnd: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  NextFlag: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  GroupList: Schema.optionalWith(Schema.Array(Group), { default: () => [] })
})

/**
 * The codes of FetchForbidGroupList.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660000003: ProcessingError,
  660000011: ZimErrors.TooManyUsers
} as const

/**
 * Idempotent: a read (Fetch…).
 *
 * @since 0.1.0
 * @category actions
 */
export const FetchForbidGroupList = Action.make({
  product: "zim",
  name: "FetchForbidGroupList",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "one page of the groups that have a mute in force",
  limits: {
    FromUserId: "1 to 32 characters."
  },
  idempotent: true,
  errors
})
