/**
 * The hand-written baselines: the QueryUserInfos call a user would write without effect-zego (node:crypto
 * md5 signing, JSON), here over `fetch`, and over `undici.request` in `rawUndici.ts`. They check the
 * envelope's `Code` and nothing else: no validation, no rate limit, no retry, no tracing.
 *
 * @since 0.1.0
 */
import { createHash, randomBytes } from "node:crypto"
import { appId, type RawResult, secret } from "./fixture.js"

/** A raw client: one QueryUserInfos call. */
export type RawCall = (userIds: ReadonlyArray<string>) => Promise<RawResult>

/** `base/?Action=QueryUserInfos&<signed public parameters>`, signed with md5 as SignatureVersion 2.0 says. */
export const signedUrl = (baseUrl: string, action: string): string => {
  const nonce = randomBytes(8).toString("hex")
  const timestamp = Math.floor(Date.now() / 1000)
  const signature = createHash("md5").update(`${appId}${nonce}${secret}${timestamp}`).digest("hex")
  return `${baseUrl}/?Action=${action}&AppId=${appId}&SignatureNonce=${nonce}&Timestamp=${timestamp}` +
    `&SignatureVersion=2.0&Signature=${signature}`
}

/** Thrown by the baselines on a non-zero `Code`. */
export class RawApiError extends Error {
  constructor(readonly code: number, message: string) {
    super(`ZEGOCLOUD ${code}: ${message}`)
  }
}

/** Fails on a non-zero `Code`. */
export const check = (json: RawResult): RawResult => {
  if (json.Code !== 0) throw new RawApiError(json.Code, json.Message)
  return json
}

/** (a) `fetch`: what most users would write. */
export const fetchClient = (baseUrl: string): RawCall => async (userIds) => {
  const response = await fetch(signedUrl(baseUrl, "QueryUserInfos"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ UserIds: userIds })
  })
  return check(await response.json() as RawResult)
}
