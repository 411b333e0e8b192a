/**
 * Actions the vendor serves from a host of their own (CgiDescribeZIMAudioLicense on auth-api.zego.im,
 * SetSceneTemplate on metaworld-api.zego.im) go there while the product's base URL is a region default; a base
 * URL set by hand (an emulator, a proxy) takes every Action. Seen at the HttpClient: nothing leaves the process.
 */
import { ZegoClient } from "@effect-zego/client"
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

const ok = JSON.stringify({ Code: 0, Message: "success", RequestId: "rid" })

const setup = (settings: Partial<ZegoConfig.ZegoConfigOptions>) =>
  Effect.gen(function*() {
    const origins: Array<string> = []
    const http = HttpClient.make((request) =>
      Effect.sync(() => {
        origins.push(new URL(request.url).origin)
        return HttpClientResponse.fromWeb(request, new Response(ok, { status: 200 }))
      })
    )
    const context = yield* Layer.build(
      ZegoClient.layerServices().pipe(
        Layer.provide(Layer.succeed(HttpClient.HttpClient, http)),
        Layer.provide(ZegoRateLimiter.ZegoRateLimiter.layerMemory),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
          appId: 1,
          serverSecret: Redacted.make("0123456789abcdef0123456789abcdef"),
          ...settings
        }))
      )
    )
    const zim = Context.get(context, ZimService.ZimService)
    const rtc = Context.get(context, RtcService.RtcService)
    const calls = Effect.all([
      zim.cgiDescribeZIMAudioLicense({}),
      rtc.setSceneTemplate({ TemplateId: 1, MaxUserNum: 10, ViewRadius: 5, MaxVisibleNum: 10 }),
      zim.queryUserInfos({ UserIds: ["alice"] }),
      rtc.describeUsers({ RoomId: "r", UserId: ["u"] })
    ])
    yield* calls
    return origins
  })

describe("Actions with a host of their own", () => {
  it.scopedLive("go to the vendor's host on the region defaults; the others to the product's", () =>
    Effect.gen(function*() {
      expect(yield* setup({})).toEqual([
        "https://auth-api.zego.im",
        "https://metaworld-api.zego.im",
        "https://zim-api.zego.im",
        "https://rtc-api.zego.im"
      ])
      expect(yield* setup({ region: "sha" })).toEqual([
        "https://auth-api.zego.im",
        "https://metaworld-api.zego.im",
        "https://zim-api-sha.zego.im",
        "https://rtc-api-sha.zego.im"
      ])
    }))

  it.scopedLive("a base URL set by hand takes every Action of its product", () =>
    Effect.gen(function*() {
      expect(yield* setup({ zimBaseUrl: "http://127.0.0.1:9", rtcBaseUrl: "http://127.0.0.1:8" })).toEqual([
        "http://127.0.0.1:9",
        "http://127.0.0.1:8",
        "http://127.0.0.1:9",
        "http://127.0.0.1:8"
      ])
    }))
})
