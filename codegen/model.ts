/**
 * The generator's model of one Action, built from its OpenAPI operation: parameters and response as
 * typed shapes with their documented limits, the code table, the rate limit and the examples. Every
 * interpretation of the vendor's prose is applied here (and listed in `notes`), so that the emitters only
 * render.
 */
import type { CodeRow, Node, ObjectNode, OpenApiFiles } from "./openapi.js"
import { arr, isObject, notesOf, num, obj, operationsOf, parseHtmlCodeTable, plain, str } from "./openapi.js"

/** A character set limit, from a "only supports numbers, English characters and …" note. */
export interface Charset {
  /** The characters allowed besides digits and ASCII letters, in a canonical order. */
  readonly extra: string
}

/** The type and limits of a value. */
export type Shape =
  | {
    readonly kind: "string"
    readonly enum?: ReadonlyArray<string> | undefined
    readonly minLength?: number | undefined
    readonly maxLength?: number | undefined
    readonly maxBytes?: number | undefined
    readonly charset?: Charset | undefined
  }
  | {
    readonly kind: "number"
    readonly int: boolean
    readonly enum?: ReadonlyArray<number> | undefined
    readonly minimum?: number | undefined
    readonly maximum?: number | undefined
  }
  | { readonly kind: "boolean" }
  | {
    readonly kind: "array"
    readonly items: Shape
    readonly minItems?: number | undefined
    readonly maxItems?: number | undefined
  }
  | { readonly kind: "object"; readonly fields: ReadonlyArray<Field> }
  /** An object whose keys are free (`additionalProperties`), values of one shape. */
  | { readonly kind: "map"; readonly values: Shape }
  /** A JSON object the files do not describe. */
  | { readonly kind: "json" }
  /** A value documented as one of several shapes without a type: a string or a JSON object. */
  | { readonly kind: "stringOrJson" }

/** A property of an object, a parameter, or a response field. */
export interface Field {
  readonly name: string
  readonly required: boolean
  readonly shape: Shape
  /** The response may carry `null` here (documented `nullable` or a `null` example). */
  readonly nullable: boolean
  readonly deprecated: boolean
  /** The server's default, when documented. */
  readonly serverDefault?: unknown
  /** The vendor's description, plain text (for the facts file and our own summaries, never copied). */
  readonly description: string
  /** The vendor's description as written (charset notes need its quotes and angle brackets). */
  readonly rawDescription: string
  /** The property-level example, if any. */
  readonly example?: unknown
  /** Limits we took from prose rather than from schema keywords. */
  readonly derived: ReadonlyArray<string>
}

/** One documented code of an Action. */
export interface Code extends CodeRow {
  readonly suggestion: string
}

/** A documented example of the whole response. */
export interface Example {
  readonly name: string
  readonly kind: "media-type example" | "media-type examples" | "schema example" | "assembled from property examples"
  readonly value: unknown
}

/** Everything the emitters need about one Action. */
export interface ActionSpec {
  readonly product: "zim" | "rtc"
  readonly name: string
  /** Vendor file, relative to the OpenAPI root. */
  readonly file: string
  /** API group: the folder under the product (`user`, `room`, `stream-mixing`…). */
  readonly group: string
  readonly method: "GET" | "POST"
  /** Where GET parameters go: every parameter of a GET is in the query; POST parameters are the JSON body. */
  readonly params: ReadonlyArray<Field>
  /** GET parameters that are arrays of objects, sent as `Name.0.Key=value` (`recursive-indexed-dot`). */
  readonly indexedDot: ReadonlyArray<string>
  readonly response: ReadonlyArray<Field>
  readonly codes: ReadonlyArray<Code>
  readonly qps: number | undefined
  readonly testQps: number | undefined
  readonly dailyLimit: number | undefined
  readonly scopedLimit: { readonly field: string; readonly qps: number } | undefined
  /** The documented rate-limit text, verbatim enough to check our reading. */
  readonly rateLimitText: string
  /** A host other than the product's (e.g. `https://auth-api.zego.im`). */
  readonly host: string | undefined
  readonly examples: ReadonlyArray<Example>
  /** What we had to interpret in this Action's file. */
  readonly notes: ReadonlyArray<string>
}

// ---------------------------------------------------------------------------
// Interpretation rules
// ---------------------------------------------------------------------------

/** Public parameters: the pipeline sends them, they are not part of an Action's input. */
const PUBLIC = new Set(["Action", "AppId", "SignatureNonce", "Timestamp", "SignatureVersion", "Signature", "IsTest"])

/** The ZIM ID character set as the files list it (QueryUserInfos's note), in this order. */
const CANONICAL_EXTRA = "!#$%&()+-:;<=.>?@[]^_ {}|~"

/**
 * Characters of a charset note, from its raw text: the quoted items after "English characters, and",
 * read in order (`' -'` is `-`, `'\''` an apostrophe, `' '` a space).
 */
const charsOfNote = (raw: string): string => {
  const start = /English characters,?\s+and/i.exec(raw)
  const list = (start === null ? raw : raw.slice(start.index + start[0].length)).replace(/\\([<>{}])/g, "$1")
  const found: Array<string> = []
  for (const m of list.matchAll(/['‘’"“”](\\'|[^'‘’"“”]{1,2})['‘’"“”]/g)) {
    const content = m[1] ?? ""
    const c = content === "\\'" ? "'" : content.trim() === "" ? " " : content.trim()
    if (c.length === 1 && !found.includes(c)) found.push(c)
  }
  return found.join("")
}

/**
 * The charset of a note. ZIM notes list the one ZIM ID character set with copying slips (a missing space,
 * `'` where `-` belongs): the canonical set, widened by whatever else a note lists, so that we are never
 * stricter than the ZIM ID rule. RTC notes are taken as written.
 */
const charsetOf = (product: string, noteChars: string): Charset => {
  const extras = [...noteChars].filter((c) => !/[0-9A-Za-z]/.test(c))
  if (product !== "zim") return { extra: extras.join("") }
  return { extra: CANONICAL_EXTRA + extras.filter((c) => !CANONICAL_EXTRA.includes(c)).join("") }
}

const CHARSET_NOTE = /only supports? numbers, English characters,? and/i

/**
 * The parameters a charset note names: "The parameters FromUserId and ToUserId only support …",
 * "The parameter FromUserId Only supports …".
 */
const namesOfCharsetNote = (text: string): ReadonlyArray<string> => {
  const head = /The parameters? (.+?) only supports?/i.exec(text)?.[1] ?? ""
  return head.split(/,\s*|\s+and\s+/).map((s) => s.replace(/`/g, "").replace(/\[\]$/, "").trim()).filter((s) =>
    s !== ""
  )
}

const typeOf = (schema: ObjectNode): string => {
  const t = str(schema["type"])
  if (t === undefined) return ""
  const lower = t.toLowerCase()
  if (lower === "int32" || lower === "int64") return "integer"
  return lower
}

/** Every limit keyword our shapes know, read from a schema; prose-derived limits are added by the caller. */
const shapeOf = (
  schema: ObjectNode,
  context: { readonly response: boolean; readonly path: string; readonly notes: Array<string> }
): Shape => {
  const type = typeOf(schema)
  const alternatives = [...arr(schema["oneOf"]), ...arr(schema["anyOf"])]
  if (type === "string") {
    // `type: string` with `oneOf` objects: the string carries JSON of one of those shapes (MsgBody).
    if (alternatives.length > 0) {
      context.notes.push(`${context.path}: a string whose oneOf objects describe the JSON it carries; typed as string`)
    }
    return {
      kind: "string",
      enum: arr(schema["enum"]).length > 0 ? arr(schema["enum"]).map(String) : undefined,
      minLength: num(schema["minLength"]),
      maxLength: num(schema["maxLength"])
    }
  }
  if (type === "integer" || type === "number") {
    const format = (str(schema["format"]) ?? "").toLowerCase()
    // The files type most integers as `number`; only `float`/`double` formats are fractional.
    const int = format !== "float" && format !== "double"
    const values = arr(schema["enum"]).map(Number)
    return {
      kind: "number",
      int,
      enum: values.length > 0 ? values : undefined,
      minimum: num(schema["minimum"]),
      maximum: num(schema["maximum"])
    }
  }
  if (type === "boolean") return { kind: "boolean" }
  if (type === "array") {
    return {
      kind: "array",
      items: isObject(schema["items"])
        ? shapeOf(obj(schema["items"]), { ...context, path: `${context.path}[]` })
        : { kind: "json" },
      minItems: num(schema["minItems"]),
      maxItems: num(schema["maxItems"])
    }
  }
  if (type === "object" || isObject(schema["properties"])) {
    if (isObject(schema["additionalProperties"])) {
      return {
        kind: "map",
        values: shapeOf(obj(schema["additionalProperties"]), { ...context, path: `${context.path}{}` })
      }
    }
    const properties = obj(schema["properties"])
    if (Object.keys(properties).length === 0) return { kind: "json" }
    const required = new Set(arr(schema["required"]).map(String))
    return {
      kind: "object",
      fields: Object.keys(properties).map((name) =>
        fieldOf(name, obj(properties[name]), required.has(name), { ...context, path: `${context.path}.${name}` })
      )
    }
  }
  if (alternatives.length > 0) {
    context.notes.push(
      `${context.path}: documented as any of ${alternatives.length} object shapes without a type;` +
        ` typed as a string or a JSON object`
    )
    return { kind: "stringOrJson" }
  }
  return { kind: "json" }
}

const fieldOf = (
  name: string,
  schema: ObjectNode,
  required: boolean,
  context: { readonly response: boolean; readonly path: string; readonly notes: Array<string> },
  extraDescription = ""
): Field => {
  const description = plain([str(schema["description"]) ?? "", extraDescription].join(" ")).trim()
  const shape = shapeOf(schema, context)
  return {
    name,
    required,
    shape,
    nullable: schema["nullable"] === true || ("example" in schema && schema["example"] === null),
    deprecated: schema["deprecated"] === true,
    serverDefault: schema["default"],
    description,
    rawDescription: [str(schema["description"]) ?? "", extraDescription].join(" "),
    example: schema["example"],
    derived: []
  }
}

// ---------------------------------------------------------------------------
// Limits written in prose
// ---------------------------------------------------------------------------

const BYTES = /(\d+)\s*bytes/i
const KB = /(\d+)\s*KB\b/

/** String limits the prose states in bytes: `maxLength` N with "N bytes" becomes `maxBytes` N. */
const proseBytes = (field: Field, parentDescription: string): Field => {
  const shape = field.shape
  if (shape.kind !== "string") return field
  const text = `${field.description} ${parentDescription}`
  const kb = KB.exec(text)
  const bytes = BYTES.exec(text)
  const stated = bytes !== null ? Number(bytes[1]) : kb !== null ? Number(kb[1]) * 1024 : undefined
  if (shape.maxLength !== undefined && stated === shape.maxLength) {
    return {
      ...field,
      shape: { ...shape, maxLength: undefined, maxBytes: stated },
      derived: [...field.derived, `maxBytes ${stated}: the description counts the limit in bytes`]
    }
  }
  if (shape.maxLength === undefined && stated !== undefined && bytes !== null) {
    const near = new RegExp(
      String
        .raw`(maximum|max\.?|at most|not exceed|cannot exceed|no more than|up to|limit(?:ed)?(?: is| of| to)?)[^.;]{0,40}?\b${stated}\s*bytes`,
      "i"
    )
    if (near.test(text)) {
      return {
        ...field,
        shape: { ...shape, maxBytes: stated },
        derived: [...field.derived, `maxBytes ${stated}: stated in the description`]
      }
    }
  }
  return field
}

const ITEMS_NUMBER = /maximum number of [\w\s]+? is (\d+)/i
const ITEMS =
  /\b(?:up to|a maximum of|maximum of|at most|maximum is|not exceed|no more than|limit is|upper limit is|supports up to|length limit is|maximum support for|maximum support is|maximum)\s+(\d+)\b/i

/** Array limits stated in prose when the schema has no `maxItems`. */
const proseItems = (field: Field, allow: boolean): Field => {
  const shape = field.shape
  if (shape.kind !== "array" || shape.maxItems !== undefined || !allow) return field
  const m = ITEMS.exec(field.description) ?? ITEMS_NUMBER.exec(field.description)
  if (m === null) return field
  const n = Number(m[1])
  return {
    ...field,
    shape: { ...shape, maxItems: n },
    derived: [...field.derived, `maxItems ${n}: stated in the description`]
  }
}

const RANGE = /range(?: is| of)?:?\s*([[(])\s*(-?\d+)\s*,\s*(-?\d+)\s*([\])])/i

/** Number ranges stated in prose ("value range [0, 200]") when the schema has none. */
const proseRange = (field: Field): Field => {
  const shape = field.shape
  if (
    shape.kind !== "number" || shape.minimum !== undefined || shape.maximum !== undefined || shape.enum !== undefined
  ) {
    return field
  }
  const m = RANGE.exec(field.description)
  if (m === null) return field
  const open = m[1] === "("
  const close = m[4] === ")"
  const step = shape.int ? 1 : 0
  const minimum = Number(m[2]) + (open ? step : 0)
  const maximum = Number(m[3]) - (close ? step : 0)
  if (open && !shape.int || close && !shape.int) return field
  return {
    ...field,
    shape: { ...shape, minimum, maximum },
    derived: [...field.derived, `range ${minimum}..${maximum}: stated in the description`]
  }
}

/**
 * Applies a transformation to a field and to every named field below it (object properties, also inside
 * arrays and maps), with the path of each (`MixInput[].RectInfo.Top`).
 */
export const mapFields = (
  field: Field,
  f: (field: Field, path: string, parent: Field | undefined) => Field
): Field => {
  const go = (current: Field, path: string, parent: Field | undefined): Field => {
    const self = f(current, path, parent)
    return { ...self, shape: descend(self.shape, path, self) }
  }
  const descend = (shape: Shape, path: string, owner: Field): Shape => {
    switch (shape.kind) {
      case "object":
        return { ...shape, fields: shape.fields.map((child) => go(child, `${path}.${child.name}`, owner)) }
      case "array":
        return { ...shape, items: descend(shape.items, `${path}[]`, owner) }
      case "map":
        return { ...shape, values: descend(shape.values, `${path}{}`, owner) }
      default:
        return shape
    }
  }
  return go(field, field.name, undefined)
}

const ID_NAME = /(Id|ID|Ids|IDs|IdList)$/

/**
 * Empty values: a required ID (a name ending in `Id`) must not be empty, the items of an ID list neither,
 * and a required list must have an item. Other strings may be empty (the server decides).
 */
const emptiness = (field: Field): Field => {
  let f = field
  const shape = f.shape
  const isId = ID_NAME.test(f.name)
  if (f.required && isId && shape.kind === "string" && shape.minLength === undefined && shape.enum === undefined) {
    f = { ...f, shape: { ...shape, minLength: 1 }, derived: [...f.derived, "minLength 1: a required ID"] }
  }
  const s2 = f.shape
  if (s2.kind === "array") {
    const items = s2.items
    let next: Shape = s2
    if (isId && items.kind === "string" && items.minLength === undefined && items.enum === undefined) {
      next = { ...s2, items: { ...items, minLength: 1 } }
      f = { ...f, derived: [...f.derived, "items minLength 1: IDs are never empty"] }
    }
    if (f.required && s2.minItems === undefined) {
      next = { ...(next.kind === "array" ? next : s2), minItems: 1 }
      f = { ...f, derived: [...f.derived, "minItems 1: a required list"] }
    }
    f = { ...f, shape: next }
  }
  return f
}

// ---------------------------------------------------------------------------
// Rate limits
// ---------------------------------------------------------------------------

interface RateLimit {
  readonly qps: number | undefined
  readonly testQps: number | undefined
  readonly dailyLimit: number | undefined
  readonly scoped: { readonly scope: "room" | "group"; readonly qps: number } | undefined
  readonly text: string
}

const perSecond = (count: string, per: string | undefined): number =>
  Number(count) / (per === undefined ? 1 : Number(per))

/** Reads the rate-limit sentence of an operation's description. */
export const rateLimitOf = (description: string): RateLimit => {
  const candidates = [
    ...notesOf(description).map((n) => n.text),
    ...[...description.matchAll(/<Warning[^>]*>([\s\S]*?)<\/Warning>/g)].map((m) => plain(m[1] ?? ""))
  ]
  const rate = /(\d+)\s*(?:times?|requests?|messages?)\s*\/\s*(?:(\d+)\s*)?(?:s\b|sec|second)/i
  const text = candidates.find((c) => rate.test(c)) ?? ""
  if (text === "") return { qps: undefined, testQps: undefined, dailyLimit: undefined, scoped: undefined, text }
  const main = text.replace(/\((?:test|Test) environment:[^)]*\)/g, "")
  const testMatch = /test environment:\s*(\d+)\s*(?:times?|requests?)\s*\/\s*(?:(\d+)\s*)?(?:s\b|sec|second)/i.exec(
    text
  )
  const testQps = testMatch === null ? undefined : perSecond(testMatch[1] ?? "0", testMatch[2])
  const daily = /(\d+)\s*times within 24 hours/i.exec(text)
  const dailyLimit = daily === null ? undefined : Number(daily[1])
  // "…: 50 times/second; Single Room: 1 time/10 seconds"
  const single = /Single (room|group)\s*:\s*(\d+)\s*times?\s*\/\s*(?:(\d+)\s*)?seconds?/i.exec(main)
  if (single !== null) {
    const app = rate.exec(main.slice(0, single.index))
    return {
      qps: app === null ? undefined : perSecond(app[1] ?? "0", app[2]),
      testQps,
      dailyLimit,
      scoped: {
        scope: (single[1] ?? "").toLowerCase() === "group" ? "group" : "room",
        qps: perSecond(single[2] ?? "0", single[3])
      },
      text
    }
  }
  const m = rate.exec(main)
  const value = m === null ? undefined : perSecond(m[1] ?? "0", m[2])
  // "5 times/s, room-level limit", "1 time/s, group-level limit"
  const level = /(room|group)-level limit/i.exec(main)
  if (level !== null && value !== undefined) {
    return {
      qps: undefined,
      testQps,
      dailyLimit,
      scoped: { scope: (level[1] ?? "").toLowerCase() === "group" ? "group" : "room", qps: value },
      text
    }
  }
  return { qps: value, testQps, dailyLimit, scoped: undefined, text }
}

// ---------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------

/** An object built from the per-property examples of a schema. */
const assemble = (schema: ObjectNode): unknown => {
  if ("example" in schema) return schema["example"]
  const type = typeOf(schema)
  if (type === "array") {
    // A list whose items document no example stays empty rather than holding an empty object.
    const item = isObject(schema["items"]) ? assemble(obj(schema["items"])) : undefined
    const empty = item === undefined || (typeof item === "object" && item !== null && Object.keys(item).length === 0)
    return empty ? [] : [item]
  }
  if (type === "object" || isObject(schema["properties"])) {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(obj(schema["properties"]))) {
      const v = assemble(obj(value))
      if (v !== undefined) out[key] = v
    }
    return out
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Building the model
// ---------------------------------------------------------------------------

/** Options of the model builder: interpretations decided by a person, not by a rule. */
export interface Curation {
  /** Per Action, per field path (`MixInput[].StreamId`): force required or optional. */
  readonly required: Readonly<
    Record<string, Readonly<Record<string, { readonly required: boolean; readonly why: string }>>>
  >
  /** Prose maxItems found in descriptions that should NOT be enforced, as `Action.Field`. */
  readonly ignoreProseItems: ReadonlySet<string>
  /** Actions whose charset notes are not applied, with the reason. */
  readonly ignoreCharsetNotes: Readonly<Record<string, string>>
  /** A parameter (by path) whose documented shape is replaced, with the reason. */
  readonly paramShapes: Readonly<
    Record<string, Readonly<Record<string, { readonly shape: Shape; readonly why: string }>>>
  >
  /** A response field whose documented shape is replaced, with the reason. */
  readonly responseShapes: Readonly<
    Record<string, Readonly<Record<string, { readonly shape: Shape; readonly why: string }>>>
  >
  /** Code corrections: `Action` → wrong code → right code. */
  readonly codeFixes: Readonly<Record<string, Readonly<Record<number, number>>>>
  /** Rate limits the files do not state in a readable way, with the reason. */
  readonly rateLimits: Readonly<Record<string, { readonly qps: number | undefined; readonly why: string }>>
}

const codeRowsWithSuggestion = (description: string): ReadonlyArray<Code> => {
  const base = parseHtmlCodeTable(description)
  // Re-read the third cell for the suggestion.
  const suggestions = new Map<number, string>()
  for (const row of description.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const cells = [...(row[1] ?? "").matchAll(/<td[^>]*>([\s\S]*?)<\/td>/gi)].map((m) => plain(m[1] ?? ""))
    for (const code of (cells[0] ?? "").split(/\s*[、,/，]\s*/)) {
      if (/^\d+$/.test(code)) suggestions.set(Number(code), cells[2] ?? "")
    }
  }
  return base.map((row) => ({ ...row, suggestion: suggestions.get(row.code) ?? "" }))
}

/** Builds every Action of the vendor's folder. */
export const buildActions = (files: OpenApiFiles, curation: Curation): ReadonlyArray<ActionSpec> => {
  const out: Array<ActionSpec> = []
  for (const file of files.actionFiles()) {
    const rawDoc = obj(files.raw(file))
    const servers = arr(rawDoc["servers"])
    const host = servers.length === 1 ? str(obj(servers[0])["url"]) : undefined
    for (const op of operationsOf(files, file)) {
      const operation = op.operation
      const actionParam = arr(operation["parameters"]).map(obj).find((p) => p["name"] === "Action")
      const names = arr(obj(actionParam?.["schema"])["enum"]).map(String)
      const actionNames = names.length > 0 ? names : [str(operation["summary"]) ?? ""]
      for (const name of actionNames) out.push(buildAction(files, file, op.method, operation, name, host, curation))
    }
  }
  return out.sort((a, b) =>
    a.product === b.product ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.product === "zim" ? -1 : 1
  )
}

const buildAction = (
  _files: OpenApiFiles,
  file: string,
  method: "GET" | "POST",
  operation: ObjectNode,
  name: string,
  host: string | undefined,
  curation: Curation
): ActionSpec => {
  const notes: Array<string> = []
  const [product = "", group = ""] = file.split("/")
  const description = str(operation["description"]) ?? ""
  const context = { response: false, path: "", notes }

  // Parameters: query parameters (minus the public ones), then the JSON body's properties.
  const indexedDot: Array<string> = []
  let params: Array<Field> = []
  for (const p of arr(operation["parameters"]).map(obj)) {
    const rawName = str(p["name"]) ?? ""
    if (PUBLIC.has(rawName)) continue
    const wireName = rawName.replace(/\[\]$/, "")
    if (wireName !== rawName) {
      notes.push(`${rawName}: the name carries the brackets the wire adds; the key is ${wireName}`)
    }
    const field = fieldOf(
      wireName,
      obj(p["schema"]),
      p["required"] === true,
      { ...context, path: wireName },
      str(p["description"]) ?? ""
    )
    const serialization = obj(p["x-docuo-query-serialization"])
    if (str(serialization["style"]) === "recursive-indexed-dot") indexedDot.push(wireName)
    params.push(field)
  }
  const body = obj(obj(obj(obj(operation["requestBody"])["content"])["application/json"])["schema"])
  if (Object.keys(body).length > 0) {
    const shape = shapeOf(body, context)
    if (shape.kind === "object") params = [...params, ...shape.fields]
    if (method === "GET") {
      notes.push(
        "a GET with a JSON request body: its properties are sent as query parameters, as for the other GET Actions"
      )
    }
  }

  // Charset notes: "The parameters FromUserId and ToUserId only support numbers, English characters, and …"
  const rawNotes = [...description.matchAll(/<Note[^>]*>([\s\S]*?)<\/Note>/g)].map((m) => m[1] ?? "")
  const charsetTargets = new Map<string, Charset>()
  if (curation.ignoreCharsetNotes[name] !== undefined) {
    notes.push(`charset note not applied: ${curation.ignoreCharsetNotes[name]}`)
  } else {
    for (const raw of rawNotes) {
      for (const sentence of raw.split(/(?<=[.。])\s+(?=[A-Z])/)) {
        if (!CHARSET_NOTE.test(sentence)) continue
        const charset = charsetOf(product, charsOfNote(sentence))
        for (const target of namesOfCharsetNote(sentence)) charsetTargets.set(target.toLowerCase(), charset)
      }
    }
  }

  const requiredOverrides = curation.required[name] ?? {}
  const applyRules = (field: Field, path: string, _parent: Field | undefined): Field => {
    let f = field
    // Per-property charset notes ("Only supports numbers, English characters, and …" in its description).
    const own = CHARSET_NOTE.test(f.description)
    const fromNote = charsetTargets.get(f.name.replace(/\[\]$/, "").toLowerCase())
    const charset = own ? charsetOf(product, charsOfNote(f.rawDescription)) : fromNote
    const target = f.shape.kind === "array" ? f.shape.items : f.shape
    if (charset !== undefined && target.kind === "string" && target.enum === undefined) {
      const withCharset = { ...target, charset }
      f = {
        ...f,
        shape: f.shape.kind === "array" ? { ...f.shape, items: withCharset } : withCharset,
        derived: [...f.derived, "charset: digits, ASCII letters and the listed characters (note)"]
      }
    }
    f = proseBytes(f, "")
    if (f.shape.kind === "array" && f.shape.items.kind === "string") {
      const item = proseBytes({ ...f, shape: f.shape.items, derived: [] }, f.description)
      if (item.shape !== f.shape.items) {
        f = {
          ...f,
          shape: { ...f.shape, items: item.shape },
          derived: [...f.derived, ...item.derived.map((d) => `items: ${d}`)]
        }
      }
    }
    f = proseItems(f, !curation.ignoreProseItems.has(`${name}.${path}`))
    f = proseRange(f)
    const replaced = (curation.paramShapes[name] ?? {})[path]
    if (replaced !== undefined) {
      f = { ...f, shape: replaced.shape, derived: [...f.derived, `curated: ${replaced.why}`] }
      notes.push(`${path}: ${replaced.why}`)
    }
    const forced = requiredOverrides[path]
    if (forced !== undefined && forced.required !== f.required) {
      f = { ...f, required: forced.required }
    }
    return emptiness(f)
  }
  params = params.map((p) => mapFields(p, applyRules))
  for (const [path, forced] of Object.entries(requiredOverrides)) {
    notes.push(`${path}: ${forced.required ? "required" : "optional"}, against the file's required list: ${forced.why}`)
  }

  // Response: the 200 JSON schema minus the envelope.
  const content = obj(obj(obj(obj(operation["responses"])["200"])["content"])["application/json"])
  const responseSchema = obj(content["schema"])
  const properties = obj(responseSchema["properties"])
  const codeDescription = str(obj(properties["Code"])["description"]) ?? ""
  let codes = codeRowsWithSuggestion(codeDescription).filter((c) => c.code !== 0)
  const fixes = curation.codeFixes[name] ?? {}
  codes = codes.map((c) => {
    const fixed = fixes[c.code]
    if (fixed === undefined) return c
    notes.push(`code ${c.code} is a typo for ${fixed}`)
    return { ...c, code: fixed }
  })
  const seen = new Set<number>()
  codes = codes.filter((c) => (seen.has(c.code) ? false : (seen.add(c.code), true)))
  const required = new Set(arr(responseSchema["required"]).map(String))
  const responseContext = { response: true, path: "", notes }
  const shapeOverrides = curation.responseShapes[name] ?? {}
  const response = Object.keys(properties)
    .filter((k) => k !== "Code" && k !== "Message" && k !== "RequestId")
    .map((k) => {
      const field = fieldOf(k, obj(properties[k]), required.has(k), { ...responseContext, path: k })
      const override = shapeOverrides[k]
      if (override === undefined) return field
      notes.push(`response ${k}: ${override.why}`)
      return { ...field, shape: override.shape }
    })

  // Examples of the whole response.
  const examples: Array<Example> = []
  if ("example" in content) examples.push({ name: "example", kind: "media-type example", value: content["example"] })
  for (const [key, value] of Object.entries(obj(content["examples"]))) {
    examples.push({ name: key, kind: "media-type examples", value: obj(value)["value"] })
  }
  if ("example" in responseSchema) {
    examples.push({ name: "schema example", kind: "schema example", value: responseSchema["example"] })
  }
  if (examples.length === 0) {
    const { example: _none, ...withoutExample } = responseSchema
    const assembled = assemble(withoutExample)
    const value = isObject(assembled as Node)
      ? { Code: 0, Message: "success", RequestId: "example", ...(assembled as object) }
      : assembled
    examples.push({ name: "assembled", kind: "assembled from property examples", value })
  }

  // Rate limit.
  const curatedRate = curation.rateLimits[name]
  const rate = rateLimitOf(description)
  let scopedLimit: ActionSpec["scopedLimit"] = undefined
  if (rate.scoped !== undefined) {
    const field = rate.scoped.scope === "room" ? "RoomId" : "GroupId"
    if (!params.some((p) => p.name === field)) throw new Error(`${name}: scoped limit by ${field}, no such parameter`)
    scopedLimit = { field, qps: rate.scoped.qps }
  }
  if (curatedRate !== undefined) notes.push(`rate limit: ${curatedRate.why}`)

  return {
    product: product === "zim" ? "zim" : "rtc",
    name,
    file,
    group,
    method,
    params,
    indexedDot,
    response,
    codes,
    qps: curatedRate !== undefined ? curatedRate.qps : rate.qps,
    testQps: rate.testQps,
    dailyLimit: rate.dailyLimit,
    scopedLimit,
    rateLimitText: rate.text,
    host: host !== undefined && !/^https:\/\/(zim|rtc)-api\.zego\.im$/.test(host) ? host : undefined,
    examples,
    notes
  }
}
