/**
 * @since 0.1.0
 */

/**
 * Everything wired for the common case.
 *
 * @since 0.1.0
 */
export * as ZegoClient from "./ZegoClient.js"

/**
 * `@effect/platform-node`'s undici `HttpClient` with the rate limiter's send-time guard: `httpClient: "platform"`.
 *
 * @since 0.1.0
 */
export * as PlatformHttpClient from "./PlatformHttpClient.js"

/**
 * A thin `HttpClient` over undici, the default of `ZegoClient`.
 *
 * @since 0.1.0
 */
export * as UndiciHttpClient from "./UndiciHttpClient.js"

/**
 * @since 0.1.0
 */
export * from "@effect-zego/core"

/**
 * @since 0.1.0
 */
export * from "@effect-zego/rtc"

/**
 * @since 0.1.0
 */
export * from "@effect-zego/zim"
