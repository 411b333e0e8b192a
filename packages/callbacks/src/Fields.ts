/**
 * The field schemas the event schemas are made of. Callback bodies drift between JSON numbers and numeric
 * strings from page to page (and are all strings when form-encoded), and some IDs exceed 2^53: each schema
 * accepts every form seen and decodes to one useful type.
 *
 * @since 0.1.0
 */
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

const Received = Schema.Union(Schema.String, Schema.Number, Schema.BigIntFromSelf)

/**
 * A text field: a string as received; a number sent where the docs say string becomes its decimal text.
 *
 * @example
 * ```ts
 * import { Fields } from "@effect-zego/callbacks"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Fields.Text)(1499676978) // "1499676978"
 * ```
 *
 * @since 0.1.0
 */
export const Text: Schema.Schema<string, string | number | bigint> = Schema.transform(Received, Schema.String, {
  strict: true,
  decode: (value) => String(value),
  encode: (value) => value
})

const numeric = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/

/**
 * A number field, from a JSON number or a numeric string (the docs disagree on which is sent).
 *
 * @example
 * ```ts
 * import { Fields } from "@effect-zego/callbacks"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Fields.Num)("1499676978") // 1499676978
 * ```
 *
 * @since 0.1.0
 */
export const Num: Schema.Schema<number, string | number | bigint> = Schema.transformOrFail(Received, Schema.Number, {
  strict: true,
  decode: (value, _, ast) => {
    if (typeof value === "number") return ParseResult.succeed(value)
    if (typeof value === "bigint") return ParseResult.succeed(Number(value))
    const trimmed = value.trim()
    return numeric.test(trimmed)
      ? ParseResult.succeed(Number(trimmed))
      : ParseResult.fail(new ParseResult.Type(ast, value, "expected a number or a numeric string"))
  },
  encode: ParseResult.succeed
})

const digits = /^-?[0-9]+$/

/**
 * A 64-bit integer ID (`room_session_id`, `app_id`) kept as its decimal digits: such IDs exceed 2^53, where a
 * JavaScript number would change them.
 *
 * @example
 * ```ts
 * import { Fields } from "@effect-zego/callbacks"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Fields.Digits)(858012925204410401n) // "858012925204410401"
 * ```
 *
 * @since 0.1.0
 */
export const Digits: Schema.Schema<string, string | number | bigint> = Schema.transformOrFail(
  Received,
  Schema.String,
  {
    strict: true,
    decode: (value, _, ast) => {
      if (typeof value === "bigint") return ParseResult.succeed(value.toString())
      if (typeof value === "number") {
        return Number.isSafeInteger(value)
          ? ParseResult.succeed(String(value))
          : ParseResult.fail(new ParseResult.Type(ast, value, "expected an integer received without losing digits"))
      }
      const trimmed = value.trim()
      return digits.test(trimmed)
        ? ParseResult.succeed(trimmed)
        : ParseResult.fail(new ParseResult.Type(ast, value, "expected the decimal digits of an integer"))
    },
    encode: ParseResult.succeed
  }
)

/**
 * A JSON object field whose keys the docs do not list.
 *
 * @example
 * ```ts
 * import { Fields } from "@effect-zego/callbacks"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Fields.Object)({ upload_status: 1 })
 * ```
 *
 * @since 0.1.0
 */
export const Object: Schema.Schema<{ readonly [key: string]: unknown }> = Schema.Record({
  key: Schema.String,
  value: Schema.Unknown
})
