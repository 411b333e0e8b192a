/**
 * Schema building blocks for the documented parameter limits, each failing with a rule that reads well
 * in an `InvalidRequest` ("at most 100 items", "at most 64 bytes").
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"

const utf8 = new TextEncoder()

/**
 * Byte length of a string in UTF-8 (the vendor's limits count bytes).
 *
 * @since 0.1.0
 * @category utils
 */
export const byteLength = (s: string): number => {
  // Fast path: ASCII strings are one byte per character.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return utf8.encode(s).length
  }
  return s.length
}

/**
 * Length of a string in characters (Unicode code points, not UTF-16 units: "😀" is one character; a lone
 * surrogate counts as one).
 *
 * @since 0.1.0
 * @category utils
 */
export const charLength = (s: string): number => {
  let pairs = 0
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++
        i++
      }
    }
  }
  return s.length - pairs
}

/**
 * Whether a string is well-formed UTF-16 (no lone surrogate): only those can be sent, in a URL or in JSON.
 *
 * @since 0.1.0
 * @category utils
 */
export const isWellFormed = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xd800 || c > 0xdfff) continue
    if (c > 0xdbff) return false
    const next = s.charCodeAt(i + 1)
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false
    i++
  }
  return true
}

/**
 * Limits of a string parameter.
 *
 * @since 0.1.0
 * @category models
 */
export interface StringRules {
  readonly minLength?: number | undefined
  readonly maxLength?: number | undefined
  readonly maxBytes?: number | undefined
  readonly pattern?: { readonly regex: RegExp; readonly rule: string } | undefined
  readonly enum?: ReadonlyArray<string> | undefined
}

// The direct checks of the schemas made by `string`, for `is`.
const predicates = new WeakMap<Schema.Schema.Any, (u: unknown) => boolean>()

/**
 * A string with documented limits.
 *
 * @since 0.1.0
 * @category constructors
 */
export const string = (rules: StringRules = {}): Schema.Schema<string> => {
  // Each rule once, as a predicate: the schema's filters and its fast check (`is`) share them.
  const checks: Array<readonly [(a: string) => boolean, () => string]> = [
    [isWellFormed, () => "must be well-formed Unicode (no lone surrogate)"]
  ]
  if (rules.enum !== undefined) {
    const allowed = rules.enum
    checks.push([(a) => allowed.includes(a), () => `must be one of ${allowed.join(", ")}`])
  }
  if (rules.minLength !== undefined) {
    const min = rules.minLength
    checks.push([(a) => charLength(a) >= min, () => min === 1 ? "must not be empty" : `at least ${min} characters`])
  }
  if (rules.maxLength !== undefined) {
    const max = rules.maxLength
    checks.push([(a) => charLength(a) <= max, () => `at most ${max} characters`])
  }
  if (rules.maxBytes !== undefined) {
    const max = rules.maxBytes
    checks.push([(a) => byteLength(a) <= max, () => `at most ${max} bytes (UTF-8)`])
  }
  if (rules.pattern !== undefined) {
    const { regex, rule } = rules.pattern
    checks.push([(a) => regex.test(a), () => rule])
  }
  let s: Schema.Schema<string> = Schema.String.annotations({ message: () => "must be a string" })
  for (const [check, message] of checks) s = s.pipe(Schema.filter(check, { message }))
  predicates.set(s, (u) => {
    if (typeof u !== "string") return false
    for (const [check] of checks) if (!check(u)) return false
    return true
  })
  return s
}

/**
 * Whether a value satisfies a schema, as `Schema.is`: for a schema made by {@link string}, or by {@link array}
 * over one, a direct check of its rules (no parse, no allocation), for one value on a hot path.
 *
 * @since 0.1.0
 * @category utils
 */
export const is = <A, I, R>(schema: Schema.Schema<A, I, R>): (u: unknown) => u is A =>
  (predicates.get(schema) ?? Schema.is(schema)) as (u: unknown) => u is A

/**
 * Limits of a number parameter.
 *
 * @since 0.1.0
 * @category models
 */
export interface NumberRules {
  readonly int?: boolean | undefined
  readonly minimum?: number | undefined
  readonly maximum?: number | undefined
  readonly enum?: ReadonlyArray<number> | undefined
}

/**
 * A number with documented limits.
 *
 * @since 0.1.0
 * @category constructors
 */
export const number = (rules: NumberRules = {}): Schema.Schema<number> => {
  const { int, maximum: max, minimum: min } = rules
  const what = int ? "an integer" : "a number"
  const range = min !== undefined && max !== undefined
    ? ` from ${min} to ${max}`
    : min !== undefined
    ? ` of at least ${min}`
    : max !== undefined
    ? ` of at most ${max}`
    : ""
  const rule = `must be ${what}${range}`
  let s: Schema.Schema<number> = Schema.Number.annotations({ message: () => rule })
  s = s.pipe(Schema.filter((n) => Number.isFinite(n), { message: () => rule }))
  if (int) s = s.pipe(Schema.filter((n) => Number.isInteger(n), { message: () => rule }))
  if (min !== undefined) s = s.pipe(Schema.filter((n) => n >= min, { message: () => rule }))
  if (max !== undefined) s = s.pipe(Schema.filter((n) => n <= max, { message: () => rule }))
  if (rules.enum !== undefined) {
    const allowed = rules.enum
    s = s.pipe(Schema.filter((n) => allowed.includes(n), { message: () => `must be one of ${allowed.join(", ")}` }))
  }
  return s
}

/**
 * The annotation that marks a schema made by {@link array}: its value is the array's {@link ArrayRules}, and the
 * declaration's one type parameter is the item. Tools that read request schemas (the `zego` CLI's flags) see an
 * array through it, since the declaration hides the `Schema.Array` inside.
 *
 * @since 0.1.0
 * @category annotations
 */
export const ArrayAnnotationId: unique symbol = Symbol.for("@effect-zego/core/Rules/ArrayAnnotationId")

/**
 * Limits of an array parameter.
 *
 * @since 0.1.0
 * @category models
 */
export interface ArrayRules {
  readonly minItems?: number | undefined
  readonly maxItems?: number | undefined
}

const itemsRule = (min: number | undefined, max: number | undefined): string =>
  min !== undefined && max !== undefined
    ? `must have ${min} to ${max} items`
    : min !== undefined
    ? `must have at least ${min} item${min === 1 ? "" : "s"}`
    : `must have at most ${max} items`

/**
 * An array with documented item counts. The count is checked before any item, in both directions: an array
 * of a million items where at most 100 are allowed is rejected for its length alone, without looking at (or
 * reporting) a single item.
 *
 * @since 0.1.0
 * @category constructors
 */
export const array = <A, I, R>(
  item: Schema.Schema<A, I, R>,
  rules: ArrayRules = {}
): Schema.Schema<ReadonlyArray<A>, ReadonlyArray<I>, R> => {
  const { maxItems: max, minItems: min } = rules
  const counts = (a: ReadonlyArray<unknown>) =>
    (min === undefined || a.length >= min) && (max === undefined || a.length <= max)
  const rule = min !== undefined || max !== undefined ? itemsRule(min, max) : undefined
  const items = Schema.Array(item)
  // Not an array, or the wrong count: one issue, before the items are parsed.
  const precheck = (input: unknown, ast: AST.Declaration): ParseResult.ParseIssue | undefined =>
    !Array.isArray(input)
      ? new ParseResult.Type(ast, input, "must be an array")
      : rule !== undefined && !counts(input)
      ? new ParseResult.Type(ast, input, rule)
      : undefined
  const checked = <X>(
    run: (input: unknown, options: AST.ParseOptions) => Effect.Effect<X, ParseResult.ParseIssue>
  ) =>
  (input: unknown, options: AST.ParseOptions, ast: AST.Declaration): Effect.Effect<X, ParseResult.ParseIssue> => {
    const issue = precheck(input, ast)
    return issue === undefined ? run(input, options) : Effect.fail(issue)
  }
  const s = Schema.declare([item as Schema.Schema<A, I, never>], {
    decode: (element) => checked(ParseResult.decodeUnknown(Schema.Array(element))),
    encode: (element) => checked(ParseResult.encodeUnknown(Schema.Array(element)))
  }, {
    description: `${String(items.ast)}${rule === undefined ? "" : ` (${rule})`}`,
    [ArrayAnnotationId]: rules
  }) as unknown as Schema.Schema<
    ReadonlyArray<A>,
    ReadonlyArray<I>,
    R
  >
  const itemIs = predicates.get(item)
  if (itemIs !== undefined) predicates.set(s, (u) => Array.isArray(u) && counts(u) && u.every(itemIs))
  return s
}
