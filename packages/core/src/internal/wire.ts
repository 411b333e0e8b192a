import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
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
  ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => ({
    field: formatPath(issue.path),
    rule: formatRule(issue.message)
  }))

/**
 * A short, single-line excerpt of a body for error messages.
 *
 * @internal
 */
export const excerpt = (body: string, max = 200): string => {
  const oneLine = body.replace(/\s+/g, " ").trim()
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}…`
}

/**
 * Removes anything that looks like a signed query from a string (error descriptions from the HTTP layer
 * may quote the URL).
 *
 * @internal
 */
export const scrub = (text: string): string =>
  text.replace(/([?&]Signature=)[^&\s"']*/g, "$1REDACTED").replace(/https?:\/\/\S+/g, (url) => url.split("?")[0] ?? "")
