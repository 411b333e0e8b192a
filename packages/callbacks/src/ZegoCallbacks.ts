/**
 * A receiver of ZEGOCLOUD server callbacks, for one product: it reads the body (JSON or form), verifies the
 * signature, the freshness of `timestamp` and that the nonce is new, decodes the event, runs its handler and
 * answers as ZEGOCLOUD expects. Mount it in any `@effect/platform` HTTP server ({@link router}) or any
 * framework that speaks the Fetch API ({@link webHandler}).
 *
 * | outcome | status |
 * | --- | --- |
 * | handled (or no handler for the event) | 200 |
 * | `before_send_msg` | 200 with `{"result","reason"}` (the configured default when the handler is too slow) |
 * | bad signature, stale or invalid timestamp, replayed nonce, no signed values | 401, nothing dispatched |
 * | body that is not JSON or a form, or a documented event that does not decode | 400 |
 * | handler failed | 500: ZEGOCLOUD retries (5 times, after 2, 4, 8, 16 and 32 s) |
 * | nonce store unreachable | 503 |
 *
 * @since 0.1.0
 */
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Runtime from "effect/Runtime"
import * as Schema from "effect/Schema"
import * as Body from "./Body.js"
import { CallbackSecret } from "./CallbackSecret.js"
import * as Events from "./Events.js"
import * as NonceStore from "./NonceStore.js"
import * as Signature from "./Signature.js"

/**
 * The answer to `before_send_msg`: `result` 0 neutral (ZIM's own moderation decides), 1 send, 2 silent send
 * (the sender sees success, nobody receives it), 3 do not send (`reason` reaches the sender); other values
 * count as 0.
 *
 * @example
 * ```ts
 * import type { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * const reject: ZegoCallbacks.Decision = { result: 3, reason: "links are not allowed" }
 * ```
 *
 * @since 0.1.0
 */
export interface Decision {
  readonly result: number
  readonly reason?: string | undefined
}

/**
 * What a handler gets and answers: an Effect per event `_tag`; `before_send_msg` answers a {@link Decision}.
 *
 * @example
 * ```ts
 * import type { ZegoCallbacks } from "@effect-zego/callbacks"
 * import { Effect } from "effect"
 *
 * const handlers: ZegoCallbacks.Handlers<"zim", never> = {
 *   send_msg: (event) => Effect.log(`${event.from_user_id} sent ${event.msg_id}`)
 * }
 * ```
 *
 * @since 0.1.0
 */
export type Handlers<P extends Events.Product, R> = {
  readonly [T in Events.TagOf<P>]?: (
    event: Extract<Events.EventOf<P>, { readonly _tag: T }>
  ) => Effect.Effect<T extends "before_send_msg" ? Decision : unknown, unknown, R>
}

/**
 * Options of a receiver.
 *
 * @example
 * ```ts
 * import type { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * const options: ZegoCallbacks.Options<"rtc", never> = { product: "rtc", handlers: {}, maxAge: "10 minutes" }
 * ```
 *
 * @since 0.1.0
 */
export interface Options<P extends Events.Product, R> {
  /** Which product's callbacks this receiver gets (ZIM and RTC both send `room_create`, differently). */
  readonly product: P
  readonly handlers: Handlers<P, R>
  /** How far `timestamp` may be from the clock; default {@link Signature.defaultMaxAge}. */
  readonly maxAge?: Duration.DurationInput | undefined
  /**
   * Rejects a second delivery of the same `timestamp` and `nonce` (default `true`), with the provided
   * {@link NonceStore.NonceStore}, else one in memory for this receiver.
   */
  readonly replayGuard?: boolean | undefined
  /**
   * How long the `before_send_msg` handler may take: ZEGOCLOUD waits 2.5 s, so the default, 2 s, leaves time
   * for the network.
   */
  readonly decisionTimeout?: Duration.DurationInput | undefined
  /** The answer when the `before_send_msg` handler is too slow (or there is none); default `{ result: 0 }`. */
  readonly timeoutDecision?: Decision | undefined
}

/**
 * The delivery replayed a `timestamp` and `nonce` already received.
 *
 * @example
 * ```ts
 * import { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * const status = ZegoCallbacks.statusOf(new ZegoCallbacks.NonceReplayed({ nonce: "350176" })) // 401
 * ```
 *
 * @since 0.1.0
 */
export class NonceReplayed extends Schema.TaggedError<NonceReplayed>()("NonceReplayed", { nonce: Schema.String }) {
  override get message(): string {
    return `The callback nonce ${JSON.stringify(this.nonce)} was already received (a replay)`
  }
}

/**
 * A documented event's body does not match its schema.
 *
 * @example
 * ```ts
 * import { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * const error = new ZegoCallbacks.EventInvalid({ event: "send_msg", reason: "msg_id is missing" }) // 400
 * ```
 *
 * @since 0.1.0
 */
export class EventInvalid extends Schema.TaggedError<EventInvalid>()("EventInvalid", {
  event: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `The ${this.event} callback does not decode: ${this.reason}`
  }
}

/**
 * The handler failed (or died); the receiver answers 500 so that ZEGOCLOUD retries.
 *
 * @example
 * ```ts
 * import { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * const error = new ZegoCallbacks.HandlerFailed({ event: "send_msg", reason: "database down" }) // 500
 * ```
 *
 * @since 0.1.0
 */
export class HandlerFailed extends Schema.TaggedError<HandlerFailed>()("HandlerFailed", {
  event: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `The ${this.event} callback handler failed: ${this.reason}`
  }
}

/**
 * Why a delivery was not handled.
 *
 * @example
 * ```ts
 * import type { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * const describe = (rejection: ZegoCallbacks.Rejection) => `${rejection._tag}: ${rejection.message}`
 * ```
 *
 * @since 0.1.0
 */
export type Rejection =
  | Body.BodyInvalid
  | Signature.SignatureFieldMissing
  | Signature.VerificationError
  | NonceReplayed
  | NonceStore.NonceStoreUnavailable
  | EventInvalid
  | HandlerFailed

/**
 * A receiver's answer, independent of the HTTP framework.
 *
 * @example
 * ```ts
 * import type { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * const ok: ZegoCallbacks.Reply = { status: 200, contentType: "text/plain", body: "1" }
 * ```
 *
 * @since 0.1.0
 */
export interface Reply {
  readonly status: number
  readonly contentType: string
  readonly body: string
}

/**
 * The HTTP status of a rejection.
 *
 * @example
 * ```ts
 * import { ZegoCallbacks } from "@effect-zego/callbacks"
 *
 * ZegoCallbacks.statusOf(new ZegoCallbacks.NonceReplayed({ nonce: "1" })) // 401
 * ```
 *
 * @since 0.1.0
 */
export const statusOf = (rejection: Rejection): number => {
  switch (rejection._tag) {
    case "BodyInvalid":
    case "EventInvalid":
      return 400
    case "SignatureFieldMissing":
    case "SignatureMismatch":
    case "TimestampInvalid":
    case "TimestampOutOfWindow":
    case "NonceReplayed":
      return 401
    case "HandlerFailed":
      return 500
    case "NonceStoreUnavailable":
      return 503
  }
}

const defaultDecisionTimeout = Duration.seconds(2)

const json = (status: number, value: unknown): Reply => ({
  status,
  contentType: "application/json",
  body: JSON.stringify(value)
})

/**
 * The receiver as a function of the body text and its content type, for any framework: it never fails; every
 * outcome is a {@link Reply}. Each delivery is a SERVER span named `zego.callback.<product>.<event>`
 * (`unknown` for an undocumented event).
 *
 * @example
 * ```ts
 * import { CallbackSecret, ZegoCallbacks } from "@effect-zego/callbacks"
 * import { Effect, Redacted } from "effect"
 *
 * const receive = ZegoCallbacks.receiver({ product: "zim", handlers: {} })
 * const reply = receive('{"event":"user_action"}', "application/json").pipe(
 *   Effect.provide(CallbackSecret.layer(Redacted.make("secret")))
 * ) // 401: no signature
 * ```
 *
 * @since 0.1.0
 */
export const receiver = <P extends Events.Product, R = never>(options: Options<P, R>) => {
  const maxAge = Duration.decode(options.maxAge ?? Signature.defaultMaxAge)
  // A timestamp up to maxAge in the future stays acceptable for 2 × maxAge: remember its nonce as long.
  const nonceTtl = Duration.times(maxAge, 2)
  const ownStore = Effect.runSync(NonceStore.makeMemory)
  const decisionTimeout = options.decisionTimeout ?? defaultDecisionTimeout
  const timeoutDecision = options.timeoutDecision ?? { result: 0, reason: "" }
  const handlers = options.handlers as Readonly<
    Record<string, ((event: Events.EventOf<P>) => Effect.Effect<unknown, unknown, R>) | undefined>
  >

  const dispatch = (event: Events.EventOf<P>, tag: string): Effect.Effect<Reply, HandlerFailed, R> => {
    const handler = handlers[event._tag]
    const failed = (cause: Cause.Cause<unknown>) =>
      Effect.zipRight(
        Effect.logError(`ZEGOCLOUD ${tag} callback handler failed`, cause),
        Effect.fail(new HandlerFailed({ event: tag, reason: Cause.pretty(cause).split("\n")[0] ?? "" }))
      )
    if (event._tag === "before_send_msg") {
      const decide = handler === undefined
        ? Effect.succeed(Option.none<unknown>())
        // HTTP servers may run the app uninterruptibly; the slow handler must still be stopped at the deadline.
        : Effect.timeoutOption(Effect.interruptible(handler(event)), decisionTimeout)
      return decide.pipe(
        Effect.catchAllCause(failed),
        Effect.tap((decided) =>
          Option.isNone(decided) ? Effect.annotateCurrentSpan("zego.callback.decision_default", true) : Effect.void
        ),
        Effect.map((decided) => {
          const decision = Option.getOrElse(decided as Option.Option<Decision>, () => timeoutDecision)
          return json(200, { result: decision.result, reason: decision.reason ?? "" })
        })
      )
    }
    if (handler === undefined) return Effect.succeed(acknowledged)
    return handler(event).pipe(Effect.catchAllCause(failed), Effect.as(acknowledged))
  }

  const handle = (parsed: Body.Parsed, tag: string): Effect.Effect<Reply, Rejection, R | CallbackSecret> =>
    Effect.gen(function*() {
      const secret = yield* CallbackSecret
      const signed = yield* parsed.signed
      yield* Signature.verify(secret, signed, { maxAge })
      let claimed: string | undefined
      let store: NonceStore.NonceStoreService = ownStore
      if (options.replayGuard !== false) {
        store = Option.getOrElse(yield* Effect.serviceOption(NonceStore.NonceStore), () => ownStore)
        // Keyed by timestamp and nonce: short nonces (6 digits in the docs) recur across callbacks.
        const key = `${signed.timestamp}:${signed.nonce}`
        if (!(yield* store.claim(key, nonceTtl))) return yield* new NonceReplayed({ nonce: signed.nonce })
        claimed = key
      }
      const handled = Events.decode(options.product, parsed.body).pipe(
        Effect.mapError((error) =>
          new EventInvalid({ event: tag, reason: ParseResult.TreeFormatter.formatErrorSync(error) })
        ),
        Effect.flatMap((event) => dispatch(event, tag))
      )
      // A failed delivery frees its nonce, so that ZEGOCLOUD's retry of it is not taken for a replay.
      return yield* claimed === undefined
        ? handled
        : Effect.tapError(handled, () => Effect.ignore(store.release(claimed)))
    })

  return (text: string, contentType: string | undefined): Effect.Effect<Reply, never, R | CallbackSecret> => {
    const parsed = Body.parse(text, contentType)
    const documented = Either.isRight(parsed) ? Events.identify(options.product, parsed.right.body) : undefined
    const tag = documented ?? "unknown"
    const attributes: Record<string, string> = { "zego.callback.product": options.product }
    if (Either.isRight(parsed)) {
      const name = Events.eventName(parsed.right.body)
      // Only documented names: the body is not authenticated yet, and attribute values are kept short.
      attributes["zego.callback.event"] = documented === undefined ? "unknown" : name ?? tag
    }
    const run = Either.isLeft(parsed) ? Effect.fail(parsed.left) : handle(parsed.right, tag)
    return run.pipe(
      Effect.tap((reply) => Effect.annotateCurrentSpan("http.response.status_code", reply.status)),
      Effect.tapError((rejection) => Effect.annotateCurrentSpan("http.response.status_code", statusOf(rejection))),
      Effect.withSpan(`zego.callback.${options.product}.${tag}`, { kind: "server", attributes }),
      Effect.catchAll((rejection) =>
        Effect.succeed(json(statusOf(rejection), {
          error: rejection._tag,
          // The handler's own failure stays in the span and the log, not in an answer to the network.
          message: rejection._tag === "HandlerFailed"
            ? `The ${rejection.event} callback handler failed`
            : rejection.message
        }))
      )
    )
  }
}

const acknowledged: Reply = {
  status: 200,
  // RTC `record` was once documented to expect the body "1"; every other callback ignores the body.
  contentType: "text/plain",
  body: "1"
}

/**
 * The receiver as an `@effect/platform` HTTP app: mount it on a route of any Effect HTTP server.
 *
 * @example
 * ```ts
 * import { CallbackSecret, ZegoCallbacks } from "@effect-zego/callbacks"
 * import { HttpRouter } from "@effect/platform"
 * import { Effect } from "effect"
 *
 * const zim = ZegoCallbacks.router({
 *   product: "zim",
 *   handlers: {
 *     send_msg: (event) => Effect.log(`${event.from_user_id}: ${event.msg_body}`),
 *     before_send_msg: (event) => Effect.succeed({ result: event.msg_body.includes("spam") ? 3 : 1 })
 *   }
 * })
 * const routes = HttpRouter.empty.pipe(HttpRouter.post("/zego/zim", zim))
 * ```
 *
 * @since 0.1.0
 */
export const router = <P extends Events.Product, R = never>(
  options: Options<P, R>
): Effect.Effect<
  HttpServerResponse.HttpServerResponse,
  never,
  R | CallbackSecret | HttpServerRequest.HttpServerRequest
> => {
  const receive = receiver(options)
  return Effect.gen(function*() {
    const request = yield* HttpServerRequest.HttpServerRequest
    const text = yield* Effect.either(request.text)
    const reply = Either.isLeft(text)
      ? json(400, { error: "BodyInvalid", message: "The callback body cannot be read" })
      : yield* receive(text.right, request.headers["content-type"])
    return HttpServerResponse.text(reply.body, { status: reply.status, contentType: reply.contentType })
  })
}

/**
 * The receiver as a Fetch API handler (`Request → Promise<Response>`), for frameworks outside Effect; it runs
 * with the services of the Effect that builds it.
 *
 * @example
 * ```ts
 * import { CallbackSecret, ZegoCallbacks } from "@effect-zego/callbacks"
 * import { Effect, Redacted } from "effect"
 *
 * const handler = await Effect.runPromise(
 *   ZegoCallbacks.webHandler({ product: "rtc", handlers: { stream_create: (e) => Effect.log(e.stream_id) } })
 *     .pipe(Effect.provide(CallbackSecret.layer(Redacted.make("my-callback-secret"))))
 * )
 * // e.g. Bun.serve({ fetch: handler }) or a Next.js route: export const POST = handler
 * ```
 *
 * @since 0.1.0
 */
export const webHandler = <P extends Events.Product, R = never>(
  options: Options<P, R>
): Effect.Effect<(request: Request) => Promise<Response>, never, R | CallbackSecret> =>
  Effect.map(Effect.runtime<R | CallbackSecret>(), (runtime) => {
    const receive = receiver(options)
    const run = Runtime.runPromise(runtime)
    return async (request: Request): Promise<Response> => {
      let text: string
      try {
        text = await request.text()
      } catch {
        return new Response(JSON.stringify({ error: "BodyInvalid", message: "The callback body cannot be read" }), {
          status: 400,
          headers: { "content-type": "application/json" }
        })
      }
      const reply = await run(receive(text, request.headers.get("content-type") ?? undefined))
      return new Response(reply.body, { status: reply.status, headers: { "content-type": reply.contentType } })
    }
  })
