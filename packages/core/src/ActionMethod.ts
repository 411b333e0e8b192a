/**
 * The shape of a service method: call an Action, or call it and keep the response metadata.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type * as Action from "./Action.js"
import type { WithResponse, ZegoTransportService } from "./ZegoTransport.js"

/**
 * A method of `ZimService` / `RtcService`: `method(input)` for the data, `method.withResponse(input)`
 * for the data with its RequestId, HTTP status, headers and attempt count.
 *
 * @since 0.1.0
 * @category models
 */
export interface ActionMethod<A extends Action.Any> {
  (input: Action.Input<A>): Effect.Effect<Action.Success<A>, Action.Error<A>>
  readonly withResponse: (
    input: Action.Input<A>
  ) => Effect.Effect<WithResponse<Action.Success<A>>, Action.Error<A>>
  /** The declaration behind this method. */
  readonly action: A
}

/**
 * The method of an Action over a transport.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <A extends Action.Any>(transport: ZegoTransportService, action: A): ActionMethod<A> =>
  Object.assign(
    (input: Action.Input<A>) => Effect.map(transport.callWithResponse(action, input), (r) => r.data),
    {
      withResponse: (input: Action.Input<A>) => transport.callWithResponse(action, input),
      action
    }
  )

/**
 * One method per Action of a registry (`{ queryUserInfos: QueryUserInfos, … }`), keeping each Action's types.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeAll = <R extends Record<string, Action.Any>>(
  transport: ZegoTransportService,
  actions: R
): { readonly [K in keyof R]: ActionMethod<R[K]> } => {
  const out: Record<string, unknown> = {}
  for (const [name, action] of Object.entries(actions)) out[name] = make(transport, action)
  return out as { readonly [K in keyof R]: ActionMethod<R[K]> }
}
