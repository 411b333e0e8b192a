/**
 * An Action is declared, not programmed: its method, schemas, rate limit, idempotency and code table.
 * The one pipeline in `ZegoTransport` does the rest (validation, limiting, signing, HTTP, decoding,
 * classification, retries, tracing).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { invalidFields } from "./internal/wire.js"
import type { Product } from "./ZegoConfig.js"
import * as ZegoError from "./ZegoError.js"
import type { ApiErrorClass, SharedError } from "./ZegoError.js"

/**
 * Code → error class, for the codes an Action (or its product) documents.
 *
 * @since 0.1.0
 * @category models
 */
export type ErrorTable = { readonly [code: number]: ApiErrorClass<unknown> }

/**
 * The instances of an error table's classes.
 *
 * @since 0.1.0
 * @category models
 */
export type ErrorOf<T extends ErrorTable> = { [K in keyof T]: T[K] extends ApiErrorClass<infer E> ? E : never }[keyof T]

/**
 * What the pipeline hands to an Action's `finalize`: the RequestId and a way to turn a code (say, a
 * `SubCode` of a partial result) into the Action's tagged error.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResponseContext<E> {
  readonly requestId: string
  readonly errorFor: (code: number, message?: string) => E
}

/**
 * The declaration of one Action.
 *
 * - `request`: validates the caller's input and encodes it to the wire form (query parameters for GET,
 *   the JSON body for POST). Its refinements carry the documented limits.
 * - `response`: decodes the business fields of a successful envelope (`Code` 0).
 * - `finalize`: optional last step from the decoded response to the value the caller gets (used for
 *   partial results).
 *
 * @since 0.1.0
 * @category models
 */
export interface Action<
  Name extends string,
  Req extends Schema.Schema.AnyNoContext,
  Res extends Schema.Schema.AnyNoContext,
  Success,
  Errors extends ErrorTable
> {
  readonly product: Product
  readonly name: Name
  readonly method: "GET" | "POST"
  readonly request: Req
  readonly response: Res
  /** Documented requests per second for this AppID; undefined when only a scoped limit is documented. */
  readonly qps: number | undefined
  /** A documented per-room or per-group limit, keyed by the value of `field`. */
  readonly scopedLimit?: ScopedLimit | undefined
  /**
   * The origin the vendor serves this Action from when it is not the product's (e.g. `https://auth-api.zego.im`).
   * Used when the product's base URL is a region default; a base URL you set (an emulator, a proxy) wins.
   */
  readonly host?: string | undefined
  /** What the Action is for, in one line (shown by the `zego` CLI's help). */
  readonly summary?: string | undefined
  /** The documented limits of each request field that has some, in words (shown by the `zego` CLI's help). */
  readonly limits?: { readonly [field: string]: string } | undefined
  /** Safe to send twice: reads are, most writes are not. */
  readonly idempotent: boolean
  /** The Action's own documented codes, then its product's common codes. */
  readonly errors: Errors
  readonly finalize: (decoded: Schema.Schema.Type<Res>, context: ResponseContext<ErrorOf<Errors>>) => Success
}

/**
 * Any Action.
 *
 * @since 0.1.0
 * @category models
 */
export interface Any {
  readonly product: Product
  readonly name: string
  readonly method: "GET" | "POST"
  readonly request: Schema.Schema.AnyNoContext
  readonly response: Schema.Schema.AnyNoContext
  readonly qps: number | undefined
  readonly scopedLimit?: ScopedLimit | undefined
  readonly host?: string | undefined
  readonly summary?: string | undefined
  readonly limits?: { readonly [field: string]: string } | undefined
  readonly idempotent: boolean
  readonly errors: ErrorTable
  readonly finalize: (decoded: never, context: ResponseContext<never>) => unknown
}

/**
 * A rate limit per room or per group: `qps` requests per second for each value of the parameter `field`
 * (e.g. `GroupId`).
 *
 * @since 0.1.0
 * @category models
 */
export interface ScopedLimit {
  readonly field: string
  readonly qps: number
}

/**
 * The caller's input of an Action.
 *
 * @since 0.1.0
 * @category type-level
 */
export type Input<A extends Any> = Schema.Schema.Type<A["request"]>

/**
 * The success value of an Action.
 *
 * @since 0.1.0
 * @category type-level
 */
export type Success<A extends Any> = ReturnType<A["finalize"]>

/**
 * Every error an Action's call can fail with: its documented codes, then the shared ones.
 *
 * @since 0.1.0
 * @category type-level
 */
export type Error<A extends Any> = ErrorOf<A["errors"]> | SharedError

/**
 * Declares an Action.
 *
 * @example
 * ```ts
 * import * as Action from "@effect-zego/core/Action"
 * import * as Schema from "effect/Schema"
 *
 * export const DescribeUserNum = Action.make({
 *   product: "rtc",
 *   name: "DescribeUserNum",
 *   method: "GET",
 *   request: Schema.Struct({ RoomId: Schema.String }),
 *   response: Schema.Struct({ Data: Schema.Struct({ UserCount: Schema.Number }) }),
 *   qps: 10,
 *   idempotent: true,
 *   errors: {}
 * })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <
  const Name extends string,
  Req extends Schema.Schema.AnyNoContext,
  Res extends Schema.Schema.AnyNoContext,
  const Errors extends ErrorTable,
  Success = Schema.Schema.Type<Res>
>(
  declaration: Declaration<Name, Req, Res, Errors> & {
    readonly finalize?: (decoded: Schema.Schema.Type<Res>, context: ResponseContext<ErrorOf<Errors>>) => Success
  }
): Action<Name, Req, Res, Success, Errors> => ({
  ...declaration,
  finalize: declaration.finalize ?? ((decoded: Schema.Schema.Type<Res>) => decoded as Success)
})

/**
 * The facts of an Action, as written in its module.
 *
 * @since 0.1.0
 * @category models
 */
export interface Declaration<
  Name extends string,
  Req extends Schema.Schema.AnyNoContext,
  Res extends Schema.Schema.AnyNoContext,
  Errors extends ErrorTable
> {
  readonly product: Product
  readonly name: Name
  readonly method: "GET" | "POST"
  readonly request: Req
  readonly response: Res
  /** Documented requests per second for this AppID; omit when only a scoped limit is documented. */
  readonly qps: number | undefined
  readonly scopedLimit?: ScopedLimit | undefined
  /** The vendor's origin for this Action when it is not the product's. */
  readonly host?: string | undefined
  /** What the Action is for, in one line (shown by the `zego` CLI's help). */
  readonly summary?: string | undefined
  /** The documented limits of each request field that has some, in words (shown by the `zego` CLI's help). */
  readonly limits?: { readonly [field: string]: string } | undefined
  readonly idempotent: boolean
  readonly errors: Errors
}

/**
 * The tagged error an Action's table gives a code (a `Code` or an item's `SubCode`), falling back to the
 * gateway's table and then to `UnknownApiError`.
 *
 * @since 0.1.0
 * @category utils
 */
export const errorFor = <A extends Any>(
  action: A,
  code: number,
  props: { readonly serverMessage: string; readonly requestId: string }
): ErrorOf<A["errors"]> | ZegoError.GatewayError | ZegoError.UnknownApiError => {
  const cls = action.errors[code] ?? (ZegoError.gatewayErrors as Record<number, ErrorTable[number]>)[code] ??
    ZegoError.UnknownApiError
  return new cls({ action: action.name, code, ...props }) as ErrorOf<A["errors"]>
}

/**
 * Validates an input against the Action's documented rules and encodes it to the wire form, failing
 * with an `InvalidRequest` that names every broken field and rule. Nothing is sent.
 *
 * @since 0.1.0
 * @category utils
 */
export const validate = <A extends Any>(
  action: A,
  input: unknown
): Effect.Effect<Schema.Schema.Encoded<A["request"]>, ZegoError.InvalidRequest> =>
  validator(action)(input) as Effect.Effect<Schema.Schema.Encoded<A["request"]>, ZegoError.InvalidRequest>

const validators = new WeakMap<Any, (input: unknown) => Effect.Effect<unknown, ZegoError.InvalidRequest>>()

/**
 * The validator of an Action, compiled once: an `Either` for synchronous schemas (all of them, in practice),
 * so the pipeline can read it without running an effect.
 *
 * @internal
 */
export const validator = (action: Any): (input: unknown) => Effect.Effect<unknown, ZegoError.InvalidRequest> => {
  const known = validators.get(action)
  if (known !== undefined) return known
  const encode = Schema.encodeUnknown(action.request, { errors: "all", onExcessProperty: "error" })
  const invalid = (error: ParseResult.ParseError) => {
    const issues = invalidFields(error)
    const first = issues[0] ?? { field: "(input)", rule: "is invalid" }
    // A bounded list, however many rules the input breaks; the rest are counted.
    const listed = issues.length > ZegoError.maxListedIssues ? issues.slice(0, ZegoError.maxListedIssues) : issues
    return new ZegoError.InvalidRequest({
      action: action.name,
      field: first.field,
      rule: first.rule,
      issues: listed,
      moreIssues: issues.length - listed.length
    })
  }
  const validate = (input: unknown): Effect.Effect<unknown, ZegoError.InvalidRequest> => {
    const result = encode(input)
    return Either.isEither(result)
      ? Either.mapLeft(result as Either.Either<unknown, ParseResult.ParseError>, invalid)
      : Effect.mapError(result, invalid)
  }
  validators.set(action, validate)
  return validate
}
