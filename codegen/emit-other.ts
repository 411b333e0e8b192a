/**
 * The files around the Action modules: the product's shared errors, the registry, the package index,
 * the emulator's facts, the vendor-example fixtures and the coverage table.
 */
import type { Analysis, Analyzed } from "./analysis.js"
import { camel, charsetRegex, charsetRule, doc, lit, safe } from "./emit-util.js"
import type { Field, Shape } from "./model.js"
import type { CommonTable } from "./naming.js"
import { COMMON, CORE_CLASSES, SCOPED_RATE_LIMIT_CODE } from "./naming.js"
import { parseMarkdownCodeTables } from "./openapi.js"

const label = (product: "zim" | "rtc") => product.toUpperCase()

// ---------------------------------------------------------------------------
// ZimErrors.ts / RtcErrors.ts
// ---------------------------------------------------------------------------

/** The product's shared error classes and its common tables. */
export const emitErrors = (product: "zim" | "rtc", analysis: Analysis): string => {
  const actions = analysis.actions.filter((a) => a.spec.product === product)
  const codesOf = (name: string): ReadonlyArray<number> =>
    [
      ...new Set(
        actions.flatMap((a) => a.table.filter((row) => row.className === name).map((row) => row.code))
      )
    ].sort((x, y) => x - y)
  const tables = COMMON[product]
  const inTables = new Set(tables.flatMap((t) => Object.values(t.codes)))
  const classes = [...analysis.shared[product]].sort((a, b) => {
    const ca = inTables.has(a.name) ? 0 : 1
    const cb = inTables.has(b.name) ? 0 : 1
    if (ca !== cb) return ca - cb
    if (ca === 0) return (codesOf(a.name)[0] ?? 0) - (codesOf(b.name)[0] ?? 0)
    return a.name < b.name ? -1 : 1
  })
  const out: Array<string> = []
  out.push(doc([
    product === "zim"
      ? "Errors that many ZIM Actions share: the ZIM public codes, the business codes of several Actions, and the common code table."
      : "Errors that many RTC Actions share, and the common code table of each RTC API group (room signalling, media service, media files, stream mixing).",
    "",
    "Generated from the vendor's files by `codegen/generate.ts`.",
    "",
    "@since 0.1.0"
  ]))
  out.push(`import { ZegoError } from "@effect-zego/core"`)
  for (const cls of classes) {
    const codes = codesOf(cls.name)
    const retry = cls.retry === undefined || cls.retry === "never" ? "" : `,\n  retry: ${lit(cls.retry)}`
    const retryWords = cls.retry === "transient"
      ? "; retried"
      : cls.retry === "throttled"
      ? "; retried with the longer backoff"
      : ""
    out.push([
      doc([
        `${label(product)} ${codes.join(", ")}: ${safe(cls.meaning)}${retryWords}.`,
        "",
        "@since 0.1.0",
        "@category errors"
      ]),
      `export class ${cls.name} extends ZegoError.ApiError<${cls.name}>()(${lit(cls.name)}, {\n  meaning: ${
        lit(cls.meaning)
      }${retry}\n}) {}`
    ].join("\n"))
  }
  for (const table of tables) {
    const entries = Object.entries(table.codes)
      .map(([code, name]) => `${code}: ${CORE_CLASSES.has(name) ? `ZegoError.${name}` : name}`)
    out.push([
      doc([table.doc, "", "@since 0.1.0", "@category code tables"]),
      `export const ${table.name} = {\n${entries.join(",\n")}\n} as const`
    ].join("\n"))
  }
  return `${out.join("\n\n")}\n`
}

// ---------------------------------------------------------------------------
// ZimActions.ts / RtcActions.ts and index.ts
// ---------------------------------------------------------------------------

/** The registry: every Action declaration, by method name. */
export const emitRegistry = (product: "zim" | "rtc", analysis: Analysis): string => {
  const actions = analysis.actions.filter((a) => a.spec.product === product)
  const name = product === "zim" ? "ZimActions" : "RtcActions"
  const service = product === "zim" ? "ZimService" : "RtcService"
  const out: Array<string> = []
  out.push(doc([
    `Every ${label(product)} Action, by the name of its \`${service}\` method (the Action's name in camelCase). ` +
    `\`${service}\` maps this record to its methods, so that each keeps its precise input, success and error types.`,
    "",
    "Generated from the vendor's files by `codegen/generate.ts`.",
    "",
    "@since 0.1.0"
  ]))
  out.push(actions.map((a) => `import * as ${a.spec.name} from "./${a.spec.name}.js"`).join("\n"))
  out.push([
    doc([`The ${actions.length} ${label(product)} Actions.`, "", "@since 0.1.0", "@category registry"]),
    `export const actions = {\n${
      actions.map((a) => `${camel(a.spec.name)}: ${a.spec.name}.${a.spec.name}`).join(",\n")
    }\n}`
  ].join("\n"))
  out.push([
    doc(["The registry's type.", "", "@since 0.1.0", "@category registry"]),
    "export type Actions = typeof actions"
  ].join("\n"))
  void name
  return `${out.join("\n\n")}\n`
}

/** The package's index: a namespace per module. */
export const emitIndex = (product: "zim" | "rtc", analysis: Analysis): string => {
  const actions = analysis.actions.filter((a) => a.spec.product === product)
  const P = product === "zim" ? "Zim" : "Rtc"
  const entries: Array<[string, string]> = [
    ...actions.map((a): [string, string] => [
      a.spec.name,
      `${label(product)} \`${a.spec.name}\`: ${safe(a.summary)}.`
    ]),
    [`${P}Actions`, `Every ${label(product)} Action, by method name.`],
    [`${P}Errors`, `Errors shared by ${label(product)} Actions.`],
    [`${P}Service`, `The ${label(product)} service.`]
  ]
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const out = [doc(["@since 0.1.0"])]
  for (const [module, words] of entries) {
    out.push(`${doc([words, "", "@since 0.1.0"])}\nexport * as ${module} from "./${module}.js"`)
  }
  return `${out.join("\n\n")}\n`
}

// ---------------------------------------------------------------------------
// facts.json
// ---------------------------------------------------------------------------

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

const compact = (o: Record<string, Json | undefined>): { readonly [key: string]: Json } => {
  const out: Record<string, Json> = {}
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v
  return out
}

const requestFact = (shape: Shape): { readonly [key: string]: Json } => {
  switch (shape.kind) {
    case "string":
      return compact({
        type: "string",
        enum: shape.enum,
        minLength: shape.minLength,
        maxLength: shape.maxLength,
        maxBytes: shape.maxBytes,
        pattern: shape.charset === undefined ? undefined : charsetRegex(shape.charset).slice(1, -1),
        charset: shape.charset === undefined ? undefined : charsetRule(shape.charset)
      })
    case "number":
      return compact({
        type: shape.int ? "integer" : "number",
        enum: shape.enum,
        minimum: shape.minimum,
        maximum: shape.maximum
      })
    case "boolean":
      return { type: "boolean" }
    case "array":
      return compact({
        type: "array",
        itemType: typeName(shape.items),
        minItems: shape.minItems,
        maxItems: shape.maxItems,
        items: requestFact(shape.items)
      })
    case "object":
      return {
        type: "object",
        properties: Object.fromEntries(shape.fields.map((f) => [f.name, fieldFact(f)])),
        required: shape.fields.filter((f) => f.required).map((f) => f.name)
      }
    case "map":
      return { type: "object", additionalProperties: requestFact(shape.values) }
    case "json":
      return { type: "object" }
    case "stringOrJson":
      return { type: ["string", "object"] }
  }
}

const typeName = (shape: Shape): string =>
  shape.kind === "number"
    ? shape.int ? "integer" : "number"
    : shape.kind === "map" || shape.kind === "json"
    ? "object"
    : shape.kind === "stringOrJson"
    ? "string|object"
    : shape.kind

const fieldFact = (field: Field): { readonly [key: string]: Json } =>
  compact({
    ...requestFact(field.shape),
    required: field.shape.kind === "object" ? requestFact(field.shape)["required"] : undefined,
    serverDefault: field.serverDefault as Json | undefined,
    deprecated: field.deprecated ? true : undefined,
    derived: field.derived.length > 0 ? field.derived : undefined
  })

/**
 * The response as a simplified JSON Schema. `required` lists what our decoder requires: the identifying
 * first field of list items (`UserId`…), and the key and `SubCode` of partial-failure items.
 */
const responseFact = (
  shape: Shape,
  field?: Field,
  itemRequired: ReadonlyArray<string> = [],
  failures: ReadonlyMap<string, string | undefined> = new Map()
): { readonly [key: string]: Json } => {
  switch (shape.kind) {
    case "object": {
      return compact({
        type: "object",
        properties: Object.fromEntries(
          shape.fields.map((f) => [f.name, responseFact(f.shape, f, failureRequired(f, failures))])
        ),
        required: [...itemRequired],
        nullable: field?.nullable === true ? true : undefined
      })
    }
    case "array": {
      const items = shape.items
      const key = items.kind === "object" && /Id$/.test(items.fields[0]?.name ?? "") ? items.fields[0]?.name : undefined
      return compact({
        type: "array",
        items: responseFact(items, undefined, itemRequired.length > 0 ? itemRequired : key === undefined ? [] : [key]),
        nullable: field?.nullable === true ? true : undefined
      })
    }
    case "map":
      return { type: "object", additionalProperties: responseFact(shape.values) }
    default:
      return compact({
        ...requestFact(shape),
        nullable: field?.nullable === true ? true : undefined
      })
  }
}

const failureRequired = (field: Field, failures: ReadonlyMap<string, string | undefined>): ReadonlyArray<string> => {
  if (!failures.has(field.name)) return []
  const key = failures.get(field.name)
  return key === undefined ? ["SubCode"] : [key, "SubCode"]
}

/** The gateway codes of the return-code pages, with their retry class (SPEC §4). */
const GATEWAY_RETRY: Readonly<Record<number, string>> = {
  100000004: "once",
  100000005: "once",
  100000012: "transient",
  100000015: "transient"
}

const actionFact = (a: Analyzed): { readonly [key: string]: Json } => {
  const { spec } = a
  const failureLists = a.failureLists.map((f) => compact({ field: f.field, keyField: f.keyField }))
  // Partial-failure lists need their item key and SubCode, whatever the generic rule says.
  const response = responseFact(
    { kind: "object", fields: spec.response },
    undefined,
    [],
    new Map(a.failureLists.map((f) => [f.field, f.keyField]))
  )
  return compact({
    product: spec.product,
    name: spec.name,
    group: spec.group,
    source: spec.file,
    method: spec.method,
    host: spec.host ?? null,
    qps: spec.qps ?? null,
    testQps: spec.testQps ?? null,
    dailyLimit: spec.dailyLimit ?? null,
    scopedLimit: spec.scopedLimit === undefined ? null : { field: spec.scopedLimit.field, qps: spec.scopedLimit.qps },
    rateLimitText: spec.rateLimitText,
    rateLimitCode: a.rateLimitCode,
    scopedRateLimitCode: a.scopedRateLimitCode ?? null,
    idempotent: a.idempotent,
    idempotency: a.idempotencyReason,
    request: spec.params.map((p) =>
      compact({
        name: p.name,
        in: spec.method === "GET" ? "query" : "body",
        serialization: spec.indexedDot.includes(p.name)
          ? "indexed-dot"
          : spec.method === "GET" && p.shape.kind === "array"
          ? "repeated-brackets"
          : undefined,
        ...fieldFact(p),
        required: p.required
      })
    ),
    response,
    partialFailures: failureLists.length > 0 ? failureLists : undefined,
    codes: a.table.map((row) =>
      compact({
        code: row.code,
        tag: row.className,
        meaning: (CORE_CLASSES.get(row.className)?.meaning) ?? meaningOf(spec.product, row.className),
        description: row.description === "" ? undefined : row.description,
        retry: row.retry,
        common: row.common ? true : undefined
      })
    ),
    notes: spec.notes.length > 0 ? spec.notes : undefined
  })
}

let meaningOf: (product: "zim" | "rtc", name: string) => string = () => ""

/** `packages/emulator/src/generated/facts.json`. */
export const emitFacts = (
  analysis: Analysis,
  returnCodes: Readonly<Record<"zim" | "rtc", string>>,
  classes: (product: "zim" | "rtc", name: string) => string
): string => {
  meaningOf = classes
  const gateway = [...(parseMarkdownCodeTables(returnCodes.zim).get("Public return codes") ?? [])]
    .filter((row) => row.code >= 100000000)
    .map((row) => ({ code: row.code, description: row.description, retry: GATEWAY_RETRY[row.code] ?? "never" }))
  const common = (t: CommonTable) => ({
    groups: t.groups === "*" ? "*" : [...t.groups],
    rateLimitCode: t.rateLimitCode,
    codes: Object.entries(t.codes).map(([code, tag]) => ({ code: Number(code), tag }))
  })
  const facts = {
    about: "Facts of every ZIM and RTC Action, generated by codegen/generate.ts from the vendor's OpenAPI files. " +
      "Plain data for the emulator: no code of the client reads this file.",
    products: {
      zim: {
        rateLimitCode: COMMON.zim[0]?.rateLimitCode ?? null,
        scopedRateLimitCode: SCOPED_RATE_LIMIT_CODE.zim,
        commonTables: Object.fromEntries(COMMON.zim.map((t) => [t.name, common(t)]))
      },
      rtc: {
        rateLimitCode: COMMON.rtc[0]?.rateLimitCode ?? null,
        scopedRateLimitCode: SCOPED_RATE_LIMIT_CODE.rtc,
        commonTables: Object.fromEntries(COMMON.rtc.map((t) => [t.name, common(t)]))
      }
    },
    gatewayCodes: gateway,
    actions: analysis.actions.map(actionFact)
  }
  return `${JSON.stringify(facts, null, 2)}\n`
}

// ---------------------------------------------------------------------------
// Fixtures and coverage
// ---------------------------------------------------------------------------

/** `test/fixtures/vendor-examples/<product>/<Action>.json`. */
export const emitFixture = (a: Analyzed): string => {
  const notes: Array<string> = []
  for (const e of a.spec.examples) {
    if (e.kind === "assembled from property examples") {
      notes.push(
        "The file has no example of the whole response: this one is assembled from the examples of each " +
          "property (one item per list; a list whose items have no example is left empty). Code, Message and " +
          "RequestId come from their own examples, else 0, \"success\" and \"example\"."
      )
    }
    const value = e.value as Record<string, unknown> | null
    if (value !== null && typeof value === "object" && "RequestId" in value && typeof value["RequestId"] !== "string") {
      notes.push(`${e.name}: RequestId is a number in the vendor's example, a string in the documented envelope.`)
    }
  }
  return `${
    JSON.stringify(
      {
        action: a.spec.name,
        product: a.spec.product,
        source: a.spec.file,
        examples: a.spec.examples.map((e) => ({ name: e.name, kind: e.kind, value: e.value })),
        notes
      },
      null,
      2
    )
  }\n`
}

/** `codegen/COVERAGE.md`. */
export const emitCoverage = (analysis: Analysis): string => {
  const rows = analysis.actions.map((a) => {
    const { spec } = a
    const qps = [
      spec.qps === undefined ? "" : String(spec.qps),
      spec.scopedLimit === undefined
        ? ""
        : `${spec.scopedLimit.qps} per ${spec.scopedLimit.field === "RoomId" ? "room" : "group"}`
    ].filter((s) => s !== "").join(" + ") || "none documented"
    const status = ["generated, conformance-tested", ...(spec.host !== undefined ? [`served by ${spec.host}`] : [])]
    return `| ${spec.name} | ${spec.product.toUpperCase()} | ${spec.method} | ${qps} | ${
      a.idempotent ? "yes" : "no"
    } | ${status.join("; ")} |`
  })
  const zim = analysis.actions.filter((a) => a.spec.product === "zim").length
  const rtc = analysis.actions.filter((a) => a.spec.product === "rtc").length
  return [
    "# Coverage",
    "",
    `${analysis.actions.length} Actions (${zim} ZIM, ${rtc} RTC), generated from the vendor's OpenAPI files by ` +
    "`codegen/generate.ts`. QPS is the documented app-level limit (requests per second); a per-room or per-group " +
    "limit is added after a `+`.",
    "",
    "| Action | product | method | QPS | idempotent | status |",
    "|---|---|---|---|---|---|",
    ...rows,
    ""
  ].join("\n")
}
