/**
 * The one call pipeline every Action goes through: validate, limit, sign, send, decode, classify,
 * retry, trace. Actions declare themselves (`Action.make`); services call `ZegoTransport.call`.
 *
 * @since 0.1.0
 */
import type * as Headers from "@effect/platform/Headers"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Action from "./Action.js"
import * as ActionModule from "./Action.js"
import * as internal from "./internal/transport.js"
import type { Signer } from "./Signer.js"
import type { ZegoConfig } from "./ZegoConfig.js"
import type { ZegoRateLimiter } from "./ZegoRateLimiter.js"

/**
 * What came back with a successful call besides its data.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResponseMetadata {
  readonly requestId: string
  /** HTTP status of the last attempt. */
  readonly status: number
  readonly headers: Headers.Headers
  /** Attempts made, the successful one included. */
  readonly attempts: number
}

/**
 * A call's data with its {@link ResponseMetadata}.
 *
 * @since 0.1.0
 * @category models
 */
export interface WithResponse<A> {
  readonly data: A
  readonly response: ResponseMetadata
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ZegoTransportService {
  /** Calls an Action. */
  readonly call: <A extends Action.Any>(
    action: A,
    input: Action.Input<A>
  ) => Effect.Effect<Action.Success<A>, Action.Error<A>>
  /** Calls an Action and keeps the response metadata. */
  readonly callWithResponse: <A extends Action.Any>(
    action: A,
    input: Action.Input<A>
  ) => Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A>>
  /**
   * Calls an Action whose input is computed only once the first attempt holds its rate-limit permit:
   * batched lookups seal their batch at the last moment, so callers arriving while it waits still join.
   */
  readonly callLazy: <A extends Action.Any, E2>(
    action: A,
    input: Effect.Effect<Action.Input<A>, E2>
  ) => Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A> | E2>
}

/**
 * Answers for {@link ZegoTransport.layerTest}, by Action name: return the Action's success value, or
 * fail with one of its errors.
 *
 * @since 0.1.0
 * @category models
 */
export type TestHandlers = {
  readonly [name: string]: (input: never) => Effect.Effect<unknown, unknown>
}

/**
 * The call pipeline.
 *
 * @since 0.1.0
 * @category tags
 */
export class ZegoTransport extends Context.Tag("@effect-zego/core/ZegoTransport")<
  ZegoTransport,
  ZegoTransportService
>() {
  /** The real pipeline over the `HttpClient` in context. */
  static readonly layer: Layer.Layer<
    ZegoTransport,
    never,
    ZegoConfig | Signer | ZegoRateLimiter | HttpClient.HttpClient
  > = Layer.effect(ZegoTransport, internal.make)

  /**
   * A transport that answers from handlers instead of HTTP, for users' unit tests. Input is still
   * validated (`InvalidRequest`); an Action without a handler dies with a message naming it.
   */
  static readonly layerTest = (handlers: TestHandlers): Layer.Layer<ZegoTransport> =>
    Layer.succeed(ZegoTransport, makeTest(handlers))
}

const makeTest = (handlers: TestHandlers): ZegoTransportService => {
  const run = <A extends Action.Any, E2>(action: A, input: Effect.Effect<Action.Input<A>, E2>) =>
    Effect.gen(function*() {
      const value = yield* input
      yield* ActionModule.validate(action, value)
      const handler = handlers[action.name]
      if (handler === undefined) {
        return yield* Effect.dieMessage(`ZegoTransport.layerTest: no handler for ${action.name}`)
      }
      const data = yield* (handler as (input: unknown) => Effect.Effect<unknown, unknown>)(value)
      return {
        data,
        response: { requestId: "test", status: 200, headers: {}, attempts: 1 }
      }
    }) as Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A> | E2>
  return {
    callWithResponse: (action, input) => run(action, Effect.succeed(input)),
    call: (action, input) => Effect.map(run(action, Effect.succeed(input)), (r) => r.data),
    callLazy: run
  }
}
