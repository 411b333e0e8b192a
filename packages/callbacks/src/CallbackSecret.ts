/**
 * The secret ZEGOCLOUD signs its callbacks with: programmatic, from `ZEGO_CALLBACK_SECRET`, or from
 * `ZegoConfig`'s `callbackSecret`. The docs disagree on which console field it is (the "server verification
 * key" or the ServerSecret), so it is configured on its own; it may hold the same value as the ServerSecret.
 *
 * @since 0.1.0
 */
import { ZegoConfig } from "@effect-zego/core"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"

/**
 * No callback secret is configured, or it is empty.
 *
 * @example
 * ```ts
 * import { CallbackSecret } from "@effect-zego/callbacks"
 *
 * const error = new CallbackSecret.CallbackSecretMissing({ source: "ZEGO_CALLBACK_SECRET" })
 * ```
 *
 * @since 0.1.0
 */
export class CallbackSecretMissing extends Schema.TaggedError<CallbackSecretMissing>()("CallbackSecretMissing", {
  source: Schema.String
}) {
  override get message(): string {
    return `No callback secret: ${this.source} must hold the callback secret from the ZEGOCLOUD console`
  }
}

/**
 * The callback secret the receiver verifies signatures with.
 *
 * @example
 * ```ts
 * import { CallbackSecret } from "@effect-zego/callbacks"
 * import { Redacted } from "effect"
 *
 * const layer = CallbackSecret.layer(Redacted.make("my-callback-secret"))
 * ```
 *
 * @since 0.1.0
 */
export class CallbackSecret extends Context.Tag("@effect-zego/callbacks/CallbackSecret")<
  CallbackSecret,
  Redacted.Redacted<string>
>() {}

/**
 * A given secret; an empty one fails with {@link CallbackSecretMissing}.
 *
 * @example
 * ```ts
 * import { CallbackSecret } from "@effect-zego/callbacks"
 * import { Redacted } from "effect"
 *
 * const layer = CallbackSecret.layer(Redacted.make("my-callback-secret"))
 * ```
 *
 * @since 0.1.0
 */
export const layer = (secret: Redacted.Redacted<string>): Layer.Layer<CallbackSecret, CallbackSecretMissing> =>
  Layer.effect(
    CallbackSecret,
    Redacted.value(secret).length === 0
      ? Effect.fail(new CallbackSecretMissing({ source: "the given secret" }))
      : Effect.succeed(secret)
  )

/**
 * From the environment variable `ZEGO_CALLBACK_SECRET` (read as a redacted value).
 *
 * @example
 * ```ts
 * import { CallbackSecret } from "@effect-zego/callbacks"
 *
 * const layer = CallbackSecret.layerConfig()
 * ```
 *
 * @since 0.1.0
 */
export const layerConfig = (
  name: string = "ZEGO_CALLBACK_SECRET"
): Layer.Layer<CallbackSecret, ConfigError.ConfigError | CallbackSecretMissing> =>
  Layer.effect(
    CallbackSecret,
    Effect.flatMap(
      Config.redacted(name),
      (secret) =>
        Redacted.value(secret).length === 0
          ? Effect.fail(new CallbackSecretMissing({ source: name }))
          : Effect.succeed(secret)
    )
  )

/**
 * From `ZegoConfig`'s `callbackSecret` (set programmatically or by `ZEGO_CALLBACK_SECRET`).
 *
 * @example
 * ```ts
 * import { CallbackSecret } from "@effect-zego/callbacks"
 * import { ZegoConfig } from "@effect-zego/core"
 * import { Layer } from "effect"
 *
 * const layer = CallbackSecret.layerZegoConfig.pipe(Layer.provide(ZegoConfig.ZegoConfig.layerConfig()))
 * ```
 *
 * @since 0.1.0
 */
export const layerZegoConfig: Layer.Layer<CallbackSecret, CallbackSecretMissing, ZegoConfig.ZegoConfig> = Layer
  .effect(
    CallbackSecret,
    Effect.flatMap(ZegoConfig.ZegoConfig, (config) =>
      config.callbackSecret === undefined
        ? Effect.fail(new CallbackSecretMissing({ source: "ZegoConfig.callbackSecret (ZEGO_CALLBACK_SECRET)" }))
        : Effect.succeed(config.callbackSecret))
  )
