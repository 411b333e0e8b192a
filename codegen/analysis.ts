/**
 * Decisions derived from the whole set of Actions: which error class each code gets and where each
 * class is declared, each Action's idempotency, and the response's partial-failure lists.
 */
import type { RetryClass } from "./emit-util.js"
import { idempotencyOf } from "./idempotency.js"
import type { ActionSpec, Field, Shape } from "./model.js"
import type { CommonTable, ErrorClass } from "./naming.js"
import { CLASSES, classNameOf, commonOf, CORE_CLASSES, RETRY_OF, SCOPED_RATE_LIMIT_CODE } from "./naming.js"
import { SUMMARIES } from "./summaries.js"

/** One code of an Action's table. */
export interface ResolvedCode {
  readonly code: number
  /** The vendor's description (empty for codes that come from the common table only). */
  readonly description: string
  readonly className: string
  readonly retry: RetryClass
  /** True when the code comes from the product's common table (and the Action does not override it). */
  readonly common: boolean
}

/** Where a class is declared. */
export type Placement =
  | { readonly kind: "core" }
  | { readonly kind: "shared" }
  | { readonly kind: "local"; readonly action: string }

/** A top-level response list whose items carry a `SubCode`: partial failures. */
export interface FailureList {
  readonly field: string
  /** The item field naming what failed (`UserId`, `ConvId`, `Key`). */
  readonly keyField: string | undefined
  /** The docs show `SubCode` 0 in this list (an item that did not fail as a whole). */
  readonly subCodeZero: boolean
}

/** Everything the emitters need beyond the model. */
export interface Analyzed {
  readonly spec: ActionSpec
  readonly summary: string
  readonly idempotent: boolean
  readonly idempotencyReason: string
  readonly common: CommonTable
  /** The Action's own codes (those that differ from the common table), sorted by code. */
  readonly own: ReadonlyArray<ResolvedCode>
  /** Common table then own codes: the complete table, sorted by code. */
  readonly table: ReadonlyArray<ResolvedCode>
  readonly failureLists: ReadonlyArray<FailureList>
  /** The code the server answers when the Action's app-level (or only) rate limit is exceeded. */
  readonly rateLimitCode: number
  readonly scopedRateLimitCode: number | undefined
}

/** The result of the analysis. */
export interface Analysis {
  readonly actions: ReadonlyArray<Analyzed>
  readonly placement: (product: "zim" | "rtc", className: string) => Placement
  /** Classes to declare in ZimErrors / RtcErrors, in name order. */
  readonly shared: Readonly<Record<"zim" | "rtc", ReadonlyArray<ErrorClass>>>
  /** Classes to declare in an Action's module. */
  readonly local: (action: string) => ReadonlyArray<ErrorClass>
}

const classOf = (product: "zim" | "rtc", name: string): ErrorClass => {
  const core = CORE_CLASSES.get(name)
  if (core !== undefined) return core
  const found = CLASSES[product].find((c) => c.name === name)
  if (found === undefined) throw new Error(`class ${name} is not declared for ${product}`)
  return found
}

const failureListsOf = (spec: ActionSpec): ReadonlyArray<FailureList> => {
  const out: Array<FailureList> = []
  for (const field of spec.response) {
    if (field.shape.kind !== "array" || field.shape.items.kind !== "object") continue
    const fields = field.shape.items.fields
    if (!fields.some((f) => f.name === "SubCode")) continue
    const keyField = fields.find((f) => /Id$/.test(f.name) || f.name === "Key")?.name
    const subCodeZero = spec.examples.some((e) => {
      const list = typeof e.value === "object" && e.value !== null
        ? (e.value as Record<string, unknown>)[field.name]
        : []
      return Array.isArray(list) &&
        list.some((item) =>
          typeof item === "object" && item !== null && (item as Record<string, unknown>)["SubCode"] === 0
        )
    })
    out.push({ field: field.name, keyField, subCodeZero })
  }
  return out
}

/** Analyzes every Action. */
export const analyze = (specs: ReadonlyArray<ActionSpec>): Analysis => {
  const actions: Array<Analyzed> = []
  for (const spec of specs) {
    const summary = SUMMARIES[spec.name]
    if (summary === undefined) throw new Error(`no summary for ${spec.name} (codegen/summaries.ts)`)
    const common = commonOf(spec.product, spec.group)
    const { idempotent, why } = idempotencyOf(spec.name)
    const own: Array<ResolvedCode> = []
    for (const row of spec.codes) {
      const className = classNameOf(spec.product, row.code, row.description, spec.name)
      if (common.codes[row.code] === className) continue
      own.push({
        code: row.code,
        description: row.description,
        className,
        retry: RETRY_OF(spec.product, className),
        common: false
      })
    }
    own.sort((a, b) => a.code - b.code)
    const descriptions = new Map(spec.codes.map((r) => [r.code, r.description]))
    const fromCommon: Array<ResolvedCode> = Object.entries(common.codes)
      .filter(([code]) => !own.some((o) => o.code === Number(code)))
      .map(([code, className]) => ({
        code: Number(code),
        description: descriptions.get(Number(code)) ?? "",
        className,
        retry: RETRY_OF(spec.product, className),
        common: true
      }))
    const table = [...fromCommon, ...own].sort((a, b) => a.code - b.code)
    // The rate-limit code: an Action-specific limit code of its own table, else its group's.
    const ownLimit = own.find((o) => o.className === "ActionRateLimited" || o.className === "AppRateLimited")
    const rateLimitCode = ownLimit?.code ?? common.rateLimitCode
    actions.push({
      spec,
      summary,
      idempotent,
      idempotencyReason: why,
      common,
      own,
      table,
      failureLists: failureListsOf(spec),
      rateLimitCode,
      scopedRateLimitCode: spec.scopedLimit === undefined ? undefined : SCOPED_RATE_LIMIT_CODE[spec.product]
    })
  }

  // Placement: a class used by a common table or by two Actions or more is shared.
  const users = new Map<string, Set<string>>()
  for (const a of actions) {
    for (const o of a.own) {
      const key = `${a.spec.product}:${o.className}`
      users.set(key, (users.get(key) ?? new Set()).add(a.spec.name))
    }
  }
  const inCommon = (product: "zim" | "rtc", name: string): boolean =>
    actions.some((a) => a.spec.product === product && Object.values(a.common.codes).includes(name))
  const placement = (product: "zim" | "rtc", name: string): Placement => {
    if (CORE_CLASSES.has(name)) return { kind: "core" }
    if (inCommon(product, name)) return { kind: "shared" }
    const who = [...(users.get(`${product}:${name}`) ?? [])]
    if (who.length === 1 && who[0] !== undefined) return { kind: "local", action: who[0] }
    return { kind: "shared" }
  }
  const shared = {
    zim: CLASSES.zim.filter((c) => isUsed("zim", c.name) && placement("zim", c.name).kind === "shared"),
    rtc: CLASSES.rtc.filter((c) => isUsed("rtc", c.name) && placement("rtc", c.name).kind === "shared")
  }
  function isUsed(product: "zim" | "rtc", name: string): boolean {
    return inCommon(product, name) || users.has(`${product}:${name}`)
  }
  for (const product of ["zim", "rtc"] as const) {
    for (const c of CLASSES[product]) {
      if (!isUsed(product, c.name)) throw new Error(`naming table: ${product} class ${c.name} is never used`)
    }
  }
  const local = (action: string): ReadonlyArray<ErrorClass> => {
    const a = actions.find((x) => x.spec.name === action)
    if (a === undefined) return []
    const names = [...new Set(a.own.map((o) => o.className))]
    return names
      .filter((n) => {
        const p = placement(a.spec.product, n)
        return p.kind === "local" && p.action === action
      })
      .map((n) => classOf(a.spec.product, n))
  }
  return { actions, placement, shared, local }
}

/** Walks every field of a shape tree. */
export const everyField = (
  fields: ReadonlyArray<Field>,
  f: (field: Field, path: string) => void,
  prefix = ""
): void => {
  const visit = (shape: Shape, path: string): void => {
    if (shape.kind === "object") everyField(shape.fields, f, path)
    else if (shape.kind === "array") visit(shape.items, `${path}[]`)
    else if (shape.kind === "map") visit(shape.values, `${path}{}`)
  }
  for (const field of fields) {
    const path = prefix === "" ? field.name : `${prefix}.${field.name}`
    f(field, path)
    visit(field.shape, path)
  }
}
