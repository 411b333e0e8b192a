/**
 * An in-process `HttpClient` that answers every request with the fixed QueryUserInfos answer, without
 * a socket: the CPU cost of the call pipeline alone.
 *
 * @since 0.1.0
 */
import { DirectExchange } from "@effect-zego/core"
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpIncomingMessage from "@effect/platform/HttpIncomingMessage"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { fixedAnswer } from "./fixture.js"

const encoder = new TextEncoder()
const bytes = encoder.encode(fixedAnswer)
const headers = Headers.fromInput({ "content-type": "application/json", "content-length": String(bytes.length) })

class StubResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpIncomingMessage.TypeId]: HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly status = 200
  readonly headers = headers
  readonly cookies = Cookies.empty
  readonly remoteAddress = Option.none<string>()
  constructor(readonly request: HttpClientRequest.HttpClientRequest) {
    super()
  }
  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    return Effect.succeed(fixedAnswer)
  }
  get json(): Effect.Effect<unknown, HttpClientError.ResponseError> {
    return Effect.sync(() => JSON.parse(fixedAnswer) as unknown)
  }
  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.ResponseError> {
    return Effect.succeed(bytes.slice().buffer)
  }
  get formData(): Effect.Effect<FormData, HttpClientError.ResponseError> {
    return Effect.succeed(new FormData())
  }
  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.ResponseError> {
    return Effect.succeed(UrlParams.empty)
  }
  get stream(): Stream.Stream<Uint8Array, HttpClientError.ResponseError> {
    return Stream.succeed(bytes)
  }
  toJSON(): unknown {
    return { _id: "StubResponse", status: this.status }
  }
}

/** The stub client, built with `HttpClient.make` (as platform clients are). */
export const stubClient: HttpClient.HttpClient = HttpClient.make((request) => Effect.succeed(new StubResponse(request)))

/** The stub client as a layer: the pipeline goes through `execute`. */
export const layer: Layer.Layer<HttpClient.HttpClient> = Layer.succeed(HttpClient.HttpClient, stubClient)

const directResponse: DirectExchange.Response = { status: 200, headers, text: fixedAnswer }

/** A QueryUserInfos answer that finds every user asked for. */
const echo = (body: string | undefined): string => {
  const parsed: unknown = body === undefined ? undefined : JSON.parse(body)
  const ids: unknown = typeof parsed === "object" && parsed !== null && "UserIds" in parsed ? parsed.UserIds : []
  return JSON.stringify({
    Code: 0,
    Message: "success",
    RequestId: "bench-echo",
    Result: (Array.isArray(ids) ? ids : []).map((id) => ({ UserId: String(id), UserName: `User ${String(id)}` })),
    ErrorList: []
  })
}

/** A stub client whose direct exchange finds every user asked for (for `getUserInfo`). */
export const layerEcho: Layer.Layer<HttpClient.HttpClient> = Layer.succeed(
  HttpClient.HttpClient,
  Object.assign(HttpClient.make((request) => Effect.succeed(new StubResponse(request))), {
    [DirectExchange.TypeId]: (request: DirectExchange.Request): Effect.Effect<DirectExchange.Response> =>
      Effect.async((resume) => {
        setImmediate(() => resume(Effect.succeed({ status: 200, headers, text: echo(request.body) })))
      })
  })
)

/** The stub client with a direct exchange (answering asynchronously, as a socket would). */
export const layerDirect: Layer.Layer<HttpClient.HttpClient> = Layer.succeed(
  HttpClient.HttpClient,
  Object.assign(HttpClient.make((request) => Effect.succeed(new StubResponse(request))), {
    [DirectExchange.TypeId]: (): Effect.Effect<DirectExchange.Response> =>
      Effect.async((resume) => {
        setImmediate(() => resume(Effect.succeed(directResponse)))
      })
  })
)
