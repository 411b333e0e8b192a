/**
 * ZIM `CallInvite`: invites up to 9 users to a call. POST, 20 requests/s.
 *
 * Partial results are values: each item of `ErrorUsers` comes back with the tagged error of its `SubCode`. When
 * every item fails, the call fails with the `Code`'s error.
 *
 * Generated from the vendor's `zim/call-invitation/send-a-call-invitation.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as ZimErrors from "./ZimErrors.js"

export {
  /**
   * An error of CallInvite that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  OperatorNotRegistered,
  /**
   * An error of CallInvite that other Actions share (declared in `ZimErrors`).
   *
   * @since 0.1.0
   * @category errors
   */
  TooManyUsers
} from "./ZimErrors.js"

/**
 * 660900003: every callee must be registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class CalleesNotRegistered extends ZegoError.ApiError<CalleesNotRegistered>()("CalleesNotRegistered", {
  meaning: "every callee must be registered"
}) {}

/**
 * One item of `UserIds`: 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserId = Rules.string({
  minLength: 1,
  maxLength: 32,
  pattern: {
    regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
    rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
  }
})

/**
 * The input of CallInvite, with its documented limits; it is sent as the JSON body.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  FromUserId: Rules.string({
    minLength: 1,
    maxLength: 32,
    pattern: {
      regex: /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]*$/,
      rule: "only digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~"
    }
  }),
  /** 1 to 9 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~. */
  UserIds: Rules.array(UserId, { minItems: 1, maxItems: 9 }),
  /** An integer from 0 to 600. Server default: 90. */
  Timeout: Schema.optional(Rules.number({ int: true, minimum: 0, maximum: 600 })),
  /** At most 2048 bytes. */
  ExtendedData: Schema.optional(Rules.string({ maxBytes: 2048 })),
  OfflinePush: Schema.Struct({
    Enable: Schema.optional(Rules.number({ int: true })),
    Title: Schema.optional(Rules.string()),
    Content: Schema.optional(Rules.string()),
    Payload: Schema.optional(Rules.string())
  })
})

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  CallId: Schema.optionalWith(Schema.String, { default: () => "" }),
  CreateTime: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  ErrorUsers: Schema.optionalWith(Schema.Array(ZegoError.ErrorListEntry), { default: () => [] })
})

/**
 * The codes of CallInvite.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...ZimErrors.common,
  660000002: ZegoError.InvalidParameter,
  660500002: ZimErrors.OperatorNotRegistered,
  660900003: CalleesNotRegistered,
  660900007: ZimErrors.TooManyUsers
} as const

/**
 * Any error CallInvite documents, as a failed item's `Error` can be.
 *
 * @since 0.1.0
 * @category models
 */
export type Error = InstanceType<(typeof errors)[keyof typeof errors]>

/**
 * An item of `ErrorUsers` that failed, with the tagged error of its SubCode.
 *
 * @since 0.1.0
 * @category models
 */
export interface FailedUser extends ZegoError.ErrorListEntry {
  readonly Error: Error | ZegoError.UnknownApiError | ZegoError.GatewayError
}

/**
 * What CallInvite returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly CallId: string
  readonly CreateTime: number
  readonly ErrorUsers: ReadonlyArray<FailedUser>
}

/**
 * Not idempotent: changes state.
 *
 * @since 0.1.0
 * @category actions
 */
export const CallInvite = Action.make({
  product: "zim",
  name: "CallInvite",
  method: "POST",
  request: Request,
  response: Response,
  qps: 20,
  summary: "invites up to 9 users to a call",
  limits: {
    FromUserId: "1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    UserIds: "1 to 9 items; each 1 to 32 characters; digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~.",
    Timeout: "An integer from 0 to 600. Server default: 90.",
    ExtendedData: "At most 2048 bytes."
  },
  idempotent: false,
  errors,
  finalize: (decoded, context): Result => ({
    ...decoded,
    ErrorUsers: decoded.ErrorUsers.map((failed) => ({ ...failed, Error: context.errorFor(failed.SubCode) }))
  })
})
