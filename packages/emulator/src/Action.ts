/**
 * The declaration of an emulated Action: its method, rate limits, parameter validation and handler. The server
 * pipeline only ever sees the type-erased {@link Action}, so adding an Action means adding a declaration to the
 * table in `actions/index.ts`, nothing else. Most Actions are declared from their documented facts
 * (`FactAction.ts`); {@link define} is for hand-written ones.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Ref from "effect/Ref"
import type { CallbackEmitter } from "./Callbacks.js"
import type { ParsedQuery } from "./Query.js"
import * as ReturnCodes from "./ReturnCodes.js"
import type { EmulatorState } from "./State.js"

/**
 * The HTTP methods the vendor's Actions use.
 *
 * @since 0.1.0
 */
export type HttpMethod = "GET" | "POST"

/**
 * What an Action answers: the envelope `Code`, an optional `Message` (else the code's documented description)
 * and the business fields placed next to `Code`, `Message` and `RequestId`.
 *
 * @since 0.1.0
 */
export interface Answer {
  readonly code: number
  readonly message?: string
  readonly fields?: Readonly<Record<string, unknown>>
}

/**
 * A successful answer with the given business fields.
 *
 * @since 0.1.0
 */
export const success = (fields: Readonly<Record<string, unknown>>): Answer => ({ code: 0, fields })

/**
 * A failed answer with a code, an optional message and optional business fields.
 *
 * @since 0.1.0
 */
export const failure = (code: number, message?: string, fields?: Readonly<Record<string, unknown>>): Answer => {
  const base: { code: number; message?: string; fields?: Readonly<Record<string, unknown>> } = { code }
  if (message !== undefined) base.message = message
  if (fields !== undefined) base.fields = fields
  return base
}

/**
 * The decoded request an Action validates.
 *
 * @since 0.1.0
 */
export interface ActionRequest {
  /** The whole query string, public parameters included. */
  readonly query: ParsedQuery
  /** The JSON object body of a POST Action; an empty object for GET Actions. */
  readonly body: Readonly<Record<string, unknown>>
}

/**
 * What a handler may use besides its parameters.
 *
 * @since 0.1.0
 */
export interface ActionContext {
  /** The emulator's state; Actions that change state update it. */
  readonly state: Ref.Ref<EmulatorState>
  /** The server clock (Unix ms, clock offset included) when the request arrived. */
  readonly serverTimeMs: number
  /** Sends the server callbacks the Action's events produce (absent: none are sent). */
  readonly callbacks?: CallbackEmitter | undefined
}

/**
 * The declaration of an Action with typed, validated parameters.
 *
 * @since 0.1.0
 */
export interface ActionSpec<Params> {
  /** The `Action` query value. */
  readonly name: string
  readonly product: ReturnCodes.Product
  /** The documented method. */
  readonly method: HttpMethod
  /** The documented AppID-level limit, in requests per second. */
  readonly qps: number
  /** The code answered over the limit; defaults to the product's AppID-level rate-limit code. */
  readonly rateLimitCode?: number
  /** Checks the parameters; a `Left` is the answer (with the Action's documented parameter-error code). */
  readonly validate: (request: ActionRequest) => Either.Either<Params, Answer>
  /** Answers valid parameters. */
  readonly handle: (params: Params, context: ActionContext) => Effect.Effect<Answer>
}

/**
 * A documented rate limit per room or per group: at most `qps` requests per second for each value of the
 * parameter `field` (`RoomId`, `GroupId`), answered with `code` when exceeded.
 *
 * @since 0.1.0
 */
export interface ScopedLimit {
  readonly field: string
  readonly qps: number
  readonly code: number
}

/**
 * A type-erased Action, as the server pipeline runs it.
 *
 * @since 0.1.0
 */
export interface Action {
  readonly name: string
  readonly product: ReturnCodes.Product
  readonly method: HttpMethod
  /** Requests per second for the AppID; `Infinity` when no AppID-level limit is documented. */
  readonly qps: number
  readonly rateLimitCode: number
  /** A limit per room or per group, on top of the AppID-level one. */
  readonly scopedLimit?: ScopedLimit
  /** Validates then handles a request. */
  readonly run: (request: ActionRequest, context: ActionContext) => Effect.Effect<Answer>
}

/**
 * Turns a declaration into an {@link Action}.
 *
 * @since 0.1.0
 */
export const define = <Params>(spec: ActionSpec<Params>): Action => ({
  name: spec.name,
  product: spec.product,
  method: spec.method,
  qps: spec.qps,
  rateLimitCode: spec.rateLimitCode ?? ReturnCodes.appRateLimitCode(spec.product),
  run: (request, context) =>
    Either.match(spec.validate(request), {
      onLeft: Effect.succeed,
      onRight: (params) => spec.handle(params, context)
    })
})

/**
 * The UTF-8 length of a string, for limits documented in bytes.
 *
 * @since 0.1.0
 */
export const byteLength = (value: string): number => Buffer.byteLength(value, "utf8")

/**
 * The number of characters (code points) of a string, for limits documented in characters.
 *
 * @since 0.1.0
 */
export const characterLength = (value: string): number => [...value].length
