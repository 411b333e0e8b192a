/**
 * A debug endpoint that verifies a client token (Token04) with the emulator's AppID and ServerSecret, at the
 * emulator's server time. No ZEGOCLOUD server Action takes a client token (apps present tokens to the ZIM and RTC
 * SDKs, not to the server API), so this is the emulator's one place where a token is presented: a device test or
 * a backend's test can check that the tokens it hands out would be accepted.
 *
 * ```
 * POST /_emulator/token04/verify
 * Content-Type: application/json
 *
 * {"token": "04AAAA…"}
 * ```
 *
 * answers `200 {"valid": true, "token": {"appId", "userId", "nonce", "ctime", "expire", "payload"}}` for a token
 * made with the emulator's secret for its AppID that has not expired (`payload`: `null`, `{"roomRights": {"roomId",
 * "login", "publish", "streamIds"}}` or `{"raw": "…"}`), `200 {"valid": false, "error": {"_tag", "field", "rule",
 * "message"}}` for any other token, `400` for a body without a `token` string and `405` for another method. It is
 * not an Action: no signature, faults or rate limits apply, and it is not in the request log.
 *
 * @since 0.1.0
 */
import * as Token04 from "@effect-zego/token/Token04"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type * as Redacted from "effect/Redacted"
import type { RequestBody } from "./RequestLog.js"
import type { ServerClock } from "./ServerClock.js"

/**
 * The endpoint's path.
 *
 * @example
 * ```ts
 * import { Emulator, TokenCheck } from "@effect-zego/emulator"
 * import { Effect } from "effect"
 *
 * const check = (token: string) =>
 *   Effect.flatMap(Emulator, (emulator) =>
 *     Effect.promise(() =>
 *       fetch(emulator.url + TokenCheck.path, { method: "POST", body: JSON.stringify({ token }) })
 *         .then((response) => response.json())
 *     ))
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const path = "/_emulator/token04/verify"

/**
 * Effect's `Clock` reading the emulator's server clock, so that a token's expiry is judged at server time.
 */
const clockOf = (server: ServerClock): Clock.Clock => ({
  [Clock.ClockTypeId]: Clock.ClockTypeId,
  unsafeCurrentTimeMillis: () => server.nowMs(),
  currentTimeMillis: Effect.sync(() => server.nowMs()),
  unsafeCurrentTimeNanos: () => BigInt(Math.round(server.nowMs() * 1_000_000)),
  currentTimeNanos: Effect.sync(() => BigInt(Math.round(server.nowMs() * 1_000_000))),
  sleep: (duration) => Effect.sleep(duration)
})

const json = (status: number, body: unknown) => HttpServerResponse.unsafeJson(body, { status })

/**
 * Answers one request to {@link path}.
 *
 * @example
 * ```ts
 * import { TokenCheck } from "@effect-zego/emulator"
 * import { ServerClock } from "@effect-zego/emulator/ServerClock"
 * import { Redacted } from "effect"
 *
 * const answer = TokenCheck.answer(
 *   { appId: 1234567890, serverSecret: Redacted.make("0f1e2d3c4b5a69788796a5b4c3d2e1f0"), clock: new ServerClock() },
 *   "POST",
 *   { _tag: "Json", value: { token: "04…" } }
 * )
 * ```
 *
 * @since 0.1.0
 * @category handlers
 */
export const answer = (
  env: { readonly appId: number; readonly serverSecret: Redacted.Redacted<string>; readonly clock: ServerClock },
  method: string,
  body: RequestBody
): Effect.Effect<HttpServerResponse.HttpServerResponse> => {
  if (method !== "POST") {
    return Effect.succeed(json(405, { error: `${path} takes POST with a JSON body {"token": "04…"}` }))
  }
  const token = body._tag === "Json" && typeof body.value === "object" && body.value !== null &&
      "token" in body.value && typeof body.value.token === "string"
    ? body.value.token
    : undefined
  if (token === undefined) {
    return Effect.succeed(json(400, { error: "the body must be the JSON object {\"token\": \"04…\"}" }))
  }
  return Token04.verifyWith(env, token).pipe(
    Effect.withClock(clockOf(env.clock)),
    Effect.match({
      onFailure: (error) =>
        json(200, {
          valid: false,
          error: { _tag: error._tag, field: error.field, rule: error.rule, message: error.message }
        }),
      onSuccess: (contents) =>
        json(200, {
          valid: true,
          token: Token04.contentsJson(contents)
        })
    })
  )
}
