/**
 * The errors of effect-zego.
 *
 * Every failure a call can end in is one `Schema.TaggedError` class named for what it means. API errors
 * (a `Code` the server answered) are made with {@link ApiError}; the errors that happen before or around
 * the API (bad input, transport, malformed bodies, deadlines, the client's own limiter) are defined here.
 *
 * @since 0.1.0
 */
import type * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"

/**
 * How the retry pipeline treats a failure.
 *
 * - `transient`: may succeed later; retried with the transient backoff.
 * - `throttled`: the server or the network asked us to slow down; retried with the longer backoff.
 * - `once`: retried a single time, freshly signed (signature expired / signature error).
 * - `never`: retrying cannot help.
 *
 * @since 0.1.0
 * @category models
 */
export type RetryClass = "transient" | "throttled" | "once" | "never"

/**
 * @since 0.1.0
 * @category type ids
 */
export const TypeId: unique symbol = Symbol.for("@effect-zego/core/ZegoError")

/**
 * @since 0.1.0
 * @category type ids
 */
export type TypeId = typeof TypeId

/**
 * What every effect-zego error exposes besides its tag.
 *
 * @since 0.1.0
 * @category models
 */
export interface ZegoErrorTraits {
  readonly [TypeId]: TypeId
  /** How the default retry policy treats this error. */
  readonly retryClass: RetryClass
  /** Whether the default policy retries it. */
  readonly isRetryable: boolean
  /** Whether it means "too many requests": a server rate-limit code, HTTP 429, or our own limiter refusing. */
  readonly isThrottling: boolean
}

/**
 * Any error of effect-zego.
 *
 * @since 0.1.0
 * @category models
 */
export type ZegoError = ZegoErrorTraits & { readonly _tag: string; readonly message: string }

/**
 * @since 0.1.0
 * @category guards
 */
export const isZegoError = (u: unknown): u is ZegoError => Predicate.hasProperty(u, TypeId)

// ---------------------------------------------------------------------------
// API errors
// ---------------------------------------------------------------------------

/**
 * One entry of a ZIM `ErrorList` that names a user: the user and its `SubCode`.
 *
 * @since 0.1.0
 * @category models
 */
export const ErrorListEntry = Schema.Struct({ UserId: Schema.String, SubCode: Schema.Number })

/**
 * @since 0.1.0
 * @category models
 */
export type ErrorListEntry = typeof ErrorListEntry.Type

/**
 * An item of the `ErrorList` an error answer carries: its `SubCode`, and the fields that name what failed.
 * Those differ by Action (`UserId`, `ConvId`, `GroupId`, `Key`…), so they are kept as the server sent them;
 * each Action's own response schema types them on success.
 *
 * @since 0.1.0
 * @category models
 */
export const FailedItem = Schema.Struct(
  { SubCode: Schema.Number },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
)

/**
 * @since 0.1.0
 * @category models
 */
export type FailedItem = typeof FailedItem.Type

/**
 * The fields of every API error: which Action answered which code, the server's own message, and the
 * RequestId to quote to ZEGOCLOUD support.
 *
 * @since 0.1.0
 * @category models
 */
export const apiErrorFields = {
  /** The Action that answered, e.g. `QueryUserInfos`. */
  action: Schema.String,
  /** The `Code` (or `SubCode`) the server answered. */
  code: Schema.Number,
  /** The server's `Message`, verbatim. */
  serverMessage: Schema.String,
  /** The server's `RequestId`. */
  requestId: Schema.String,
  /** The `ErrorList` of a batch Action that failed as a whole: every item that failed with its SubCode. */
  errorList: Schema.optional(Schema.Array(FailedItem))
}

/**
 * The static side of an API error class: enough for the pipeline to build one from an answer.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApiErrorClass<E = ApiErrorInstance> {
  new(props: {
    readonly action: string
    readonly code: number
    readonly serverMessage: string
    readonly requestId: string
    readonly errorList?: ReadonlyArray<FailedItem> | undefined
  }): E
  readonly _tag: string
  readonly retryClass: RetryClass
  readonly isThrottling: boolean
  readonly meaning: string
}

/**
 * An instance of some API error class.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApiErrorInstance extends ZegoErrorTraits {
  readonly _tag: string
  readonly action: string
  readonly code: number
  readonly serverMessage: string
  readonly requestId: string
  readonly errorList?: ReadonlyArray<FailedItem> | undefined
  readonly message: string
}

/**
 * How a code behaves, given once per error class.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApiErrorTraits {
  /** What the code means, in a few words; it opens the error's message. */
  readonly meaning: string
  /** Default `never`. */
  readonly retry?: RetryClass | undefined
  /** Default: true when `retry` is `throttled`. */
  readonly throttling?: boolean | undefined
}

/**
 * The class an {@link ApiError} declaration extends.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApiErrorConstructor<Self, Tag extends string> extends
  Schema.Class<
    Self,
    { readonly _tag: Schema.tag<Tag> } & typeof apiErrorFields,
    Schema.Struct.Encoded<{ readonly _tag: Schema.tag<Tag> } & typeof apiErrorFields>,
    never,
    Schema.Struct.Constructor<typeof apiErrorFields>,
    Cause.YieldableError & ZegoErrorTraits,
    {}
  >
{
  readonly _tag: Tag
  readonly retryClass: RetryClass
  readonly isThrottling: boolean
  readonly meaning: string
}

/**
 * Declares an API error class: one per documented meaning.
 *
 * @example
 * ```ts
 * import { ApiError } from "@effect-zego/core/ZegoError"
 *
 * export class UserNotRegistered extends ApiError<UserNotRegistered>()("UserNotRegistered", {
 *   meaning: "the user is not registered"
 * }) {}
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const ApiError =
  <Self = never>() => <const Tag extends string>(tag: Tag, traits: ApiErrorTraits): ApiErrorConstructor<Self, Tag> => {
    const retryClass: RetryClass = traits.retry ?? "never"
    const isThrottling = traits.throttling ?? retryClass === "throttled"
    // `Self` is still generic here, so the conditional return type of TaggedError cannot resolve: name it.
    const Parent = Schema.TaggedError<Self>()(tag, apiErrorFields) as unknown as Schema.TaggedErrorClass<
      Self,
      Tag,
      { readonly _tag: Schema.tag<Tag> } & typeof apiErrorFields
    >
    class Base extends Parent {
      static readonly retryClass: RetryClass = retryClass
      static readonly isThrottling: boolean = isThrottling
      static readonly meaning: string = traits.meaning
      readonly [TypeId]: TypeId = TypeId
      get retryClass(): RetryClass {
        return retryClass
      }
      get isRetryable(): boolean {
        return retryClass !== "never"
      }
      get isThrottling(): boolean {
        return isThrottling
      }
      override get message(): string {
        const failed = this.errorList && this.errorList.length > 0
          ? ` (${this.errorList.length} item${this.errorList.length === 1 ? "" : "s"} failed)`
          : ""
        const said = this.serverMessage === "" ? "" : `, server said "${this.serverMessage}"`
        return `${this.action}: ${traits.meaning} (code ${this.code}${failed}${said}, RequestId ${this.requestId})`
      }
    }
    return Base as unknown as ApiErrorConstructor<Self, Tag>
  }

/**
 * A code that no table of the Action, its product or the gateway documents. The number is kept.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnknownApiError extends ApiError<UnknownApiError>()("UnknownApiError", {
  meaning: "the server answered a code that is not documented for this Action"
}) {}

/**
 * A parameter is wrong, as the server sees it (ZIM 2, RTC 2, and Actions that document their own code
 * for it).
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidParameter extends ApiError<InvalidParameter>()("InvalidParameter", {
  meaning: "the server rejected a parameter"
}) {}

/**
 * The AppID's rate limit for this Action was exceeded (ZIM 660300005, RTC 206): retried with the
 * longer backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class AppRateLimited extends ApiError<AppRateLimited>()("AppRateLimited", {
  meaning: "the AppID exceeded this Action's rate limit",
  retry: "throttled"
}) {}

// ---------------------------------------------------------------------------
// Gateway errors (both products, before any Action runs)
// ---------------------------------------------------------------------------

/** @since 0.1.0 @category gateway errors */
export class BadHost extends ApiError<BadHost>()("BadHost", { meaning: "the Host of the request is wrong" }) {}
/** @since 0.1.0 @category gateway errors */
export class InvalidAppIdFormat extends ApiError<InvalidAppIdFormat>()("InvalidAppIdFormat", {
  meaning: "the AppId is not in the right format"
}) {}
/** @since 0.1.0 @category gateway errors */
export class TimestampMissing extends ApiError<TimestampMissing>()("TimestampMissing", {
  meaning: "the Timestamp is empty"
}) {}
/** @since 0.1.0 @category gateway errors */
export class TimestampMalformed extends ApiError<TimestampMalformed>()("TimestampMalformed", {
  meaning: "the Timestamp is not a Unix time in seconds"
}) {}

/** How far the gateway lets a Timestamp be from its clock. */
const signatureLifetimeMillis = 10 * 60_000

/**
 * The server found the Timestamp more than 10 minutes away from its clock. `skew` is the measured
 * difference between the server's `Date` header and our clock, when the server sent one. The pipeline learns
 * that difference as the host's clock offset and signs the single retry (and later calls) with it, so this
 * error reaches the caller only when the corrected retry expired too, or the server sent no `Date` header.
 *
 * @since 0.1.0
 * @category gateway errors
 */
export class SignatureExpired extends Schema.TaggedError<SignatureExpired>()("SignatureExpired", {
  ...apiErrorFields,
  /** Server clock minus our clock, in milliseconds (from the response's Date header). */
  skewMillis: Schema.optional(Schema.Number)
}) {
  static readonly retryClass: RetryClass = "once"
  static readonly isThrottling = false
  static readonly meaning = "the signature expired: our clock and the server's differ by more than 10 minutes"
  readonly [TypeId]: TypeId = TypeId
  get retryClass(): RetryClass {
    return "once"
  }
  get isRetryable(): boolean {
    return true
  }
  get isThrottling(): boolean {
    return false
  }
  override get message(): string {
    if (this.skewMillis === undefined) {
      return `${this.action}: ${SignatureExpired.meaning}; the server sent no Date header to measure the skew (code ${this.code}, RequestId ${this.requestId})`
    }
    const skew = `measured skew ${Duration.format(Duration.millis(Math.abs(this.skewMillis)))} (server ${
      this.skewMillis >= 0 ? "ahead" : "behind"
    })`
    // Under the limit the clocks are not the cause: say so rather than blame them.
    return Math.abs(this.skewMillis) > signatureLifetimeMillis
      ? `${this.action}: ${SignatureExpired.meaning}; ${skew}, the limit is 10m (code ${this.code}, RequestId ${this.requestId})`
      : `${this.action}: the server found the signature expired, yet the ${skew} is within the 10m limit: the request may have been delayed or replayed, or the Timestamp was not signed from this clock (code ${this.code}, RequestId ${this.requestId})`
  }
}

/** @since 0.1.0 @category gateway errors */
export class InvalidSignature extends ApiError<InvalidSignature>()("InvalidSignature", {
  meaning: "the signature does not match: check the AppId and ServerSecret",
  retry: "once"
}) {}
/** @since 0.1.0 @category gateway errors */
export class ActionMissing extends ApiError<ActionMissing>()("ActionMissing", { meaning: "the Action is empty" }) {}
/** @since 0.1.0 @category gateway errors */
export class UnknownAction extends ApiError<UnknownAction>()("UnknownAction", {
  meaning: "the server does not support this Action"
}) {}
/** @since 0.1.0 @category gateway errors */
export class NonceMissing extends ApiError<NonceMissing>()("NonceMissing", {
  meaning: "the SignatureNonce is empty"
}) {}
/** @since 0.1.0 @category gateway errors */
export class SignatureMissing extends ApiError<SignatureMissing>()("SignatureMissing", {
  meaning: "the Signature is empty"
}) {}
/** @since 0.1.0 @category gateway errors */
export class ServerSecretUnavailable extends ApiError<ServerSecretUnavailable>()("ServerSecretUnavailable", {
  meaning: "the gateway could not load the ServerSecret of this AppId"
}) {}
/** @since 0.1.0 @category gateway errors */
export class AppNotConfigured extends ApiError<AppNotConfigured>()("AppNotConfigured", {
  meaning: "the gateway could not load the configuration of this AppId: is the AppId right?"
}) {}
/** @since 0.1.0 @category gateway errors */
export class BodyUnreadable extends ApiError<BodyUnreadable>()("BodyUnreadable", {
  meaning: "the gateway could not read the request body",
  retry: "transient"
}) {}
/** @since 0.1.0 @category gateway errors */
export class SignatureVersionMissing extends ApiError<SignatureVersionMissing>()("SignatureVersionMissing", {
  meaning: "the SignatureVersion is empty"
}) {}
/** @since 0.1.0 @category gateway errors */
export class UnsupportedSignatureVersion
  extends ApiError<UnsupportedSignatureVersion>()("UnsupportedSignatureVersion", {
    meaning: "the SignatureVersion is not supported"
  })
{}
/** @since 0.1.0 @category gateway errors */
export class GatewayInternalError extends ApiError<GatewayInternalError>()("GatewayInternalError", {
  meaning: "the gateway failed internally",
  retry: "transient"
}) {}
/** @since 0.1.0 @category gateway errors */
export class AppNotInProduction extends ApiError<AppNotInProduction>()("AppNotInProduction", {
  meaning: "the app is not configured for the production environment (see IsTest)"
}) {}
/** @since 0.1.0 @category gateway errors */
export class ServiceNotEnabled extends ApiError<ServiceNotEnabled>()("ServiceNotEnabled", {
  meaning: "the app has not enabled this service"
}) {}

/**
 * The gateway's code table, shared by both products.
 *
 * @since 0.1.0
 * @category gateway errors
 */
export const gatewayErrors = {
  100000000: BadHost,
  100000001: InvalidAppIdFormat,
  100000002: TimestampMissing,
  100000003: TimestampMalformed,
  100000004: SignatureExpired,
  100000005: InvalidSignature,
  100000006: ActionMissing,
  100000007: UnknownAction,
  100000008: NonceMissing,
  100000009: SignatureMissing,
  100000010: ServerSecretUnavailable,
  100000011: AppNotConfigured,
  100000012: BodyUnreadable,
  100000013: SignatureVersionMissing,
  100000014: UnsupportedSignatureVersion,
  100000015: GatewayInternalError,
  100000016: AppNotInProduction,
  100000017: ServiceNotEnabled
} as const

/**
 * Any gateway error.
 *
 * @since 0.1.0
 * @category gateway errors
 */
export type GatewayError = InstanceType<(typeof gatewayErrors)[keyof typeof gatewayErrors]>

// ---------------------------------------------------------------------------
// Errors of the pipeline itself
// ---------------------------------------------------------------------------

/**
 * One broken rule of the input.
 *
 * @since 0.1.0
 * @category models
 */
export const InvalidField = Schema.Struct({
  /** The field, as a path: `UserIds`, `UserIds[3]`. */
  field: Schema.String,
  /** The rule it breaks, in words. */
  rule: Schema.String
})

/**
 * @since 0.1.0
 * @category models
 */
export type InvalidField = typeof InvalidField.Type

/**
 * The most broken rules an {@link InvalidRequest} lists; it counts the others in `moreIssues`.
 *
 * @since 0.1.0
 * @category models
 */
export const maxListedIssues = 20

/**
 * The input breaks a documented rule; nothing was sent. `field` and `rule` name the first broken rule,
 * `issues` lists the broken rules, at most {@link maxListedIssues} of them, and `moreIssues` counts the rest.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidRequest extends Schema.TaggedError<InvalidRequest>()("InvalidRequest", {
  action: Schema.String,
  field: Schema.String,
  rule: Schema.String,
  issues: Schema.Array(InvalidField),
  /** Broken rules found beyond those listed in `issues`. */
  moreIssues: Schema.optionalWith(Schema.Number, { default: () => 0 })
}) {
  readonly [TypeId]: TypeId = TypeId
  readonly retryClass: RetryClass = "never"
  readonly isRetryable = false
  readonly isThrottling = false
  override get message(): string {
    const others = this.issues.length - 1 + this.moreIssues
    const more = others > 0 ? ` (and ${others} more)` : ""
    return `${this.action}: invalid request, ${this.field}: ${this.rule}${more}; nothing was sent`
  }
}

/**
 * The request could not be sent or its answer could not be read: connection refused or reset, DNS,
 * TLS, a body cut off. `sent` is false only when the failure proves the server never got the request.
 *
 * @since 0.1.0
 * @category errors
 */
export class TransportError extends Schema.TaggedError<TransportError>()("TransportError", {
  action: Schema.String,
  /** What failed, e.g. `connect ECONNREFUSED 127.0.0.1:4000`. Never contains the URL or its query. */
  description: Schema.String,
  /** False when the request provably never reached the server (safe to retry any Action). */
  sent: Schema.Boolean,
  attempt: Schema.Number
}) {
  readonly [TypeId]: TypeId = TypeId
  readonly retryClass: RetryClass = "transient"
  readonly isRetryable = true
  readonly isThrottling = false
  override get message(): string {
    return `${this.action}: transport failure on attempt ${this.attempt}: ${this.description}${
      this.sent ? "" : " (the request was not sent)"
    }`
  }
}

/**
 * One attempt got no answer within the per-attempt timeout.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestTimeout extends Schema.TaggedError<RequestTimeout>()("RequestTimeout", {
  action: Schema.String,
  timeoutMillis: Schema.Number,
  attempt: Schema.Number
}) {
  readonly [TypeId]: TypeId = TypeId
  readonly retryClass: RetryClass = "transient"
  readonly isRetryable = true
  readonly isThrottling = false
  override get message(): string {
    return `${this.action}: no answer within ${
      Duration.format(Duration.millis(this.timeoutMillis))
    } on attempt ${this.attempt}`
  }
}

/**
 * The whole call, every attempt and wait included, ran past its deadline. `lastError` is the failure of
 * the last finished attempt, if any.
 *
 * @since 0.1.0
 * @category errors
 */
export class DeadlineExceeded extends Schema.TaggedError<DeadlineExceeded>()("DeadlineExceeded", {
  action: Schema.String,
  deadlineMillis: Schema.Number,
  attempts: Schema.Number,
  lastError: Schema.optional(Schema.String)
}) {
  readonly [TypeId]: TypeId = TypeId
  readonly retryClass: RetryClass = "never"
  readonly isRetryable = false
  readonly isThrottling = false
  override get message(): string {
    const last = this.lastError === undefined ? "" : `; last failure: ${this.lastError}`
    return `${this.action}: deadline of ${
      Duration.format(Duration.millis(this.deadlineMillis))
    } exceeded after ${this.attempts} attempt(s)${last}`
  }
}

/**
 * A successful (2xx) answer is not the documented JSON envelope: an HTML page from a proxy, a truncated or
 * empty body, a missing `Code`, fields of the wrong type, or JSON nested deeper than any documented answer.
 * `requestId` is kept when the body had one. (An HTTP error status is {@link HttpStatusError}.)
 *
 * @since 0.1.0
 * @category errors
 */
export class MalformedResponse extends Schema.TaggedError<MalformedResponse>()("MalformedResponse", {
  action: Schema.String,
  status: Schema.Number,
  /** What is wrong with the body. */
  reason: Schema.String,
  /** The first bytes of the body, for the log. */
  bodyExcerpt: Schema.String,
  requestId: Schema.optional(Schema.String)
}) {
  readonly [TypeId]: TypeId = TypeId
  get retryClass(): RetryClass {
    return this.status === 429 ? "throttled" : this.status === 408 || this.status >= 500 ? "transient" : "never"
  }
  get isRetryable(): boolean {
    return this.retryClass !== "never"
  }
  get isThrottling(): boolean {
    return this.status === 429
  }
  override get message(): string {
    const id = this.requestId === undefined ? "" : `, RequestId ${this.requestId}`
    return `${this.action}: malformed response (HTTP ${this.status}${id}): ${this.reason}`
  }
}

/**
 * The server (or a proxy in front of it) answered with an HTTP error status and no API error: a 429, a 5xx,
 * a plain-text 503, an HTML 404. The status is the server's choice, so the error is not about the body: 408,
 * 429 and 5xx are retryable (429 with the longer, throttled backoff), other statuses are not. `bodyExcerpt`
 * and `requestId` are short, scrubbed excerpts of what the server sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class HttpStatusError extends Schema.TaggedError<HttpStatusError>()("HttpStatusError", {
  action: Schema.String,
  /** The HTTP status the server answered with. */
  status: Schema.Number,
  /** The first characters of the body, scrubbed, for the log. */
  bodyExcerpt: Schema.String,
  /** The RequestId, when the body was an envelope that had one. */
  requestId: Schema.optional(Schema.String)
}) {
  readonly [TypeId]: TypeId = TypeId
  get retryClass(): RetryClass {
    return this.status === 429 ? "throttled" : this.status === 408 || this.status >= 500 ? "transient" : "never"
  }
  get isRetryable(): boolean {
    return this.retryClass !== "never"
  }
  get isThrottling(): boolean {
    return this.status === 429
  }
  override get message(): string {
    const id = this.requestId === undefined ? "" : `, RequestId ${this.requestId}`
    const body = this.bodyExcerpt === "" ? "empty body" : `body: ${this.bodyExcerpt}`
    return `${this.action}: the server answered HTTP ${this.status}${id} (${body})`
  }
}

/**
 * The answer's body was larger than the call's `maxResponseBytes`: the exchange was aborted as soon as the cap
 * was passed (or at once, when `content-length` announced it), so nothing past the cap was read or kept.
 * Retrying would read the same answer, so it is not retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class ResponseTooLarge extends Schema.TaggedError<ResponseTooLarge>()("ResponseTooLarge", {
  action: Schema.String,
  /** The HTTP status of the answer. */
  status: Schema.Number,
  /** The cap in force (`maxResponseBytes`). */
  maxBytes: Schema.Number,
  /** The bytes received (or announced by `content-length`) when the exchange was aborted: more than the cap. */
  receivedBytes: Schema.Number,
  attempt: Schema.Number
}) {
  readonly [TypeId]: TypeId = TypeId
  readonly retryClass: RetryClass = "never"
  readonly isRetryable = false
  readonly isThrottling = false
  override get message(): string {
    return `${this.action}: the answer (HTTP ${this.status}) is larger than maxResponseBytes ${this.maxBytes}: aborted after ${this.receivedBytes} bytes on attempt ${this.attempt}`
  }
}

/**
 * The client's own rate limiter would have had to wait longer than allowed (`onExceeded: "fail"` or
 * `maxWait`). Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class RateLimitWaitExceeded extends Schema.TaggedError<RateLimitWaitExceeded>()("RateLimitWaitExceeded", {
  action: Schema.String,
  /** The limiter key: `appId:product:Action`. */
  key: Schema.String,
  maxWaitMillis: Schema.Number
}) {
  readonly [TypeId]: TypeId = TypeId
  readonly retryClass: RetryClass = "never"
  readonly isRetryable = false
  readonly isThrottling = true
  override get message(): string {
    return `${this.action}: no rate-limit permit within ${
      Duration.format(Duration.millis(this.maxWaitMillis))
    } for ${this.key}; nothing was sent`
  }
}

/**
 * The shared rate-limit store (e.g. Redis) could not be reached and the limiter is set to fail fast.
 * Nothing was sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class RateLimiterUnavailable extends Schema.TaggedError<RateLimiterUnavailable>()("RateLimiterUnavailable", {
  action: Schema.String,
  description: Schema.String
}) {
  readonly [TypeId]: TypeId = TypeId
  readonly retryClass: RetryClass = "never"
  readonly isRetryable = false
  readonly isThrottling = false
  override get message(): string {
    return `${this.action}: the rate-limit store is unavailable: ${this.description}; nothing was sent`
  }
}

/**
 * The errors every Action can fail with, whatever its code table.
 *
 * @since 0.1.0
 * @category models
 */
export type SharedError =
  | GatewayError
  | UnknownApiError
  | InvalidRequest
  | TransportError
  | RequestTimeout
  | DeadlineExceeded
  | MalformedResponse
  | HttpStatusError
  | ResponseTooLarge
  | RateLimitWaitExceeded
  | RateLimiterUnavailable
