/**
 * An Action's request from the command line: `--json '<request>'`, `--file request.json` (`-` for standard
 * input), standard input when it is piped and nothing else is given, and one flag per top-level field of
 * the Action's request schema (`UserIds` → `--user-ids a,b`). Flags win over the JSON they are merged into.
 * The request is then checked by the Action's own schema, so bad input gets the library's `InvalidRequest`.
 *
 * @since 0.1.0
 */
import { type Action, Rules, ZegoError } from "@effect-zego/core"
import * as Options from "@effect/cli/Options"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as AST from "effect/SchemaAST"

/**
 * How a field's flag value is read.
 *
 * - `string`: as given; `number`, `boolean`: parsed (left as text when it does not parse, so the Action's
 *   rule reports it); `strings`, `numbers`: comma-separated; `json`: a JSON value.
 *
 * @since 0.1.0
 * @category models
 */
export type FieldKind = "string" | "number" | "boolean" | "strings" | "numbers" | "json"

/**
 * A top-level field of an Action's request, as the command line sees it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Field {
  readonly name: string
  readonly flag: string
  readonly kind: FieldKind
  readonly required: boolean
  /** The documented limits, in words (from the Action's declaration). */
  readonly limits: string | undefined
}

/**
 * Flags every Action command has; a field whose flag would take one of these names is prefixed `field-`.
 *
 * @since 0.1.0
 * @category models
 */
export const reservedFlags: ReadonlySet<string> = new Set([
  "json",
  "file",
  "profile",
  "app-id",
  "region",
  "zim-base-url",
  "rtc-base-url",
  "secret-file",
  "output",
  "verbose",
  "debug",
  "help",
  "version",
  "wizard",
  "completions",
  "log-level"
])

/**
 * `UserIds` → `user-ids`, `CDNUrl` → `cdn-url`, `RTMPDispatchV2` → `rtmp-dispatch-v2`.
 *
 * @since 0.1.0
 * @category utils
 */
export const kebab = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()

/** The object the caller writes: the type side of the request schema. */
const typeLiteral = (ast: AST.AST): AST.TypeLiteral | undefined => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast
    case "Refinement":
      return typeLiteral(ast.from)
    case "Transformation":
      return typeLiteral(ast.to)
    case "Suspend":
      return typeLiteral(ast.f())
    default:
      return undefined
  }
}

const base = (ast: AST.AST): AST.AST => {
  switch (ast._tag) {
    case "Refinement":
      return base(ast.from)
    case "Transformation":
      return base(ast.to)
    case "Suspend":
      return base(ast.f())
    case "Union": {
      const defined = ast.types.filter((t) => t._tag !== "UndefinedKeyword")
      return defined.length === 1 && defined[0] !== undefined ? base(defined[0]) : ast
    }
    default:
      return ast
  }
}

const scalarKind = (ast: AST.AST): "string" | "number" | "boolean" | undefined => {
  const b = base(ast)
  if (b._tag === "StringKeyword") return "string"
  if (b._tag === "NumberKeyword") return "number"
  if (b._tag === "BooleanKeyword") return "boolean"
  if (b._tag === "Literal") {
    return typeof b.literal === "string" ? "string" : typeof b.literal === "number" ? "number" : undefined
  }
  if (b._tag === "Union" && b.types.every((t) => t._tag === "Literal")) {
    const kinds = new Set(b.types.map((t) => t._tag === "Literal" ? typeof t.literal : ""))
    return kinds.size === 1 && kinds.has("string")
      ? "string"
      : kinds.size === 1 && kinds.has("number")
      ? "number"
      : undefined
  }
  return undefined
}

const kindOf = (ast: AST.AST): FieldKind => {
  const scalar = scalarKind(ast)
  if (scalar !== undefined) return scalar
  const b = base(ast)
  // Core's `Rules.array` is a declaration (it checks the count before the items) over its item.
  const arrayItem = b._tag === "Declaration" && b.annotations[Rules.ArrayAnnotationId] !== undefined
    ? b.typeParameters[0]
    : undefined
  if (arrayItem !== undefined) {
    const item = scalarKind(arrayItem)
    if (item === "string") return "strings"
    if (item === "number") return "numbers"
  }
  if (b._tag === "TupleType" && b.elements.length === 0 && b.rest.length === 1 && b.rest[0] !== undefined) {
    const item = scalarKind(b.rest[0].type)
    if (item === "string") return "strings"
    if (item === "number") return "numbers"
  }
  return "json"
}

const fieldsCache = new WeakMap<Action.Any, ReadonlyArray<Field>>()

/**
 * The top-level fields of an Action's request, with their flags.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fieldsOf = (action: Action.Any): ReadonlyArray<Field> => {
  const known = fieldsCache.get(action)
  if (known !== undefined) return known
  const literal = typeLiteral(action.request.ast)
  const used = new Set<string>()
  const fields: Array<Field> = []
  for (const ps of literal?.propertySignatures ?? []) {
    if (typeof ps.name !== "string") continue
    let flag = kebab(ps.name)
    if (reservedFlags.has(flag)) flag = `field-${flag}`
    // Two fields that only differ in case get one flag; the second is reachable through --json.
    if (flag === "" || used.has(flag)) continue
    used.add(flag)
    fields.push({
      name: ps.name,
      flag,
      kind: kindOf(ps.type),
      required: !ps.isOptional,
      limits: action.limits?.[ps.name]
    })
  }
  fieldsCache.set(action, fields)
  return fields
}

const kindHelp: Record<FieldKind, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  strings: "comma-separated list",
  numbers: "comma-separated numbers",
  json: "a JSON value"
}

/**
 * The help line of a field's flag.
 *
 * @since 0.1.0
 * @category utils
 */
export const fieldHelp = (field: Field): string =>
  `${field.name} (${field.required ? "required" : "optional"}; ${kindHelp[field.kind]})${
    field.limits === undefined ? "" : `. ${field.limits}`
  }`

/**
 * The flags of an Action's fields: each optional at the command line (the request may come from JSON);
 * the Action's schema says what is required.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fieldOptions = (action: Action.Any): Options.Options<Record<string, Option.Option<string>>> => {
  const record: Record<string, Options.Options<Option.Option<string>>> = {}
  for (const field of fieldsOf(action)) {
    record[field.name] = Options.text(field.flag).pipe(Options.withDescription(fieldHelp(field)), Options.optional)
  }
  // `Options.all` needs at least one option.
  return Object.keys(record).length === 0 ? Options.map(Options.none, () => ({})) : Options.all(record)
}

/**
 * The request-source flags: `--json` and `--file`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const sourceOptions = {
  json: Options.text("json").pipe(
    Options.withDescription("the request as JSON (field names as in the API, e.g. {\"UserIds\":[\"a\"]})"),
    Options.optional
  ),
  file: Options.text("file").pipe(
    Options.withDescription("a file holding the request as JSON; - reads standard input"),
    Options.optional
  )
}

const numeric = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/

const parseNumber = (text: string): number | string => numeric.test(text.trim()) ? Number(text) : text

/**
 * A flag's value as the field's type; what does not parse is left as text for the Action's rule to report.
 *
 * @since 0.1.0
 * @category utils
 */
export const parseFlag = (kind: FieldKind, text: string): unknown => {
  switch (kind) {
    case "string":
      return text
    case "number":
      return parseNumber(text)
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text
    case "strings":
      return text === "" ? [] : text.split(",")
    case "numbers":
      return text === "" ? [] : text.split(",").map(parseNumber)
    case "json":
      try {
        return JSON.parse(text)
      } catch {
        return text
      }
  }
}

const invalid = (action: Action.Any, rule: string) =>
  new ZegoError.InvalidRequest({ action: action.name, field: "(input)", rule, issues: [{ field: "(input)", rule }] })

/**
 * Parses a request's JSON text; anything but a JSON object is an `InvalidRequest` of the whole input.
 *
 * @since 0.1.0
 * @category utils
 */
export const parseJsonRequest = (
  action: Action.Any,
  text: string
): Effect.Effect<Record<string, unknown>, ZegoError.InvalidRequest> =>
  Effect.suspend(() => {
    if (text.trim() === "") return Effect.succeed({})
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (e) {
      return Effect.fail(invalid(action, `must be JSON (${e instanceof Error ? e.message : String(e)})`))
    }
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? Effect.succeed(value as Record<string, unknown>)
      : Effect.fail(invalid(action, "must be a JSON object"))
  })

/**
 * Reads standard input to its end.
 *
 * @since 0.1.0
 * @category utils
 */
export const readStdin: Effect.Effect<string> = Effect.async<string>((resume) => {
  const chunks: Array<Buffer> = []
  const onData = (chunk: Buffer) => chunks.push(chunk)
  const onEnd = () => resume(Effect.succeed(Buffer.concat(chunks).toString("utf8")))
  process.stdin.on("data", onData)
  process.stdin.once("end", onEnd)
  return Effect.sync(() => {
    process.stdin.off("data", onData)
    process.stdin.off("end", onEnd)
  })
})

/**
 * What the command line gave for one Action call.
 *
 * @since 0.1.0
 * @category models
 */
export interface Given {
  readonly json: Option.Option<string>
  readonly file: Option.Option<string>
  readonly fields: Record<string, Option.Option<string>>
}

/**
 * Puts the request together (JSON source, then field flags over it) and checks it with the Action's
 * schema: the value returned is what the service method takes. Nothing is sent from here.
 *
 * @since 0.1.0
 * @category constructors
 */
export const assemble = (
  action: Action.Any,
  given: Given
): Effect.Effect<Record<string, unknown>, ZegoError.InvalidRequest | SourceError, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const fromFlags: Record<string, unknown> = {}
    for (const field of fieldsOf(action)) {
      const value = given.fields[field.name]
      if (value !== undefined && Option.isSome(value)) fromFlags[field.name] = parseFlag(field.kind, value.value)
    }
    const text = Option.isSome(given.json)
      ? given.json.value === "-" ? yield* readStdin : given.json.value
      : Option.isSome(given.file)
      ? given.file.value === "-"
        ? yield* readStdin
        : yield* fs.readFileString(given.file.value).pipe(
          Effect.mapError((e) => new SourceError({ reason: `cannot read the request file: ${e.message}` }))
        )
      : Object.keys(fromFlags).length === 0 && process.stdin.isTTY !== true
      ? yield* readStdin
      : ""
    const base = yield* parseJsonRequest(action, text)
    return { ...base, ...fromFlags }
  })

/**
 * The request file cannot be read.
 *
 * @since 0.1.0
 * @category errors
 */
export class SourceError extends Data.TaggedError("SourceError")<{ readonly reason: string }> {
  override get message(): string {
    return this.reason
  }
}
