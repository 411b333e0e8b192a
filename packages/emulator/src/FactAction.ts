/**
 * Actions declared from their facts: method, AppID-level and scoped rate limits with their codes, and
 * parameter validation all come from `generated/facts.json`; a declaration only adds what the Action does with
 * the emulator's state, if anything. Without a handler, a valid request gets the documented successful answer
 * built from the response schema ({@link Synthesize.response}).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Action from "./Action.js"
import * as Facts from "./Facts.js"
import * as Params from "./Params.js"
import * as ReturnCodes from "./ReturnCodes.js"
import * as Synthesize from "./Synthesize.js"

/**
 * What a handler may use besides its parameters: the emulator's state and clock, the Action's facts, and the
 * synthesized documented answer (to start from, or to fill the fields the state does not model).
 *
 * @since 0.1.0
 */
export interface HandlerContext extends Action.ActionContext {
  readonly fact: Facts.ActionFact
  /** The business fields of the documented successful answer for these parameters. */
  readonly synthesized: () => Readonly<Record<string, unknown>>
  /** The documented meaning of a code of this Action, for an answer's `Message`. */
  readonly describe: (code: number) => string
}

/**
 * What an Action does with valid parameters.
 *
 * @since 0.1.0
 */
export type Handler = (params: Params.Params, context: HandlerContext) => Effect.Effect<Action.Answer>

// ---------------------------------------------------------------------------
// Which code a broken limit gets
// ---------------------------------------------------------------------------

/**
 * Codes some Actions document for one particular broken limit, by the tag the facts give them: a list of users
 * that is too long (`TooManyUsers`: 660000011, 660800019, RTC 50011 …), a user ID, name or avatar that is too
 * long (`UserIdTooLong` 660000012 …), a message that is too long (RTC `MessageTooLong` 50012).
 */
const specificCodes: ReadonlyArray<{
  readonly tag: string
  readonly applies: (violation: Params.Violation, fact: Facts.ActionFact) => boolean
}> = [
  {
    tag: "TooManyUsers",
    applies: (violation, fact) => {
      if (violation.kind !== "maxItems") return false
      const param = fact.request.find((candidate) => candidate.name === violation.path)
      if (param === undefined) return false
      return /User|Friend|Member/.test(param.name) || param.items?.properties?.["UserId"] !== undefined
    }
  },
  { tag: "UserIdTooLong", applies: (violation) => isTooLong(violation) && /(^|\.)UserId$/.test(violation.path) },
  { tag: "UserNameTooLong", applies: (violation) => isTooLong(violation) && /(^|\.)UserName$/.test(violation.path) },
  {
    tag: "UserAvatarTooLong",
    applies: (violation) => isTooLong(violation) && /(^|\.)UserAvatar$/.test(violation.path)
  },
  { tag: "MessageTooLong", applies: (violation) => isTooLong(violation) && /MessageContent$/.test(violation.path) }
]

const isTooLong = (violation: Params.Violation): boolean =>
  violation.kind === "maxLength" || violation.kind === "maxBytes"

const codeTagged = (fact: Facts.ActionFact, tag: string, own: boolean): number | undefined =>
  fact.codes.find((code) => code.tag === tag && (!own || code.common !== true))?.code

/**
 * The parameter-error code of an Action: the `InvalidParameter` code of its own table (ZIM 660000002 for most
 * ZIM Actions, RTC 1006 for RTMPDispatchV2 …), else the one of its product's common table (ZIM and RTC 2,
 * stream mixing 110200002), else the product's public code 2. QueryUserInfos is the exception that shows why
 * the tag, not the number, decides: there 660000002 means "user absent", so its parameter error is 2.
 *
 * @since 0.1.0
 */
export const parameterErrorCode = (fact: Facts.ActionFact): number =>
  codeTagged(fact, "InvalidParameter", true) ??
    codeTagged(fact, "InvalidParameter", false) ??
    ReturnCodes.publicParameterErrorCode(fact.product)

/**
 * The code answered for a broken limit, consistently for every Action:
 * 1. the Action's code for that very limit, when it documents one (a list of users too long, a user ID, name,
 *    avatar or message too long);
 * 2. for a value too long or a list with too many items, the "parameter too long" code of its table when there
 *    is one (RTC room signalling: 3), as the hand-written DescribeUsers does;
 * 3. otherwise its parameter-error code ({@link parameterErrorCode}).
 *
 * @since 0.1.0
 */
export const violationCode = (fact: Facts.ActionFact, violation: Params.Violation): number => {
  for (const specific of specificCodes) {
    if (!specific.applies(violation, fact)) continue
    const code = codeTagged(fact, specific.tag, false)
    if (code !== undefined) return code
  }
  if (Params.tooLongKinds.has(violation.kind)) {
    const tooLong = codeTagged(fact, "ParameterTooLong", false)
    if (tooLong !== undefined) return tooLong
  }
  return parameterErrorCode(fact)
}

/**
 * The documented meaning of a code for an Action: its own description, else its meaning, else the product's.
 *
 * @since 0.1.0
 */
export const describe = (fact: Facts.ActionFact, code: number): string => {
  const documented = fact.codes.find((candidate) => candidate.code === code)
  if (documented === undefined) return ReturnCodes.describe(fact.product, code)
  const text = documented.description ?? documented.meaning
  return text === "" ? ReturnCodes.describe(fact.product, code) : text
}

// ---------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------

const scopedLimitOf = (fact: Facts.ActionFact): Action.ScopedLimit | undefined =>
  fact.scopedLimit === null ? undefined : {
    field: fact.scopedLimit.field,
    qps: fact.scopedLimit.qps,
    code: fact.scopedRateLimitCode ?? Facts.facts.products[fact.product].scopedRateLimitCode
  }

/**
 * An Action from its facts, with an optional handler for what it does with the emulator's state.
 *
 * @since 0.1.0
 */
export const fromFacts = (fact: Facts.ActionFact, handler?: Handler): Action.Action => {
  const scopedLimit = scopedLimitOf(fact)
  const run = (request: Action.ActionRequest, context: Action.ActionContext): Effect.Effect<Action.Answer> => {
    const read = Params.read(fact, request)
    if (Either.isLeft(read)) {
      const violation = read.left
      return Effect.succeed({ code: violationCode(fact, violation), message: `${violation.path} ${violation.rule}.` })
    }
    const params = read.right
    if (handler === undefined) return Effect.succeed({ code: 0, fields: Synthesize.response(fact, params) })
    return handler(params, {
      ...context,
      fact,
      synthesized: () => Synthesize.response(fact, params),
      describe: (code) => describe(fact, code)
    })
  }
  const base = {
    name: fact.name,
    product: fact.product,
    method: fact.method,
    // No AppID-level limit documented (only a scoped one, or none at all): the AppID is not limited.
    qps: fact.qps ?? Infinity,
    rateLimitCode: fact.rateLimitCode,
    run
  }
  return scopedLimit === undefined ? base : { ...base, scopedLimit }
}

/**
 * An Action from the facts of the given name (which must exist).
 *
 * @since 0.1.0
 */
export const declare = (name: string, handler?: Handler): Action.Action => fromFacts(Facts.get(name), handler)
