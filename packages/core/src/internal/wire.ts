import * as Headers from "@effect/platform/Headers"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as AST from "effect/SchemaAST"
import type { SignedParameters } from "../Signer.js"
import type { InvalidField } from "../ZegoError.js"

/** @internal */
export type WireValue = string | number | boolean | null | undefined | ReadonlyArray<WireValue> | object

/**
 * The URL of one attempt, twice: as sent, and with the Signature value replaced by `REDACTED` for
 * traces and logs (OTel's rule for that query key).
 *
 * @internal
 */
export interface AttemptUrl {
  readonly url: string
  readonly redacted: string
}

const enc = encodeURIComponent

const appendQuery = (parts: Array<string>, key: string, value: WireValue): void => {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    // Repeated keys with brackets: UserId[]=a&UserId[]=b (the `[]` percent-encoded, as the vendor accepts).
    const k = `${enc(key)}%5B%5D`
    for (const item of value) {
      if (item === undefined || item === null) continue
      parts.push(`${k}=${enc(typeof item === "object" ? JSON.stringify(item) : String(item))}`)
    }
    return
  }
  parts.push(`${enc(key)}=${enc(typeof value === "object" ? JSON.stringify(value) : String(value))}`)
}

/**
 * `base/?Action=…&<public parameters>[&IsTest=…][&<GET parameters>]`.
 *
 * @internal
 */
export const attemptUrl = (
  baseUrl: string,
  action: string,
  signed: SignedParameters,
  isTest: boolean | undefined,
  query: Readonly<Record<string, WireValue>> | undefined
): AttemptUrl => {
  const parts: Array<string> = [
    `Action=${enc(action)}`,
    `AppId=${signed.AppId}`,
    `SignatureNonce=${signed.SignatureNonce}`,
    `Timestamp=${signed.Timestamp}`,
    `SignatureVersion=${signed.SignatureVersion}`
  ]
  if (isTest !== undefined) parts.push(`IsTest=${isTest ? "true" : "false"}`)
  if (query !== undefined) {
    for (const key of Object.keys(query)) appendQuery(parts, key, query[key])
  }
  const head = `${baseUrl}/?${parts.join("&")}&Signature=`
  return { url: head + Redacted.value(signed.Signature), redacted: `${head}REDACTED` }
}

const formatPath = (path: ReadonlyArray<PropertyKey>): string => {
  let out = ""
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`
    else out += out === "" ? String(key) : `.${String(key)}`
  }
  return out === "" ? "(input)" : out
}

const formatRule = (message: string): string => {
  if (message === "is missing") return "is required"
  if (message.startsWith("is unexpected")) return "is not a parameter of this Action"
  const expected = /^Expected (.+?)(?:, actual .*)?$/s.exec(message)
  if (expected !== null) return `must be ${expected[1]}`
  return message
}

/**
 * Every broken rule of a `ParseError`, as field + rule.
 *
 * @internal
 */
export const invalidFields = (error: ParseResult.ParseError): ReadonlyArray<InvalidField> =>
  ParseResult.ArrayFormatter.formatIssueSync(withoutActuals(error.issue)).map((issue) => ({
    field: formatPath(issue.path),
    rule: formatRule(issue.message)
  }))

const expectedOf = (ast: AST.AST): string =>
  AST.isRefinement(ast)
    ? Option.getOrElse(
      Option.orElse(
        AST.getDescriptionAnnotation(ast),
        () => Option.orElse(AST.getTitleAnnotation(ast), () => AST.getIdentifierAnnotation(ast))
      ),
      () => `{ ${String(ast.from)} | filter }`
    )
    : String(ast)

/**
 * The issue with every default "Expected …, actual …" message replaced by its "Expected …" part. Effect's
 * formatter renders the actual value recursively (a stack overflow for deeply nested JSON, megabytes for a
 * large one) and the rule drops it anyway. The issue tree follows the schema, not the value, so it is shallow.
 */
const withoutActuals = (issue: ParseResult.ParseIssue): ParseResult.ParseIssue => {
  switch (issue._tag) {
    case "Type":
      return issue.message !== undefined
        ? issue
        : new ParseResult.Type(issue.ast, issue.actual, `Expected ${expectedOf(issue.ast)}`)
    case "Pointer":
      return new ParseResult.Pointer(issue.path, issue.actual, withoutActuals(issue.issue))
    case "Refinement":
      return new ParseResult.Refinement(issue.ast, issue.actual, issue.kind, withoutActuals(issue.issue))
    case "Transformation":
      return new ParseResult.Transformation(issue.ast, issue.actual, issue.kind, withoutActuals(issue.issue))
    case "Composite":
      return new ParseResult.Composite(
        issue.ast,
        issue.actual,
        Array.isArray(issue.issues)
          ? (issue.issues as ReadonlyArray<ParseResult.ParseIssue>).map(withoutActuals) as [
            ParseResult.ParseIssue,
            ...Array<ParseResult.ParseIssue>
          ]
          : withoutActuals(issue.issues as ParseResult.ParseIssue),
        issue.output
      )
    default:
      return issue
  }
}

/**
 * The deepest nesting of objects and arrays a response may have. The deepest documented answer has six
 * levels; past this, a body is malformed (and would overflow the stack of whoever walks it recursively).
 *
 * @internal
 */
export const maxResponseDepth = 64

/**
 * Whether a parsed JSON value nests objects and arrays deeper than `max`, walked without recursion.
 *
 * @internal
 */
export const nestedDeeperThan = (json: unknown, max: number): boolean => {
  if (typeof json !== "object" || json === null) return false
  const stack: Array<unknown> = [json]
  const depths: Array<number> = [1]
  while (stack.length > 0) {
    const value = stack.pop()
    const depth = depths.pop() ?? 0
    if (depth > max) return true
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === "object" && item !== null) {
          stack.push(item)
          depths.push(depth + 1)
        }
      }
    } else if (typeof value === "object" && value !== null) {
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key]
        if (typeof item === "object" && item !== null) {
          stack.push(item)
          depths.push(depth + 1)
        }
      }
    }
  }
  return false
}

/**
 * A short, single-line excerpt of a body for error messages.
 *
 * @internal
 */
export const excerpt = (body: string, max = 200): string => {
  // Only the head is looked at: the body may be megabytes.
  const oneLine = body.slice(0, max * 4).replace(/\s+/g, " ").trim()
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}…`
}

/**
 * Removes anything that looks like a signed query from a string (error descriptions from the HTTP layer
 * may quote the URL).
 *
 * @internal
 */
export const scrub = (text: string): string =>
  text.replace(signedQuery, "$1REDACTED").replace(/https?:\/\/\S+/g, (url) => url.split("?")[0] ?? "")

// `Signature=…` however it was quoted: plain, percent-encoded (`Signature%3D`), in JSON (`"Signature":"…"`).
const signedQuery = /(Signature(?:=|%3D|%3d|\\?"\s*:\s*\\?"))[^&\s"'\\]*/g

/** Strings at most this long are kept whole in errors, logs and spans; longer ones are cut. */
const maxServerText = 200

/**
 * A string the server sent, made fit for an error, a log or a span: the live `signature` (when given) and
 * anything that looks like a signed query removed, and at most a short excerpt of it kept (a hostile server
 * may send a 200 MB RequestId, or echo the request URL back).
 *
 * @internal
 */
export const serverText = (text: string, signature?: string): string => {
  // Scrubbed a little past the cut, so that no part of a signature that straddles it is left.
  let out = text.length > maxServerText + 64 ? text.slice(0, maxServerText + 64) : text
  if (signature !== undefined && signature !== "" && out.includes(signature)) {
    out = out.split(signature).join("REDACTED")
  }
  // The usual RequestId or Message has neither: skip the regular expressions.
  if (out.includes("Signature") || out.includes("://")) out = scrub(out)
  return out.length > maxServerText ? `${out.slice(0, maxServerText)}…` : out
}

/**
 * Response headers with the live `signature`, and anything that looks like a signed query, removed from their
 * values (a server or proxy may echo the request URL in `Location` or its own headers). Values are kept whole.
 *
 * @internal
 */
export const scrubHeaders = (headers: Headers.Headers, signature: string): Headers.Headers => {
  if (signature === "") return headers
  let out: Record<string, string> | undefined
  for (const [name, value] of Object.entries(headers)) {
    if (!value.includes(signature) && !value.includes("Signature")) continue
    out ??= { ...headers }
    out[name] = scrub(value.split(signature).join("REDACTED"))
  }
  return out === undefined ? headers : Headers.fromInput(out)
}
