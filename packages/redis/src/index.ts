/**
 * `@effect-zego/redis`: one rate budget for many processes.
 *
 * @since 0.1.0
 */

/**
 * The client-side rate limiter on Redis, shared by every process of an AppID.
 *
 * @since 0.1.0
 */
export * as ZegoRedisRateLimiter from "./ZegoRedisRateLimiter.js"

/**
 * A throwaway `redis-server` for tests and benchmarks.
 *
 * @since 0.1.0
 */
export * as RedisServer from "./RedisServer.js"

/**
 * The callback receiver's replay guard on Redis, shared by every replica.
 *
 * @since 0.1.0
 */
export * as CallbackNonceStore from "./CallbackNonceStore.js"
