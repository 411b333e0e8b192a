/**
 * @since 0.1.0
 */

/**
 * Declaring an Action: its method, schemas, rate limit, idempotency and code table.
 *
 * @since 0.1.0
 */
export * as Action from "./Action.js"

/**
 * Call settings (timeouts, retry, rate limit) and their per-call overrides.
 *
 * @since 0.1.0
 */
export * as CallOptions from "./CallOptions.js"

/**
 * Schema building blocks for documented parameter limits.
 *
 * @since 0.1.0
 */
export * as Rules from "./Rules.js"

/**
 * Signing requests.
 *
 * @since 0.1.0
 */
export * as Signer from "./Signer.js"

/**
 * The client's settings.
 *
 * @since 0.1.0
 */
export * as ZegoConfig from "./ZegoConfig.js"

/**
 * The errors of effect-zego.
 *
 * @since 0.1.0
 */
export * as ZegoError from "./ZegoError.js"

/**
 * The metrics every call records.
 *
 * @since 0.1.0
 */
export * as ZegoMetrics from "./ZegoMetrics.js"

/**
 * The client-side rate limiter.
 *
 * @since 0.1.0
 */
export * as ZegoRateLimiter from "./ZegoRateLimiter.js"

/**
 * The one call pipeline.
 *
 * @since 0.1.0
 */
export * as ZegoTransport from "./ZegoTransport.js"

/**
 * Coalescing single-item lookups into batched calls.
 *
 * @since 0.1.0
 */
export * as Batcher from "./Batcher.js"

/**
 * The shape of a service method.
 *
 * @since 0.1.0
 */
export * as ActionMethod from "./ActionMethod.js"

/**
 * A cheaper road for the pipeline's HTTP exchanges, that an `HttpClient` may offer.
 *
 * @since 0.1.0
 */
export * as DirectExchange from "./DirectExchange.js"
