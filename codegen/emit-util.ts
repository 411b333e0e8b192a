/**
 * Small helpers of the emitters: names, literals, doc comments, limits in words.
 */
import type { Charset, Shape } from "./model.js"

/** How the retry pipeline treats an error (mirrors `ZegoError.RetryClass`). */
export type RetryClass = "transient" | "throttled" | "once" | "never"

/** `QueryUserInfos` → `queryUserInfos`, `RTMPDispatchV2` → `rtmpDispatchV2`. */
export const camel = (name: string): string => {
  const m = /^([A-Z]+)(?=[A-Z][a-z]|\d|$)/.exec(name)
  if (m !== null && (m[1] ?? "").length > 1) return (m[1] ?? "").toLowerCase() + name.slice((m[1] ?? "").length)
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** A JavaScript string literal (double quotes). */
export const lit = (value: string): string => JSON.stringify(value)

/** A number literal. */
export const numLit = (value: number): string => String(value)

/** A property key: bare when it is an identifier, quoted otherwise. */
export const key = (name: string): string => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : lit(name)

/** A TSDoc comment. */
export const doc = (lines: ReadonlyArray<string>, indent = ""): string => {
  const only = lines.length === 1 ? lines[0] ?? "" : undefined
  if (only !== undefined && only.length <= 100 - indent.length) return `${indent}/** ${only} */`
  const body = lines.flatMap((line) => line === "" ? [""] : wrap(line, 112 - indent.length))
  return [`${indent}/**`, ...body.map((l) => l === "" ? `${indent} *` : `${indent} * ${l}`), `${indent} */`].join("\n")
}

const wrap = (text: string, width: number): ReadonlyArray<string> => {
  const out: Array<string> = []
  let line = ""
  for (const word of text.split(/\s+/)) {
    if (word === "") continue
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line)
      line = word
    } else {
      line = line === "" ? word : `${line} ${word}`
    }
  }
  if (line !== "") out.push(line)
  return out
}

/** `*\/` must not end a doc comment early. */
export const safe = (text: string): string => text.replace(/\*\//g, "*\\/")

/** Characters of a charset, split into "space" and the rest. */
const charsetParts = (charset: Charset): { readonly space: boolean; readonly rest: string } => ({
  space: charset.extra.includes(" "),
  rest: [...charset.extra].filter((c) => c !== " ").join("")
})

/** A regex literal for a charset: `/^[0-9A-Za-z !#…]*$/`. */
export const charsetRegex = (charset: Charset): string => {
  const { rest, space } = charsetParts(charset)
  const escaped = [...rest].map((c) => (c === "\\" || c === "]" || c === "-" || c === "/" ? `\\${c}` : c)).join("")
  return `/^[0-9A-Za-z${space ? " " : ""}${escaped}]*$/`
}

/** The rule of a charset, in words. */
export const charsetRule = (charset: Charset): string => {
  const { rest, space } = charsetParts(charset)
  if (rest === "" && !space) return "only digits and ASCII letters"
  if (rest === "") return "only digits, ASCII letters and space"
  return `only digits, ASCII letters, ${space ? "space and " : "and "}${rest}`.replace(", and ", " and ")
}

/** The limits of a shape, in words, for doc comments. */
export const limitsInWords = (shape: Shape): string => {
  switch (shape.kind) {
    case "string": {
      const parts: Array<string> = []
      if (shape.enum !== undefined) parts.push(`one of ${shape.enum.map((e) => lit(e)).join(", ")}`)
      const unit = shape.maxBytes !== undefined ? "bytes" : "characters"
      const max = shape.maxBytes ?? shape.maxLength
      const min = shape.minLength
      if (min !== undefined && max !== undefined) parts.push(`${min} to ${max} ${unit}`)
      else if (max !== undefined) parts.push(`at most ${max} ${unit}`)
      else if (min === 1) parts.push("not empty")
      if (shape.charset !== undefined) parts.push(charsetRule(shape.charset).replace(/^only /, ""))
      return parts.join("; ")
    }
    case "number": {
      const what = shape.int ? "an integer" : "a number"
      if (shape.enum !== undefined) return `one of ${shape.enum.join(", ")}`
      if (shape.minimum !== undefined && shape.maximum !== undefined) {
        return `${what} from ${shape.minimum} to ${shape.maximum}`
      }
      if (shape.minimum !== undefined) return `${what} of at least ${shape.minimum}`
      if (shape.maximum !== undefined) return `${what} of at most ${shape.maximum}`
      return ""
    }
    case "array": {
      const { maxItems: max, minItems: min } = shape
      const count = min !== undefined && max !== undefined
        ? `${min} to ${max} items`
        : min !== undefined
        ? `at least ${min} item${min === 1 ? "" : "s"}`
        : max !== undefined
        ? `at most ${max} items`
        : ""
      const each = limitsInWords(shape.items)
      return [count, each === "" ? "" : `each ${each}`].filter((s) => s !== "").join("; ")
    }
    default:
      return ""
  }
}

/** Singular of a list's name: `GroupInfoList` → `GroupInfo`, `UserIds` → `UserId`, `Keys` → `Key`. */
export const singular = (name: string): string => {
  if (/Id$/.test(name)) return name
  if (name.endsWith("List") && name.length > 4) return name.slice(0, -4)
  if (name.endsWith("Set") && name.length > 3) return name.slice(0, -3)
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`
  if (/sses$/.test(name)) return name.slice(0, -2)
  if (/[^s]s$/.test(name)) return name.slice(0, -1)
  return name
}

/** An identifier from any name: `user_id` → `UserId`. */
export const pascal = (name: string): string =>
  name.split(/[^A-Za-z0-9]+/).filter((s) => s !== "").map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join("")
