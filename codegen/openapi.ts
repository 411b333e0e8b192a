/**
 * Reading the vendor's OpenAPI files: YAML parsing, `$ref` resolution across files, and the raw facts of
 * each operation (method, parameters, request body, response schema, examples, the code table and the
 * rate-limit note). Nothing here decides names or types: see `model.ts`.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { parse } from "yaml"

/** A node of a YAML document, after `$ref` resolution. */
export type Node = null | boolean | number | string | ReadonlyArray<Node> | { readonly [key: string]: Node }

/** An object node. */
export type ObjectNode = { readonly [key: string]: Node }

export const isObject = (n: Node | undefined): n is ObjectNode =>
  typeof n === "object" && n !== null && !Array.isArray(n)

export const str = (n: Node | undefined): string | undefined => typeof n === "string" ? n : undefined
export const num = (n: Node | undefined): number | undefined => typeof n === "number" ? n : undefined
export const arr = (n: Node | undefined): ReadonlyArray<Node> => Array.isArray(n) ? n : []
export const obj = (n: Node | undefined): ObjectNode => isObject(n) ? n : {}

/** Every file of the vendor's folder, keyed by its path relative to the root (POSIX separators). */
export class OpenApiFiles {
  private readonly cache = new Map<string, Node>()

  constructor(readonly root: string) {}

  /** Paths of the Action files: `zim/**` and `rtc/**` YAML files except the shared components. */
  actionFiles(): ReadonlyArray<string> {
    const out: Array<string> = []
    const walk = (relative: string) => {
      const entries = fs.readdirSync(path.join(this.root, relative), { withFileTypes: true })
        .sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
      for (const entry of entries) {
        const child = relative === "" ? entry.name : `${relative}/${entry.name}`
        if (entry.isDirectory()) walk(child)
        else if (entry.name.endsWith(".yaml") && !entry.name.includes("shared-components")) out.push(child)
      }
    }
    for (const product of ["zim", "rtc"]) walk(product)
    return out
  }

  /** A text file of the folder (e.g. `zim/return-codes.md`). */
  text(relative: string): string {
    return fs.readFileSync(path.join(this.root, relative), "utf8")
  }

  /** A YAML file, parsed (not resolved). */
  raw(relative: string): Node {
    const cached = this.cache.get(relative)
    if (cached !== undefined) return cached
    const parsed = parse(this.text(relative)) as Node
    this.cache.set(relative, parsed)
    return parsed
  }

  /** The node a `$ref` points at, and the file it lives in. */
  private target(ref: string, from: string): { readonly node: Node; readonly file: string } {
    const [filePart, pointer = ""] = ref.split("#", 2) as [string, string?]
    const file = filePart === "" ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), filePart))
    let node: Node = this.raw(file)
    for (const segment of pointer.split("/").filter((s) => s !== "")) {
      const key = decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~")
      if (!isObject(node) || !(key in node)) throw new Error(`unresolved $ref ${ref} from ${from}`)
      node = node[key] ?? null
    }
    return { node, file }
  }

  /**
   * A node with every `$ref` below it replaced by its target (siblings of a `$ref` are kept and win).
   * Recursive references are cut at the second visit.
   */
  resolve(node: Node, from: string, seen: ReadonlyArray<string> = []): Node {
    if (Array.isArray(node)) return node.map((n: Node) => this.resolve(n, from, seen))
    if (!isObject(node)) return node
    const ref = str(node["$ref"])
    if (ref !== undefined) {
      const key = `${from}#${ref}`
      if (seen.includes(key)) return {}
      const { file, node: target } = this.target(ref, from)
      const resolved = this.resolve(target, file, [...seen, key])
      const siblings: Record<string, Node> = {}
      for (const [k, v] of Object.entries(node)) if (k !== "$ref") siblings[k] = this.resolve(v, from, seen)
      return isObject(resolved) ? { ...resolved, ...siblings } : resolved
    }
    const out: Record<string, Node> = {}
    for (const [k, v] of Object.entries(node)) out[k] = this.resolve(v, from, seen)
    return out
  }
}

/** One HTTP operation of a file. */
export interface RawOperation {
  readonly file: string
  readonly method: "GET" | "POST"
  /** Resolved operation object. */
  readonly operation: ObjectNode
}

/** Every operation of a file (a file may hold several). */
export const operationsOf = (files: OpenApiFiles, file: string): ReadonlyArray<RawOperation> => {
  const doc = obj(files.raw(file))
  const out: Array<RawOperation> = []
  for (const pathKey of Object.keys(obj(doc["paths"])).sort()) {
    const item = obj(obj(doc["paths"])[pathKey])
    for (const method of ["get", "post"] as const) {
      const op = item[method]
      if (isObject(op)) {
        out.push({ file, method: method === "get" ? "GET" : "POST", operation: obj(files.resolve(op, file)) })
      }
    }
  }
  return out
}

// ---------------------------------------------------------------------------
// Code tables
// ---------------------------------------------------------------------------

/** One row of a documented code table. */
export interface CodeRow {
  readonly code: number
  /** The vendor's description, as plain text. */
  readonly description: string
}

const stripHtml = (html: string): string =>
  html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/(li|p|div)>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim()

/** Codes of one table cell: `1010、5007`, `3001, 5000`, `660000002 / 660000003`. */
const codesOf = (cell: string): ReadonlyArray<number> => {
  const text = stripHtml(cell)
  if (!/^\d+(\s*[、,/，]\s*\d+)*$/.test(text)) return []
  return text.split(/\s*[、,/，]\s*/).map(Number)
}

/**
 * The rows of every HTML table in a `Code` description: the first cell holds the code(s), the second the
 * description. Header rows and rows without a numeric first cell are skipped.
 */
export const parseHtmlCodeTable = (description: string): ReadonlyArray<CodeRow> => {
  const rows: Array<CodeRow> = []
  for (const row of description.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const cells = [...(row[1] ?? "").matchAll(/<td[^>]*>([\s\S]*?)<\/td>/gi)].map((m) => m[1] ?? "")
    if (cells.length < 2) continue
    const codes = codesOf(cells[0] ?? "")
    const text = stripHtml(cells[1] ?? "")
    for (const code of codes) rows.push({ code, description: text })
  }
  return rows
}

/** The rows of the Markdown tables under each `## heading` of a return-codes page. */
export const parseMarkdownCodeTables = (markdown: string): ReadonlyMap<string, ReadonlyArray<CodeRow>> => {
  const out = new Map<string, Array<CodeRow>>()
  let section = ""
  for (const line of markdown.split("\n")) {
    const heading = /^##\s+(.+?)\s*$/.exec(line)
    if (heading !== null) {
      section = heading[1] ?? ""
      continue
    }
    if (!line.trim().startsWith("|")) continue
    const cells = line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim())
    const codes = codesOf(cells[0] ?? "")
    if (codes.length === 0) continue
    const rows = out.get(section) ?? []
    for (const code of codes) rows.push({ code, description: stripHtml(cells[1] ?? "") })
    out.set(section, rows)
  }
  return out
}

/** Plain text of a description (HTML and Markdown emphasis removed). */
export const plain = (text: string): string => stripHtml(text).replace(/\*\*/g, "").replace(/`/g, "")

/** The `<Note>` contents of a description, as plain text. */
export const notesOf = (description: string): ReadonlyArray<{ readonly title: string; readonly text: string }> =>
  [...description.matchAll(/<Note(?:\s+title="([^"]*)")?[^>]*>([\s\S]*?)<\/Note>/g)].map((m) => ({
    title: m[1] ?? "",
    text: plain(m[2] ?? "")
  }))
