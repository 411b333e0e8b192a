/**
 * Baseline (b): the hand-written QueryUserInfos call over `undici.request` (undici 7, keep-alive through its
 * global Agent), the floor. `undici` is imported through `@effect/platform-node/Undici`, which re-exports it
 * (the bench package does not depend on `undici` directly).
 *
 * @since 0.1.0
 */
import * as Undici from "@effect/platform-node/Undici"
import type { RawResult } from "./fixture.js"
import { check, type RawCall, signedUrl } from "./raw.js"

/** (b) `undici.request`: the floor. */
export const undiciClient = (baseUrl: string): RawCall => async (userIds) => {
  const response = await Undici.request(signedUrl(baseUrl, "QueryUserInfos"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ UserIds: userIds })
  })
  return check(await response.body.json() as RawResult)
}
