/**
 * One module per Action: request schema, response schema, its own error classes, its code table and
 * `Action.make(...)`, in the shape of the three hand-written seeds.
 */
import type { Analysis, Analyzed } from "./analysis.js"
import { camel, charsetRegex, charsetRule, doc, key, limitsInWords, lit, pascal, safe, singular } from "./emit-util.js"
import type { Field, Shape } from "./model.js"

/** Names of response list items that a rule would name badly. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  "QueryUserInfos.Result": "UserInfo",
  "QueryUserOnlineState.Result": "UserState",
  "QueryBlacklist.Blacklist": "BlockedUser",
  "CheckUsersIsInBlacklist.Succ": "BlockCheck",
  "QueryGroupMsg.List": "Message",
  "QueryPeerMsg.List": "Message",
  "QueryConversationList.List": "Conversation",
  "QueryForbidCDNLiveStream.Data.Ws.ResultDetail": "ForbiddenStream",
  "ForbidCDNLiveStream.Data": "CdnResult",
  "ResumeCDNLiveStream.Data": "CdnResult",
  "StartCDNRecord.Data.Tencent": "TencentRecord",
  "StartCDNRecord.Data.Ws.list": "WsRecord",
  "StartCDNRecord.Data.Huawei": "HuaweiRecord",
  "StopCDNRecord.Data.Tencent": "TencentRecord",
  "StopCDNRecord.Data.Ws.list": "WsRecord",
  "StopCDNRecord.Data.Huawei": "HuaweiRecord",
  "SendPeerMessage.SuccList": "Sent",
  "ModifyGroupAttribute.FailKeys": "RejectedKey",
  "SetConvMark.FailList[].FailList": "FailedMark",
  "QueryAppGroupList.GroupIdList": "Group",
  "QueryAppCommunityList.CommunityIdList": "Community"
}

/** Response defaults that are not the type's empty value. */
const RESPONSE_DEFAULTS: Readonly<Record<string, string>> = {
  // "0" means "no more pages" (the seed's convention).
  "QueryGroupsInfoOfUser.NextRsp": "\"0\""
}

const errorsModule = (product: "zim" | "rtc") => (product === "zim" ? "ZimErrors" : "RtcErrors")

/** The unique names of one module. */
class Names {
  private readonly used = new Set<string>()
  constructor(reserved: Iterable<string>) {
    for (const r of reserved) this.used.add(r)
  }
  claim(wanted: string, parent: string): string {
    let name = wanted
    if (this.used.has(name)) name = `${pascal(parent)}${wanted}`
    let n = 2
    while (this.used.has(name)) name = `${wanted}${n++}`
    this.used.add(name)
    return name
  }
}

interface Ctx {
  readonly action: Analyzed
  readonly names: Names
  /** Declarations hoisted before `Request` / `Response`, in dependency order. */
  readonly decls: Array<string>
  /** Named response item structs by path, with their TS type name. */
  readonly itemTypes: Map<string, string>
  usesWire: boolean
}

// ---------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------

const numberRules = (shape: Extract<Shape, { kind: "number" }>): string => {
  const parts: Array<string> = []
  if (shape.int) parts.push("int: true")
  if (shape.minimum !== undefined) parts.push(`minimum: ${shape.minimum}`)
  if (shape.maximum !== undefined) parts.push(`maximum: ${shape.maximum}`)
  if (shape.enum !== undefined) parts.push(`enum: [${shape.enum.join(", ")}]`)
  return parts.length === 0 ? "Rules.number()" : `Rules.number({ ${parts.join(", ")} })`
}

const stringRules = (shape: Extract<Shape, { kind: "string" }>): string => {
  const parts: Array<string> = []
  if (shape.minLength !== undefined) parts.push(`minLength: ${shape.minLength}`)
  if (shape.maxLength !== undefined) parts.push(`maxLength: ${shape.maxLength}`)
  if (shape.maxBytes !== undefined) parts.push(`maxBytes: ${shape.maxBytes}`)
  if (shape.charset !== undefined) {
    parts.push(`pattern: { regex: ${charsetRegex(shape.charset)}, rule: ${lit(charsetRule(shape.charset))} }`)
  }
  if (shape.enum !== undefined) parts.push(`enum: [${shape.enum.map(lit).join(", ")}]`)
  return parts.length === 0 ? "Rules.string()" : `Rules.string({ ${parts.join(", ")} })`
}

const requestSchema = (shape: Shape, name: string, ctx: Ctx, path: string): string => {
  switch (shape.kind) {
    case "string":
      return stringRules(shape)
    case "number":
      return numberRules(shape)
    case "boolean":
      return "Schema.Boolean"
    case "array": {
      let item = requestSchema(shape.items, singular(name), ctx, `${path}[]`)
      // A list of IDs with a documented character set: name the ID schema (the seeds' `UserId`).
      if (shape.items.kind === "string" && shape.items.charset !== undefined) {
        const itemName = ctx.names.claim(singular(name), "")
        ctx.decls.push(
          [
            doc([
              `One item of \`${path}\`: ${safe(limitsInWords(shape.items))}.`,
              "",
              "@since 0.1.0",
              "@category schemas"
            ]),
            `export const ${itemName} = ${item}`
          ].join("\n")
        )
        item = itemName
      }
      const limits: Array<string> = []
      if (shape.minItems !== undefined) limits.push(`minItems: ${shape.minItems}`)
      if (shape.maxItems !== undefined) limits.push(`maxItems: ${shape.maxItems}`)
      return limits.length === 0 ? `Rules.array(${item})` : `Rules.array(${item}, { ${limits.join(", ")} })`
    }
    case "object":
      return `Schema.Struct({\n${shape.fields.map((f) => requestField(f, ctx, `${path}.${f.name}`)).join(",\n")}\n})`
    case "map":
      return `Schema.Record({ key: Schema.String, value: ${requestSchema(shape.values, name, ctx, `${path}{}`)} })`
    case "json":
      return "Schema.Record({ key: Schema.String, value: Schema.Unknown })"
    case "stringOrJson":
      return "Schema.Union(Schema.String, Schema.Record({ key: Schema.String, value: Schema.Unknown }))"
  }
}

const fieldDoc = (field: Field): ReadonlyArray<string> => {
  const parts: Array<string> = []
  const limits = limitsInWords(field.shape)
  if (limits !== "") parts.push(`${limits.charAt(0).toUpperCase()}${limits.slice(1)}.`)
  if (field.serverDefault !== undefined && field.serverDefault !== null) {
    parts.push(`Server default: ${JSON.stringify(field.serverDefault)}.`)
  }
  if (field.deprecated) parts.push("Deprecated by the vendor.")
  return parts.length === 0 ? [] : [safe(parts.join(" "))]
}

const requestField = (field: Field, ctx: Ctx, path: string): string => {
  const schema = requestSchema(field.shape, field.name, ctx, path)
  const docLines = fieldDoc(field)
  const line = `${key(field.name)}: ${field.required ? schema : `Schema.optional(${schema})`}`
  return docLines.length === 0 ? line : `${doc(docLines)}\n${line}`
}

// ---------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------

const JSON_RECORD = "Schema.Record({ key: Schema.String, value: Schema.Unknown })"

const emptyOf = (shape: Shape): string => {
  switch (shape.kind) {
    case "string":
    case "stringOrJson":
      return "\"\""
    case "number":
      return "0"
    case "boolean":
      return "false"
    case "array":
      return "[]"
    case "map":
    case "json":
      return "({})"
    case "object":
      return `({ ${shape.fields.map((f) => `${key(f.name)}: ${unparen(emptyOf(f.shape))}`).join(", ")} })`
  }
}

const unparen = (s: string): string => (s.startsWith("({") ? s.slice(1, -1) : s)

const tsTypeOf = (shape: Shape, ctx: Ctx, path: string): string => {
  switch (shape.kind) {
    case "string":
      return "string"
    case "number":
      return "number"
    case "boolean":
      return "boolean"
    case "array": {
      const named = ctx.itemTypes.get(`${path}[]`)
      return `ReadonlyArray<${named ?? tsTypeOf(shape.items, ctx, `${path}[]`)}>`
    }
    case "object":
      return `{ ${
        shape.fields.map((f) => `readonly ${key(f.name)}: ${tsTypeOf(f.shape, ctx, `${path}.${f.name}`)}`).join("; ")
      } }`
    case "map":
      return `{ readonly [x: string]: ${tsTypeOf(shape.values, ctx, `${path}{}`)} }`
    case "json":
      return "{ readonly [x: string]: unknown }"
    case "stringOrJson":
      return "string | { readonly [x: string]: unknown }"
  }
}

/** Whether the struct of a list item is exactly the core's `ErrorListEntry` ({UserId, SubCode}). */
const isErrorListEntry = (shape: Shape): boolean =>
  shape.kind === "object" && shape.fields.length === 2 && shape.fields[0]?.name === "UserId" &&
  shape.fields[0].shape.kind === "string" && shape.fields[1]?.name === "SubCode" &&
  shape.fields[1].shape.kind === "number"

const responseSchema = (shape: Shape, name: string, ctx: Ctx, path: string, failure: boolean): string => {
  switch (shape.kind) {
    case "string":
      return "Schema.String"
    case "number":
      return "Schema.Number"
    case "boolean":
      return "Schema.Boolean"
    case "array": {
      const items = shape.items
      if (items.kind !== "object") {
        return `Schema.Array(${responseSchema(items, singular(name), ctx, `${path}[]`, false)})`
      }
      if (failure && isErrorListEntry(items)) {
        ctx.itemTypes.set(`${path}[]`, "ZegoError.ErrorListEntry")
        return "Schema.Array(ZegoError.ErrorListEntry)"
      }
      const wanted = ITEM_NAMES[`${ctx.action.spec.name}.${path}`] ?? pascal(failure ? `${name}Entry` : singular(name))
      const parent = path.includes(".") ? path.split(".").slice(-2, -1)[0] ?? "" : ""
      const itemName = ctx.names.claim(wanted, parent)
      const keyName = failure
        ? items.fields.find((f) => /Id$/.test(f.name) || f.name === "Key")?.name
        : /Id$/.test(items.fields[0]?.name ?? "")
        ? items.fields[0]?.name
        : undefined
      const body = items.fields.map((f) => {
        const required = f.name === keyName || (failure && f.name === "SubCode")
        return responseField(f, ctx, `${path}[].${f.name}`, required)
      })
      ctx.itemTypes.set(`${path}[]`, itemName)
      ctx.decls.push(
        [
          doc([`One item of \`${path}\`.`, "", "@since 0.1.0", "@category schemas"]),
          `export const ${itemName} = Schema.Struct({\n${body.join(",\n")}\n})`,
          "",
          doc(["@since 0.1.0", "@category models"]),
          `export type ${itemName} = typeof ${itemName}.Type`
        ].join("\n")
      )
      return `Schema.Array(${itemName})`
    }
    case "object":
      return `Schema.Struct({\n${
        shape.fields.map((f) => responseField(f, ctx, `${path}.${f.name}`, false)).join(",\n")
      }\n})`
    case "map":
      return `Schema.Record({ key: Schema.String, value: ${
        responseSchema(shape.values, name, ctx, `${path}{}`, false)
      } })`
    case "json":
      return JSON_RECORD
    case "stringOrJson":
      return `Schema.Union(Schema.String, ${JSON_RECORD})`
  }
}

const responseField = (field: Field, ctx: Ctx, path: string, required: boolean, failure = false): string => {
  const schema = responseSchema(field.shape, field.name, ctx, path, failure)
  if (required) return `${key(field.name)}: ${schema}`
  const fallback = RESPONSE_DEFAULTS[`${ctx.action.spec.name}.${path}`] ?? emptyOf(field.shape)
  const options = field.nullable
    ? `{ nullable: true, default: () => ${fallback} }`
    : `{ default: () => ${fallback} }`
  return `${key(field.name)}: Schema.optionalWith(${schema}, ${options})`
}

// ---------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------

const rateInWords = (a: Analyzed): string => {
  const { qps, scopedLimit } = a.spec
  const per = (n: number) => (n >= 1 ? `${n} request${n === 1 ? "" : "s"}/s` : `1 request per ${Math.round(1 / n)} s`)
  const scope = scopedLimit === undefined
    ? ""
    : `${per(scopedLimit.qps)} per ${scopedLimit.field === "RoomId" ? "room" : "group"}`
  if (qps === undefined && scope === "") return "no documented rate limit"
  if (qps === undefined) return scope
  return scope === "" ? per(qps) : `${per(qps)}, and ${scope}`
}

/** The name of the Result's item for a failure list. */
const failedName = (keyField: string | undefined, list: string): string => {
  if (keyField === undefined) return `Failed${singular(list)}`
  if (keyField === "Key") return "FailedKey"
  const base = keyField.replace(/Id$/, "")
  const noun = base === "Conv" ? "Conversation" : base === "" ? singular(list) : base
  return `Failed${noun}`
}

/** Renders the module of an Action. */
export const emitAction = (a: Analyzed, analysis: Analysis): string => {
  const { spec } = a
  const product = spec.product
  const errorsName = errorsModule(product)
  const local = analysis.local(spec.name)
  const reexported = [
    ...new Set(a.own.map((o) => o.className).filter((n) => analysis.placement(product, n).kind === "shared"))
  ].sort()
  const reserved = [
    "Request",
    "Response",
    "errors",
    "Error",
    "Result",
    spec.name,
    "Schema",
    "Action",
    "Rules",
    "ZegoError",
    errorsName,
    "Wire",
    ...local.map((c) => c.name),
    ...reexported
  ]
  const ctx: Ctx = { action: a, names: new Names(reserved), decls: [], itemTypes: new Map(), usesWire: false }

  // Request.
  const requestFields = spec.params.map((p) => requestField(p, ctx, p.name))
  // An empty struct lets any object through: refuse every key, as the other Actions refuse unknown ones.
  let request = requestFields.length === 0
    ? "Schema.Struct({}).pipe(Schema.filter((input) => {\nconst extra = Object.keys(input)[0]\n" +
      "return extra === undefined || { path: [extra], message: \"is unexpected\" }\n}))"
    : `Schema.Struct({\n${requestFields.join(",\n")}\n})`
  if (spec.indexedDot.length > 0) {
    ctx.usesWire = true
    request = `Wire.indexedDot(${request}, [${spec.indexedDot.map(lit).join(", ")}])`
  }
  const requestDecls = ctx.decls.splice(0)

  // Response.
  const failureFields = new Set(a.failureLists.map((f) => f.field))
  const responseFields = spec.response.map((f) => responseField(f, ctx, f.name, false, failureFields.has(f.name)))
  const responseDecls = ctx.decls.splice(0)

  const usesZegoError = local.length > 0 ||
    a.own.some((o) => analysis.placement(product, o.className).kind === "core") ||
    a.failureLists.length > 0 || responseFields.some((f) => f.includes("ZegoError."))
  const usesRules = requestFields.some((f) => f.includes("Rules.")) || requestDecls.some((d) => d.includes("Rules."))

  const out: Array<string> = []
  // Header.
  const header: Array<string> = [
    `${product.toUpperCase()} \`${spec.name}\`: ${a.summary}. ${spec.method}, ${rateInWords(a)}.`
  ]
  if (a.failureLists.length > 0) {
    header.push(
      "",
      `Partial results are values: each item of ${
        a.failureLists.map((f) => `\`${f.field}\``).join(" and ")
      } comes back with the tagged error of its \`SubCode\`. When every item fails, the call fails with the \`Code\`'s error.`
    )
  }
  if (spec.host !== undefined) {
    header.push(
      "",
      `The vendor serves this Action from ${spec.host}, not from the product's host: calls go there while the ` +
        "product's base URL is a region default."
    )
  }
  header.push("", `Generated from the vendor's \`${spec.file}\`.`, "", "@since 0.1.0")
  out.push(doc(header))

  const imports: Array<string> = []
  const core = ["Action", ...(usesRules ? ["Rules"] : []), ...(usesZegoError ? ["ZegoError"] : [])]
  imports.push(`import { ${core.join(", ")} } from "@effect-zego/core"`)
  imports.push(`import * as Schema from "effect/Schema"`)
  if (ctx.usesWire) imports.push(`import * as Wire from "./internal/wire.js"`)
  imports.push(`import * as ${errorsName} from "./${errorsName}.js"`)
  out.push(imports.join("\n"))

  if (reexported.length > 0) {
    // One doc comment per name: API doc generators (`@effect/docgen`) document each re-exported name.
    const specifiers = reexported.map((name) =>
      [
        "  /**",
        `   * An error of ${spec.name} that other Actions share (declared in \`${errorsName}\`).`,
        "   *",
        "   * @since 0.1.0",
        "   * @category errors",
        "   */",
        `  ${name}`
      ].join("\n")
    )
    out.push(`export {\n${specifiers.join(",\n")}\n} from "./${errorsName}.js"`)
  }

  for (const cls of local) {
    const codes = a.own.filter((o) => o.className === cls.name).map((o) => o.code).join(", ")
    const retry = cls.retry === undefined || cls.retry === "never" ? "" : `,\n  retry: ${lit(cls.retry)}`
    out.push(
      [
        doc([`${codes}: ${safe(cls.meaning)}.`, "", "@since 0.1.0", "@category errors"]),
        `export class ${cls.name} extends ZegoError.ApiError<${cls.name}>()(${lit(cls.name)}, {\n  meaning: ${
          lit(cls.meaning)
        }${retry}\n}) {}`
      ].join("\n")
    )
  }

  for (const d of requestDecls) out.push(d)
  const carries = spec.method === "GET" ? "the query parameters" : "the JSON body"
  out.push(
    [
      doc([
        `The input of ${spec.name}, with its documented limits; it is sent as ${carries}.`,
        "",
        "@since 0.1.0",
        "@category schemas"
      ]),
      `export const Request = ${request}`
    ].join("\n")
  )
  for (const d of responseDecls) out.push(d)
  out.push(
    [
      doc([
        spec.response.length === 0
          ? `The business fields of a successful answer: ${spec.name} has none.`
          : `The business fields of a successful answer; absent fields decode to their empty value.`,
        "",
        "@since 0.1.0",
        "@category schemas"
      ]),
      `export const Response = Schema.Struct({${
        responseFields.length === 0 ? "" : `\n${responseFields.join(",\n")}\n`
      }})`
    ].join("\n")
  )

  // Code table.
  const classRef = (name: string): string => {
    const p = analysis.placement(product, name)
    return p.kind === "core" ? `ZegoError.${name}` : p.kind === "shared" ? `${errorsName}.${name}` : name
  }
  const entries = [`...${errorsName}.${a.common.name}`, ...a.own.map((o) => `${o.code}: ${classRef(o.className)}`)]
  out.push(
    [
      doc([`The codes of ${spec.name}.`, "", "@since 0.1.0", "@category code tables"]),
      `export const errors = {\n${entries.join(",\n")}\n} as const`
    ].join("\n")
  )

  // Partial results.
  let finalize = ""
  if (a.failureLists.length > 0) {
    out.push(
      [
        doc([
          `Any error ${spec.name} documents, as a failed item's \`Error\` can be.`,
          "",
          "@since 0.1.0",
          "@category models"
        ]),
        "export type Error = InstanceType<(typeof errors)[keyof typeof errors]>"
      ].join("\n")
    )
    const failedNames = new Map<string, string>()
    for (const list of a.failureLists) {
      const itemType = ctx.itemTypes.get(`${list.field}[]`) ?? "never"
      const name = ctx.names.claim(failedName(list.keyField, list.field), list.field)
      failedNames.set(list.field, name)
      const errorType = `Error | ZegoError.UnknownApiError | ZegoError.GatewayError${
        list.subCodeZero ? " | undefined" : ""
      }`
      out.push(
        [
          doc([
            `An item of \`${list.field}\` that failed, with the tagged error of its SubCode${
              list.subCodeZero ? " (undefined when its SubCode is 0)" : ""
            }.`,
            "",
            "@since 0.1.0",
            "@category models"
          ]),
          `export interface ${name} extends ${itemType} {\n  readonly Error: ${errorType}\n}`
        ].join("\n")
      )
    }
    const members = spec.response.map((f) => {
      const failed = failedNames.get(f.name)
      return `readonly ${key(f.name)}: ${
        failed !== undefined ? `ReadonlyArray<${failed}>` : tsTypeOf(f.shape, ctx, f.name)
      }`
    })
    out.push(
      [
        doc([`What ${spec.name} returns.`, "", "@since 0.1.0", "@category models"]),
        `export interface Result {\n${members.join("\n")}\n}`
      ].join("\n")
    )
    const mapped = a.failureLists.map((list) => {
      const error = list.subCodeZero
        ? "failed.SubCode === 0 ? undefined : context.errorFor(failed.SubCode)"
        : "context.errorFor(failed.SubCode)"
      return `${key(list.field)}: decoded.${list.field}.map((failed) => ({ ...failed, Error: ${error} }))`
    })
    finalize = `,\n  finalize: (decoded, context): Result => ({\n...decoded,\n${mapped.join(",\n")}\n})`
  }

  // Only the envelope: nothing to return (an empty struct would hand back the envelope itself).
  if (spec.response.length === 0) finalize = ",\n  finalize: (): void => undefined"

  // The declaration.
  // The facts the CLI's help shows: the summary, and each top-level field's limits in words.
  const limitEntries = spec.params.flatMap((p) => {
    const words = fieldDoc(p)
    return words.length === 0 ? [] : [`${key(p.name)}: ${lit(words.join(" "))}`]
  })
  const facts = `\n  summary: ${lit(a.summary)},${
    limitEntries.length === 0 ? "" : `\n  limits: {\n${limitEntries.join(",\n")}\n},`
  }`
  const scoped = spec.scopedLimit === undefined
    ? ""
    : `\n  scopedLimit: { field: ${lit(spec.scopedLimit.field)}, qps: ${spec.scopedLimit.qps} },`
  out.push(
    [
      doc([
        `${a.idempotent ? "Idempotent" : "Not idempotent"}: ${safe(a.idempotencyReason)}.`,
        "",
        "@since 0.1.0",
        "@category actions"
      ]),
      `export const ${spec.name} = Action.make({\n  product: ${lit(product)},\n  name: ${lit(spec.name)},\n  method: ${
        lit(spec.method)
      },\n  request: Request,\n  response: Response,\n  qps: ${
        spec.qps === undefined ? "undefined" : spec.qps
      },${scoped}${
        spec.host === undefined ? "" : `\n  host: ${lit(spec.host)},`
      }${facts}\n  idempotent: ${a.idempotent},\n  errors${finalize}\n})`
    ].join("\n")
  )
  return `${out.join("\n\n")}\n`
}

/** The method name of an Action in its service. */
export const methodName = camel
