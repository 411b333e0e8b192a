/**
 * The documented facts of every ZIM and RTC Action, read from `generated/facts.json` (written by
 * `codegen/generate.ts` from the vendor's OpenAPI files): method, rate limits, request parameters with their
 * limits, the response schema and the code table. The file ships inside this package and is plain data: the
 * emulator interprets it with its own code and shares nothing with the client's validation or decoding.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { createRequire } from "node:module"

const exact = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * The schema of a value, as the facts file writes it (a simplified JSON Schema): its type and documented
 * limits. `required` lists the required properties of an object (a top-level parameter carries a boolean
 * instead, see {@link ParamFact}).
 *
 * @since 0.1.0
 */
export interface ValueFact {
  /** `string`, `integer`, `number`, `boolean`, `array`, `object`, or several of them. */
  readonly type: string | ReadonlyArray<string>
  readonly enum?: ReadonlyArray<string | number>
  /** Characters (code points). */
  readonly minLength?: number
  /** Characters (code points). */
  readonly maxLength?: number
  /** UTF-8 bytes. */
  readonly maxBytes?: number
  /** A regular expression the whole string must match (a character set). */
  readonly pattern?: string
  /** The character set in words. */
  readonly charset?: string
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly items?: ValueFact
  readonly properties?: { readonly [name: string]: ValueFact }
  readonly required?: ReadonlyArray<string> | boolean
  /** An object with free keys whose values have this schema. */
  readonly additionalProperties?: ValueFact
  readonly nullable?: boolean
  readonly serverDefault?: unknown
}

// The limits of a value; `required` differs: a list of properties here, a flag on a parameter.
const valueLimits = {
  type: Schema.Union(Schema.String, Schema.Array(Schema.String)),
  enum: exact(Schema.Array(Schema.Union(Schema.String, Schema.Number))),
  minLength: exact(Schema.Number),
  maxLength: exact(Schema.Number),
  maxBytes: exact(Schema.Number),
  pattern: exact(Schema.String),
  charset: exact(Schema.String),
  minimum: exact(Schema.Number),
  maximum: exact(Schema.Number),
  minItems: exact(Schema.Number),
  maxItems: exact(Schema.Number),
  items: exact(Schema.suspend((): Schema.Schema<ValueFact> => ValueFact)),
  properties: exact(
    Schema.Record({ key: Schema.String, value: Schema.suspend((): Schema.Schema<ValueFact> => ValueFact) })
  ),
  additionalProperties: exact(Schema.suspend((): Schema.Schema<ValueFact> => ValueFact)),
  nullable: exact(Schema.Boolean),
  serverDefault: exact(Schema.Unknown)
}

const ValueFact: Schema.Schema<ValueFact> = Schema.Struct({
  ...valueLimits,
  required: exact(Schema.Union(Schema.Array(Schema.String), Schema.Boolean))
})

/**
 * A request parameter: where it travels (`query` for GET Actions, the JSON `body` for POST Actions), whether it
 * is required, and how a GET list is written (`UserId[]=a&UserId[]=b`, or `Media.0.FileId=…` for lists of
 * objects).
 *
 * @since 0.1.0
 */
export interface ParamFact extends ValueFact {
  readonly name: string
  readonly in: "query" | "body"
  readonly required: boolean
  readonly serialization?: "repeated-brackets" | "indexed-dot"
}

const ParamFact: Schema.Schema<ParamFact> = Schema.Struct({
  ...valueLimits,
  name: Schema.String,
  in: Schema.Literal("query", "body"),
  required: Schema.Boolean,
  serialization: exact(Schema.Literal("repeated-brackets", "indexed-dot"))
})

/**
 * One documented code of an Action: its number, the name of what it means (the client's error tag), and whether
 * it comes from the product's common table.
 *
 * @since 0.1.0
 */
export interface CodeFact {
  readonly code: number
  readonly tag: string
  readonly meaning: string
  readonly description?: string
  readonly retry: string
  readonly common?: boolean
}

const CodeFact: Schema.Schema<CodeFact> = Schema.Struct({
  code: Schema.Number,
  tag: Schema.String,
  meaning: Schema.String,
  description: exact(Schema.String),
  retry: Schema.String,
  common: exact(Schema.Boolean)
})

/**
 * A product of the vendor: ZIM (in-app chat) or RTC (rooms).
 *
 * @since 0.1.0
 */
export type Product = "zim" | "rtc"

/**
 * Everything documented about one Action.
 *
 * @since 0.1.0
 */
export interface ActionFact {
  readonly product: Product
  readonly name: string
  /** The API group: the vendor's folder (`user`, `group`, `room`, `stream-mixing`…). */
  readonly group: string
  readonly method: "GET" | "POST"
  /** Requests per second for the AppID; `null` when only a scoped limit, or none, is documented. */
  readonly qps: number | null
  /** A limit per room or per group, keyed by the value of the parameter `field`. */
  readonly scopedLimit: { readonly field: string; readonly qps: number } | null
  /** The code answered over the AppID-level limit. */
  readonly rateLimitCode: number
  /** The code answered over the scoped limit. */
  readonly scopedRateLimitCode: number | null
  readonly idempotent: boolean
  readonly request: ReadonlyArray<ParamFact>
  /** The business fields of a successful answer, as an object schema. */
  readonly response: ValueFact
  /** Top-level response lists whose items are per-item failures (`ErrorList` of `{UserId, SubCode}`…). */
  readonly partialFailures?: ReadonlyArray<{ readonly field: string; readonly keyField?: string }>
  /** The Action's complete code table: its product's common codes and its own. */
  readonly codes: ReadonlyArray<CodeFact>
}

const ActionFact: Schema.Schema<ActionFact> = Schema.Struct({
  product: Schema.Literal("zim", "rtc"),
  name: Schema.String,
  group: Schema.String,
  method: Schema.Literal("GET", "POST"),
  qps: Schema.NullOr(Schema.Number),
  scopedLimit: Schema.NullOr(Schema.Struct({ field: Schema.String, qps: Schema.Number })),
  rateLimitCode: Schema.Number,
  scopedRateLimitCode: Schema.NullOr(Schema.Number),
  idempotent: Schema.Boolean,
  request: Schema.Array(ParamFact),
  response: ValueFact,
  partialFailures: exact(
    Schema.Array(Schema.Struct({ field: Schema.String, keyField: exact(Schema.String) }))
  ),
  codes: Schema.Array(CodeFact)
})

/**
 * The facts of one product.
 *
 * @since 0.1.0
 */
export interface ProductFacts {
  /** The AppID-level rate-limit code of the product's common table. */
  readonly rateLimitCode: number
  /** The code a product answers over a per-room or per-group limit. */
  readonly scopedRateLimitCode: number
}

/**
 * The whole facts file.
 *
 * @since 0.1.0
 */
export interface FactsFile {
  readonly products: { readonly zim: ProductFacts; readonly rtc: ProductFacts }
  readonly actions: ReadonlyArray<ActionFact>
}

const ProductFacts = Schema.Struct({ rateLimitCode: Schema.Number, scopedRateLimitCode: Schema.Number })

const FactsFile: Schema.Schema<FactsFile> = Schema.Struct({
  products: Schema.Struct({ zim: ProductFacts, rtc: ProductFacts }),
  actions: Schema.Array(ActionFact)
})

/**
 * Decodes the contents of a facts file; throws when the file does not have the expected shape (a generator
 * change the emulator does not know yet must not go unnoticed).
 *
 * @since 0.1.0
 */
export const decode: (value: unknown) => FactsFile = Schema.decodeUnknownSync(FactsFile)

// Read once at module load. The file sits next to this module (`src/generated/facts.json`); `createRequire`
// reads it as JSON without making the type checker infer a type for half a megabyte of data.
const load = (): FactsFile => decode(createRequire(import.meta.url)("./generated/facts.json"))

/**
 * The facts of every Action.
 *
 * @since 0.1.0
 */
export const facts: FactsFile = load()

/**
 * Every Action's facts, ZIM first, by name.
 *
 * @since 0.1.0
 */
export const byName: ReadonlyMap<string, ActionFact> = new Map(facts.actions.map((fact) => [fact.name, fact]))

/**
 * The facts of an Action, or `undefined` when no Action has that name.
 *
 * @since 0.1.0
 */
export const factOf = (name: string): ActionFact | undefined => byName.get(name)

/**
 * The facts of an Action the caller knows exists; throws otherwise (a programming error in a declaration).
 *
 * @since 0.1.0
 */
export const get = (name: string): ActionFact => {
  const fact = byName.get(name)
  if (fact === undefined) throw new Error(`No Action named ${name} in the facts file`)
  return fact
}
