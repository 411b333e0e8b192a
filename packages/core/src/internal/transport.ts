import type * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as Interval from "effect/ScheduleInterval"
import * as Schema from "effect/Schema"
import type * as Action from "../Action.js"
import * as ActionModule from "../Action.js"
import * as CallOptions from "../CallOptions.js"
import { Signer } from "../Signer.js"
import { ZegoConfig } from "../ZegoConfig.js"
import type { Product } from "../ZegoConfig.js"
import * as ZegoError from "../ZegoError.js"
import * as ZegoMetrics from "../ZegoMetrics.js"
import { intervalMillis, type PermitRequest, ZegoRateLimiter } from "../ZegoRateLimiter.js"
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

/** The codes of errors that prove the server did not process the request. */
const isGatewayCode = (code: number) => code >= 100000000 && code <= 100000017

const envelope = Schema.Struct({
  Code: Schema.Number,
  Message: Schema.optionalWith(Schema.String, { default: () => "" }),
  RequestId: Schema.optionalWith(Schema.String, { default: () => "" }),
  ErrorList: Schema.optional(Schema.Array(ZegoError.ErrorListEntry))
})
const decodeEnvelope = Schema.decodeUnknownEither(envelope)

/** The outcome of one HTTP exchange whose body was an envelope. */
type Answer =
  | { readonly _tag: "Success"; readonly value: unknown; readonly meta: ResponseMetadata }
  | { readonly _tag: "Failure"; readonly error: ZegoError.ZegoError }

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
  if (error.isThrottling && error._tag !== "MalformedResponse") return cls
  return "never"
}

interface RetryState {
  readonly retries: number
  readonly onceUsed: boolean
}

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
 * Jittered, capped exponential backoff over the failures of one call, bounded by `maxAttempts`;
 * throttling failures start from the longer base; `once` failures are retried a single time.
 *
 * @internal
 */
export const retrySchedule = (
  policy: CallOptions.RetryPolicy,
  idempotent: boolean
): Schedule.Schedule<RetryStep, unknown> => {
  const base = Duration.toMillis(policy.baseDelay)
  const throttledBase = Duration.toMillis(policy.throttledBaseDelay)
  const cap = Duration.toMillis(policy.maxDelay)
  return Schedule.makeWithState<RetryState, unknown, RetryStep>(
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
      const cls = retryClassOf(error, policy, idempotent)
      const stop = state.retries + 1 >= policy.maxAttempts || cls === "never" || (cls === "once" && state.onceUsed)
      if (stop) {
        return Effect.succeed(
          [state, { error, delayMillis: 0, retry: state.retries, scheduled: false }, ScheduleDecision.done] as const
        )
      }
      const raw = Math.min(cap, (cls === "throttled" ? throttledBase : base) * Math.pow(policy.factor, state.retries))
      const jitter = policy.jitter ? Random.nextRange(0.8, 1.2) : Effect.succeed(1)
      return Effect.map(jitter, (factor) => {
        const delayMillis = Math.round(raw * factor)
        return [
          { retries: state.retries + 1, onceUsed: state.onceUsed || cls === "once" },
          { error, delayMillis, retry: state.retries + 1, scheduled: true },
          ScheduleDecision.continueWith(Interval.after(now + delayMillis))
        ] as const
      })
    }
  )
}

/**
 * The one call pipeline.
 *
 * @internal
 */
export const make = Effect.gen(function*() {
  const config = yield* ZegoConfig
  const signer = yield* Signer
  const limiter = yield* ZegoRateLimiter
  // Our own attempt span replaces the platform's, which records the signed URL verbatim.
  const client = (yield* HttpClient.HttpClient).pipe(HttpClient.withTracerDisabledWhen(() => true))
  const appIdAttribute = String(config.appId)

  // `input` is either the caller's value, validated before anything else, or an effect run once the first
  // attempt holds its permit (batched helpers seal their batch as late as possible).
  const run = <A extends Action.Any, E2>(
    action: A,
    input: { readonly _tag: "Eager"; readonly value: unknown } | {
      readonly _tag: "Lazy"
      readonly effect: Effect.Effect<Action.Input<A>, E2>
    }
  ): Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A> | E2> => {
    const name = action.name
    const service = action.product
    const baseUrl = config.baseUrls[service]
    const origin = new URL(baseUrl)
    const serverPort = origin.port !== "" ? Number(origin.port) : origin.protocol === "https:" ? 443 : 80

    const errorFor = (
      code: number,
      serverMessage: string,
      requestId: string,
      errorList: ReadonlyArray<ZegoError.ErrorListEntry> | undefined,
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
      const cls = action.errors[code] ?? (ZegoError.gatewayErrors as Record<number, Action.ErrorTable[number]>)[code] ??
        ZegoError.UnknownApiError
      return new cls(props) as ZegoError.ZegoError
    }

    const program = Effect.gen(function*() {
      const overrides = yield* FiberRef.get(CallOptions.currentCallOptions)
      const options = overrides.length === 0
        ? config.callOptions
        : CallOptions.resolve(config.callOptions, ...overrides)

      type Encoded = {
        readonly wire: unknown
        readonly query: Record<string, Wire.WireValue> | undefined
        readonly body: string | undefined
      }
      const encode = (wire: unknown): Encoded => ({
        wire,
        query: action.method === "GET" ? wire as Record<string, Wire.WireValue> : undefined,
        body: action.method === "POST" ? JSON.stringify(wire) : undefined
      })
      let encoded: Encoded | undefined = input._tag === "Eager"
        ? encode(yield* ActionModule.validate(action, input.value))
        : undefined
      const resolveInput: Effect.Effect<Encoded, ZegoError.InvalidRequest | E2> = Effect.suspend(() =>
        encoded !== undefined || input._tag === "Eager"
          ? Effect.succeed(encoded as Encoded)
          : Effect.map(Effect.flatMap(input.effect, (value) => ActionModule.validate(action, value)), (wire) => {
            encoded = encode(wire)
            return encoded
          })
      )

      const rate = options.rateLimit
      const permitFor = (key: string, qps: number | undefined): PermitRequest | undefined =>
        rate.enabled && qps !== undefined
          ? {
            key,
            intervalMillis: intervalMillis(qps, rate.window, rate.safetyMargin),
            onExceeded: rate.onExceeded,
            maxWait: rate.maxWait === undefined ? undefined : Duration.decode(rate.maxWait)
          }
          : undefined
      const appKey = `${appIdAttribute}:${service}:${name}`
      const appPermit = permitFor(appKey, rate.limit ?? action.qps)
      // Per-room / per-group limits are keyed by the value of the scoping parameter.
      const scopedPermit = (encoded: Encoded): PermitRequest | undefined => {
        const scope = action.scopedLimit
        if (scope === undefined) return undefined
        const source = encoded.query ?? encoded.wire
        const value = typeof source === "object" && source !== null && scope.field in source
          ? String((source as Record<string, unknown>)[scope.field])
          : ""
        return permitFor(`${appKey}:${scope.field}=${value}`, scope.qps)
      }
      const timeoutMillis = Duration.toMillis(options.timeout)

      let attempts = 0
      let lastError: ZegoError.ZegoError | undefined

      const acquire = (permit: PermitRequest | undefined): Effect.Effect<void, ZegoError.ZegoError> =>
        permit === undefined ? Effect.void : Effect.flatMap(
          Effect.mapError(limiter.acquire(permit), (denied): ZegoError.ZegoError =>
            denied._tag === "WaitExceeded"
              ? new ZegoError.RateLimitWaitExceeded({
                action: name,
                key: permit.key,
                maxWaitMillis: permit.maxWait === undefined ? 0 : Duration.toMillis(permit.maxWait)
              })
              : new ZegoError.RateLimiterUnavailable({ action: name, description: denied.description })),
          (waited) =>
            waited <= 0 ? Effect.void : Effect.zipRight(
              Effect.annotateCurrentSpan("zego.rate_limit.wait_ms", waited),
              Effect.zipRight(
                Effect.flatMap(Effect.currentSpan, (span) =>
                  Effect.flatMap(Clock.currentTimeNanos, (now) =>
                    Effect.sync(() =>
                      span.event("zego.rate_limit.wait", now, {
                        "zego.rate_limit.key": permit.key,
                        "zego.rate_limit.wait_ms": waited,
                        "zego.attempt": attempts
                      })
                    ))).pipe(Effect.ignore),
                Metric.update(
                  ZegoMetrics.rateLimitWait.pipe(
                    Metric.tagged("rpc.service", service),
                    Metric.tagged("rpc.method", name)
                  ),
                  waited / 1000
                )
              )
            )
        )

      // One HTTP exchange, in its own span. API errors (an envelope with a Code) are values here: the
      // exchange itself succeeded.
      const exchange = (attempt: number, { body, query }: Encoded) =>
        Effect.gen(function*() {
          const signed = yield* signer.sign
          const url = Wire.attemptUrl(baseUrl, name, signed, service === "rtc" ? config.isTest : undefined, query)
          yield* Effect.annotateCurrentSpan("url.full", url.redacted)
          const request = body === undefined
            ? HttpClientRequest.get(url.url)
            : HttpClientRequest.bodyText(HttpClientRequest.post(url.url), body, "application/json")

          const response = yield* client.execute(request).pipe(
            Effect.flatMap((response) => Effect.map(response.text, (text) => ({ response, text }))),
            Effect.timeoutFail({
              duration: options.timeout,
              onTimeout: () => new ZegoError.RequestTimeout({ action: name, timeoutMillis, attempt })
            }),
            Effect.catchTag("RequestError", "ResponseError", (error: HttpClientError.HttpClientError) => {
              const { connectFailed, description } = describeCause(error.cause ?? error)
              return Effect.fail(
                new ZegoError.TransportError({
                  action: name,
                  description,
                  sent: !(error._tag === "RequestError" && connectFailed),
                  attempt
                })
              )
            })
          )
          const status = response.response.status
          const headers = response.response.headers
          yield* Effect.annotateCurrentSpan("http.response.status_code", status)
          const text = response.text

          let json: unknown
          try {
            json = JSON.parse(text)
          } catch {
            return yield* new ZegoError.MalformedResponse({
              action: name,
              status,
              reason: text.trim() === "" ? "empty body" : "body is not JSON",
              bodyExcerpt: Wire.excerpt(text)
            })
          }
          const env = decodeEnvelope(json)
          if (env._tag === "Left") {
            const requestId = typeof json === "object" && json !== null && "RequestId" in json &&
                typeof json.RequestId === "string"
              ? json.RequestId
              : undefined
            return yield* new ZegoError.MalformedResponse({
              action: name,
              status,
              reason: `not the documented envelope: ${
                Wire.invalidFields(env.left).map((i) => `${i.field} ${i.rule}`).join("; ")
              }`,
              bodyExcerpt: Wire.excerpt(text),
              requestId
            })
          }
          const { Code, ErrorList, Message, RequestId } = env.right
          yield* Effect.annotateCurrentSpan("zego.request_id", RequestId)
          if (Code !== 0) {
            const now = yield* Clock.currentTimeMillis
            return {
              _tag: "Failure",
              error: errorFor(Code, Message, RequestId, ErrorList, headers, now)
            } satisfies Answer as Answer
          }
          const decoded = Schema.decodeUnknownEither(action.response, { errors: "all" })(json)
          if (decoded._tag === "Left") {
            return yield* new ZegoError.MalformedResponse({
              action: name,
              status,
              reason: `fields do not match the documented response: ${
                Wire.invalidFields(decoded.left).map((i) => `${i.field} ${i.rule}`).join("; ")
              }`,
              bodyExcerpt: Wire.excerpt(text),
              requestId: RequestId
            })
          }
          const value = (action.finalize as (d: unknown, c: Action.ResponseContext<unknown>) => unknown)(
            decoded.right,
            {
              requestId: RequestId,
              errorFor: (code, message) => errorFor(code, message ?? "", RequestId, undefined, undefined, 0)
            }
          )
          return {
            _tag: "Success",
            value,
            meta: { requestId: RequestId, status, headers, attempts: attempt }
          } satisfies Answer as Answer
        }).pipe(
          Effect.tapError((error) => Effect.annotateCurrentSpan("error.type", error._tag)),
          Effect.withSpan(action.method, {
            kind: "client",
            captureStackTrace: false,
            attributes: {
              "http.request.method": action.method,
              "server.address": origin.hostname,
              "server.port": serverPort,
              ...(attempt > 1 ? { "http.request.resend_count": attempt - 1 } : {})
            }
          })
        )

      const attemptOnce: Effect.Effect<
        { readonly value: unknown; readonly meta: ResponseMetadata },
        ZegoError.ZegoError | E2
      > = Effect.suspend(() => {
        const attempt = ++attempts
        return acquire(appPermit).pipe(
          Effect.zipRight(resolveInput),
          Effect.tap((encoded) => acquire(scopedPermit(encoded))),
          Effect.flatMap((encoded) => exchange(attempt, encoded)),
          Effect.flatMap((answer) => answer._tag === "Success" ? Effect.succeed(answer) : Effect.fail(answer.error)),
          Effect.tapError((error) => {
            if (!ZegoError.isZegoError(error)) return Effect.void
            lastError = error
            return Effect.logDebug("ZEGOCLOUD attempt failed").pipe(
              Effect.annotateLogs({
                "zego.action": name,
                "zego.attempt": attempt,
                "error.type": error._tag,
                "zego.request_id": "requestId" in error && typeof error.requestId === "string" ? error.requestId : ""
              })
            )
          }),
          Effect.tap((answer) =>
            Effect.logDebug("ZEGOCLOUD attempt succeeded").pipe(
              Effect.annotateLogs({
                "zego.action": name,
                "zego.attempt": attempt,
                "zego.request_id": answer.meta.requestId
              })
            )
          )
        )
      })

      const retried = options.retry.maxAttempts <= 1 ? attemptOnce : Effect.retry(
        attemptOnce,
        retrySchedule(options.retry, action.idempotent).pipe(
          Schedule.tapOutput(({ delayMillis, error, retry, scheduled }) =>
            error === undefined || !scheduled ? Effect.void : Effect.all([
              Effect.flatMap(
                Effect.currentSpan,
                (span) =>
                  Effect.flatMap(Clock.currentTimeNanos, (now) =>
                    Effect.sync(() =>
                      span.event("zego.retry", now, {
                        "zego.retry": retry,
                        "zego.backoff_ms": delayMillis,
                        "error.type": error._tag
                      })
                    ))
              ).pipe(Effect.ignore),
              Metric.increment(
                Metric.tagged(
                  Metric.tagged(Metric.tagged(ZegoMetrics.retries, "rpc.service", service), "rpc.method", name),
                  "error.type",
                  error._tag
                )
              ),
              Effect.logDebug("ZEGOCLOUD retry scheduled").pipe(
                Effect.annotateLogs({
                  "zego.action": name,
                  "zego.retry": retry,
                  "zego.backoff_ms": delayMillis,
                  "error.type": error._tag
                })
              )
            ], { discard: true })
          )
        )
      )

      const bounded = options.deadline === undefined ? retried : Effect.timeoutFail(retried, {
        duration: options.deadline,
        onTimeout: () =>
          new ZegoError.DeadlineExceeded({
            action: name,
            deadlineMillis: Duration.toMillis(options.deadline ?? Duration.zero),
            attempts,
            lastError: lastError?.message
          })
      })

      const result = yield* bounded
      return { data: result.value, response: { ...result.meta, attempts } }
    })

    return Effect.flatMap(Clock.currentTimeMillis, (start) =>
      program.pipe(
        Effect.onExit((exit) =>
          Effect.flatMap(Clock.currentTimeMillis, (end) => {
            const outcome = exit._tag === "Success"
              ? "success"
              : Option.getOrElse(failureTag(exit.cause), () => "interrupted")
            const annotations = exit._tag === "Success"
              ? Effect.annotateCurrentSpan({
                "zego.request_id": exit.value.response.requestId,
                "zego.code": 0
              })
              : Option.match(failureOf(exit.cause), {
                onNone: () => Effect.void,
                onSome: (error) =>
                  Effect.annotateCurrentSpan({
                    "error.type": error._tag,
                    ...("requestId" in error && typeof error.requestId === "string" && error.requestId !== ""
                      ? { "zego.request_id": error.requestId }
                      : {}),
                    ...("code" in error && typeof error.code === "number" ? { "zego.code": error.code } : {})
                  })
              })
            return Effect.zipRight(
              annotations,
              Effect.all([
                Metric.update(
                  ZegoMetrics.callDuration.pipe(
                    Metric.tagged("rpc.service", service),
                    Metric.tagged("rpc.method", name),
                    Metric.tagged("outcome", outcome)
                  ),
                  (end - start) / 1000
                ),
                Metric.increment(
                  Metric.tagged(
                    Metric.tagged(Metric.tagged(ZegoMetrics.calls, "rpc.service", service), "rpc.method", name),
                    "outcome",
                    outcome
                  )
                )
              ], { discard: true })
            )
          })
        ),
        Effect.withSpan(`${productLabel[service]}.${name}`, {
          kind: "client",
          captureStackTrace: false,
          attributes: {
            "rpc.system": "zego",
            "rpc.service": service,
            "rpc.method": name,
            "zego.app_id": appIdAttribute
          }
        })
      ) as Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A>>)
  }

  const callWithResponse = <A extends Action.Any>(action: A, input: Action.Input<A>) =>
    run<A, never>(action, { _tag: "Eager", value: input })
  const call = <A extends Action.Any>(action: A, input: Action.Input<A>) =>
    Effect.map(callWithResponse(action, input), (r) => r.data)
  const callLazy = <A extends Action.Any, E2>(action: A, input: Effect.Effect<Action.Input<A>, E2>) =>
    run(action, { _tag: "Lazy", effect: input })

  return { call, callWithResponse, callLazy }
})

const failureOf = <E>(cause: Cause.Cause<E>): Option.Option<E & { readonly _tag: string }> =>
  Option.filter(
    Cause.failureOption(cause),
    (e): e is E & { readonly _tag: string } => typeof e === "object" && e !== null && "_tag" in e
  )

const failureTag = <E>(cause: Cause.Cause<E>): Option.Option<string> => Option.map(failureOf(cause), (e) => e._tag)
