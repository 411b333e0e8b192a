/**
 * `@effect-zego/token`: ZEGOCLOUD client tokens (Token04), made, decoded and verified with typed errors.
 *
 * @since 0.1.0
 */

/**
 * Strict RTC room rights, the typed payload of a token.
 *
 * @since 0.1.0
 */
export * as RoomRights from "./RoomRights.js"

/**
 * Making, decoding and verifying a Token04.
 *
 * @since 0.1.0
 */
export * as Token04 from "./Token04.js"

/**
 * The errors of making, decoding and verifying a token, each named after its rule.
 *
 * @since 0.1.0
 */
export * as TokenError from "./TokenError.js"

/**
 * The random source of a token's nonce and IV.
 *
 * @since 0.1.0
 */
export * as TokenRandom from "./TokenRandom.js"
