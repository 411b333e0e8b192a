/** Independent checks of what the client sent (no code shared with the client). */
import { createHash } from "node:crypto"
import type { Received } from "./ScriptedServer.js"

export const one = (received: Received, key: string): string | undefined => received.query.get(key)?.[0]

/** True when the request's Signature is md5(AppId + SignatureNonce + secret + Timestamp). */
export const signatureValid = (received: Received, secret: string): boolean => {
  const expected = createHash("md5")
    .update(`${one(received, "AppId")}${one(received, "SignatureNonce")}${secret}${one(received, "Timestamp")}`)
    .digest("hex")
  return one(received, "Signature") === expected
}

export const maxInSlidingWindow = (times: ReadonlyArray<number>, windowMillis: number): number => {
  const sorted = [...times].sort((a, b) => a - b)
  let max = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMillis) start++
    max = Math.max(max, end - start + 1)
  }
  return max
}
