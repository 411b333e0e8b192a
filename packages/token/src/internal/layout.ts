/**
 * The bytes of a Token04 (SPEC §7): `"04"` + base64 of expire (int64 BE), IV length (uint16 BE), IV, cipher-text
 * length (uint16 BE, tag included), cipher text + 16-byte GCM tag, mode byte (1 = GCM).
 */
import * as Either from "effect/Either"
import * as Crypto from "node:crypto"
import {
  TokenAuthenticationFailed,
  TokenLayoutInvalid,
  TokenModeDeprecated,
  TokenModeUnknown,
  TokenVersionUnsupported
} from "../TokenError.js"

/** @internal */
export const version = "04"
/** @internal */
export const ivBytes = 12
const tagBytes = 16
const modeGcm = 1
const modeCbc = 0
// expire + IV length + IV + cipher-text length + tag + mode: the shortest possible token (empty plain text).
const minBytes = 8 + 2 + ivBytes + 2 + tagBytes + 1

/** @internal */
export const seal = (key: Buffer, iv: Uint8Array, expire: number, plainText: string): string => {
  const cipher = Crypto.createCipheriv("aes-256-gcm", key, iv)
  const cipherText = Buffer.concat([cipher.update(plainText, "utf8"), cipher.final(), cipher.getAuthTag()])
  const out = Buffer.alloc(8 + 2 + iv.length + 2 + cipherText.length + 1)
  let offset = out.writeBigInt64BE(BigInt(expire), 0)
  offset = out.writeUInt16BE(iv.length, offset)
  offset += Buffer.from(iv.buffer, iv.byteOffset, iv.length).copy(out, offset)
  offset = out.writeUInt16BE(cipherText.length, offset)
  offset += cipherText.copy(out, offset)
  out.writeUInt8(modeGcm, offset)
  return version + out.toString("base64")
}

/** @internal */
export interface Opened {
  /** The expiry time in the clear header (not authenticated: compare it with the one inside). */
  readonly headerExpire: bigint
  readonly plainText: string
}

/** @internal */
export type OpenError =
  | TokenVersionUnsupported
  | TokenLayoutInvalid
  | TokenModeDeprecated
  | TokenModeUnknown
  | TokenAuthenticationFailed

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

const layout = (field: string, rule: string) => Either.left(new TokenLayoutInvalid({ field, rule }))

/** @internal */
export const open = (key: Buffer, token: string): Either.Either<Opened, OpenError> => {
  if (!token.startsWith(version)) return Either.left(new TokenVersionUnsupported())
  const body = token.slice(version.length)
  // Node's decoder skips what is not base64; the layout is only checked on exactly what was sent.
  if (!base64.test(body)) return layout("body", "must be base64 (standard alphabet, padded)")
  const bytes = Buffer.from(body, "base64")
  if (bytes.length < minBytes) return layout("length", `must be at least ${minBytes} bytes once decoded`)
  // The parts must add up before the mode byte is read: a cut or padded token has some other byte last.
  const ivLength = bytes.readUInt16BE(8)
  const cipherStart = 8 + 2 + ivLength + 2
  const cipherLength = cipherStart <= bytes.length ? bytes.readUInt16BE(cipherStart - 2) : -1
  if (cipherStart + cipherLength + 1 !== bytes.length) {
    return layout("length", "must be what the IV and cipher-text lengths in the token add up to")
  }
  const mode = bytes[bytes.length - 1]
  if (mode === modeCbc) return Either.left(new TokenModeDeprecated())
  if (mode !== modeGcm) return Either.left(new TokenModeUnknown({ mode: mode ?? -1 }))
  // With a 12-byte IV and at least `minBytes` in all, the cipher text has room for its tag.
  if (ivLength !== ivBytes) return layout("ivLength", `must be ${ivBytes}`)
  const iv = bytes.subarray(8 + 2, 8 + 2 + ivBytes)
  const cipherText = bytes.subarray(cipherStart, cipherStart + cipherLength - tagBytes)
  const tag = bytes.subarray(cipherStart + cipherLength - tagBytes, cipherStart + cipherLength)
  try {
    const decipher = Crypto.createDecipheriv("aes-256-gcm", key, iv)
    decipher.setAuthTag(tag)
    const plain = Buffer.concat([decipher.update(cipherText), decipher.final()])
    return Either.right({ headerExpire: bytes.readBigInt64BE(0), plainText: plain.toString("utf8") })
  } catch {
    // Only the authentication can fail here: key, IV and tag lengths were checked above.
    return Either.left(new TokenAuthenticationFailed())
  }
}
