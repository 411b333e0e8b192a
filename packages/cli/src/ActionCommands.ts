/**
 * `zego zim <Action>` and `zego rtc <Action>`: one command per Action of the `ZimActions` and `RtcActions`
 * registries, its flags and help read from the Action's declaration (request schema, summary, limits,
 * QPS, idempotency). Nothing here lists Actions by hand.
 *
 * @since 0.1.0
 */
import { Action, ZegoTransport } from "@effect-zego/core"
import { RtcActions } from "@effect-zego/rtc"
import { ZimActions } from "@effect-zego/zim"
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as Span from "@effect/cli/HelpDoc/Span"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as ActionInput from "./ActionInput.js"
import * as Common from "./Common.js"
import * as Render from "./Render.js"

/**
 * Every Action of a product, by its name.
 *
 * @since 0.1.0
 * @category registry
 */
export const actionsOf = (product: "zim" | "rtc"): ReadonlyArray<Action.Any> =>
  Object.values<Action.Any>(product === "zim" ? ZimActions.actions : RtcActions.actions)

/**
 * An Action by product and name.
 *
 * @since 0.1.0
 * @category registry
 */
export const findAction = (product: "zim" | "rtc", name: string): Action.Any | undefined =>
  actionsOf(product).find((action) => action.name === name)

const perSecond = (n: number): string =>
  n >= 1 ? `${n} request${n === 1 ? "" : "s"}/s` : `1 request per ${Math.round(1 / n)} s`

/**
 * The rate limit of an Action, in words.
 *
 * @since 0.1.0
 * @category help
 */
export const rateInWords = (action: Action.Any): string => {
  const app = action.qps === undefined ? undefined : `QPS: ${perSecond(action.qps)} per AppID`
  const scoped = action.scopedLimit === undefined
    ? undefined
    : `${perSecond(action.scopedLimit.qps)} per ${action.scopedLimit.field}`
  return [app, scoped].filter((s) => s !== undefined).join("; ") || "QPS: none documented"
}

/**
 * The help of an Action's command: summary, method and rate limit, idempotency, the documented limits of
 * its fields, how to give the request, and the exit codes.
 *
 * @since 0.1.0
 * @category help
 */
export const helpOf = (action: Action.Any): HelpDoc.HelpDoc => {
  const fields = ActionInput.fieldsOf(action)
  const limits = fields.flatMap((f): Array<[Span.Span, HelpDoc.HelpDoc]> =>
    f.limits === undefined ? [] : [[Span.text(f.name), HelpDoc.p(f.limits)]]
  )
  const [firstLimit, ...otherLimits] = limits
  return HelpDoc.blocks([
    HelpDoc.p(`${action.product.toUpperCase()} ${action.name}: ${action.summary ?? action.name}.`),
    HelpDoc.p(`${action.method}. ${rateInWords(action)}. ${
      action.idempotent
        ? "Idempotent: retried after any transient failure."
        : "Changes state: retried only when the failure proves the request was not processed."
    }`),
    ...(firstLimit === undefined
      ? []
      : [HelpDoc.p("Documented limits:"), HelpDoc.descriptionList([firstLimit, ...otherLimits])]),
    HelpDoc.p(
      "The request comes from --json, --file (- for standard input), piped standard input, or the field " +
        "flags below; flags win over JSON fields. A request that breaks a limit is refused before anything is sent."
    ),
    HelpDoc.p(Render.exitCodesHelp)
  ])
}

/**
 * One Action's command.
 *
 * @since 0.1.0
 * @category commands
 */
export const actionCommand = (action: Action.Any) =>
  Command.make(
    action.name,
    {
      ...Common.settingsOptions,
      ...Common.outputOptions,
      ...ActionInput.sourceOptions,
      fields: ActionInput.fieldOptions(action)
    },
    (given) =>
      Effect.gen(function*() {
        const input = yield* ActionInput.assemble(action, given).pipe(
          Effect.flatMap((input) => Effect.as(Action.validate(action, input), input)),
          Effect.catchAll((e) =>
            Common.failWith(e, given, e._tag === "SourceError" ? Render.ExitCode.usage : undefined)
          )
        )
        const result = yield* Effect.flatMap(ZegoTransport.ZegoTransport, (t) => t.callWithResponse(action, input))
          .pipe(
            Effect.catchAll((e) => Common.failWith(e, given)),
            Effect.provide(Common.clientLayer(given)),
            Common.settingsFailure(given),
            Effect.provide(Common.observability(given.debug))
          )
        yield* Common.printResult(result.data, given)
        if (given.verbose) {
          yield* Console.error(`RequestId ${result.response.requestId} (${result.response.attempts} attempt(s))`)
        }
      })
  ).pipe(Command.withDescription(helpOf(action)))

/**
 * `zego zim` / `zego rtc` with a subcommand per Action, and the product's own helpers.
 *
 * @since 0.1.0
 * @category commands
 */
export const actionCommands = (product: "zim" | "rtc") => actionsOf(product).map(actionCommand)
