/**
 * What the stateful declarations share: reading and atomically updating the state, and answering with the code
 * an Action documents for a situation (found by its tag in the Action's facts, never hard-coded).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Ref from "effect/Ref"
import type * as Action from "../Action.js"
import type * as Callbacks from "../Callbacks.js"
import * as FactAction from "../FactAction.js"
import type { EmulatorState } from "../State.js"

/**
 * Answers from the current state.
 *
 * @since 0.1.0
 */
export const read = (
  context: FactAction.HandlerContext,
  answer: (state: EmulatorState) => Action.Answer
): Effect.Effect<Action.Answer> => Effect.map(Ref.get(context.state), answer)

/**
 * A server callback an Action's change produces: sent when the answer is a success.
 *
 * @since 0.1.0
 */
export interface Emission {
  readonly product: Callbacks.Product
  readonly event: string
  readonly style: Callbacks.Style
  readonly fields: Readonly<Record<string, unknown>>
}

/**
 * What a change returns: the answer, the next state, and the callbacks its events produce.
 *
 * @since 0.1.0
 */
export type Change =
  | readonly [Action.Answer, EmulatorState]
  | readonly [
    Action.Answer,
    EmulatorState,
    ReadonlyArray<Emission>
  ]

/**
 * Sends the callbacks of a successful answer (when the emulator sends callbacks), then answers.
 *
 * @since 0.1.0
 */
export const emitting = (
  context: FactAction.HandlerContext,
  answer: Action.Answer,
  emissions: ReadonlyArray<Emission>
): Effect.Effect<Action.Answer> => {
  const callbacks = context.callbacks
  if (callbacks === undefined || answer.code !== 0 || emissions.length === 0) return Effect.succeed(answer)
  return Effect.as(
    Effect.forEach(emissions, (e) => callbacks.emit(e.product, e.event, e.style, e.fields), { discard: true }),
    answer
  )
}

/**
 * Answers and changes the state in one atomic step: `change` returns the answer and the next state (the same
 * state when the request fails), and the callbacks the change produces, sent when the answer is a success.
 *
 * @since 0.1.0
 */
export const update = (
  context: FactAction.HandlerContext,
  change: (state: EmulatorState) => Change
): Effect.Effect<Action.Answer> =>
  Effect.flatMap(
    Ref.modify(context.state, (state) => {
      const [answer, next, emissions = []] = change(state)
      return [[answer, emissions] as const, next]
    }),
    ([answer, emissions]) => emitting(context, answer, emissions)
  )

/**
 * The code the Action documents under `tag` (`GroupNotFound`, `RoomNotFound` …), or `undefined`.
 *
 * @since 0.1.0
 */
export const documented = (context: FactAction.HandlerContext, tag: string): number | undefined =>
  context.fact.codes.find((code) => code.tag === tag)?.code

/**
 * The code for a situation the Action documents under `tag`; when it documents none, its parameter-error code
 * (the request names something that does not exist, which is a bad parameter).
 *
 * @since 0.1.0
 */
export const codeFor = (context: FactAction.HandlerContext, tag: string): number =>
  documented(context, tag) ?? FactAction.parameterErrorCode(context.fact)

/**
 * A failed answer with the code documented under `tag` (see {@link codeFor}) and a message naming the cause.
 *
 * @since 0.1.0
 */
export const fail = (context: FactAction.HandlerContext, tag: string, detail: string): Action.Answer => {
  const code = codeFor(context, tag)
  return { code, message: `${context.describe(code)} ${detail}` }
}

/**
 * A successful answer: the documented answer for the parameters, with `fields` in place of the synthesized
 * values.
 *
 * @since 0.1.0
 */
export const succeed = (
  context: FactAction.HandlerContext,
  fields: Readonly<Record<string, unknown>> = {}
): Action.Answer => ({ code: 0, fields: { ...context.synthesized(), ...fields } })

/**
 * One failed item of a batch: its key field (`UserId`, `Key`) and SubCode.
 *
 * @since 0.1.0
 */
export interface ItemFailure {
  readonly key: string
  readonly subCode: number
}

/**
 * The answer of a batch Action: `Code` 0 when at least one item succeeded (or none was given), the failed items
 * in `listField`. When every item failed, `Code` is their shared SubCode (the first one when they differ) with
 * the full list, the convention QueryUserInfos documents for "every item failed".
 *
 * @since 0.1.0
 */
export const batch = (
  context: FactAction.HandlerContext,
  options: {
    readonly succeeded: number
    readonly failures: ReadonlyArray<ItemFailure>
    readonly listField: string
    readonly keyField: string
    readonly fields?: Readonly<Record<string, unknown>>
  }
): Action.Answer => {
  const list = options.failures.map((failure) => ({ [options.keyField]: failure.key, SubCode: failure.subCode }))
  const fields = { ...context.synthesized(), ...options.fields, [options.listField]: list }
  const first = options.failures[0]
  if (options.succeeded > 0 || first === undefined) return { code: 0, fields }
  // The shared SubCode, or the first one when they differ.
  const code = first.subCode
  return { code, message: `${context.describe(code)} Every item failed; see ${options.listField}.`, fields }
}
