/**
 * The randomness of a Token04: its nonce (a signed 32-bit integer) and its 12-byte IV. The default source is
 * node:crypto; tests provide their own to pin both.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Crypto from "node:crypto"

/**
 * A source of a token's random values.
 *
 * @example
 * ```ts
 * import type { TokenRandom } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const zeros: TokenRandom.TokenRandomService = {
 *   nonce: Effect.succeed(0),
 *   iv: Effect.sync(() => new Uint8Array(12))
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface TokenRandomService {
  /** A signed 32-bit integer. */
  readonly nonce: Effect.Effect<number>
  /** Exactly 12 bytes. */
  readonly iv: Effect.Effect<Uint8Array>
}

/**
 * Cryptographically secure values from `crypto.randomBytes`.
 *
 * @example
 * ```ts
 * import { TokenRandom } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const iv = Effect.runSync(TokenRandom.secure.iv) // 12 random bytes
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const secure: TokenRandomService = {
  nonce: Effect.sync(() => Crypto.randomBytes(4).readInt32BE(0)),
  iv: Effect.sync(() => new Uint8Array(Crypto.randomBytes(12)))
}

/**
 * The random source tokens are made with. It has a default ({@link secure}), so nothing needs to provide it;
 * tests replace it with {@link layerFixed} or `Effect.provideService`.
 *
 * @example
 * ```ts
 * import { Token04, TokenRandom } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const pinned = Token04.generate({ userId: "alice", lifetime: "1 hour" }).pipe(
 *   Effect.provideService(TokenRandom.TokenRandom, TokenRandom.fixed({ nonce: 1, iv: new Uint8Array(12) }))
 * )
 * ```
 *
 * @since 0.1.0
 * @category tags
 */
export class TokenRandom extends Context.Reference<TokenRandom>()("@effect-zego/token/TokenRandom", {
  defaultValue: (): TokenRandomService => secure
}) {}

/**
 * The same nonce and IV every time, for tests (a copy of the IV is handed out each time).
 *
 * @example
 * ```ts
 * import { TokenRandom } from "@effect-zego/token"
 *
 * const pinned = TokenRandom.fixed({ nonce: 123456789, iv: Uint8Array.from({ length: 12 }, (_, i) => i) })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const fixed = (values: { readonly nonce: number; readonly iv: Uint8Array }): TokenRandomService => ({
  nonce: Effect.succeed(values.nonce),
  iv: Effect.sync(() => Uint8Array.from(values.iv))
})

/**
 * A layer that replaces the random source with {@link fixed} values.
 *
 * @example
 * ```ts
 * import { Token04, TokenRandom } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const pinned = Token04.generate({ userId: "alice", lifetime: "1 hour" }).pipe(
 *   Effect.provide(TokenRandom.layerFixed({ nonce: 1, iv: new Uint8Array(12) }))
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerFixed = (values: { readonly nonce: number; readonly iv: Uint8Array }): Layer.Layer<TokenRandom> =>
  Layer.succeed(TokenRandom, fixed(values))
