/**
 * A successful answer built from an Action's documented response schema, for the Actions the emulator does not
 * model with state. The values are deterministic and plausible: every documented field is present with its
 * type, lists hold one item (per-item failure lists none), enums take their first value, counts match the
 * one-item lists, pagination cursors say "no more pages", and a field named like a request parameter echoes it
 * (`RoomId`, `TaskId`, the first of `UserId[]`…).
 *
 * @since 0.1.0
 */
import type { ActionFact, ValueFact } from "./Facts.js"
import type { Params } from "./Params.js"

/**
 * The Unix time in milliseconds every synthesized time field carries.
 *
 * @since 0.1.0
 */
export const syntheticTimeMs = 1_700_000_000_000

const cursorName = /^(Next|NextFlag|NextRsp|NextCursor|Marker|Cursor|NextMarker|Offset)$/
const failureName = /^(Err|Fail)/
const timeName = /(Time|Timestamp)$/
const flagName = /^(Is|Has)[A-Z]/
const codeName = /(^|Sub|Error|Ret)Code$/
const urlName = /(Url|URL|Uri)s?$/
const idName = /(Id|ID)s?$/

const typeOf = (schema: ValueFact): string =>
  typeof schema.type === "string" ? schema.type : (schema.type.includes("string") ? "string" : schema.type[0] ?? "")

/**
 * The value of the request parameter a response field echoes: the parameter with the same name (a scalar, or the
 * first item of a list), else the first item of the list named in the plural (`UserIds` for `UserId`).
 */
const echoOf = (name: string, params: Params, type: "string" | "number"): unknown => {
  for (const candidate of [name, `${name}s`, `${name}List`]) {
    const value = params[candidate]
    const scalar = Array.isArray(value) ? (value as ReadonlyArray<unknown>)[0] : value
    if (type === "string" && typeof scalar === "string" && scalar !== "") return scalar
    if (type === "number" && typeof scalar === "number") return scalar
  }
  return undefined
}

const stringOf = (schema: ValueFact, name: string, params: Params): string => {
  if (schema.enum !== undefined && schema.enum.length > 0) return String(schema.enum[0])
  if (cursorName.test(name)) return ""
  const echo = echoOf(name, params, "string")
  if (typeof echo === "string") return echo
  const lower = name.toLowerCase()
  if (urlName.test(name)) return `https://media.example.invalid/${lower}/1`
  if (idName.test(name)) return `${lower}-1`
  return `example-${lower}`
}

const numberOf = (schema: ValueFact, name: string, params: Params): number => {
  if (schema.enum !== undefined && schema.enum.length > 0) {
    const first = Number(schema.enum[0])
    if (Number.isFinite(first)) return first
  }
  // A cursor never echoes the request's: "no more pages" keeps a caller's paging loop finite.
  const echo = cursorName.test(name) ? undefined : echoOf(name, params, "number")
  if (typeof echo === "number") return echo
  // Cursors, codes and flags are 0 ("no more pages", "success", "no"); times a fixed instant; anything else 1,
  // which makes a count agree with the one-item lists.
  const fallback = cursorName.test(name) || codeName.test(name) || flagName.test(name)
    ? 0
    : timeName.test(name)
    ? syntheticTimeMs
    : 1
  if (schema.minimum !== undefined && fallback < schema.minimum) return schema.minimum
  if (schema.maximum !== undefined && fallback > schema.maximum) return schema.maximum
  return fallback
}

/**
 * A value of `schema` for the field `name`.
 *
 * @since 0.1.0
 */
export const valueOf = (
  schema: ValueFact,
  name: string,
  params: Params,
  failureLists: ReadonlySet<string> = new Set()
): unknown => {
  switch (typeOf(schema)) {
    case "string":
      return stringOf(schema, name, params)
    case "integer":
    case "number":
      return numberOf(schema, name, params)
    case "boolean":
      return false
    case "array": {
      if (failureLists.has(name) || failureName.test(name)) return []
      return [valueOf(schema.items ?? { type: "string" }, name, params)]
    }
    case "object": {
      if (schema.properties !== undefined) {
        const out: Record<string, unknown> = {}
        for (const [key, property] of Object.entries(schema.properties)) {
          out[key] = valueOf(property, key, params, failureLists)
        }
        return out
      }
      if (schema.additionalProperties !== undefined) {
        return { example: valueOf(schema.additionalProperties, name, params) }
      }
      return {}
    }
    default:
      return ""
  }
}

/**
 * The business fields of a documented successful answer of an Action, for the given (valid) parameters.
 *
 * @since 0.1.0
 */
export const response = (fact: ActionFact, params: Params): Readonly<Record<string, unknown>> => {
  const failureLists = new Set((fact.partialFailures ?? []).map((list) => list.field))
  const value = valueOf(fact.response, "", params, failureLists)
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {}
}
