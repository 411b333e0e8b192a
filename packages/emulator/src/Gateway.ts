/**
 * The checks of the vendor's API gateway, run on the public parameters of the query string before any Action.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import type { ParsedQuery } from "./Query.js"
import * as ReturnCodes from "./ReturnCodes.js"
import * as Signature from "./Signature.js"

/**
 * The largest accepted distance between a request's Timestamp and the server clock.
 *
 * @since 0.1.0
 */
export const maxClockSkewSeconds = 10 * 60

/**
 * A gateway refusal: the code and message to answer with.
 *
 * @since 0.1.0
 */
export interface GatewayRejection {
  readonly code: number
  readonly message: string
}

/**
 * What the gateway needs to know about the app it serves.
 *
 * @since 0.1.0
 */
export interface GatewayConfig {
  readonly appId: number
  readonly serverSecret: string
}

const uint32Max = 4_294_967_295
const decimalDigits = /^[0-9]+$/
// The vendor defines the nonce as the hex of 8 random bytes, lowercase.
const nonceFormat = /^[0-9a-f]{16}$/

const reject = (code: number, detail?: string): Either.Either<never, GatewayRejection> => {
  const description = ReturnCodes.describe(undefined, code)
  return Either.left({ code, message: detail === undefined ? description : `${description} ${detail}` })
}

/**
 * Runs the gateway checks in the order a gateway needs them: it must know the Action to route, the AppId to
 * load the app's configuration and secret, then it checks the signing inputs and finally the signature.
 * Succeeds with the resolved Action.
 *
 * @since 0.1.0
 */
export const check = <A>(
  query: ParsedQuery,
  config: GatewayConfig,
  serverNowMs: number,
  findAction: (name: string) => A | undefined
): Either.Either<A, GatewayRejection> => {
  const actionName = query.scalars.get("Action") ?? ""
  if (actionName === "") return reject(ReturnCodes.Gateway.ActionEmpty)
  const action = findAction(actionName)
  if (action === undefined) return reject(ReturnCodes.Gateway.ActionUnsupported, `Action: ${actionName}`)

  const appId = query.scalars.get("AppId") ?? ""
  if (!decimalDigits.test(appId) || Number(appId) > uint32Max) {
    return reject(ReturnCodes.Gateway.AppIdFormat)
  }
  // An AppId this server does not host: the gateway cannot load the app's configuration.
  if (Number(appId) !== config.appId) return reject(ReturnCodes.Gateway.AppConfigUnavailable)

  const nonce = query.scalars.get("SignatureNonce") ?? ""
  if (nonce === "") return reject(ReturnCodes.Gateway.NonceEmpty)
  // A nonce that is not 16 lowercase hex characters is answered as a missing nonce: the field holds no usable
  // nonce, and that code says "do not retry", which is right for a deterministic client bug. Answering 100000005
  // instead would invite a pointless re-signed retry with the same malformed nonce.
  if (!nonceFormat.test(nonce)) {
    return reject(ReturnCodes.Gateway.NonceEmpty, "SignatureNonce must be 16 lowercase hex.")
  }

  const timestamp = query.scalars.get("Timestamp") ?? ""
  if (timestamp === "") return reject(ReturnCodes.Gateway.TimestampEmpty)
  if (!decimalDigits.test(timestamp)) return reject(ReturnCodes.Gateway.TimestampFormat)
  const skewSeconds = Math.abs(Math.floor(serverNowMs / 1000) - Number(timestamp))
  if (skewSeconds > maxClockSkewSeconds) return reject(ReturnCodes.Gateway.SignatureExpired)

  const version = query.scalars.get("SignatureVersion") ?? ""
  if (version === "") return reject(ReturnCodes.Gateway.SignatureVersionEmpty)
  if (version !== Signature.supportedVersion) return reject(ReturnCodes.Gateway.SignatureVersionUnsupported)

  const signature = query.scalars.get("Signature") ?? ""
  if (signature === "") return reject(ReturnCodes.Gateway.SignatureEmpty)
  const signed = Signature.verify({ appId, nonce, serverSecret: config.serverSecret, timestamp, signature })
  if (!signed) return reject(ReturnCodes.Gateway.SignatureMismatch)

  return Either.right(action)
}
