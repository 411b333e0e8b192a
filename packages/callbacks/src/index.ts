/**
 * `@effect-zego/callbacks`: receive ZEGOCLOUD's server callbacks (webhooks) in Effect.
 *
 * @since 0.1.0
 */

/**
 * The receiver: verification, decoding and dispatch, as an `@effect/platform` app or a Fetch API handler.
 *
 * @since 0.1.0
 */
export * as ZegoCallbacks from "./ZegoCallbacks.js"

/**
 * The callback signature: sign and verify (constant time, freshness window).
 *
 * @since 0.1.0
 */
export * as Signature from "./Signature.js"

/**
 * The callback secret, as a service.
 *
 * @since 0.1.0
 */
export * as CallbackSecret from "./CallbackSecret.js"

/**
 * The replay guard's nonce store (in memory; on Redis in `@effect-zego/redis`).
 *
 * @since 0.1.0
 */
export * as NonceStore from "./NonceStore.js"

/**
 * Reading callback bodies: JSON or form, big integers kept exact, signed values as received.
 *
 * @since 0.1.0
 */
export * as Body from "./Body.js"

/**
 * Decoding bodies to typed events per product, with an `Unknown` variant.
 *
 * @since 0.1.0
 */
export * as Events from "./Events.js"

/**
 * The field schemas of the events.
 *
 * @since 0.1.0
 */
export * as Fields from "./Fields.js"

/**
 * The documented ZIM events (generated).
 *
 * @since 0.1.0
 */
export * as ZimEvents from "./generated/ZimEvents.js"

/**
 * The documented RTC and Cloud Recording events (generated).
 *
 * @since 0.1.0
 */
export * as RtcEvents from "./generated/RtcEvents.js"
