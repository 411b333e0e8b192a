/**
 * The emulator's own implementation of the ZEGOCLOUD signature, written independently of the client's signer
 * so that a bug in one cannot hide the same bug in the other.
 *
 * @since 0.1.0
 */
import { createHash, timingSafeEqual } from "node:crypto"

/**
 * The only signature version the vendor supports.
 *
 * @since 0.1.0
 */
export const supportedVersion = "2.0"

/**
 * The signature of a request: lowercase hex `md5(AppId + SignatureNonce + ServerSecret + Timestamp)`, plain
 * concatenation of the values exactly as they were sent.
 *
 * @since 0.1.0
 */
export const expectedSignature = (parts: {
  readonly appId: string
  readonly nonce: string
  readonly serverSecret: string
  readonly timestamp: string
}): string =>
  createHash("md5").update(parts.appId + parts.nonce + parts.serverSecret + parts.timestamp, "utf8").digest("hex")

/**
 * Whether `signature` is the signature of the given parts. The comparison is exact: an uppercase hex signature
 * does not match, because the vendor documents lowercase.
 *
 * @since 0.1.0
 */
export const verify = (parts: {
  readonly appId: string
  readonly nonce: string
  readonly serverSecret: string
  readonly timestamp: string
  readonly signature: string
}): boolean => {
  const expected = Buffer.from(expectedSignature(parts), "utf8")
  const received = Buffer.from(parts.signature, "utf8")
  return expected.length === received.length && timingSafeEqual(expected, received)
}
