/**
 * Signing: the public parameters of one request, with a fresh nonce, the current time and the
 * signature over them.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { createHash, randomBytes } from "node:crypto"
import { ZegoConfig } from "./ZegoConfig.js"

/**
 * The public parameters of one request, exactly as they are sent. The signature is `Redacted` so that
 * logging this value never prints it.
 *
 * @since 0.1.0
 * @category models
 */
export interface SignedParameters {
  readonly AppId: string
  readonly SignatureNonce: string
  /** Unix time in seconds. */
  readonly Timestamp: string
  readonly SignatureVersion: "2.0"
  readonly Signature: Redacted.Redacted<string>
}

/**
 * `md5(AppId + SignatureNonce + ServerSecret + Timestamp)` in lowercase hex, as SignatureVersion 2.0
 * defines it.
 *
 * @since 0.1.0
 * @category signing
 */
export const signature = (
  appId: number | string,
  nonce: string,
  serverSecret: Redacted.Redacted<string>,
  timestampSeconds: number | string
): Redacted.Redacted<string> =>
  Redacted.make(
    createHash("md5").update(`${appId}${nonce}${Redacted.value(serverSecret)}${timestampSeconds}`).digest("hex")
  )

/**
 * 16 lowercase hex characters from 8 cryptographically random bytes.
 *
 * @since 0.1.0
 * @category signing
 */
export const randomNonce: Effect.Effect<string> = Effect.sync(() => randomBytes(8).toString("hex"))

/**
 * @since 0.1.0
 * @category models
 */
export interface SignerService {
  /** Fresh public parameters: a new nonce and the current time, signed. */
  readonly sign: Effect.Effect<SignedParameters>
}

/**
 * Builds a signer; `nonce` replaces the random source (tests pin it), time comes from `Clock`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options?: { readonly nonce?: Effect.Effect<string> | undefined }) =>
  Effect.map(ZegoConfig, (config): SignerService => {
    const appId = String(config.appId)
    const nonce = options?.nonce ?? randomNonce
    return {
      sign: Effect.zipWith(nonce, Clock.currentTimeMillis, (nonce, millis) => {
        const timestamp = String(Math.floor(millis / 1000))
        return {
          AppId: appId,
          SignatureNonce: nonce,
          Timestamp: timestamp,
          SignatureVersion: "2.0",
          Signature: signature(appId, nonce, config.serverSecret, timestamp)
        }
      })
    }
  })

/**
 * Signs the requests of the client.
 *
 * @since 0.1.0
 * @category tags
 */
export class Signer extends Context.Tag("@effect-zego/core/Signer")<Signer, SignerService>() {
  /** Random nonces from node:crypto, time from `Clock`. */
  static readonly layer: Layer.Layer<Signer, never, ZegoConfig> = Layer.effect(Signer, make())

  /** A signer with another nonce source (tests pin it). */
  static readonly layerWith = (
    options: { readonly nonce?: Effect.Effect<string> | undefined }
  ): Layer.Layer<Signer, never, ZegoConfig> => Layer.effect(Signer, make(options))
}
