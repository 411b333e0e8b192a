/**
 * A cheaper road for the pipeline's HTTP exchanges, that an `HttpClient` may offer besides `execute`.
 *
 * Bounding `execute` by a timeout takes a fiber (Effect's `timeoutFail` forks two) and the platform client
 * an `AbortController` per request; the pipeline pays that on every attempt. A client that carries
 * {@link TypeId} sends one request with its own timer instead, and answers with the whole body: the
 * pipeline uses it when it runs on Effect's live clock (never under `TestClock`), and `execute` otherwise.
 * `@effect-zego/client`'s `UndiciHttpClient` offers it; a client wrapped by an `HttpClient` combinator
 * (`mapRequest`, `tapRequest` …) is a new client without it, so the pipeline goes through `execute`.
 *
 * @since 0.1.0
 */
import type * as Headers from "@effect/platform/Headers"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import { globalValue } from "effect/GlobalValue"
import { hasProperty } from "effect/Predicate"

/**
 * @since 0.1.0
 * @category type ids
 */
export const TypeId: unique symbol = Symbol.for("@effect-zego/core/DirectExchange")

/**
 * @since 0.1.0
 * @category type ids
 */
export type TypeId = typeof TypeId

/**
 * One request: where, how, and for how long at most.
 *
 * @since 0.1.0
 * @category models
 */
export interface Request {
  /** `scheme://host[:port]`. */
  readonly origin: string
  /** Path and query, already encoded: `/?Action=…`. */
  readonly path: string
  readonly method: "GET" | "POST"
  /** A JSON body (sent with `content-type: application/json`), or none. */
  readonly body: string | undefined
  /** The request is aborted, and the exchange ends with `undefined`, after this many milliseconds. */
  readonly timeoutMillis: number
  /**
   * Epoch milliseconds (`Date.now()`): when the request would be written to its connection later than this (a
   * new connection was slow to open, the process stalled), it is not written, and the exchange ends with
   * {@link late}. The pipeline then takes a new rate-limit permit: a request sent long after its permit could
   * reach the server next to the requests of later permits.
   */
  readonly writeBy?: number | undefined
  /**
   * The largest body read, in bytes: past it (or when `content-length` announces more) the request is aborted
   * and the exchange ends with a {@link TooLarge}. Default: no cap.
   */
  readonly maxResponseBytes?: number | undefined
}

/**
 * The exchange's answer when the body was larger than `maxResponseBytes`: the request was aborted.
 *
 * @since 0.1.0
 * @category models
 */
export class TooLarge {
  readonly _tag = "TooLarge"
  constructor(
    /** The status of the answer. */
    readonly status: number,
    /** The bytes received, or announced by `content-length`, when the request was aborted. */
    readonly receivedBytes: number
  ) {}
}

/**
 * Why a response body was not read in full: it passed the cap. The `cause` of the platform
 * `ResponseError` an `HttpClient` fails with when it honors {@link currentMaxResponseBytes}.
 *
 * @since 0.1.0
 * @category models
 */
export class BodyTooLarge extends Error {
  constructor(readonly maxBytes: number, readonly receivedBytes: number) {
    super(`response body larger than ${maxBytes} bytes (${receivedBytes} received)`)
    this.name = "BodyTooLarge"
  }
}

/**
 * The body cap of the current exchange through `execute`: set by the pipeline around each request. A client
 * that reads it (as `@effect-zego/client`'s `UndiciHttpClient` does) aborts the request past the cap and fails
 * with a `ResponseError` whose cause is a {@link BodyTooLarge}; the pipeline caps any other client's body as
 * it reads the stream.
 *
 * @since 0.1.0
 * @category fiber refs
 */
export const currentMaxResponseBytes: FiberRef.FiberRef<number> = globalValue(
  Symbol.for("@effect-zego/core/DirectExchange/currentMaxResponseBytes"),
  () => FiberRef.unsafeMake(Infinity)
)

/**
 * The exchange's answer when the request was not written because it was past its `writeBy`.
 *
 * @since 0.1.0
 * @category models
 */
export const late: unique symbol = Symbol.for("@effect-zego/core/DirectExchange/late")

/**
 * @since 0.1.0
 * @category models
 */
export type Late = typeof late

/**
 * A response read in full.
 *
 * @since 0.1.0
 * @category models
 */
export interface Response {
  readonly status: number
  readonly headers: Headers.Headers
  readonly text: string
}

/**
 * An exchange: the response, `undefined` when the timeout came first (the request is aborted), {@link late}
 * when it was not written by its `writeBy`, a {@link TooLarge} when the body passed `maxResponseBytes`, or the platform's `RequestError` (nothing came back) /
 * `ResponseError` (the body broke off). Interrupting it aborts the request.
 *
 * @since 0.1.0
 * @category models
 */
export type Exchange = (
  request: Request
) => Effect.Effect<Response | undefined | Late | TooLarge, HttpClientError.HttpClientError>

/**
 * An `HttpClient` that offers the direct exchange.
 *
 * @since 0.1.0
 * @category models
 */
export interface DirectExchangeClient {
  readonly [TypeId]: Exchange
}

/**
 * The direct exchange of a client, if it offers one.
 *
 * @since 0.1.0
 * @category utils
 */
export const of = (client: HttpClient.HttpClient): Exchange | undefined =>
  hasProperty(client, TypeId) && typeof client[TypeId] === "function" ? client[TypeId] as Exchange : undefined

/**
 * The send-time guard for clients that go through `execute` (issue 14, item 9). A client carrying
 * {@link WriteGuardTypeId} promises to read the {@link writeByHeader} header of a request (epoch ms, as
 * `Request.writeBy`), never to send it, and not to write the request at all when it would be written after that
 * time, failing with a `RequestError` whose cause has the code {@link lateWriteCode}. The pipeline adds the
 * header only for such a client, and takes a new permit when it sees that code, as with {@link late}.
 * `@effect-zego/client`'s `"platform"` client (`NodeHttpClient` over undici) keeps that promise.
 *
 * @since 0.1.0
 * @category type ids
 */
export const WriteGuardTypeId: unique symbol = Symbol.for("@effect-zego/core/DirectExchange/WriteGuard")

/**
 * The request header that carries the write-by time to a client with the send-time guard.
 *
 * @since 0.1.0
 * @category models
 */
export const writeByHeader = "x-effect-zego-write-by"

/**
 * The `code` of the error a client with the send-time guard fails with when the request was not written.
 *
 * @since 0.1.0
 * @category models
 */
export const lateWriteCode = "EFFECT_ZEGO_LATE_WRITE"

/**
 * Whether a client keeps the send-time guard's promise (see {@link WriteGuardTypeId}).
 *
 * @since 0.1.0
 * @category utils
 */
export const hasWriteGuard = (client: HttpClient.HttpClient): boolean =>
  hasProperty(client, WriteGuardTypeId) && client[WriteGuardTypeId] === true

/**
 * Whether a failure's cause chain says the request was not written because it was late.
 *
 * @since 0.1.0
 * @category utils
 */
export const isLateWrite = (error: unknown): boolean => {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if ("code" in current && current.code === lateWriteCode) return true
    current = "cause" in current ? current.cause : undefined
  }
  return false
}
