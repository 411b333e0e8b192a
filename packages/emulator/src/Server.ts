/**
 * The request pipeline: admission (faults, gateway, rate limit) at arrival, then body decoding, the Action, and
 * the answer. It knows Actions only through the {@link Action.Action} table.
 *
 * @since 0.1.0
 */
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import type * as HttpApp from "@effect/platform/HttpApp"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Redacted from "effect/Redacted"
import * as RedactedValue from "effect/Redacted"
import type * as Ref from "effect/Ref"
import * as Stream from "effect/Stream"
import { randomUUID } from "node:crypto"
import type * as Action from "./Action.js"
import type { CallbackEmitter } from "./Callbacks.js"
import type { Fault, FaultRegistry } from "./Faults.js"
import * as Faults from "./Faults.js"
import * as Gateway from "./Gateway.js"
import * as Query from "./Query.js"
import * as RateLimit from "./RateLimit.js"
import type { RequestBody, RequestLogStore } from "./RequestLog.js"
import * as ReturnCodes from "./ReturnCodes.js"
import type { ServerClock } from "./ServerClock.js"
import { monotonicNowMs, sleepRealTime } from "./ServerClock.js"
import type { EmulatorState } from "./State.js"
import * as TokenCheck from "./TokenCheck.js"

/**
 * Everything the pipeline works with. The mutable parts are only touched synchronously, so each request's
 * admission (clock reading, fault draw, rate-limit decision) is atomic.
 *
 * @since 0.1.0
 */
export interface ServerEnvironment {
  readonly appId: number
  readonly serverSecret: Redacted.Redacted<string>
  readonly actions: ReadonlyMap<string, Action.Action>
  readonly state: Ref.Ref<EmulatorState>
  readonly limiter: RateLimit.SlidingWindowLimiter
  readonly rateLimits: { current: RateLimit.RateLimits }
  readonly faults: FaultRegistry
  readonly clock: ServerClock
  readonly log: RequestLogStore
  /** Bodies over this size are refused (and drained, so the client can read the answer). */
  readonly maxBodyBytes: number
  /** Sends the server callbacks of the Actions' events; absent: none are sent. */
  readonly callbacks?: CallbackEmitter | undefined
}

type AnsweringFault = Exclude<Fault, { readonly _tag: "Latency" }>

type Admission =
  | { readonly _tag: "Faulted"; readonly fault: AnsweringFault; readonly action: Action.Action | undefined }
  | { readonly _tag: "Rejected"; readonly answer: Action.Answer; readonly product: ReturnCodes.Product | undefined }
  | {
    readonly _tag: "Admitted"
    readonly action: Action.Action
    /** Whether the AppID-level limiter recorded the request (it does not when the Action is unlimited). */
    readonly counted: boolean
  }

interface Arrival {
  readonly sequence: number
  readonly monotonicMs: number
  readonly serverTimeMs: number
  readonly path: string
  readonly query: Query.ParsedQuery
  readonly latencyMs: number
  readonly accepted: boolean
  readonly admission: Admission
}

type Reply =
  | {
    readonly _tag: "Envelope"
    readonly code: number
    readonly message: string
    readonly fields: Readonly<Record<string, unknown>>
    /** Refused by a per-room or per-group limit: not counted as accepted. */
    readonly limited?: boolean
  }
  | {
    readonly _tag: "Raw"
    readonly status: number
    readonly contentType: string | undefined
    readonly body: string
    readonly code: number | undefined
    readonly requestId: string | undefined
  }
  | { readonly _tag: "Drop" }

const envelope = (
  code: number,
  product: ReturnCodes.Product | undefined,
  message?: string,
  fields: Readonly<Record<string, unknown>> = {}
): Reply => ({ _tag: "Envelope", code, message: message ?? ReturnCodes.describe(product, code), fields })

const answerReply = (answer: Action.Answer, product: ReturnCodes.Product | undefined): Reply =>
  envelope(answer.code, product, answer.message, answer.fields)

/**
 * Decides, synchronously at arrival, what happens to a request before its body is read: faults, the gateway
 * checks, then the rate limit. Only requests that pass the gateway reach the limiter.
 */
const admit = (env: ServerEnvironment, url: string): Arrival => {
  const monotonicMs = monotonicNowMs()
  const serverTimeMs = env.clock.nowMs()
  const sequence = env.log.takeSequence()
  const questionMark = url.indexOf("?")
  const path = questionMark === -1 ? url : url.slice(0, questionMark)
  const query = Query.parseQuery(questionMark === -1 ? "" : url.slice(questionMark + 1))
  const actionName = query.scalars.get("Action") ?? ""
  const draw = env.faults.draw(actionName)
  const arrival = { sequence, monotonicMs, serverTimeMs, path, query, latencyMs: draw.latencyMs }

  if (draw.answer !== undefined) {
    return {
      ...arrival,
      accepted: false,
      admission: { _tag: "Faulted", fault: draw.answer, action: env.actions.get(actionName) }
    }
  }
  // The vendor serves every Action at path "/"; any other path names no Action this host supports.
  if (path !== "/") {
    return {
      ...arrival,
      accepted: false,
      admission: {
        _tag: "Rejected",
        answer: { code: ReturnCodes.Gateway.ActionUnsupported, message: `Unsupported Action: path ${path} is not /.` },
        product: undefined
      }
    }
  }
  const checked = Gateway.check(
    query,
    { appId: env.appId, serverSecret: RedactedValue.value(env.serverSecret) },
    serverTimeMs,
    (name) => env.actions.get(name)
  )
  if (Either.isLeft(checked)) {
    return { ...arrival, accepted: false, admission: { _tag: "Rejected", answer: checked.left, product: undefined } }
  }
  const action = checked.right
  const limit = RateLimit.limitOf(env.rateLimits.current, action)
  if (!env.limiter.tryAcquire(action.name, monotonicMs, limit)) {
    return {
      ...arrival,
      accepted: false,
      admission: {
        _tag: "Rejected",
        answer: { code: action.rateLimitCode, message: `${action.name} is limited to ${limit} requests per second.` },
        product: action.product
      }
    }
  }
  return { ...arrival, accepted: true, admission: { _tag: "Admitted", action, counted: limit !== Infinity } }
}

/**
 * Reads the whole body, keeping at most `maxBytes` of it; a larger body is drained and reported as too large.
 */
const readBody = (request: HttpServerRequest.HttpServerRequest, maxBytes: number): Effect.Effect<RequestBody> =>
  Effect.suspend(() => {
    const kept: Array<Uint8Array> = []
    let bytes = 0
    return request.stream.pipe(
      Stream.runForEach((chunk) =>
        Effect.sync(() => {
          bytes += chunk.length
          if (bytes <= maxBytes) kept.push(chunk)
        })
      ),
      Effect.map((): RequestBody => {
        if (bytes > maxBytes) return { _tag: "TooLarge", bytes }
        if (bytes === 0) return { _tag: "Empty" }
        const text = Buffer.concat(kept).toString("utf8")
        try {
          return { _tag: "Json", value: JSON.parse(text) as unknown }
        } catch {
          return { _tag: "Text", text }
        }
      }),
      Effect.catchAllCause((cause) =>
        Cause.isInterruptedOnly(cause) ? Effect.failCause(cause) : Effect.succeed<RequestBody>({ _tag: "Unreadable" })
      ),
      Effect.orDie
    )
  })

const isJsonObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * The per-room or per-group limit of an Action with one, checked once the parameters can be read: the scope is
 * the value of the documented field (`RoomId`, `GroupId`). A request without a usable value is left to the
 * Action's validation. A refused request uses up neither the scoped nor the AppID-level budget.
 */
const scopedRefusal = (
  env: ServerEnvironment,
  action: Action.Action,
  arrival: Arrival,
  counted: boolean,
  request: Action.ActionRequest
): Reply | undefined => {
  const scoped = action.scopedLimit
  if (scoped === undefined) return undefined
  const value = action.method === "GET" ? request.query.scalars.get(scoped.field) : request.body[scoped.field]
  if (typeof value !== "string" || value === "") return undefined
  const budget = RateLimit.scopedBudgetOf(env.rateLimits.current, scoped)
  const key = RateLimit.scopedKey(action.name, scoped.field, value)
  if (env.limiter.tryAcquire(key, arrival.monotonicMs, budget.limit, budget.windowMs)) return undefined
  if (counted) env.limiter.release(action.name, arrival.monotonicMs)
  return {
    _tag: "Envelope",
    code: scoped.code,
    message: `${action.name} is limited to ${scoped.qps} requests per second for each ${scoped.field}.`,
    fields: {},
    limited: true
  }
}

/**
 * Runs an Admitted Action on its request, after its per-room or per-group limit.
 */
const runChecked = (
  env: ServerEnvironment,
  action: Action.Action,
  arrival: Arrival,
  counted: boolean,
  request: Action.ActionRequest,
  context: Action.ActionContext
): Effect.Effect<Reply> => {
  const refused = scopedRefusal(env, action, arrival, counted, request)
  if (refused !== undefined) return Effect.succeed(refused)
  return Effect.map(action.run(request, context), (answer) => answerReply(answer, action.product))
}

/**
 * Checks the encoding an Admitted Action needs, then runs it.
 */
const runAction = (
  env: ServerEnvironment,
  action: Action.Action,
  counted: boolean,
  arrival: Arrival,
  method: string,
  contentType: string | undefined,
  body: RequestBody
): Effect.Effect<Reply> => {
  // Encoding errors are found before the Action's own validation, so they get the product's public "input
  // parameter error" code (2 for ZIM and RTC) rather than 100000007, which would wrongly say the Action does not
  // exist, or an Action-specific code.
  const encodingError = (message: string) =>
    Effect.succeed(envelope(ReturnCodes.publicParameterErrorCode(action.product), action.product, message))
  if (method !== action.method) {
    return encodingError(`${action.name} must be sent with ${action.method}, not ${method}.`)
  }
  const context: Action.ActionContext = {
    state: env.state,
    serverTimeMs: arrival.serverTimeMs,
    callbacks: env.callbacks
  }
  if (action.method === "GET") {
    return runChecked(env, action, arrival, counted, { query: arrival.query, body: {} }, context)
  }
  switch (body._tag) {
    case "TooLarge":
    case "Unreadable":
      // ZIM documents 100000012 for a body the gateway cannot read; RTC documents no such code, so an RTC
      // Action answers its input parameter error.
      return action.product === "zim"
        ? Effect.succeed(envelope(ReturnCodes.Gateway.BodyUnreadable, action.product))
        : encodingError("The request body cannot be read.")
    case "Empty":
      return encodingError(`${action.name} needs a JSON object body.`)
    case "Text":
      return encodingError("The request body is not valid JSON.")
    case "Json": {
      if (!(contentType ?? "").toLowerCase().startsWith("application/json")) {
        return encodingError("The request body must be sent with Content-Type: application/json.")
      }
      if (!isJsonObject(body.value)) return encodingError("The request body must be a JSON object.")
      return runChecked(env, action, arrival, counted, { query: arrival.query, body: body.value }, context)
    }
  }
}

const htmlPage = (status: number): string =>
  `<html>\r\n<head><title>${status} Error</title></head>\r\n<body>\r\n<center><h1>${status} Error</h1></center>\r\n` +
  `<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`

const faultReply = (fault: AnsweringFault, action: Action.Action | undefined, requestId: string): Reply => {
  const product = action?.product
  switch (fault._tag) {
    case "HttpError":
      return fault.body === "html"
        ? {
          _tag: "Raw",
          status: fault.status,
          contentType: "text/html",
          body: htmlPage(fault.status),
          code: undefined,
          requestId: undefined
        }
        : { _tag: "Raw", status: fault.status, contentType: undefined, body: "", code: undefined, requestId: undefined }
    case "DropConnection":
      return { _tag: "Drop" }
    case "RateLimited":
      return envelope(action?.rateLimitCode ?? ReturnCodes.Zim.AppQpsExceeded, product, "Rate limited (injected).")
    case "ForcedCode":
      return envelope(fault.code, product, fault.message)
    case "MalformedBody": {
      const raw = (body: string, code: number | undefined, id: string | undefined): Reply => ({
        _tag: "Raw",
        status: 200,
        contentType: fault.kind === "html" ? "text/html" : "application/json",
        body,
        code,
        requestId: id
      })
      switch (fault.kind) {
        case "html":
          return raw(htmlPage(200), undefined, undefined)
        case "truncatedJson": {
          const full = JSON.stringify({ Code: 0, Message: "success", RequestId: requestId })
          return raw(full.slice(0, Math.floor(full.length / 2)), undefined, undefined)
        }
        case "emptyBody":
          return raw("", undefined, undefined)
        case "wrongTypes":
          return raw(JSON.stringify({ Code: "0", Message: 0, RequestId: 1234 }), undefined, undefined)
        case "missingCode":
          return raw(JSON.stringify({ Message: "success", RequestId: requestId }), undefined, requestId)
        case "unknownCode":
          return raw(
            JSON.stringify({ Code: Faults.unknownCode, Message: "unknown", RequestId: requestId }),
            Faults.unknownCode,
            requestId
          )
      }
    }
  }
}

/**
 * What to answer, once the body is read.
 */
const decide = (
  env: ServerEnvironment,
  arrival: Arrival,
  request: HttpServerRequest.HttpServerRequest,
  body: RequestBody,
  requestId: string
): Effect.Effect<Reply> => {
  const admission = arrival.admission
  switch (admission._tag) {
    case "Faulted":
      return Effect.succeed(faultReply(admission.fault, admission.action, requestId))
    case "Rejected":
      return Effect.succeed(answerReply(admission.answer, admission.product))
    case "Admitted":
      return runAction(
        env,
        admission.action,
        admission.counted,
        arrival,
        request.method,
        request.headers["content-type"],
        body
      )
  }
}

const jsonResponse = (status: number, body: string, date: string) =>
  HttpServerResponse.text(body, { status, contentType: "application/json", headers: { date } })

/**
 * Builds the emulator's HTTP app. It never fails: anything unexpected is answered with the gateway's internal
 * error code 100000015 in a normal envelope.
 *
 * @since 0.1.0
 */
export const makeApp = (env: ServerEnvironment): HttpApp.Default<never, never> => {
  const handle = Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    // The emulator's own debug endpoint is not an Action: no gateway, faults, limits or request log.
    if (request.url.split("?", 1)[0] === TokenCheck.path) {
      return yield* TokenCheck.answer(env, request.method, yield* readBody(request, env.maxBodyBytes))
    }
    const arrival = admit(env, request.url)
    // What was read of the body so far: a client that gives up while it is read leaves it unreadable.
    let body: RequestBody = { _tag: "Unreadable" }
    // Admission's decision, unless a per-room or per-group limit refuses the request later.
    let accepted = arrival.accepted
    let recorded = false
    const record = (
      status: number | undefined,
      code: number | undefined,
      answeredRequestId: string | undefined,
      clientAborted = false
    ) => {
      recorded = true
      env.log.append({
        sequence: arrival.sequence,
        monotonicMs: arrival.monotonicMs,
        serverTimeMs: arrival.serverTimeMs,
        method: request.method,
        path: arrival.path,
        action: arrival.query.scalars.get("Action"),
        rawQuery: arrival.query.raw,
        query: Query.queryToRecord(arrival.query),
        body,
        status,
        code,
        requestId: answeredRequestId,
        accepted,
        fault: arrival.admission._tag === "Faulted" ? arrival.admission.fault._tag : undefined,
        addedLatencyMs: arrival.latencyMs,
        clientAborted
      })
    }
    const answer = Effect.gen(function*() {
      body = yield* readBody(request, env.maxBodyBytes)
      const requestId = randomUUID()
      const reply = yield* decide(env, arrival, request, body, requestId)
      yield* sleepRealTime(arrival.latencyMs)
      const date = new Date(env.clock.nowMs()).toUTCString()

      switch (reply._tag) {
        case "Drop": {
          record(undefined, undefined, undefined)
          NodeHttpServerRequest.toIncomingMessage(request).socket.destroy()
          // The closed socket interrupts this fiber (the platform treats it as a client abort).
          return yield* Effect.never
        }
        case "Raw": {
          record(reply.status, reply.code, reply.requestId)
          return reply.contentType === undefined
            ? HttpServerResponse.empty({ status: reply.status, headers: { date } })
            : HttpServerResponse.text(reply.body, {
              status: reply.status,
              contentType: reply.contentType,
              headers: { date }
            })
        }
        case "Envelope": {
          if (reply.limited === true) accepted = false
          record(200, reply.code, requestId)
          const json = JSON.stringify({
            Code: reply.code,
            Message: reply.message,
            RequestId: requestId,
            ...reply.fields
          })
          return jsonResponse(200, json, date)
        }
      }
    })
    // A client that closes the connection before it is answered (its timeout ran out during injected latency,
    // its call was interrupted) interrupts this fiber: the request was still received, so it is logged.
    return yield* Effect.onInterrupt(answer, () =>
      Effect.sync(() => {
        if (!recorded) record(undefined, undefined, undefined, true)
      }))
  })

  // Interruptible whatever runtime serves it: the platform interrupts a request's fiber when its client goes away,
  // but a runtime captured while a layer is built (as `Emulator.layer` does) runs its fibers uninterruptibly, so a
  // client abort would neither end the injected latency nor free the fiber of a dropped connection.
  return Effect.interruptible(handle).pipe(
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause)
        ? Effect.failCause(cause)
        : Effect.gen(function*() {
          yield* Effect.logError("emulator: unexpected failure while answering a request", cause)
          const requestId = randomUUID()
          const json = JSON.stringify({
            Code: ReturnCodes.Gateway.Internal,
            Message: ReturnCodes.describe(undefined, ReturnCodes.Gateway.Internal),
            RequestId: requestId
          })
          return jsonResponse(200, json, new Date(env.clock.nowMs()).toUTCString())
        })
    )
  )
}
