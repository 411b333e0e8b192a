/**
 * Wire forms the core encoder does not know: GET parameters that are lists of objects, sent as
 * `Name.0.Key=value&Name.0.List.0=value` (the vendor's `recursive-indexed-dot` serialization).
 *
 * @internal
 */
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

type Scalar = string | number | boolean

const Wire = Schema.Record({ key: Schema.String, value: Schema.Unknown })

const flatten = (prefix: string, value: unknown, out: Record<string, unknown>): void => {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => flatten(`${prefix}.${index}`, item, out))
  } else if (typeof value === "object") {
    for (const [key, item] of Object.entries(value)) flatten(`${prefix}.${key}`, item, out)
  } else {
    out[prefix] = value as Scalar
  }
}

/**
 * A GET request schema whose `keys` (lists of objects) are flattened to indexed-dot query keys when
 * encoded. The other parameters keep their form (lists become `Key[]` repeated keys in the core
 * encoder). Encoding only: the wire form is never decoded.
 *
 * @internal
 */
export const indexedDot = <A, I extends { readonly [key: string]: unknown }>(
  schema: Schema.Schema<A, I>,
  keys: ReadonlyArray<string>
): Schema.Schema<A, { readonly [key: string]: unknown }> =>
  Schema.transformOrFail(Wire, schema, {
    strict: true,
    decode: (wire, _options, ast) =>
      ParseResult.fail(new ParseResult.Forbidden(ast, wire, "the indexed-dot wire form is only encoded")),
    encode: (encoded) => {
      const out: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(encoded)) {
        if (keys.includes(key)) flatten(key, value, out)
        else if (value !== undefined) out[key] = value
      }
      return ParseResult.succeed(out)
    }
  })
