/**
 * The client's settings: who we are (AppId, ServerSecret), where the APIs are, and the default call
 * settings.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as CallOptions from "./CallOptions.js"

/**
 * The two ZEGOCLOUD server APIs.
 *
 * @since 0.1.0
 * @category models
 */
export type Product = "zim" | "rtc"

/**
 * The regions ZEGOCLOUD serves from; `unified` routes to the nearest.
 *
 * @since 0.1.0
 * @category models
 */
export const regions = ["unified", "sha", "hkg", "fra", "lax", "bom", "sgp"] as const

/**
 * @since 0.1.0
 * @category models
 */
export type Region = (typeof regions)[number]

/**
 * The documented base URL of a product in a region.
 *
 * @since 0.1.0
 * @category constructors
 */
export const baseUrlFor = (product: Product, region: Region): string =>
  region === "unified" ? `https://${product}-api.zego.im` : `https://${product}-api-${region}.zego.im`

/**
 * Whether `baseUrl` is one of the product's documented region URLs (not an emulator, proxy or other override).
 *
 * @since 0.1.0
 * @category utils
 */
export const isRegionDefault = (product: Product, baseUrl: string): boolean =>
  regions.some((region) => baseUrlFor(product, region) === baseUrl)

/**
 * The resolved settings.
 *
 * @since 0.1.0
 * @category models
 */
export interface ZegoConfigService {
  readonly appId: number
  readonly serverSecret: Redacted.Redacted<string>
  /** Base URL per product, no trailing slash. */
  readonly baseUrls: { readonly [P in Product]: string }
  /** RTC's optional public `IsTest` parameter (apps created on or before 2021-11-16 only). */
  readonly isTest: boolean | undefined
  /** Default call settings of this client. */
  readonly callOptions: CallOptions.ResolvedCallOptions
  /** The secret ZEGOCLOUD signs its server callbacks with, when configured (`ZEGO_CALLBACK_SECRET`). */
  readonly callbackSecret: Redacted.Redacted<string> | undefined
}

/**
 * Programmatic settings for {@link ZegoConfig.layer}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ZegoConfigOptions {
  readonly appId: number
  readonly serverSecret: Redacted.Redacted<string>
  /** Default `unified`. */
  readonly region?: Region | undefined
  /** Overrides the region's ZIM URL (an emulator, a proxy). */
  readonly zimBaseUrl?: string | undefined
  /** Overrides the region's RTC URL. */
  readonly rtcBaseUrl?: string | undefined
  readonly isTest?: boolean | undefined
  readonly callOptions?: CallOptions.CallOptions | undefined
  /** The secret ZEGOCLOUD signs its server callbacks with (it may equal the ServerSecret). */
  readonly callbackSecret?: Redacted.Redacted<string> | undefined
}

/**
 * A setting is missing or malformed.
 *
 * @since 0.1.0
 * @category errors
 */
export class ZegoConfigError extends Schema.TaggedError<ZegoConfigError>()("ZegoConfigError", {
  field: Schema.String,
  rule: Schema.String
}) {
  override get message(): string {
    return `Invalid ZEGOCLOUD setting ${this.field}: ${this.rule}`
  }
}

const APP_ID_RULE = "must be an unsigned 32-bit integer greater than 0 (the AppID from the ZEGOCLOUD console)"
const SECRET_RULE = "must be the 32 hexadecimal characters of the ServerSecret from the ZEGOCLOUD console"
const URL_RULE = "must be an absolute http(s) URL"
const CALLBACK_SECRET_RULE = "must not be empty (the callback secret from the ZEGOCLOUD console)"

const isAppId = (n: number) => Number.isInteger(n) && n > 0 && n <= 0xffffffff
const isSecret = (s: string) => /^[0-9a-fA-F]{32}$/.test(s)
const normalizeUrl = (s: string): Option.Option<string> => {
  try {
    const url = new URL(s)
    if (url.protocol !== "http:" && url.protocol !== "https:") return Option.none()
    return Option.some(url.toString().replace(/\/+$/, ""))
  } catch {
    return Option.none()
  }
}

/**
 * Validates programmatic settings.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: ZegoConfigOptions): Effect.Effect<ZegoConfigService, ZegoConfigError> =>
  Effect.gen(function*() {
    if (!isAppId(options.appId)) return yield* new ZegoConfigError({ field: "appId", rule: APP_ID_RULE })
    if (!isSecret(Redacted.value(options.serverSecret))) {
      return yield* new ZegoConfigError({ field: "serverSecret", rule: SECRET_RULE })
    }
    const region = options.region ?? "unified"
    if (!regions.includes(region)) {
      return yield* new ZegoConfigError({ field: "region", rule: `must be one of ${regions.join(", ")}` })
    }
    const url = (field: string, given: string | undefined, product: Product) =>
      given === undefined
        ? Effect.succeed(baseUrlFor(product, region))
        : Option.match(normalizeUrl(given), {
          onNone: () => Effect.fail(new ZegoConfigError({ field, rule: URL_RULE })),
          onSome: Effect.succeed
        })
    const zim = yield* url("zimBaseUrl", options.zimBaseUrl, "zim")
    const rtc = yield* url("rtcBaseUrl", options.rtcBaseUrl, "rtc")
    if (options.callbackSecret !== undefined && Redacted.value(options.callbackSecret).length === 0) {
      return yield* new ZegoConfigError({ field: "callbackSecret", rule: CALLBACK_SECRET_RULE })
    }
    return {
      appId: options.appId,
      serverSecret: options.serverSecret,
      baseUrls: { zim, rtc },
      isTest: options.isTest,
      callOptions: CallOptions.resolve(CallOptions.defaults, options.callOptions ?? {}),
      callbackSecret: options.callbackSecret
    }
  })

const validated = <A>(config: Config.Config<A>, ok: (a: A) => boolean, rule: string): Config.Config<A> =>
  Config.mapOrFail(config, (a) => ok(a) ? Either.right(a) : Either.left(ConfigError.InvalidData([], rule)))

const urlConfig = (name: string) =>
  Config.string(name).pipe(
    Config.mapOrFail((s) =>
      Option.match(normalizeUrl(s), {
        onNone: () => Either.left(ConfigError.InvalidData([], URL_RULE)),
        onSome: Either.right
      })
    ),
    Config.option
  )

/**
 * The settings as read from the environment: `ZEGO_APP_ID`, `ZEGO_SERVER_SECRET`, `ZEGO_REGION`
 * (default `unified`), `ZEGO_ZIM_BASE_URL`, `ZEGO_RTC_BASE_URL`, `ZEGO_IS_TEST`, `ZEGO_CALLBACK_SECRET`
 * (optional). Errors name the variable.
 *
 * @since 0.1.0
 * @category config
 */
export const config: Config.Config<ZegoConfigOptions> = Config.all({
  appId: validated(Config.number("ZEGO_APP_ID"), isAppId, APP_ID_RULE),
  // Validated before it is wrapped: a failure must name the variable, never show the value.
  serverSecret: Config.map(validated(Config.string("ZEGO_SERVER_SECRET"), isSecret, SECRET_RULE), Redacted.make),
  region: Config.literal(...regions)("ZEGO_REGION").pipe(Config.withDefault("unified" as const)),
  zimBaseUrl: urlConfig("ZEGO_ZIM_BASE_URL"),
  rtcBaseUrl: urlConfig("ZEGO_RTC_BASE_URL"),
  isTest: Config.option(Config.boolean("ZEGO_IS_TEST")),
  callbackSecret: Config.option(
    Config.map(
      validated(Config.string("ZEGO_CALLBACK_SECRET"), (s) => s.length > 0, CALLBACK_SECRET_RULE),
      Redacted.make
    )
  )
}).pipe(Config.map((c) => ({
  appId: c.appId,
  serverSecret: c.serverSecret,
  region: c.region,
  zimBaseUrl: Option.getOrUndefined(c.zimBaseUrl),
  rtcBaseUrl: Option.getOrUndefined(c.rtcBaseUrl),
  isTest: Option.getOrUndefined(c.isTest),
  callbackSecret: Option.getOrUndefined(c.callbackSecret)
})))

/**
 * The settings of the client.
 *
 * @since 0.1.0
 * @category tags
 */
export class ZegoConfig extends Context.Tag("@effect-zego/core/ZegoConfig")<ZegoConfig, ZegoConfigService>() {
  /**
   * From programmatic settings; fails with {@link ZegoConfigError} naming the field.
   */
  static readonly layer = (options: ZegoConfigOptions): Layer.Layer<ZegoConfig, ZegoConfigError> =>
    Layer.effect(ZegoConfig, make(options))

  /**
   * From the environment (see {@link config}); a missing or malformed variable fails the layer with a
   * `ConfigError` naming it. `callOptions` sets this client's default call settings.
   */
  static readonly layerConfig = (
    options?: { readonly callOptions?: CallOptions.CallOptions | undefined }
  ): Layer.Layer<ZegoConfig, ConfigError.ConfigError | ZegoConfigError> =>
    Layer.effect(
      ZegoConfig,
      Effect.flatMap(config, (c) => make({ ...c, callOptions: options?.callOptions }))
    )
}
