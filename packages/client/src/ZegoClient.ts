/**
 * Everything wired for the common case: settings, signer, in-memory rate limiter, the call pipeline,
 * `ZimService` and `RtcService`, over a keep-alive undici client ({@link UndiciHttpClient}).
 *
 * @since 0.1.0
 */
import { Signer, ZegoConfig, ZegoRateLimiter, ZegoTransport } from "@effect-zego/core"
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"
import * as PlatformHttpClient from "./PlatformHttpClient.js"
import * as UndiciHttpClient from "./UndiciHttpClient.js"

/**
 * What the client layers provide.
 *
 * @since 0.1.0
 * @category models
 */
export type Services =
  | ZimService.ZimService
  | RtcService.RtcService
  | ZegoTransport.ZegoTransport
  | ZegoConfig.ZegoConfig

/**
 * Settings of the helpers of both services.
 *
 * @since 0.1.0
 * @category models
 */
export interface HelperOptions {
  readonly zim?: ZimService.ZimServiceOptions | undefined
  readonly rtc?: RtcService.RtcServiceOptions | undefined
}

/**
 * The services over the `ZegoConfig`, `HttpClient` and `ZegoRateLimiter` you provide: bring a proxy or a
 * custom agent, or the Redis limiter.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerServices = (
  options: HelperOptions = {}
): Layer.Layer<
  Exclude<Services, ZegoConfig.ZegoConfig>,
  never,
  ZegoConfig.ZegoConfig | HttpClient.HttpClient | ZegoRateLimiter.ZegoRateLimiter
> => {
  const transport = ZegoTransport.ZegoTransport.layer.pipe(Layer.provide(Signer.Signer.layer))
  const services = Layer.merge(
    ZimService.ZimService.layerWith(options.zim ?? {}),
    RtcService.RtcService.layerWith(options.rtc ?? {})
  )
  return Layer.provideMerge(services, transport)
}

/**
 * Which HTTP client the layers wire.
 *
 * @since 0.1.0
 * @category models
 */
export interface HttpOptions {
  /**
   * `"undici"` (the default): {@link UndiciHttpClient}, a thin client over undici's dispatcher whose direct
   * exchange the pipeline takes (about half the CPU per call). `"platform"`: `@effect/platform-node`'s
   * `NodeHttpClient.layerUndici` ({@link PlatformHttpClient}, with the send-time guard). Both keep connections alive. For anything else (a proxy, a custom agent),
   * use {@link layerServices}.
   */
  readonly httpClient?: "undici" | "platform" | undefined
}

const layerFrom = <E, R>(config: Layer.Layer<ZegoConfig.ZegoConfig, E, R>, options: HelperOptions & HttpOptions) =>
  layerServices(options).pipe(
    Layer.provide(options.httpClient === "platform" ? PlatformHttpClient.layer : UndiciHttpClient.layer),
    Layer.provide(ZegoRateLimiter.ZegoRateLimiter.layerMemory),
    Layer.provideMerge(config)
  )

/**
 * From programmatic settings.
 *
 * @example
 * ```ts
 * import { ZegoClient } from "@effect-zego/client"
 * import { Redacted } from "effect"
 *
 * const ClientLive = ZegoClient.layer({ appId: 1234567890, serverSecret: Redacted.make("0123456789abcdef0123456789abcdef") })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: ZegoConfig.ZegoConfigOptions & HelperOptions & HttpOptions
): Layer.Layer<Services, ZegoConfig.ZegoConfigError> => layerFrom(ZegoConfig.ZegoConfig.layer(options), options)

/**
 * From the environment: `ZEGO_APP_ID`, `ZEGO_SERVER_SECRET`, `ZEGO_REGION`, `ZEGO_ZIM_BASE_URL`,
 * `ZEGO_RTC_BASE_URL`, `ZEGO_IS_TEST`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: { readonly callOptions?: ZegoConfig.ZegoConfigOptions["callOptions"] } & HelperOptions & HttpOptions = {}
): Layer.Layer<Services, ConfigError.ConfigError | ZegoConfig.ZegoConfigError> =>
  layerFrom(ZegoConfig.ZegoConfig.layerConfig(options), options)
