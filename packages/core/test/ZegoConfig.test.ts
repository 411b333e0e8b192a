import { describe, expect, it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import { ZegoConfig } from "../src/ZegoConfig.js"

const secret = "0123456789abcdef0123456789abcdef"

const fromEnv = (env: Record<string, string>) =>
  ZegoConfig.pipe(
    Effect.provide(ZegoConfig.layerConfig()),
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
    Effect.either
  )

describe("ZegoConfig.layerConfig", () => {
  it.effect("reads the environment, with the unified hosts by default", () =>
    Effect.gen(function*() {
      const config = yield* Effect.flatMap(fromEnv({ ZEGO_APP_ID: "1234567890", ZEGO_SERVER_SECRET: secret }), (e) => e)
      expect(config.appId).toBe(1234567890)
      expect(Redacted.value(config.serverSecret)).toBe(secret)
      expect(config.baseUrls).toEqual({ zim: "https://zim-api.zego.im", rtc: "https://rtc-api.zego.im" })
      expect(config.isTest).toBeUndefined()
    }))

  it.effect("picks the regional hosts and honours explicit base URLs", () =>
    Effect.gen(function*() {
      const config = yield* Effect.flatMap(
        fromEnv({
          ZEGO_APP_ID: "1",
          ZEGO_SERVER_SECRET: secret,
          ZEGO_REGION: "fra",
          ZEGO_RTC_BASE_URL: "http://127.0.0.1:8080/",
          ZEGO_IS_TEST: "true"
        }),
        (e) => e
      )
      expect(config.baseUrls).toEqual({ zim: "https://zim-api-fra.zego.im", rtc: "http://127.0.0.1:8080" })
      expect(config.isTest).toBe(true)
    }))

  const failures: ReadonlyArray<[string, Record<string, string>, string]> = [
    ["a missing AppID", { ZEGO_SERVER_SECRET: secret }, "ZEGO_APP_ID"],
    ["a malformed AppID", { ZEGO_APP_ID: "12a", ZEGO_SERVER_SECRET: secret }, "ZEGO_APP_ID"],
    ["an AppID out of uint32", { ZEGO_APP_ID: "4294967296", ZEGO_SERVER_SECRET: secret }, "ZEGO_APP_ID"],
    ["a missing secret", { ZEGO_APP_ID: "1" }, "ZEGO_SERVER_SECRET"],
    ["a secret that is not 32 hex", { ZEGO_APP_ID: "1", ZEGO_SERVER_SECRET: "xyz" }, "ZEGO_SERVER_SECRET"],
    ["an unknown region", { ZEGO_APP_ID: "1", ZEGO_SERVER_SECRET: secret, ZEGO_REGION: "mars" }, "ZEGO_REGION"],
    [
      "a malformed URL",
      { ZEGO_APP_ID: "1", ZEGO_SERVER_SECRET: secret, ZEGO_ZIM_BASE_URL: "nope" },
      "ZEGO_ZIM_BASE_URL"
    ]
  ]
  for (const [what, env, variable] of failures) {
    it.effect(`fails at layer build on ${what}, naming ${variable}`, () =>
      Effect.gen(function*() {
        const result = yield* fromEnv(env)
        expect(Either.isLeft(result)).toBe(true)
        if (Either.isLeft(result)) {
          expect(String(result.left)).toContain(variable)
          expect(String(result.left)).not.toContain("xyz")
        }
      }))
  }

  it.effect("never shows the secret when the settings are printed", () =>
    Effect.gen(function*() {
      const config = yield* Effect.flatMap(fromEnv({ ZEGO_APP_ID: "1", ZEGO_SERVER_SECRET: secret }), (e) => e)
      expect(JSON.stringify(config)).not.toContain(secret)
      expect(String(config.serverSecret)).not.toContain(secret)
    }))
})

describe("ZegoConfig.layer", () => {
  it.effect("names the field and the rule", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        ZegoConfig.pipe(Effect.provide(ZegoConfig.layer({ appId: -1, serverSecret: Redacted.make(secret) })))
      )
      expect(error._tag).toBe("ZegoConfigError")
      expect(error.field).toBe("appId")
      expect(error.message).toContain("appId")
    }))
})
