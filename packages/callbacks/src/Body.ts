/**
 * Reading a callback body as ZEGOCLOUD sends it: JSON by default, form-encoded on request, numbers beyond 2^53
 * kept exact, and the signed values (`signature`, `timestamp`, `nonce`, or `Signature`, `Timestamp`, `Nonce`)
 * taken as the exact text received.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { isInteger, isLosslessNumber, isSafeNumber, parse as parseLossless } from "lossless-json"
import { SignatureFieldMissing, type SignedFields } from "./Signature.js"

/**
 * A parsed body: JSON values, with integers beyond 2^53 as `bigint`.
 *
 * @example
 * ```ts
 * import type { Body } from "@effect-zego/callbacks"
 *
 * const body: Body.RawBody = { event: "room_close", room_session_id: 858012925204410401n }
 * ```
 *
 * @since 0.1.0
 */
export type RawBody = { readonly [key: string]: unknown }

/**
 * A parsed body and the text of its signed values.
 *
 * @example
 * ```ts
 * import { Body } from "@effect-zego/callbacks"
 * import { Either } from "effect"
 *
 * const parsed = Body.parse("event=user_action&timestamp=1&nonce=2&signature=s", "application/x-www-form-urlencoded")
 * const signed = Either.map(parsed, (p: Body.Parsed) => p.signed)
 * ```
 *
 * @since 0.1.0
 */
export interface Parsed {
  readonly body: RawBody
  readonly signed: Either.Either<SignedFields, SignatureFieldMissing>
}

/**
 * The body is neither a JSON object nor a form.
 *
 * @example
 * ```ts
 * import { Body } from "@effect-zego/callbacks"
 *
 * const result = Body.parse("{broken", "application/json") // Left(BodyInvalid)
 * ```
 *
 * @since 0.1.0
 */
export class BodyInvalid extends Schema.TaggedError<BodyInvalid>()("BodyInvalid", { reason: Schema.String }) {
  override get message(): string {
    return `The callback body cannot be read: ${this.reason}`
  }
}

/** Lossless numbers become numbers when exact, else `bigint` (integers) or numbers (other values). */
const convert = (value: unknown): unknown => {
  if (isLosslessNumber(value)) {
    const text = value.value
    if (isSafeNumber(text)) return Number(text)
    return isInteger(text) ? BigInt(text) : Number(text)
  }
  if (Array.isArray(value)) return value.map(convert)
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = convert(item)
    return out
  }
  return value
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** The exact text of a scalar as received: a string, or a JSON number's digits. */
const textOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value : isLosslessNumber(value) ? value.value : undefined

const signedFrom = (received: Record<string, unknown>): Either.Either<SignedFields, SignatureFieldMissing> => {
  const pick = (name: string) => textOf(received[name]) ?? textOf(received[name[0]?.toUpperCase() + name.slice(1)])
  const signature = pick("signature")
  if (signature === undefined) return Either.left(new SignatureFieldMissing({ field: "signature" }))
  const timestamp = pick("timestamp")
  if (timestamp === undefined) return Either.left(new SignatureFieldMissing({ field: "timestamp" }))
  const nonce = pick("nonce")
  if (nonce === undefined) return Either.left(new SignatureFieldMissing({ field: "nonce" }))
  return Either.right({ signature, timestamp, nonce })
}

const fromJson = (text: string): Either.Either<Record<string, unknown>, string> => {
  try {
    const value = parseLossless(text)
    return isRecord(value) ? Either.right(value) : Either.left("the JSON is not an object")
  } catch (error) {
    return Either.left(`not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

const fromForm = (text: string): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [rawKey, value] of new URLSearchParams(text)) {
    // `rtmp_url[]=a&rtmp_url[]=b` and repeated keys are lists (the vendor does not document which it uses).
    const key = rawKey.endsWith("[]") ? rawKey.slice(0, -2) : rawKey
    const previous = out[key]
    if (previous === undefined) out[key] = rawKey.endsWith("[]") ? [value] : value
    else out[key] = Array.isArray(previous) ? [...previous, value] : [previous, value]
  }
  return out
}

/**
 * Parses a callback body. A form content type is read as a form; otherwise the body is read as JSON, and when
 * that fails, as URL-encoded JSON (the docs say callback data "needs UrlDecode") or as a form.
 *
 * @example
 * ```ts
 * import { Body } from "@effect-zego/callbacks"
 *
 * const parsed = Body.parse('{"event":"room_create","room_session_id":858012925204410401}', "application/json")
 * // Right: room_session_id is 858012925204410401n
 * ```
 *
 * @since 0.1.0
 */
export const parse = (text: string, contentType: string | undefined): Either.Either<Parsed, BodyInvalid> => {
  const type = (contentType ?? "").toLowerCase()
  let received: Record<string, unknown>
  if (type.includes("application/x-www-form-urlencoded")) {
    received = fromForm(text)
  } else {
    const json = fromJson(text)
    if (Either.isRight(json)) {
      received = json.right
    } else if (/^\s*%7B/i.test(text)) {
      let decoded: string
      try {
        decoded = decodeURIComponent(text.trim())
      } catch {
        return Either.left(new BodyInvalid({ reason: "malformed URL encoding" }))
      }
      const again = fromJson(decoded)
      if (Either.isLeft(again)) return Either.left(new BodyInvalid({ reason: again.left }))
      received = again.right
    } else if (!type.includes("json") && /^[^{[\s][^=]*=/.test(text)) {
      received = fromForm(text)
    } else {
      return Either.left(new BodyInvalid({ reason: json.left }))
    }
  }
  return Either.right({ body: convert(received) as RawBody, signed: signedFrom(received) })
}
