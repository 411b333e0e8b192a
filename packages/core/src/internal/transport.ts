import type * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberRef from "effect/FiberRef"
import * as LogLevel from "effect/LogLevel"
import type * as MetricLabel from "effect/MetricLabel"
import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import * as Random from "effect/Random"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as Interval from "effect/ScheduleInterval"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import type * as Action from "../Action.js"
import * as ActionModule from "../Action.js"
import * as CallOptions from "../CallOptions.js"
import * as DirectExchange from "../DirectExchange.js"
import { Signer } from "../Signer.js"
import { isRegionDefault, ZegoConfig } from "../ZegoConfig.js"
import type { Product } from "../ZegoConfig.js"
import * as ZegoError from "../ZegoError.js"
import * as ZegoMetrics from "../ZegoMetrics.js"
import { intervalMillis, lateWakeToleranceMillis, type PermitRequest, ZegoRateLimiter } from "../ZegoRateLimiter.js"
import * as Json from "./json.js"
import { clockOf, defaults, isTraced } from "./runtime.js"
import * as Wire from "./wire.js"

/**
 * What came back with a successful call.
 *
 * @internal
 */
export interface ResponseMetadata {
  readonly requestId: string
  readonly status: number
  readonly headers: Headers.Headers
  readonly attempts: number
}

/** @internal */
export interface WithResponse<A> {
  readonly data: A
  readonly response: ResponseMetadata
}

const productLabel: Record<Product, string> = { zim: "ZIM", rtc: "RTC" }

/** Whether a GET's parameters hold an object (serialized as JSON into the URL). */
const hasObjectValue = (wire: unknown): boolean => {
  if (typeof wire !== "object" || wire === null) return false
  for (const value of Object.values(wire)) {
    if (typeof value !== "object" || value === null) continue
    if (!Array.isArray(value)) return true
    for (const item of value) if (typeof item === "object" && item !== null) return true
  }
  return false
}

/**
 * A request is written at most the rate limit's safety margin (less the limiter's late-wake tolerance, which
 * the margin already pays for) after its permit (direct exchange only): later, it could land within one
 * second of the requests of the next N permits, which the margin no longer covers. It is then not written and
 * takes a new permit, at most this many times per call.
 */
const maxLateResends = 2

/** The codes of errors that prove the server did not process the request. */
const isGatewayCode = (code: number) => code >= 100000000 && code <= 100000017

const envelope = Schema.Struct({
  Code: Schema.Number,
  Message: Schema.optionalWith(Schema.String, { default: () => "" }),
  // Some of the vendor's own examples write it as a number: normalized to its digits by `requestIdOf`.
  RequestId: Schema.optionalWith(Schema.Union(Schema.String, Schema.Number), { default: () => "" }),
  // Items name what failed in different keys (UserId, ConvId, Key…): only SubCode is required here.
  ErrorList: Schema.optional(Schema.Array(ZegoError.FailedItem))
})
const decodeEnvelope = Schema.decodeUnknownEither(envelope)

/** What the pipeline reads of a response besides its body. */
interface Answered {
  readonly status: number
  readonly headers: Headers.Headers
}

// Errors that mean the connection was never established, so nothing reached the server.
const notSentCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL"
])

const describeCause = (cause: unknown): { readonly description: string; readonly connectFailed: boolean } => {
  const messages: Array<string> = []
  let connectFailed = false
  let current: unknown = cause
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current === "object") {
      const code = "code" in current && typeof current.code === "string" ? current.code : undefined
      const message = "message" in current && typeof current.message === "string" ? current.message : undefined
      if (code !== undefined && notSentCodes.has(code)) connectFailed = true
      if (message !== undefined && message !== "" && !messages.includes(message)) messages.push(message)
      else if (code !== undefined) messages.push(code)
      current = "cause" in current ? current.cause : undefined
    } else {
      messages.push(String(current))
      current = undefined
    }
  }
  return { description: Wire.scrub(messages.join(": ") || "unknown transport failure"), connectFailed }
}

/**
 * The retry class of an error under a policy, for an Action.
 *
 * @internal
 */
export const retryClassOf = (
  error: ZegoError.ZegoError,
  policy: CallOptions.RetryPolicy,
  idempotent: boolean
): ZegoError.RetryClass => {
  const cls = policy.classify?.(error) ?? error.retryClass
  if (cls === "never" || idempotent || policy.retryNonIdempotent) return cls
  // A state-changing Action is retried only when the failure proves the server did not process it.
  if (error._tag === "TransportError") return (error as ZegoError.TransportError).sent ? "never" : cls
  if ("code" in error && typeof error.code === "number" && isGatewayCode(error.code)) return cls
  // A 429 from a proxy (no API code) does not prove the server did not process it.
  if (error.isThrottling && error._tag !== "MalformedResponse" && error._tag !== "HttpStatusError") return cls
  return "never"
}

interface RetryState {
  readonly retries: number
  readonly onceUsed: boolean
}

/**
 * What the retry policy decides after a failed attempt: stop, or retry after `delayMillis` (before
 * jitter).
 */
type RetryDecision =
  | { readonly _tag: "Stop" }
  | { readonly _tag: "Retry"; readonly baseMillis: number; readonly next: RetryState }

/**
 * Jittered, capped exponential backoff over the failures of one call, bounded by `maxAttempts`;
 * throttling failures start from the longer base; `once` failures are retried a single time.
 */
const decideRetry = (
  state: RetryState,
  error: ZegoError.ZegoError,
  policy: CallOptions.RetryPolicy,
  idempotent: boolean
): RetryDecision => {
  const cls = retryClassOf(error, policy, idempotent)
  if (state.retries + 1 >= policy.maxAttempts || cls === "never" || (cls === "once" && state.onceUsed)) {
    return { _tag: "Stop" }
  }
  const base = Duration.toMillis(cls === "throttled" ? policy.throttledBaseDelay : policy.baseDelay)
  return {
    _tag: "Retry",
    baseMillis: Math.min(Duration.toMillis(policy.maxDelay), base * Math.pow(policy.factor, state.retries)),
    next: { retries: state.retries + 1, onceUsed: state.onceUsed || cls === "once" }
  }
}

/** The backoff after `decision`, with the policy's jitter (±20 %, from the `Random` service). */
const backoffMillis = (policy: CallOptions.RetryPolicy, baseMillis: number): Effect.Effect<number> =>
  policy.jitter
    ? Effect.map(Random.nextRange(0.8, 1.2), (factor) => Math.round(baseMillis * factor))
    : Effect.succeed(Math.round(baseMillis))

/** What the retry schedule decided after a failed attempt. */
interface RetryStep {
  /** Undefined for failures that are not ours (a lazy input's own error): never retried. */
  readonly error: ZegoError.ZegoError | undefined
  readonly delayMillis: number
  readonly retry: number
  /** False when the schedule stops here. */
  readonly scheduled: boolean
}

/**
 * The retry policy as a `Schedule` over the failures of one call (the pipeline runs the same decisions
 * in its own loop).
 *
 * @internal
 */
export const retrySchedule = (
  policy: CallOptions.RetryPolicy,
  idempotent: boolean
): Schedule.Schedule<RetryStep, unknown> =>
  Schedule.makeWithState<RetryState, unknown, RetryStep>(
    { retries: 0, onceUsed: false },
    (now, input, state) => {
      if (!ZegoError.isZegoError(input)) {
        return Effect.succeed([
          state,
          { error: undefined, delayMillis: 0, retry: state.retries, scheduled: false },
          ScheduleDecision.done
        ])
      }
      const error = input
      const decision = decideRetry(state, error, policy, idempotent)
      if (decision._tag === "Stop") {
        return Effect.succeed(
          [state, { error, delayMillis: 0, retry: state.retries, scheduled: false }, ScheduleDecision.done] as const
        )
      }
      return Effect.map(backoffMillis(policy, decision.baseMillis), (delayMillis) =>
        [
          decision.next,
          { error, delayMillis, retry: decision.next.retries, scheduled: true },
          ScheduleDecision.continueWith(Interval.after(now + delayMillis))
        ] as const)
    }
  )

// Longer timers never fire (as with Effect's own clock).
const maxTimerMillis = 2 ** 31 - 1

/**
 * Runs `self` in a child fiber and fails with `onTimeout()` if it has not ended after `millis`; the child is
 * interrupted (and awaited) then, or when the caller is interrupted. One fiber and one `setTimeout`, where
 * `Effect.timeoutFail` forks two fibers and joins their FiberRefs: only for the live clock.
 */
const timeoutLive = <A, E, E1>(
  self: Effect.Effect<A, E>,
  millis: number,
  onTimeout: () => E1
): Effect.Effect<A, E | E1> =>
  Effect.flatMap(Effect.fork(self), (child) =>
    Effect.async<A, E | E1>((resume) => {
      let settled = false
      const timer = millis <= maxTimerMillis
        ? setTimeout(() => {
          if (settled) return
          settled = true
          resume(Effect.zipRight(Fiber.interrupt(child), Effect.fail(onTimeout())))
        }, Math.max(0, millis))
        : undefined
      child.addObserver((exit) => {
        if (settled) return
        settled = true
        if (timer !== undefined) clearTimeout(timer)
        resume(exit)
      })
      return Effect.suspend(() => {
        settled = true
        if (timer !== undefined) clearTimeout(timer)
        return Fiber.interrupt(child)
      })
    }))

/** Fails with `onTimeout()` when `self` has not ended after `millis` (`Infinity`: no limit). */
const timeoutWith = <A, E, E1>(
  clock: Clock.Clock,
  self: Effect.Effect<A, E>,
  millis: number,
  onTimeout: () => E1
): Effect.Effect<A, E | E1> => {
  if (millis === Infinity) return self
  if (clock === defaults().clock) return timeoutLive(self, millis, onTimeout)
  return Effect.timeoutFail(self, { duration: Duration.millis(Math.max(0, millis)), onTimeout })
}

/**
 * Runs `self` with `span` as the current span and ends the span with its exit, after `onExit` (which may
 * annotate it). What `Effect.withSpan` does, with the span made by the caller, in a handful of steps instead
 * of some twenty: under OpenTelemetry, every step of a fiber inside a span is run in its own context.
 */
const inSpan = <A, E>(
  span: Tracer.Span,
  self: Effect.Effect<A, E>,
  onExit: (exit: Exit.Exit<A, E>) => void
): Effect.Effect<A, E> =>
  Effect.withFiberRuntime<A, E>((fiber) => {
    const outer = fiber.currentContext
    const timing = fiber.getFiberRef(FiberRef.currentTracerTimingEnabled)
    const clock = clockOf(fiber)
    return Effect.onExit(
      Effect.zipRight(FiberRef.set(FiberRef.currentContext, Context.add(outer, Tracer.ParentSpan, span)), self),
      (exit) => {
        onExit(exit)
        if (span.status._tag !== "Ended") span.end(timing ? clock.unsafeCurrentTimeNanos() : BigInt(0), exit)
        return FiberRef.set(FiberRef.currentContext, outer)
      }
    )
  })

const utf8 = new TextDecoder()

/**
 * The body of a platform client's response, failing with a `ResponseError` caused by a
 * `DirectExchange.BodyTooLarge` past `maxBytes` (announced by `content-length`, or counted as it streams in;
 * the request is then aborted).
 */
const readCapped = (
  response: HttpClientResponse.HttpClientResponse,
  maxBytes: number
): Effect.Effect<string, HttpClientError.ResponseError> => {
  const tooLarge = (received: number) =>
    new HttpClientError.ResponseError({
      request: response.request,
      response,
      reason: "Decode",
      cause: new DirectExchange.BodyTooLarge(maxBytes, received)
    })
  const announced = Number(response.headers["content-length"])
  if (announced > maxBytes) return Effect.fail(tooLarge(announced))
  const chunks: Array<Uint8Array> = []
  return Effect.map(
    Stream.runFoldEffect(response.stream, 0, (received, chunk) => {
      const total = received + chunk.length
      if (total > maxBytes) return Effect.fail(tooLarge(total))
      chunks.push(chunk)
      return Effect.succeed(total)
    }),
    (total) => {
      if (chunks.length === 1 && chunks[0] !== undefined) return utf8.decode(chunks[0])
      const all = new Uint8Array(total)
      let at = 0
      for (const chunk of chunks) {
        all.set(chunk, at)
        at += chunk.length
      }
      return utf8.decode(all)
    }
  )
}

// ---------------------------------------------------------------------------
// What is computed once per Action
// ---------------------------------------------------------------------------

interface Encoded {
  readonly wire: unknown
  readonly query: Record<string, Wire.WireValue> | undefined
  readonly body: string | undefined
}

interface Compiled {
  readonly encode: (input: unknown) => Effect.Effect<Encoded, ZegoError.InvalidRequest>
  readonly decode: (json: unknown) => Either.Either<unknown, ParseResult.ParseError>
  readonly baseUrl: string
  readonly isTest: boolean | undefined
  readonly appKey: string
  readonly spanName: string
  readonly spanAttributes: Record<string, unknown>
  readonly serverAddress: string
  readonly serverPort: number
  /** For the direct exchange: the origin of the base URL. */
  readonly origin: string
  readonly metrics: ZegoMetrics.ActionMetrics
}

interface Envelope {
  readonly Code: number
  readonly Message: string
  readonly RequestId: string | number
  readonly ErrorList?: ReadonlyArray<ZegoError.FailedItem> | undefined
}

/**
 * The envelope of the usual answer (`Code`, maybe `Message` and `RequestId` strings, no `ErrorList`) without
 * running its schema, with the same result; `undefined` for anything else, which the schema decodes.
 */
const plainEnvelope = (json: unknown): Envelope | undefined => {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined
  const { Code, ErrorList, Message, RequestId } = json as Record<string, unknown>
  if (typeof Code !== "number" || ErrorList !== undefined) return undefined
  if (Message !== undefined && typeof Message !== "string") return undefined
  if (RequestId !== undefined && typeof RequestId !== "string") return undefined
  return { Code, Message: Message ?? "", RequestId: RequestId ?? "", ErrorList: undefined }
}

const numericRequestId = /"RequestId"\s*:\s*(-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)/

/**
 * A RequestId as a string. A number is written with the digits of the body (JSON numbers past 2^53 lose
 * digits when parsed: 7840039829955402000 in a vendor example), else as JavaScript prints it.
 */
const requestIdText = (requestId: string | number, text: string): string =>
  typeof requestId === "string" ? requestId : numericRequestId.exec(text)?.[1] ?? String(requestId)

/** The strings of an `ErrorList` fit for an error: scrubbed and cut (numbers and booleans kept). */
const serverItems = (
  items: ReadonlyArray<ZegoError.FailedItem> | undefined,
  signature: string
): ReadonlyArray<ZegoError.FailedItem> | undefined => {
  if (items === undefined) return undefined
  const clean = (value: unknown): unknown =>
    typeof value === "string"
      ? Wire.serverText(value, signature)
      : Array.isArray(value)
      ? value.map(clean)
      : typeof value === "object" && value !== null
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [Wire.serverText(k, signature), clean(v)]))
      : value
  return items.map((item) => clean(item) as ZegoError.FailedItem)
}

/** A clock `offsetMillis` ahead of `clock` (behind when negative): the server's, as far as we know it. */
const offsetClock = (clock: Clock.Clock, offsetMillis: number): Clock.Clock => {
  const nanos = BigInt(Math.round(offsetMillis)) * BigInt(1_000_000)
  return {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: () => clock.unsafeCurrentTimeMillis() + offsetMillis,
    currentTimeMillis: Effect.sync(() => clock.unsafeCurrentTimeMillis() + offsetMillis),
    unsafeCurrentTimeNanos: () => clock.unsafeCurrentTimeNanos() + nanos,
    currentTimeNanos: Effect.sync(() => clock.unsafeCurrentTimeNanos() + nanos),
    sleep: (duration) => clock.sleep(duration)
  }
}

/** A successful attempt: the Action's value and what came with it. */
interface Success {
  readonly value: unknown
  readonly meta: ResponseMetadata
}

/** An API error as the value of a traced exchange: the exchange succeeded, so its span does too. */
class ApiFailure {
  constructor(readonly error: ZegoError.ZegoError) {}
}

// ---------------------------------------------------------------------------
// The pipeline
// ---------------------------------------------------------------------------

/**
 * The one call pipeline.
 *
 * @internal
 */
export const make = Effect.gen(function*() {
  const config = yield* ZegoConfig
  const signer = yield* Signer
  const limiter = yield* ZegoRateLimiter
  const httpClient = yield* HttpClient.HttpClient
  // Our own attempt span replaces the platform's, which records the signed URL verbatim.
  const client = httpClient.pipe(HttpClient.withTracerDisabledWhen(() => true))
  // The client's direct exchange, if it offers one (it makes no span of its own).
  const direct = DirectExchange.of(httpClient)
  // Whether a client that goes through `execute` keeps the send-time guard (the `"platform"` client does).
  const writeGuarded = DirectExchange.hasWriteGuard(httpClient)
  const appIdAttribute = String(config.appId)
  // Per host (origin): the server's clock minus ours, learned from the Date header of a SignatureExpired answer.
  const clockOffsets = new Map<string, number>()

  const compiledActions = new WeakMap<Action.Any, Compiled>()
  const compile = (action: Action.Any): Compiled => {
    const known = compiledActions.get(action)
    if (known !== undefined) return known
    const service = action.product
    // An Action served from its own host goes there, unless the product's base URL was set by hand.
    const productUrl = config.baseUrls[service]
    const baseUrl = action.host !== undefined && isRegionDefault(service, productUrl)
      ? action.host
      : productUrl
    const origin = new URL(baseUrl)
    // A value the schema lets through (a `Record<string, unknown>` field) may still not serialize: that is an
    // InvalidRequest naming the field, and nothing is sent.
    const toEncoded = (wire: unknown): Either.Either<Encoded, ZegoError.InvalidRequest> => {
      try {
        if (action.method === "POST") return Either.right({ wire, query: undefined, body: JSON.stringify(wire) })
        // The query's object values are serialized into the URL of every attempt: checked once here.
        if (hasObjectValue(wire)) JSON.stringify(wire)
        return Either.right({ wire, query: wire as Record<string, Wire.WireValue>, body: undefined })
      } catch (error) {
        const found = Json.findUnserializable(wire)
        const field = found === undefined ? "(input)" : Json.formatPath(found.path)
        const rule = found?.rule ?? `must be serializable to JSON (${error instanceof Error ? error.name : "failed"})`
        return Either.left(
          new ZegoError.InvalidRequest({ action: action.name, field, rule, issues: [{ field, rule }] })
        )
      }
    }
    const validate = ActionModule.validator(action)
    const compiled: Compiled = {
      encode: (input) => {
        const result = validate(input)
        return Either.isEither(result)
          ? Either.flatMap(result as Either.Either<unknown, ZegoError.InvalidRequest>, toEncoded)
          : Effect.flatMap(result, toEncoded)
      },
      decode: Schema.decodeUnknownEither(action.response, { errors: "all" }),
      baseUrl,
      isTest: service === "rtc" ? config.isTest : undefined,
      appKey: `${appIdAttribute}:${service}:${action.name}`,
      spanName: `${productLabel[service]}.${action.name}`,
      spanAttributes: {
        "rpc.system": "zego",
        "rpc.service": service,
        "rpc.method": action.name,
        "zego.app_id": appIdAttribute
      },
      serverAddress: origin.hostname,
      serverPort: origin.port !== "" ? Number(origin.port) : origin.protocol === "https:" ? 443 : 80,
      origin: origin.origin,
      metrics: ZegoMetrics.forAction(service, action.name)
    }
    compiledActions.set(action, compiled)
    return compiled
  }

  // `input` is either the caller's value, validated before anything else, or an effect run once the first
  // attempt holds its permit (batched helpers seal their batch as late as possible).
  const run = <A extends Action.Any, E2>(
    action: A,
    input: { readonly _tag: "Eager"; readonly value: unknown } | {
      readonly _tag: "Lazy"
      readonly effect: Effect.Effect<Action.Input<A>, E2>
    }
  ): Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A> | E2> =>
    Effect.withFiberRuntime<WithResponse<unknown>, ZegoError.ZegoError | E2>((fiber) => {
      const compiled = compile(action)
      const name = action.name
      const overrides = fiber.getFiberRef(CallOptions.currentCallOptions)
      const options = overrides.length === 0
        ? config.callOptions
        : CallOptions.resolve(config.callOptions, ...overrides)
      const clock = clockOf(fiber)
      // Under Effect's built-in tracer nobody sees a span: make none (nor their attributes and events).
      const traced = isTraced(fiber)
      // The call's span, once open (traced only). Spans are annotated through these objects, not through
      // `annotateCurrentSpan` steps: under OpenTelemetry every step of a fiber inside a span costs a context
      // switch.
      let callSpan: Tracer.Span | undefined
      // Debug logs (and their annotations) only when something would print them.
      const debug = !LogLevel.greaterThan(fiber.getFiberRef(FiberRef.currentMinimumLogLevel), LogLevel.Debug)
      const metricLabels: ReadonlyArray<MetricLabel.MetricLabel> = fiber.getFiberRef(FiberRef.currentMetricLabels)
      // The direct exchange keeps its own timer: only on the live clock.
      const directExchange = clock === defaults().clock ? direct : undefined
      const start = clock.unsafeCurrentTimeMillis()
      const timeoutMillis = Duration.toMillis(options.timeout)
      const deadlineAt = options.deadline === undefined ? Infinity : start + Duration.toMillis(options.deadline)
      const policy = options.retry
      const maxResponseBytes = options.maxResponseBytes

      let attempts = 0
      // When the last permit was granted (live clock only), and how often a late request was not written.
      let permitAt: number | undefined
      let lateResends = 0
      let lastError: ZegoError.ZegoError | undefined
      let retryState: RetryState = { retries: 0, onceUsed: false }
      let encoded: Encoded | undefined

      const deadlineExceeded = () =>
        new ZegoError.DeadlineExceeded({
          action: name,
          deadlineMillis: options.deadline === undefined ? 0 : Duration.toMillis(options.deadline),
          attempts,
          lastError: lastError?.message
        })

      const errorFor = (
        code: number,
        serverMessage: string,
        requestId: string,
        errorList: ReadonlyArray<ZegoError.FailedItem> | undefined,
        headers: Headers.Headers | undefined,
        now: number
      ): ZegoError.ZegoError => {
        const props = { action: name, code, serverMessage, requestId, errorList }
        if (code === 100000004) {
          const date = headers?.["date"]
          const server = date === undefined ? NaN : Date.parse(date)
          return new ZegoError.SignatureExpired({
            ...props,
            skewMillis: Number.isNaN(server) ? undefined : server - now
          })
        }
        const cls = action.errors[code] ??
          (ZegoError.gatewayErrors as Record<number, Action.ErrorTable[number]>)[code] ??
          ZegoError.UnknownApiError
        return new cls(props) as ZegoError.ZegoError
      }

      // ---- rate-limit permits --------------------------------------------------------------------------

      const rate = options.rateLimit
      const maxWaitMillis = rate.maxWait === undefined ? Infinity : Duration.toMillis(rate.maxWait)
      const lateToleranceMillis = Math.max(0, Duration.toMillis(rate.safetyMargin) - lateWakeToleranceMillis)
      const permitFor = (key: string, qps: number | undefined): PermitRequest | undefined =>
        rate.enabled && qps !== undefined
          ? {
            key,
            intervalMillis: intervalMillis(qps, rate.window, rate.safetyMargin),
            onExceeded: rate.onExceeded,
            maxWait: rate.maxWait === undefined ? undefined : Duration.decode(rate.maxWait)
          }
          : undefined
      const appPermit = permitFor(compiled.appKey, rate.limit ?? action.qps)
      // Per-room / per-group limits are keyed by the value of the scoping parameter.
      const scopedPermit = (encoded: Encoded): PermitRequest | undefined => {
        const scope = action.scopedLimit
        if (scope === undefined) return undefined
        const source = encoded.query ?? encoded.wire
        const value = typeof source === "object" && source !== null && scope.field in source
          ? String((source as Record<string, unknown>)[scope.field])
          : ""
        return permitFor(`${compiled.appKey}:${scope.field}=${value}`, scope.qps)
      }

      const regrantWait = Duration.millis(Math.min(Duration.toMillis(rate.window), maxWaitMillis))
      const regrant = (permit: PermitRequest): PermitRequest =>
        permit.onExceeded === "fail" ? { ...permit, onExceeded: "delay", maxWait: regrantWait } : permit

      // The overall deadline bounds the wait for a permit: it is the limiter's `maxWait` whenever it is the
      // nearer of the two.
      const acquire = (permit: PermitRequest): Effect.Effect<void, ZegoError.ZegoError> => {
        const remaining = deadlineAt - clock.unsafeCurrentTimeMillis()
        if (remaining <= 0) return Effect.fail(deadlineExceeded())
        const ownMaxWait = permit.maxWait === undefined ? Infinity : Duration.toMillis(permit.maxWait)
        const byDeadline = remaining <= ownMaxWait
        const request = byDeadline && remaining !== Infinity
          ? { ...permit, maxWait: Duration.millis(remaining) }
          : permit
        return Effect.flatMap(
          Effect.mapError(limiter.acquire(request), (denied): ZegoError.ZegoError =>
            denied._tag === "StoreUnavailable"
              ? new ZegoError.RateLimiterUnavailable({ action: name, description: denied.description })
              : byDeadline && permit.onExceeded === "delay"
              ? deadlineExceeded()
              : new ZegoError.RateLimitWaitExceeded({
                action: name,
                key: permit.key,
                maxWaitMillis: ownMaxWait === Infinity ? 0 : ownMaxWait
              })),
          (waited) => {
            permitAt = clock.unsafeCurrentTimeMillis()
            if (waited <= 0) return Effect.void
            compiled.metrics.rateLimitWait.unsafeUpdate(waited / 1000, metricLabels)
            if (callSpan !== undefined) {
              callSpan.attribute("zego.rate_limit.wait_ms", waited)
              callSpan.event("zego.rate_limit.wait", clock.unsafeCurrentTimeNanos(), {
                "zego.rate_limit.key": permit.key,
                "zego.rate_limit.wait_ms": waited,
                "zego.attempt": attempts
              })
            }
            return Effect.void
          }
        )
      }

      // ---- one HTTP exchange ---------------------------------------------------------------------------

      const transportError = (attempt: number, error: HttpClientError.HttpClientError) => {
        const { connectFailed, description } = describeCause(error.cause ?? error)
        return Effect.fail(
          new ZegoError.TransportError({
            action: name,
            description,
            sent: !(error._tag === "RequestError" && connectFailed),
            attempt
          })
        )
      }

      // An answer's body: the Action's value, its API error (the exchange itself succeeded, but the attempt
      // fails: a value when traced, so that the attempt span ends well), an HttpStatusError for an error status
      // without an API error, or a MalformedResponse. Every server string that reaches an error, a log or a
      // span goes through `Wire.serverText` (scrubbed of `signature`, cut short).
      const interpret = (
        attempt: number,
        response: Answered,
        text: string,
        span: Tracer.Span | undefined,
        signature: string
      ): Effect.Effect<Success | ApiFailure, ZegoError.ZegoError> => {
        const status = response.status
        const ok = status >= 200 && status < 300
        const excerpt = () => Wire.serverText(Wire.excerpt(text), signature)
        const refused = (reason: string, requestId?: string | undefined): ZegoError.ZegoError =>
          ok
            ? new ZegoError.MalformedResponse({
              action: name,
              status,
              reason: Wire.serverText(reason, signature),
              bodyExcerpt: excerpt(),
              requestId
            })
            : new ZegoError.HttpStatusError({ action: name, status, bodyExcerpt: excerpt(), requestId })
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch {
          return Effect.fail(refused(text.trim() === "" ? "empty body" : "body is not JSON"))
        }
        if (Wire.nestedDeeperThan(json, Wire.maxResponseDepth)) {
          return Effect.fail(refused(`nested deeper than ${Wire.maxResponseDepth} levels`))
        }
        let env: Envelope | undefined = plainEnvelope(json)
        if (env === undefined) {
          const decoded = decodeEnvelope(json)
          if (decoded._tag === "Left") {
            const raw = typeof json === "object" && json !== null && "RequestId" in json ? json.RequestId : undefined
            const requestId = typeof raw === "string" || typeof raw === "number"
              ? Wire.serverText(requestIdText(raw, text), signature)
              : undefined
            return Effect.fail(
              refused(
                `not the documented envelope: ${
                  Wire.invalidFields(decoded.left).map((i) => `${i.field} ${i.rule}`).join("; ")
                }`,
                requestId
              )
            )
          }
          env = decoded.right
        }
        const requestId = Wire.serverText(requestIdText(env.RequestId, text), signature)
        span?.attribute("zego.request_id", requestId)
        // An error status is the server's choice: an API error if it sent one, else the status itself.
        if (!ok && env.Code === 0) return Effect.fail(refused("", requestId))
        return interpretEnvelope(
          attempt,
          response,
          text,
          json,
          {
            Code: env.Code,
            Message: Wire.serverText(env.Message, signature),
            RequestId: requestId,
            ErrorList: serverItems(env.ErrorList, signature)
          },
          span,
          signature
        )
      }

      const interpretEnvelope = (
        attempt: number,
        response: Answered,
        text: string,
        json: unknown,
        { Code, ErrorList, Message, RequestId }: Envelope & { readonly RequestId: string },
        span: Tracer.Span | undefined,
        signature: string
      ): Effect.Effect<Success | ApiFailure, ZegoError.ZegoError> => {
        const status = response.status
        if (Code !== 0) {
          const error = errorFor(Code, Message, RequestId, ErrorList, response.headers, clock.unsafeCurrentTimeMillis())
          const failed = traced ? Effect.succeed(new ApiFailure(error)) : Effect.fail(error)
          if (error instanceof ZegoError.SignatureExpired && error.skewMillis !== undefined) {
            return Effect.zipRight(learnClockOffset(error.skewMillis, span), failed)
          }
          return failed
        }
        const decoded = compiled.decode(json)
        if (decoded._tag === "Left") {
          return Effect.fail(
            new ZegoError.MalformedResponse({
              action: name,
              status,
              reason: Wire.serverText(
                `fields do not match the documented response: ${
                  Wire.invalidFields(decoded.left).map((i) => `${i.field} ${i.rule}`).join("; ")
                }`,
                signature
              ),
              bodyExcerpt: Wire.serverText(Wire.excerpt(text), signature),
              requestId: RequestId
            })
          )
        }
        let headers: Headers.Headers | undefined
        const value = (action.finalize as (d: unknown, c: Action.ResponseContext<unknown>) => unknown)(
          decoded.right,
          {
            requestId: RequestId,
            errorFor: (code, message) =>
              errorFor(code, Wire.serverText(message ?? "", signature), RequestId, undefined, undefined, 0)
          }
        )
        return Effect.succeed({
          value,
          meta: {
            requestId: RequestId,
            status,
            // Converted (and scrubbed of the signature, should the server echo the URL) only if someone reads them.
            get headers() {
              return headers ??= Wire.scrubHeaders(response.headers, signature)
            },
            attempts: attempt
          }
        })
      }

      // The server's clock minus ours, as a SignatureExpired answer's Date header showed it: later requests to
      // this host are signed with it (the AWS SDK's correction), starting with this call's retry.
      const learnClockOffset = (skewMillis: number, span: Tracer.Span | undefined): Effect.Effect<void> => {
        clockOffsets.set(compiled.origin, skewMillis)
        span?.attribute("zego.clock_offset_ms", skewMillis)
        callSpan?.attribute("zego.clock_offset_ms", skewMillis)
        return debug
          ? logDebug("ZEGOCLOUD clock offset learned", {
            "zego.action": name,
            "server.address": compiled.serverAddress,
            "zego.clock_offset_ms": skewMillis
          })
          : Effect.void
      }

      // One HTTP exchange (in its own span when traced), bounded by the attempt timeout and the deadline.
      const exchange = (attempt: number, encoded: Encoded): Effect.Effect<Success, ZegoError.ZegoError> => {
        // Untraced, API errors are failures already (`interpret` makes no ApiFailure then).
        if (!traced) return signedExchange(attempt, encoded, undefined) as Effect.Effect<Success, ZegoError.ZegoError>
        return Effect.makeSpan(action.method, {
          kind: "client",
          captureStackTrace: false,
          attributes: {
            "http.request.method": action.method,
            "server.address": compiled.serverAddress,
            "server.port": compiled.serverPort,
            ...(attempt > 1 ? { "http.request.resend_count": attempt - 1 } : {})
          }
        }).pipe(
          Effect.flatMap((span) =>
            inSpan(span, signedExchange(attempt, encoded, span), (exit) => {
              // The deadline is the call's failure, not this attempt's.
              const error = exit._tag === "Failure" ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined
              if (error !== undefined && error._tag !== "DeadlineExceeded") span.attribute("error.type", error._tag)
            })
          ),
          Effect.flatMap((result) => result instanceof ApiFailure ? Effect.fail(result.error) : Effect.succeed(result))
        )
      }

      // A request past its permit's write-by time was not written, so not sent: new permits, a new signature,
      // the same attempt.
      const resendLate = (
        attempt: number,
        encoded: Encoded,
        span: Tracer.Span | undefined
      ): Effect.Effect<Success | ApiFailure, ZegoError.ZegoError> => {
        lateResends++
        span?.event("zego.rate_limit.late", clock.unsafeCurrentTimeNanos(), {
          "zego.rate_limit.late_tolerance_ms": lateToleranceMillis
        })
        return Effect.zipRight(permits(encoded), signedExchange(attempt, encoded, span))
      }

      // The write-by time of the current permit, for a client through `execute` that keeps the send-time guard.
      const guardWrite = (request: HttpClientRequest.HttpClientRequest): HttpClientRequest.HttpClientRequest =>
        writeGuarded && permitAt !== undefined && lateResends < maxLateResends && clock === defaults().clock
          ? HttpClientRequest.setHeader(request, DirectExchange.writeByHeader, String(permitAt + lateToleranceMillis))
          : request

      const signedExchange = (
        attempt: number,
        encoded: Encoded,
        span: Tracer.Span | undefined
      ): Effect.Effect<Success | ApiFailure, ZegoError.ZegoError> => {
        const offset = clockOffsets.get(compiled.origin)
        if (offset !== undefined) {
          span?.attribute("zego.clock_offset_ms", offset)
          callSpan?.attribute("zego.clock_offset_ms", offset)
        }
        const signing = offset === undefined ? signer.sign : Effect.withClock(signer.sign, offsetClock(clock, offset))
        return Effect.flatMap(signing, (signed) => {
          const { body, query } = encoded
          const url = Wire.attemptUrl(compiled.baseUrl, name, signed, compiled.isTest, query)
          span?.attribute("url.full", url.redacted)
          const startedAt = clock.unsafeCurrentTimeMillis()
          const remaining = deadlineAt - startedAt
          if (remaining <= 0) return Effect.fail(deadlineExceeded())
          // On a tie the deadline wins, as it was armed first.
          const byDeadline = remaining <= timeoutMillis
          const limit = Math.min(remaining, timeoutMillis)
          const onTimeout = (): ZegoError.ZegoError =>
            byDeadline ? deadlineExceeded() : new ZegoError.RequestTimeout({ action: name, timeoutMillis, attempt })
          const signature = Redacted.value(signed.Signature)
          const answered = (response: Answered, text: string) => {
            span?.attribute("http.response.status_code", response.status)
            const result = interpret(attempt, response, text, span, signature)
            // Reading and parsing count against the attempt's time too: a body that took too long to parse
            // (the timer cannot interrupt synchronous work) still ends in the timeout or the deadline.
            return clock.unsafeCurrentTimeMillis() - startedAt > limit ? Effect.fail(onTimeout()) : result
          }
          const tooLarge = (status: number, receivedBytes: number) =>
            Effect.fail(
              new ZegoError.ResponseTooLarge({
                action: name,
                status,
                maxBytes: maxResponseBytes,
                receivedBytes,
                attempt
              })
            )
          return directExchange !== undefined
            ? Effect.matchEffect(
              directExchange({
                origin: compiled.origin,
                path: url.url.slice(compiled.origin.length),
                method: action.method,
                body,
                timeoutMillis: limit,
                writeBy: permitAt !== undefined && lateResends < maxLateResends
                  ? permitAt + lateToleranceMillis
                  : undefined,
                maxResponseBytes
              }),
              {
                onFailure: (error) => transportError(attempt, error),
                onSuccess: (response): Effect.Effect<Success | ApiFailure, ZegoError.ZegoError> => {
                  if (response === undefined) return Effect.fail(onTimeout())
                  if (response instanceof DirectExchange.TooLarge) {
                    span?.attribute("http.response.status_code", response.status)
                    return tooLarge(response.status, response.receivedBytes)
                  }
                  if (response !== DirectExchange.late) return answered(response, response.text)
                  return resendLate(attempt, encoded, span)
                }
              }
            )
            : Effect.flatMap(
              timeoutWith(
                clock,
                Effect.catchAll(
                  Effect.locally(
                    Effect.flatMap(
                      client.execute(guardWrite(
                        body === undefined
                          ? HttpClientRequest.get(url.url)
                          : HttpClientRequest.bodyText(HttpClientRequest.post(url.url), body, "application/json")
                      )),
                      (response) => Effect.map(readCapped(response, maxResponseBytes), (text) => ({ response, text }))
                    ),
                    DirectExchange.currentMaxResponseBytes,
                    maxResponseBytes
                  ),
                  (error): Effect.Effect<typeof DirectExchange.late, ZegoError.ZegoError> =>
                    error._tag === "ResponseError" && error.cause instanceof DirectExchange.BodyTooLarge
                      ? tooLarge(error.response.status, error.cause.receivedBytes)
                      // Not written, so not sent (the send-time guard of a client through `execute`): as below.
                      : DirectExchange.isLateWrite(error)
                      ? Effect.succeed(DirectExchange.late)
                      : transportError(attempt, error)
                ),
                limit,
                onTimeout
              ),
              (result): Effect.Effect<Success | ApiFailure, ZegoError.ZegoError> =>
                result === DirectExchange.late
                  ? resendLate(attempt, encoded, span)
                  : answered(result.response, result.text)
            )
        })
      }

      // ---- attempts and retries ------------------------------------------------------------------------

      const logDebug = (message: string, annotations: Record<string, unknown>) =>
        Effect.annotateLogs(Effect.logDebug(message), annotations)

      // Every permit a request of `encoded` needs, again (after a late write). The call was granted its permits
      // and gave them up only because its own write came late: under `onExceeded: "fail"` ("no permit is free
      // now") it is not refused for that, it waits for the replacements, at most one window (or `maxWait`).
      const permits = (encoded: Encoded): Effect.Effect<void, ZegoError.ZegoError> => {
        permitAt = undefined
        const scoped = scopedPermit(encoded)
        const app = appPermit === undefined ? Effect.void : acquire(regrant(appPermit))
        return scoped === undefined ? app : Effect.zipRight(app, acquire(regrant(scoped)))
      }

      const sendEncoded = (attempt: number, encoded: Encoded): Effect.Effect<Success, ZegoError.ZegoError> => {
        const scoped = scopedPermit(encoded)
        return scoped === undefined
          ? exchange(attempt, encoded)
          : Effect.zipRight(acquire(scoped), exchange(attempt, encoded))
      }

      // Permits, the lazy input, the exchange.
      const send = (attempt: number): Effect.Effect<Success, ZegoError.ZegoError | E2> => {
        permitAt = undefined
        if (appPermit === undefined && encoded !== undefined) return sendEncoded(attempt, encoded)
        const input_: Effect.Effect<Encoded, ZegoError.InvalidRequest | E2> = encoded !== undefined
          ? Effect.succeed(encoded)
          : input._tag === "Lazy"
          ? Effect.map(Effect.flatMap(input.effect, compiled.encode), (value) => encoded = value)
          : Effect.map(compiled.encode(input.value), (value) => encoded = value)
        const withInput = appPermit === undefined ? input_ : Effect.zipRight(acquire(appPermit), input_)
        return Effect.flatMap(withInput, (encoded) => sendEncoded(attempt, encoded))
      }

      // Attempts until one succeeds, the policy stops, or the deadline passes (during a backoff, a permit
      // wait or an attempt).
      const attemptAll: Effect.Effect<Success, ZegoError.ZegoError | E2> = Effect.suspend(() => {
        const attempt = ++attempts
        return Effect.matchEffect(send(attempt), {
          onSuccess: (success) =>
            debug
              ? Effect.as(
                logDebug("ZEGOCLOUD attempt succeeded", {
                  "zego.action": name,
                  "zego.attempt": attempt,
                  "zego.request_id": success.meta.requestId
                }),
                success
              )
              : Effect.succeed(success),
          onFailure: (failure) => {
            // Not ours (a lazy input's own error) or the deadline: never retried.
            if (!ZegoError.isZegoError(failure) || failure._tag === "DeadlineExceeded") return Effect.fail(failure)
            lastError = failure
            const next = retryAfter(failure)
            return debug
              ? Effect.zipRight(
                logDebug("ZEGOCLOUD attempt failed", {
                  "zego.action": name,
                  "zego.attempt": attempt,
                  "error.type": failure._tag,
                  "zego.request_id": requestIdOf(failure)
                }),
                next
              )
              : next
          }
        })
      })

      const retryAfter = (error: ZegoError.ZegoError): Effect.Effect<Success, ZegoError.ZegoError | E2> => {
        const decision = decideRetry(retryState, error, policy, action.idempotent)
        if (decision._tag === "Stop") return Effect.fail(error)
        retryState = decision.next
        const retry = decision.next.retries
        return Effect.flatMap(backoffMillis(policy, decision.baseMillis), (delayMillis) => {
          compiled.metrics.retries(error._tag).unsafeUpdate(1, metricLabels)
          callSpan?.event("zego.retry", clock.unsafeCurrentTimeNanos(), {
            "zego.retry": retry,
            "zego.backoff_ms": delayMillis,
            "error.type": error._tag
          })
          const remaining = deadlineAt - clock.unsafeCurrentTimeMillis()
          const wait = delayMillis >= remaining
            ? Effect.zipRight(Effect.sleep(Duration.millis(Math.max(0, remaining))), Effect.fail(deadlineExceeded()))
            : Effect.zipRight(Effect.sleep(Duration.millis(delayMillis)), attemptAll)
          return debug
            ? Effect.zipRight(
              logDebug("ZEGOCLOUD retry scheduled", {
                "zego.action": name,
                "zego.retry": retry,
                "zego.backoff_ms": delayMillis,
                "error.type": error._tag
              }),
              wait
            )
            : wait
        })
      }

      // ---- the call ------------------------------------------------------------------------------------

      const withResponse = (success: Success): WithResponse<unknown> => ({
        data: success.value,
        response: {
          requestId: success.meta.requestId,
          status: success.meta.status,
          get headers() {
            return success.meta.headers
          },
          attempts
        }
      })

      let body: Effect.Effect<Success, ZegoError.ZegoError | E2> = attemptAll
      if (input._tag === "Eager") {
        // Validated before anything else; nothing is sent when it is invalid.
        const validated = compiled.encode(input.value)
        if (Either.isEither(validated)) {
          if (Either.isLeft(validated)) body = Effect.fail(validated.left as ZegoError.InvalidRequest)
          else encoded = validated.right as Encoded
        } else {
          body = Effect.flatMap(validated, (value) => {
            encoded = value
            return attemptAll
          })
        }
      }

      const ended = (exit: Exit.Exit<WithResponse<unknown>, ZegoError.ZegoError | E2>) => {
        const outcome = exit._tag === "Success"
          ? "success"
          : Option.getOrElse(failureTag(exit.cause), () => "interrupted")
        compiled.metrics.call(outcome, (clock.unsafeCurrentTimeMillis() - start) / 1000, metricLabels)
        if (callSpan === undefined) return
        if (exit._tag === "Success") {
          callSpan.attribute("zego.request_id", exit.value.response.requestId)
          callSpan.attribute("zego.code", 0)
        } else {
          const error = Option.getOrUndefined(failureOf(exit.cause))
          if (error !== undefined) {
            callSpan.attribute("error.type", error._tag)
            if ("requestId" in error && typeof error.requestId === "string" && error.requestId !== "") {
              callSpan.attribute("zego.request_id", error.requestId)
            }
            if ("code" in error && typeof error.code === "number") callSpan.attribute("zego.code", error.code)
          }
        }
      }

      const program = Effect.map(body, withResponse)
      if (!traced) {
        return Effect.onExit(program, (exit) => {
          ended(exit)
          return Effect.void
        })
      }
      return Effect.flatMap(
        Effect.makeSpan(compiled.spanName, {
          kind: "client",
          captureStackTrace: false,
          attributes: compiled.spanAttributes
        }),
        (span) => {
          callSpan = span
          return inSpan(span, program, ended)
        }
      )
    }) as Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A> | E2>

  const callWithResponse = <A extends Action.Any>(action: A, input: Action.Input<A>) =>
    run<A, never>(action, { _tag: "Eager", value: input })
  const call = <A extends Action.Any>(action: A, input: Action.Input<A>) =>
    Effect.map(callWithResponse(action, input), (r) => r.data)
  const callLazy = <A extends Action.Any, E2>(action: A, input: Effect.Effect<Action.Input<A>, E2>) =>
    run(action, { _tag: "Lazy", effect: input })

  return { call, callWithResponse, callLazy }
})

const requestIdOf = (error: ZegoError.ZegoError): string =>
  "requestId" in error && typeof error.requestId === "string" ? error.requestId : ""

const failureOf = <E>(cause: Cause.Cause<E>): Option.Option<E & { readonly _tag: string }> =>
  Option.filter(
    Cause.failureOption(cause),
    (e): e is E & { readonly _tag: string } => typeof e === "object" && e !== null && "_tag" in e
  )

const failureTag = <E>(cause: Cause.Cause<E>): Option.Option<string> => Option.map(failureOf(cause), (e) => e._tag)
