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
import * as Crypto from "node:crypto"
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
  Redacted.make(md5Hex(`${appId}${nonce}${Redacted.value(serverSecret)}${timestampSeconds}`))

// `crypto.hash` (Node 20.12+) digests a string without a Hash object: about twice as fast here.
const md5Hex: (data: string) => string = typeof Crypto.hash === "function"
  ? (data) => Crypto.hash("md5", data, "hex")
  : (data) => Crypto.createHash("md5").update(data).digest("hex")

// Random bytes are drawn 4 KiB at a time (as `crypto.randomUUID` does): one `randomBytes(8)` costs more
// than the whole signature.
const poolSize = 4096
let pool: Buffer = Buffer.alloc(0)
let poolOffset = poolSize

/**
 * 16 lowercase hex characters from 8 cryptographically random bytes.
 *
 * @since 0.1.0
 * @category signing
 */
export const randomNonce: Effect.Effect<string> = Effect.sync(() => nextNonce())

const nextNonce = (): string => {
  if (poolOffset + 8 > pool.length) {
    pool = Crypto.randomBytes(poolSize)
    poolOffset = 0
  }
  const nonce = pool.toString("hex", poolOffset, poolOffset + 8)
  poolOffset += 8
  return nonce
}

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
    const signed = (nonce: string, millis: number): SignedParameters => {
      const timestamp = String(Math.floor(millis / 1000))
      return {
        AppId: appId,
        SignatureNonce: nonce,
        Timestamp: timestamp,
        SignatureVersion: "2.0",
        Signature: signature(appId, nonce, config.serverSecret, timestamp)
      }
    }
    return {
      sign: options?.nonce === undefined
        // The default nonce source is synchronous: one step, reading the fiber's Clock.
        ? Effect.withFiberRuntime((fiber) =>
          Effect.succeed(
            signed(nextNonce(), Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis())
          )
        )
        : Effect.zipWith(options.nonce, Clock.currentTimeMillis, signed)
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
