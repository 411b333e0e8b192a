/**
 * `@effect/platform-node`'s undici `HttpClient` (`httpClient: "platform"`) with the send-time guard of the rate
 * limiter: its dispatcher reads the write-by time the pipeline puts in a request header, never sends that
 * header, and does not write a request past that time (a new connection was slow, the process stalled), so
 * that no request reaches the server long after its permit. The pipeline then takes a new permit, as with
 * {@link UndiciHttpClient}'s direct exchange.
 *
 * @since 0.1.0
 */
import { DirectExchange } from "@effect-zego/core"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as Undici from "@effect/platform-node/Undici"
import * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const lateError = (writeBy: number): Error =>
  Object.assign(new Error(`not written: past its write-by time (${Date.now() - writeBy} ms late)`), {
    code: DirectExchange.lateWriteCode
  })

// Takes the write-by header out of the request's headers (an object, or a flat [name, value, …] list).
const takeWriteBy = (
  headers: Undici.Dispatcher.DispatchOptions["headers"]
): { readonly writeBy: number | undefined; readonly headers: Undici.Dispatcher.DispatchOptions["headers"] } => {
  if (headers === undefined || headers === null) return { writeBy: undefined, headers }
  if (Array.isArray(headers)) {
    const flat = headers as ReadonlyArray<string>
    for (let i = 0; i + 1 < flat.length; i += 2) {
      if (String(flat[i]).toLowerCase() === DirectExchange.writeByHeader) {
        return { writeBy: Number(flat[i + 1]), headers: [...flat.slice(0, i), ...flat.slice(i + 2)] }
      }
    }
    return { writeBy: undefined, headers }
  }
  if (typeof headers === "object" && DirectExchange.writeByHeader in headers) {
    const { [DirectExchange.writeByHeader]: value, ...rest } = headers as Record<string, string>
    return { writeBy: Number(value), headers: rest }
  }
  return { writeBy: undefined, headers }
}

/**
 * The interceptor: a request past its write-by time is aborted right before it would be written (undici
 * starts a request on its connection just before writing it), with the error code the pipeline recognizes.
 *
 * @since 0.1.0
 * @category interceptors
 */
export const writeGuard: Undici.Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => {
  const { headers, writeBy } = takeWriteBy(options.headers)
  if (writeBy === undefined || Number.isNaN(writeBy)) return dispatch(options, handler)
  const guarded: Undici.Dispatcher.DispatchHandler = {
    onRequestStart: (controller, context) => {
      handler.onRequestStart?.(controller, context)
      if (Date.now() > writeBy && !controller.aborted) controller.abort(lateError(writeBy))
    },
    onRequestUpgrade: (controller, statusCode, upgradeHeaders, socket) =>
      handler.onRequestUpgrade?.(controller, statusCode, upgradeHeaders, socket),
    onResponseStart: (controller, statusCode, responseHeaders, statusMessage) =>
      handler.onResponseStart?.(controller, statusCode, responseHeaders, statusMessage),
    onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
    onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
    onResponseError: (controller, error) => handler.onResponseError?.(controller, error)
  }
  return dispatch(headers === undefined ? options : { ...options, headers }, guarded)
}

/**
 * `NodeHttpClient.layerUndiciWithoutDispatcher` over the `NodeHttpClient.Dispatcher` you provide, composed with
 * {@link writeGuard}, marked as keeping the send-time guard (`DirectExchange.WriteGuardTypeId`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWithoutDispatcher: Layer.Layer<HttpClient.HttpClient, never, NodeHttpClient.Dispatcher> = Layer
  .effect(
    HttpClient.HttpClient,
    Effect.map(
      HttpClient.HttpClient,
      (client) => Object.assign(client, { [DirectExchange.WriteGuardTypeId]: true }) as HttpClient.HttpClient
    )
  ).pipe(
    Layer.provide(NodeHttpClient.layerUndiciWithoutDispatcher),
    Layer.provide(
      Layer.effect(NodeHttpClient.Dispatcher, Effect.map(NodeHttpClient.Dispatcher, (d) => d.compose(writeGuard)))
    )
  )

/**
 * `NodeHttpClient.layerUndici` (its own dispatcher) with the send-time guard: what `ZegoClient` wires for
 * `httpClient: "platform"`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = layerWithoutDispatcher.pipe(
  Layer.provide(NodeHttpClient.dispatcherLayer)
)
