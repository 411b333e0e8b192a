/**
 * A thin `@effect/platform` `HttpClient` over undici's dispatcher: the client `ZegoClient` uses by default.
 *
 * It sends each request with `Dispatcher.dispatch` and a handler that collects the body into one buffer:
 * no Node stream per response (as `undici.request` makes), no fiber to read it (as `NodeHttpClient.layerUndici`
 * runs for `response.text`). The response is complete when `execute` succeeds, so this client suits bounded
 * bodies — API answers — and not downloads; there is no streaming either way (request bodies given as a
 * `Stream` are collected first).
 *
 * It is built with `HttpClient.make`, so the platform's client span, trace propagation and
 * `withTracerDisabledWhen` work as with any platform client. Connections are kept alive by the undici
 * `Agent` of the layer (closed with its scope). Interrupting `execute` aborts the request, in the pool's
 * queue or on the wire.
 *
 * It also offers the pipeline its `DirectExchange` (one request with its own timer, no fiber and no
 * `AbortController` per attempt), which `ZegoTransport` takes on the live clock. Both roads honor the call's
 * `maxResponseBytes` (`DirectExchange.currentMaxResponseBytes` for `execute`): past it, or when `content-length`
 * announces more, the request is aborted and nothing more is buffered.
 *
 * @since 0.1.0
 */
import { DirectExchange } from "@effect-zego/core"
import * as Undici from "@effect/platform-node/Undici"
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import type * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpIncomingMessage from "@effect/platform/HttpIncomingMessage"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"

/**
 * The undici dispatcher the client sends through.
 *
 * @since 0.1.0
 * @category tags
 */
export class Dispatcher extends Context.Tag("@effect-zego/client/UndiciHttpClient/Dispatcher")<
  Dispatcher,
  Undici.Dispatcher
>() {}

/**
 * A keep-alive undici `Agent`, destroyed when the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeDispatcher = (
  options?: Undici.Agent.Options
): Effect.Effect<Undici.Dispatcher, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.sync(() => new Undici.Agent(options)),
    (agent) => Effect.promise(() => agent.destroy())
  )

const utf8 = new TextDecoder()
const emptyBody = new Uint8Array(0)

type RawHeaders = ReadonlyArray<Buffer | string>

/** A response whose body has been read in full. */
class BufferedResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpIncomingMessage.TypeId]: HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId

  private parsedHeaders: Headers.Headers | undefined
  private parsedCookies: Cookies.Cookies | undefined
  private decodedText: string | undefined

  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly status: number,
    private readonly rawHeaders: RawHeaders,
    private readonly body: Uint8Array
  ) {
    super()
  }

  get headers(): Headers.Headers {
    return this.parsedHeaders ??= Headers.fromInput(Undici.util.parseHeaders([...this.rawHeaders]))
  }

  get cookies(): Cookies.Cookies {
    if (this.parsedCookies !== undefined) return this.parsedCookies
    const header = Undici.util.parseHeaders([...this.rawHeaders])["set-cookie"]
    return this.parsedCookies = header === undefined
      ? Cookies.empty
      : Cookies.fromSetCookie(Array.isArray(header) ? header : [header])
  }

  get remoteAddress(): Option.Option<string> {
    return Option.none()
  }

  private decodeError(cause: unknown): HttpClientError.ResponseError {
    return new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  }

  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    return Effect.try({
      try: () => this.decodedText ??= utf8.decode(this.body),
      catch: (cause) => this.decodeError(cause)
    })
  }

  get json(): Effect.Effect<unknown, HttpClientError.ResponseError> {
    return Effect.flatMap(this.text, (text) =>
      Effect.try({
        try: () => (text === "" ? null : JSON.parse(text) as unknown),
        catch: (cause) => this.decodeError(cause)
      }))
  }

  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.ResponseError> {
    return Effect.flatMap(this.text, (text) =>
      Effect.try({
        try: () => UrlParams.fromInput(new URLSearchParams(text)),
        catch: (cause) => this.decodeError(cause)
      }))
  }

  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.ResponseError> {
    return Effect.sync(() => {
      const copy = new Uint8Array(this.body.byteLength)
      copy.set(this.body)
      return copy.buffer
    })
  }

  get formData(): Effect.Effect<FormData, HttpClientError.ResponseError> {
    return Effect.tryPromise({
      try: () => {
        const contentType = this.headers["content-type"]
        const init = contentType === undefined ? {} : { headers: { "content-type": contentType } }
        return new Response(this.body, init).formData()
      },
      catch: (cause) => this.decodeError(cause)
    })
  }

  get stream(): Stream.Stream<Uint8Array, HttpClientError.ResponseError> {
    return this.body.byteLength === 0 ? Stream.empty : Stream.succeed(this.body)
  }

  toJSON(): unknown {
    return HttpIncomingMessage.inspect(this, {
      _id: "@effect/platform/HttpClientResponse",
      request: this.request.toJSON(),
      status: this.status
    })
  }
}

const concat = (chunks: ReadonlyArray<Buffer>): Uint8Array =>
  chunks.length === 0 ? emptyBody : chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks)

/**
 * What both handlers share (undici's handler protocol): the status, raw headers and body chunks of the answer,
 * and settling once — with the answer, a failure, or an abort, whichever comes first.
 */
abstract class CollectingHandler implements Undici.Dispatcher.DispatchHandler {
  private abortRequest: ((error?: Error) => void) | undefined
  private aborted = false
  protected settled = false
  protected status = 0
  protected rawHeaders: RawHeaders = []
  protected readonly chunks: Array<Buffer> = []
  private received = 0

  /** The largest body read: past it the request is aborted and {@link tooLarge} settles it. */
  constructor(protected readonly maxBytes: number) {}

  /** Stops the request: dropped from the pool's queue, or its connection reset. */
  abort(): void {
    this.aborted = true
    this.settled = true
    this.abortRequest?.(new Undici.errors.RequestAbortedError())
  }

  onConnect(abort: (error?: Error) => void): void {
    if (this.aborted) abort(new Undici.errors.RequestAbortedError())
    else if (!this.mayWrite()) abort(new Undici.errors.RequestAbortedError())
    else this.abortRequest = abort
  }

  /** Whether the request may still be written, now that its connection is ready; called by `onConnect`. */
  protected mayWrite(): boolean {
    return true
  }

  onHeaders(statusCode: number, rawHeaders: Array<Buffer>): boolean {
    // 1xx answers are informational: the final one follows.
    if (statusCode >= 200) {
      this.status = statusCode
      this.rawHeaders = rawHeaders
      // A body announced past the cap is not waited for.
      if (this.maxBytes !== Infinity) {
        const announced = contentLength(rawHeaders)
        if (announced > this.maxBytes) {
          this.overflow(announced)
          return false
        }
      }
    }
    return true
  }

  onData(chunk: Buffer): boolean {
    if (this.settled) return false
    this.received += chunk.length
    if (this.received > this.maxBytes) {
      this.overflow(this.received)
      return false
    }
    this.chunks.push(chunk)
    return true
  }

  private overflow(bytes: number): void {
    this.abort()
    this.chunks.length = 0
    this.tooLarge(bytes)
  }

  onComplete(): void {
    if (this.settled) return
    this.settled = true
    this.complete()
  }

  onError(error: Error): void {
    if (this.settled) return
    this.settled = true
    this.fail(error)
  }

  protected abstract complete(): void
  protected abstract fail(error: Error): void
  /** The body passed the cap after `bytes` (received or announced); the request is aborted already. */
  protected abstract tooLarge(bytes: number): void
}

/** The `content-length` of raw headers, or 0. */
const contentLength = (rawHeaders: RawHeaders): number => {
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]
    if (name !== undefined && name.length === 14 && name.toString().toLowerCase() === "content-length") {
      const value = Number(rawHeaders[i + 1]?.toString())
      return Number.isFinite(value) ? value : 0
    }
  }
  return 0
}

/** The platform `RequestError` (nothing came back) or `ResponseError` (the body broke off) of a failure. */
const failure = (
  request: HttpClientRequest.HttpClientRequest,
  status: number,
  rawHeaders: RawHeaders,
  error: Error
): HttpClientError.HttpClientError =>
  status === 0
    ? new HttpClientError.RequestError({ request, reason: "Transport", cause: error })
    : new HttpClientError.ResponseError({
      request,
      response: new BufferedResponse(request, status, rawHeaders, emptyBody),
      reason: "Decode",
      cause: error
    })

/** The handler of one `execute`: resumes the waiting fiber once, with the response or the failure. */
class Exchange extends CollectingHandler {
  constructor(
    private readonly request: HttpClientRequest.HttpClientRequest,
    private readonly resume: (
      effect: Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError>
    ) => void,
    maxBytes: number
  ) {
    super(maxBytes)
  }

  protected tooLarge(bytes: number): void {
    this.resume(Effect.fail(
      new HttpClientError.ResponseError({
        request: this.request,
        response: new BufferedResponse(this.request, this.status, this.rawHeaders, emptyBody),
        reason: "Decode",
        cause: new DirectExchange.BodyTooLarge(this.maxBytes, bytes)
      })
    ))
  }

  protected complete(): void {
    this.resume(Effect.succeed(new BufferedResponse(this.request, this.status, this.rawHeaders, concat(this.chunks))))
  }

  protected fail(error: Error): void {
    this.resume(Effect.fail(failure(this.request, this.status, this.rawHeaders, error)))
  }
}

const jsonHeaders = { "content-type": "application/json" }

// Longer timers never fire (as with Effect's own clock).
const maxTimerMillis = 2 ** 31 - 1

/** A direct exchange's answer: the headers are parsed only if read. */
class DirectResponse implements DirectExchange.Response {
  private parsedHeaders: Headers.Headers | undefined
  constructor(readonly status: number, private readonly rawHeaders: RawHeaders, readonly text: string) {}
  get headers(): Headers.Headers {
    return this.parsedHeaders ??= Headers.fromInput(Undici.util.parseHeaders([...this.rawHeaders]))
  }
}

/** The handler of one direct exchange, with its timer. */
class DirectHandler extends CollectingHandler {
  timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly request: DirectExchange.Request,
    private readonly resume: (
      effect: Effect.Effect<
        DirectExchange.Response | undefined | DirectExchange.Late | DirectExchange.TooLarge,
        HttpClientError.HttpClientError
      >
    ) => void
  ) {
    super(request.maxResponseBytes ?? Infinity)
  }

  protected tooLarge(bytes: number): void {
    this.resume(Effect.succeed(new DirectExchange.TooLarge(this.status, bytes)))
  }

  override abort(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    super.abort()
  }

  timeout(): void {
    if (this.settled) return
    this.abort()
    this.resume(Effect.succeed(undefined))
  }

  // Called right before undici writes the request: past `writeBy`, it is not written at all.
  protected override mayWrite(): boolean {
    const writeBy = this.request.writeBy
    if (writeBy === undefined || Date.now() <= writeBy) return true
    this.abort()
    this.resume(Effect.succeed(DirectExchange.late))
    return false
  }

  protected complete(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.resume(Effect.succeed(new DirectResponse(this.status, this.rawHeaders, utf8.decode(concat(this.chunks)))))
  }

  protected fail(error: Error): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    const url = `${this.request.origin}${this.request.path}`
    const request = this.request.body === undefined ? HttpClientRequest.get(url) : HttpClientRequest.post(url)
    this.resume(Effect.fail(failure(request, this.status, this.rawHeaders, error)))
  }
}

const directExchange = (dispatcher: Undici.Dispatcher): DirectExchange.Exchange => (request) =>
  Effect.async((resume) => {
    const handler = new DirectHandler(request, resume)
    dispatcher.dispatch({
      origin: request.origin,
      path: request.path,
      method: request.method,
      headers: request.body === undefined ? null : jsonHeaders,
      body: request.body ?? null,
      headersTimeout: 0,
      bodyTimeout: 0
    }, handler)
    if (request.timeoutMillis <= maxTimerMillis) {
      handler.timer = setTimeout(() => handler.timeout(), Math.max(0, request.timeoutMillis))
    }
    return Effect.sync(() => handler.abort())
  })

type DispatchBody = string | Uint8Array | null

const encodeError = (request: HttpClientRequest.HttpClientRequest, cause: unknown) =>
  new HttpClientError.RequestError({ request, reason: "Encode", cause })

/** The request body as undici takes it, and the headers to send with it. */
const bodyOf = (
  request: HttpClientRequest.HttpClientRequest
): Effect.Effect<{ readonly body: DispatchBody; readonly headers: Headers.Headers }, HttpClientError.RequestError> => {
  const body: HttpBody.HttpBody = request.body
  switch (body._tag) {
    case "Empty":
      return Effect.succeed({ body: null, headers: request.headers })
    case "Uint8Array":
      return Effect.succeed({ body: body.body, headers: request.headers })
    case "Raw":
      return typeof body.body === "string" || body.body instanceof Uint8Array
        ? Effect.succeed({ body: body.body, headers: request.headers })
        : Effect.fail(encodeError(request, new TypeError("a Raw body must be a string or a Uint8Array")))
    case "FormData":
      return Effect.tryPromise({
        try: async () => {
          const encoded = new Response(body.formData)
          const bytes = new Uint8Array(await encoded.arrayBuffer())
          const contentType = encoded.headers.get("content-type")
          return {
            body: bytes,
            headers: contentType === null ? request.headers : Headers.set(request.headers, "content-type", contentType)
          }
        },
        catch: (cause) => encodeError(request, cause)
      })
    case "Stream":
      return Stream.runCollect(body.stream).pipe(
        Effect.map((chunks) => ({
          body: Buffer.concat(Chunk.toReadonlyArray(chunks)),
          headers: request.headers
        })),
        Effect.mapError((cause) => encodeError(request, cause))
      )
  }
}

/**
 * A client over a dispatcher.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (dispatcher: Undici.Dispatcher): HttpClient.HttpClient & DirectExchange.DirectExchangeClient =>
  Object.assign(makeClient(dispatcher), { [DirectExchange.TypeId]: directExchange(dispatcher) })

const makeClient = (dispatcher: Undici.Dispatcher): HttpClient.HttpClient =>
  HttpClient.make((request, url, _signal, fiber) =>
    Effect.flatMap(
      bodyOf(request),
      ({ body, headers }) =>
        Effect.async<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError>((resume) => {
          const exchange = new Exchange(request, resume, fiber.getFiberRef(DirectExchange.currentMaxResponseBytes))
          dispatcher.dispatch({
            origin: url.origin,
            path: url.pathname + url.search,
            method: request.method,
            headers,
            body,
            // Timeouts are the caller's (Effect.timeout, the pipeline's per-attempt timeout).
            headersTimeout: 0,
            bodyTimeout: 0
          }, exchange)
          return Effect.sync(() => exchange.abort())
        })
    )
  )

/**
 * The client over the {@link Dispatcher} in context.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWithoutDispatcher: Layer.Layer<HttpClient.HttpClient, never, Dispatcher> = Layer.effect(
  HttpClient.HttpClient,
  Effect.map(Dispatcher, make)
)

/**
 * The client over its own keep-alive undici `Agent`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = Layer.provide(
  layerWithoutDispatcher,
  Layer.scoped(Dispatcher, makeDispatcher())
)
