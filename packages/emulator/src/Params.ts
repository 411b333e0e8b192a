/**
 * Reading and validating an Action's business parameters from its facts: the query of a GET Action (scalars,
 * `Key[]` lists, `Name.0.Key` lists of objects) or the JSON body of a POST Action, checked against every
 * documented limit (required, type, enum, length in characters, length in UTF-8 bytes, character set, range,
 * integer, number of items), nested objects and lists included.
 *
 * This is the emulator's own reading of the facts; it shares no code with the client's validation.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import type { ActionFact, ParamFact, ValueFact } from "./Facts.js"
import type { ParsedQuery } from "./Query.js"

/**
 * Validated parameters by name. Each present value has the type and limits its facts document; absent optional
 * parameters (and `null` ones) are left out.
 *
 * @since 0.1.0
 */
export type Params = Readonly<Record<string, unknown>>

/**
 * The kind of limit a value broke.
 *
 * @since 0.1.0
 */
export type LimitKind =
  | "required"
  | "type"
  | "encoding"
  | "enum"
  | "minLength"
  | "maxLength"
  | "maxBytes"
  | "pattern"
  | "integer"
  | "minimum"
  | "maximum"
  | "minItems"
  | "maxItems"

/**
 * The first broken limit of a request: where (`UserInfo[0].UserId`), which kind, and the rule in words.
 *
 * @since 0.1.0
 */
export interface Violation {
  readonly path: string
  readonly kind: LimitKind
  readonly rule: string
}

/**
 * The kinds of limit about a value being too long or too many: answered with a "too long" code when the Action
 * documents one.
 *
 * @since 0.1.0
 */
export const tooLongKinds: ReadonlySet<LimitKind> = new Set(["maxLength", "maxBytes", "maxItems"])

/**
 * The UTF-8 length of a string.
 *
 * @since 0.1.0
 */
export const byteLength = (value: string): number => Buffer.byteLength(value, "utf8")

/**
 * The number of characters (code points) of a string.
 *
 * @since 0.1.0
 */
export const characterLength = (value: string): number => {
  let count = 0
  for (const _ of value) count++
  return count
}

const typesOf = (schema: ValueFact): ReadonlyArray<string> =>
  typeof schema.type === "string" ? [schema.type] : schema.type

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const matchesType = (type: string, value: unknown): boolean => {
  switch (type) {
    case "string":
      return typeof value === "string"
    case "integer":
      return typeof value === "number" && Number.isInteger(value)
    case "number":
      return typeof value === "number" && Number.isFinite(value)
    case "boolean":
      return typeof value === "boolean"
    case "array":
      return Array.isArray(value)
    case "object":
      return isRecord(value)
    default:
      // A type the emulator does not know is not checked.
      return true
  }
}

const article = (type: string): string =>
  type === "integer" || type === "object" || type === "array" ? `an ${type}` : `a ${type}`

const patterns = new Map<string, RegExp>()
const regexOf = (pattern: string): RegExp => {
  let regex = patterns.get(pattern)
  if (regex === undefined) {
    regex = new RegExp(pattern)
    patterns.set(pattern, regex)
  }
  return regex
}

const violation = (path: string, kind: LimitKind, rule: string): Violation => ({ path, kind, rule })

const present = (value: unknown): boolean => value !== undefined && value !== null

/**
 * The first limit of `schema` that `value` breaks, or `undefined` when it breaks none.
 *
 * @since 0.1.0
 */
export const check = (schema: ValueFact, value: unknown, path: string): Violation | undefined => {
  const types = typesOf(schema)
  const type = types.find((candidate) => matchesType(candidate, value))
  if (type === undefined) {
    // An integer given as 1.5 breaks the integer rule rather than the type.
    if (types.includes("integer") && typeof value === "number" && Number.isFinite(value)) {
      return violation(path, "integer", "must be an integer")
    }
    return violation(path, "type", `must be ${types.map(article).join(" or ")}`)
  }
  switch (type) {
    case "string": {
      const text = value as string
      if (schema.enum !== undefined && !schema.enum.includes(text)) {
        return violation(path, "enum", `must be one of ${schema.enum.join(", ")}`)
      }
      if (schema.minLength !== undefined && characterLength(text) < schema.minLength) {
        return violation(
          path,
          "minLength",
          schema.minLength === 1 ? "must not be empty" : `must be at least ${schema.minLength} characters`
        )
      }
      if (schema.maxLength !== undefined && characterLength(text) > schema.maxLength) {
        return violation(path, "maxLength", `must be at most ${schema.maxLength} characters`)
      }
      if (schema.maxBytes !== undefined && byteLength(text) > schema.maxBytes) {
        return violation(path, "maxBytes", `must be at most ${schema.maxBytes} bytes (UTF-8)`)
      }
      if (schema.pattern !== undefined && !regexOf(schema.pattern).test(text)) {
        return violation(path, "pattern", schema.charset ?? `must match ${schema.pattern}`)
      }
      return undefined
    }
    case "integer":
    case "number": {
      const number = value as number
      if (schema.enum !== undefined && !schema.enum.includes(number)) {
        return violation(path, "enum", `must be one of ${schema.enum.join(", ")}`)
      }
      if (schema.minimum !== undefined && number < schema.minimum) {
        return violation(path, "minimum", `must be at least ${schema.minimum}`)
      }
      if (schema.maximum !== undefined && number > schema.maximum) {
        return violation(path, "maximum", `must be at most ${schema.maximum}`)
      }
      return undefined
    }
    case "array": {
      const items = value as ReadonlyArray<unknown>
      if (schema.minItems !== undefined && items.length < schema.minItems) {
        return violation(path, "minItems", `must have at least ${schema.minItems} items`)
      }
      if (schema.maxItems !== undefined && items.length > schema.maxItems) {
        return violation(path, "maxItems", `must have at most ${schema.maxItems} items`)
      }
      if (schema.items === undefined) return undefined
      for (let index = 0; index < items.length; index++) {
        const found = check(schema.items, items[index], `${path}[${index}]`)
        if (found !== undefined) return found
      }
      return undefined
    }
    case "object": {
      const record = value as Readonly<Record<string, unknown>>
      if (schema.properties !== undefined) {
        const required = Array.isArray(schema.required) ? schema.required : []
        for (const [name, property] of Object.entries(schema.properties)) {
          const child = record[name]
          if (!present(child)) {
            if (required.includes(name)) return violation(`${path}.${name}`, "required", "is required")
            continue
          }
          const found = check(property, child, `${path}.${name}`)
          if (found !== undefined) return found
        }
      }
      if (schema.additionalProperties !== undefined) {
        for (const [key, child] of Object.entries(record)) {
          const found = check(schema.additionalProperties, child, `${path}.${key}`)
          if (found !== undefined) return found
        }
      }
      return undefined
    }
    default:
      return undefined
  }
}

// ---------------------------------------------------------------------------
// Reading GET parameters from the query
// ---------------------------------------------------------------------------

/**
 * Turns a query string value into the JSON value its schema expects, when it reads as one: `"12"` for an integer
 * is 12, `"true"` for a boolean is `true`. A value that does not read as its type stays a string, so that the
 * check reports the type it should have.
 */
const fromQueryText = (schema: ValueFact, text: string): unknown => {
  const types = typesOf(schema)
  if (types.includes("string")) return text
  if ((types.includes("integer") || types.includes("number")) && text.trim() !== "") {
    const number = Number(text)
    if (Number.isFinite(number)) return number
  }
  if (types.includes("boolean")) {
    if (text === "true" || text === "1") return true
    if (text === "false" || text === "0") return false
  }
  if (types.includes("object") || types.includes("array")) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  return text
}

/** A value written as `Name.0.Key=…` keys: a string at a leaf, else children by key. */
type DotTree = string | Map<string, DotTree>

const dotTreeOf = (scalars: ReadonlyMap<string, string>, name: string): DotTree | undefined => {
  const prefix = `${name}.`
  let root: Map<string, DotTree> | undefined = undefined
  for (const [key, value] of scalars) {
    if (!key.startsWith(prefix)) continue
    root ??= new Map()
    const segments = key.slice(prefix.length).split(".")
    let node: Map<string, DotTree> = root
    segments.forEach((segment, index) => {
      if (index === segments.length - 1) {
        if (!node.has(segment)) node.set(segment, value)
        return
      }
      const next = node.get(segment)
      if (next instanceof Map) {
        node = next
      } else {
        const created = new Map<string, DotTree>()
        node.set(segment, created)
        node = created
      }
    })
  }
  return root
}

/**
 * The JSON value of a dot tree under its schema: lists count their indexes from 0 with no gap.
 */
const fromDotTree = (schema: ValueFact, tree: DotTree, path: string): Either.Either<unknown, Violation> => {
  if (typeof tree === "string") return Either.right(fromQueryText(schema, tree))
  const types = typesOf(schema)
  if (types.includes("array")) {
    const out: Array<unknown> = []
    for (let index = 0; index < tree.size; index++) {
      const child = tree.get(String(index))
      if (child === undefined) {
        return Either.left(
          violation(path, "encoding", `must be sent as ${path}.0, ${path}.1, … with indexes from 0 and no gap`)
        )
      }
      const item = fromDotTree(schema.items ?? { type: "string" }, child, `${path}[${index}]`)
      if (Either.isLeft(item)) return item
      out.push(item.right)
    }
    return Either.right(out)
  }
  const out: Record<string, unknown> = {}
  for (const [key, child] of tree) {
    const property = schema.properties?.[key] ?? schema.additionalProperties ?? { type: "string" }
    const value = fromDotTree(property, child, `${path}.${key}`)
    if (Either.isLeft(value)) return value
    out[key] = value.right
  }
  return Either.right(out)
}

/**
 * The value of one GET parameter as the query carries it, or `undefined` when it is absent.
 */
const fromQuery = (param: ParamFact, query: ParsedQuery): Either.Either<unknown, Violation> => {
  if (param.serialization === "indexed-dot") {
    const tree = dotTreeOf(query.scalars, param.name)
    if (tree !== undefined) return fromDotTree(param, tree, param.name)
    // A list of objects travels as `Name.0.Key=…` keys; a bare `Name=…` is not the documented encoding.
    return query.scalars.has(param.name)
      ? Either.left(violation(param.name, "encoding", `must be sent as ${param.name}.0.Key=… keys`))
      : Either.right(undefined)
  }
  if (typesOf(param).includes("array")) {
    const list = query.lists.get(param.name)
    if (list === undefined) {
      // A list travels as repeated bracket keys; `UserId=a` without brackets is not the documented encoding.
      return query.scalars.has(param.name)
        ? Either.left(
          violation(param.name, "encoding", `must be sent as repeated ${param.name}[]=… keys`)
        )
        : Either.right(undefined)
    }
    const items = param.items ?? { type: "string" }
    return Either.right(list.map((text) => fromQueryText(items, text)))
  }
  const text = query.scalars.get(param.name)
  return Either.right(text === undefined ? undefined : fromQueryText(param, text))
}

/**
 * Reads and validates an Action's parameters: from the query of a GET Action, from the JSON body of a POST
 * Action. Parameters the facts do not document are ignored, as a server ignores fields it does not read.
 * Succeeds with the parameters, or fails with the first broken limit in documented parameter order.
 *
 * @since 0.1.0
 */
export const read = (
  fact: ActionFact,
  request: { readonly query: ParsedQuery; readonly body: Readonly<Record<string, unknown>> }
): Either.Either<Params, Violation> => {
  const params: Record<string, unknown> = {}
  for (const param of fact.request) {
    let value: unknown
    if (fact.method === "GET") {
      const fromWire = fromQuery(param, request.query)
      if (Either.isLeft(fromWire)) return Either.left(fromWire.left)
      value = fromWire.right
    } else {
      value = request.body[param.name]
    }
    if (!present(value)) {
      if (param.required) return Either.left(violation(param.name, "required", "is required"))
      continue
    }
    const found = check(param, value, param.name)
    if (found !== undefined) return Either.left(found)
    params[param.name] = value
  }
  return Either.right(params)
}

// ---------------------------------------------------------------------------
// Reading validated parameters in handlers
// ---------------------------------------------------------------------------

/**
 * A string parameter, or `fallback` when absent.
 *
 * @since 0.1.0
 */
export const string = (params: Params, name: string, fallback = ""): string => {
  const value = params[name]
  return typeof value === "string" ? value : fallback
}

/**
 * A number parameter, or `fallback` when absent.
 *
 * @since 0.1.0
 */
export const number = (params: Params, name: string, fallback: number): number => {
  const value = params[name]
  return typeof value === "number" ? value : fallback
}

/**
 * The strings of a list parameter (empty when absent).
 *
 * @since 0.1.0
 */
export const strings = (params: Params, name: string): ReadonlyArray<string> => {
  const value = params[name]
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []
}

/**
 * The objects of a list parameter (empty when absent).
 *
 * @since 0.1.0
 */
export const records = (params: Params, name: string): ReadonlyArray<Params> => {
  const value = params[name]
  return Array.isArray(value) ? value.filter(isRecord) : []
}

/**
 * An object parameter, or `undefined` when absent.
 *
 * @since 0.1.0
 */
export const record = (params: Params, name: string): Params | undefined => {
  const value = params[name]
  return isRecord(value) ? value : undefined
}
