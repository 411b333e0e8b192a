/**
 * The conformance suite's data: the generated facts (packages/emulator/src/generated/facts.json), the
 * vendor-example fixtures, valid inputs built from the facts, and one violating input per documented
 * limit. Nothing here shares code with the client: the facts are plain JSON.
 */
import type { Action, ZegoError } from "@effect-zego/core"
import type { WithResponse } from "@effect-zego/core/ZegoTransport"
import type * as Effect from "effect/Effect"
import * as fs from "node:fs"

/** A parameter's or a value's schema, as the facts file writes it. */
export interface FactSchema {
  readonly type: string | ReadonlyArray<string>
  readonly enum?: ReadonlyArray<string | number>
  readonly minLength?: number
  readonly maxLength?: number
  readonly maxBytes?: number
  readonly pattern?: string
  readonly charset?: string
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly items?: FactSchema
  readonly properties?: { readonly [name: string]: FactSchema & { readonly required?: unknown } }
  readonly required?: ReadonlyArray<string> | boolean
  readonly additionalProperties?: FactSchema
}

/** A request parameter. */
export interface ParamFact extends FactSchema {
  readonly name: string
  readonly in: "query" | "body"
  readonly required: boolean
  readonly serialization?: string
}

/** One documented code. */
export interface CodeFact {
  readonly code: number
  readonly tag: string
  readonly retry: ZegoError.RetryClass
}

/** One Action's facts. */
export interface ActionFact {
  readonly product: "zim" | "rtc"
  readonly name: string
  readonly method: "GET" | "POST"
  readonly qps: number | null
  readonly scopedLimit: { readonly field: string; readonly qps: number } | null
  readonly idempotent: boolean
  readonly request: ReadonlyArray<ParamFact>
  readonly codes: ReadonlyArray<CodeFact>
  readonly partialFailures?: ReadonlyArray<{ readonly field: string; readonly keyField?: string }>
}

/** The facts file. */
export interface Facts {
  readonly actions: ReadonlyArray<ActionFact>
}

const root = new URL("../../", import.meta.url)

/** The generated facts. */
export const facts: Facts = JSON.parse(
  fs.readFileSync(new URL("packages/emulator/src/generated/facts.json", root), "utf8")
)

/** One vendor-example fixture. */
export interface Fixture {
  readonly action: string
  readonly examples: ReadonlyArray<{ readonly name: string; readonly kind: string; readonly value: unknown }>
}

/** The fixture of an Action. */
export const fixtureOf = (product: "zim" | "rtc", name: string): Fixture =>
  JSON.parse(fs.readFileSync(new URL(`test/fixtures/vendor-examples/${product}/${name}.json`, root), "utf8"))

// ---------------------------------------------------------------------------
// Valid inputs
// ---------------------------------------------------------------------------

/** A valid value of a schema: the smallest one, or (`full`) with every optional property too. */
export const validValue = (schema: FactSchema, full: boolean): unknown => {
  const type = typeof schema.type === "string" ? schema.type : "string"
  switch (type) {
    case "string":
      return schema.enum !== undefined ? schema.enum[0] : "a".repeat(Math.max(schema.minLength ?? 1, 1))
    case "integer":
    case "number":
      return schema.enum !== undefined
        ? schema.enum[0]
        : schema.minimum !== undefined
        ? schema.minimum
        : schema.maximum !== undefined && schema.maximum < 1
        ? schema.maximum
        : 1
    case "boolean":
      return true
    case "array":
      return Array.from(
        { length: Math.max(schema.minItems ?? 1, 1) },
        () => validValue(schema.items ?? { type: "string" }, full)
      )
    case "object": {
      if (schema.additionalProperties !== undefined) return { k: validValue(schema.additionalProperties, full) }
      const out: Record<string, unknown> = {}
      const required = Array.isArray(schema.required) ? schema.required : []
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (full || required.includes(name)) out[name] = validValue(property, full)
      }
      return out
    }
    default:
      return "a"
  }
}

/** A valid input of an Action: required parameters only, or (`full`) every parameter. */
export const validInput = (action: ActionFact, full = false): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const param of action.request) {
    if (full || param.required) out[param.name] = validValue(param, full)
  }
  return out
}

// ---------------------------------------------------------------------------
// Violations
// ---------------------------------------------------------------------------

/** An input that breaks one documented limit, and what the InvalidRequest must say. */
export interface Violation {
  readonly what: string
  readonly input: unknown
  /** The field the error must name (`UserIds[0]`, `MixInput[0].RectInfo`). */
  readonly field: string
  /** A fragment of the rule the error must give. */
  readonly rule: string
}

type Path = ReadonlyArray<string | number>

const fieldOf = (path: Path): string =>
  path.reduce<string>(
    (out, k) => (typeof k === "number" ? `${out}[${k}]` : out === "" ? String(k) : `${out}.${k}`),
    ""
  )

const clone = <A>(a: A): A => JSON.parse(JSON.stringify(a))

const setAt = (input: unknown, path: Path, value: unknown, remove = false): unknown => {
  const copy = clone(input)
  let node: unknown = copy
  for (let i = 0; i < path.length - 1; i++) {
    node = (node as Record<string | number, unknown>)[path[i] ?? ""]
  }
  const last = path[path.length - 1] ?? ""
  const target = node as Record<string | number, unknown>
  if (remove) delete target[last]
  else target[last] = value
  return copy
}

const typeViolation = (type: string): { readonly value: unknown; readonly rule: string } =>
  type === "string"
    ? { value: 123, rule: "must be a string" }
    : type === "array"
    ? { value: "x", rule: "must be an array" }
    : { value: type === "boolean" ? "x" : type === "object" ? "x" : "x", rule: "must be" }

/** Every limit of a value at `path` in `base` (which holds a valid value there). */
const limitsOf = (schema: FactSchema, base: unknown, path: Path, out: Array<Violation>): void => {
  const field = fieldOf(path)
  const type = typeof schema.type === "string" ? schema.type : "string|object"
  const add = (what: string, value: unknown, rule: string, at: Path = path) =>
    out.push({ what: `${field}: ${what}`, input: setAt(base, at, value), field: fieldOf(at), rule })
  if (type !== "string|object" && type !== "object") {
    const t = typeViolation(type)
    add("wrong type", t.value, t.rule)
  }
  switch (type) {
    case "string": {
      if (schema.enum !== undefined) add("not in the enum", "zz-not-listed", "must be one of")
      if (schema.minLength !== undefined && schema.minLength > 0) {
        add(
          `shorter than ${schema.minLength}`,
          "a".repeat(schema.minLength - 1),
          schema.minLength === 1 ? "must not be empty" : `at least ${schema.minLength}`
        )
      }
      if (schema.maxLength !== undefined) {
        add(
          `longer than ${schema.maxLength}`,
          "a".repeat(schema.maxLength + 1),
          `at most ${schema.maxLength} characters`
        )
      }
      if (schema.maxBytes !== undefined) {
        add(`more than ${schema.maxBytes} bytes`, "a".repeat(schema.maxBytes + 1), `at most ${schema.maxBytes} bytes`)
      }
      if (schema.pattern !== undefined && schema.charset !== undefined) {
        const allowed = new RegExp(schema.pattern)
        const bad = ["*", "é", "\n"].find((c) => !allowed.test(`a${c}`))
        if (bad !== undefined) {
          add(`a character outside the charset (${JSON.stringify(bad)})`, `a${bad}`, schema.charset)
        }
      }
      return
    }
    case "integer":
    case "number": {
      if (schema.enum !== undefined) {
        const numbers = schema.enum.map(Number)
        add("not in the enum", Math.max(...numbers) + 1, "must be one of")
        return
      }
      const { maximum, minimum } = schema
      if (minimum !== undefined) add(`below ${minimum}`, minimum - 1, "must be")
      if (maximum !== undefined) add(`above ${maximum}`, maximum + 1, "must be")
      if (
        type === "integer" && (minimum === undefined || minimum <= 1.5) && (maximum === undefined || maximum >= 1.5)
      ) {
        add("not an integer", 1.5, "must be an integer")
      }
      return
    }
    case "array": {
      const items = schema.items ?? { type: "string" }
      const one = validValue(items, false)
      if (schema.minItems !== undefined && schema.minItems > 0) {
        add(`fewer than ${schema.minItems} items`, Array.from({ length: schema.minItems - 1 }, () => one), "must have")
      }
      if (schema.maxItems !== undefined) {
        add(`more than ${schema.maxItems} items`, Array.from({ length: schema.maxItems + 1 }, () => one), "must have")
      }
      limitsOf(items, setAt(base, path, [one]), [...path, 0], out)
      return
    }
    case "object": {
      if (schema.additionalProperties !== undefined) {
        const one = validValue(schema.additionalProperties, false)
        limitsOf(schema.additionalProperties, setAt(base, path, { k: one }), [...path, "k"], out)
        return
      }
      const full = validValue(schema, true)
      const withAll = setAt(base, path, full)
      const required = Array.isArray(schema.required) ? schema.required : []
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (required.includes(name)) {
          out.push({
            what: `${fieldOf([...path, name])}: missing`,
            input: setAt(withAll, [...path, name], undefined, true),
            field: fieldOf([...path, name]),
            rule: "is required"
          })
        }
        limitsOf(property, withAll, [...path, name], out)
      }
      return
    }
    default:
      return
  }
}

/** One violating input per documented limit of an Action (required, type, length, bytes, charset, range…). */
export const violations = (action: ActionFact): ReadonlyArray<Violation> => {
  const out: Array<Violation> = []
  const full = validInput(action, true)
  for (const param of action.request) {
    if (param.required) {
      out.push({
        what: `${param.name}: missing`,
        input: setAt(full, [param.name], undefined, true),
        field: param.name,
        rule: "is required"
      })
    }
    limitsOf(param, full, [param.name], out)
  }
  out.push({
    what: "an unknown parameter",
    input: { ...validInput(action), NotAParameter: 1 },
    field: "NotAParameter",
    rule: "is not a parameter of this Action"
  })
  return out
}

// ---------------------------------------------------------------------------
// Calling a method by name
// ---------------------------------------------------------------------------

/** A service method, called with any input (the suite feeds it invalid ones on purpose). */
export type LooseMethod = ((input: unknown) => Effect.Effect<unknown, ZegoError.ZegoError>) & {
  readonly withResponse: (input: unknown) => Effect.Effect<WithResponse<unknown>, ZegoError.ZegoError>
  readonly action: Action.Any
}

/** The method of a service for an Action's method name. */
export const methodOf = (service: object, name: string): LooseMethod => {
  const method: unknown = (service as Record<string, unknown>)[name]
  if (typeof method !== "function") throw new Error(`the service has no method ${name}`)
  return method as LooseMethod
}
