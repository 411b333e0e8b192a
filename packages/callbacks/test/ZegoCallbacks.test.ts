import { ZegoConfig } from "@effect-zego/core"
import { TelemetryTest } from "@effect-zego/telemetry"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import type * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted } from "effect"
import * as Http from "node:http"
import * as CallbackSecret from "../src/CallbackSecret.js"
import * as NonceStore from "../src/NonceStore.js"
import * as Signature from "../src/Signature.js"
import * as ZegoCallbacks from "../src/ZegoCallbacks.js"

const secret = Redacted.make("test-callback-secret")
let nonceCounter = 100_000

/** A body signed as ZEGOCLOUD signs it, at the current time unless told otherwise. */
const signed = (fields: Record<string, unknown>, options: { timestamp?: number; nonce?: string } = {}) => {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  const nonce = options.nonce ?? String(nonceCounter++)
  return { ...fields, timestamp, nonce, signature: Signature.sign(secret, String(timestamp), nonce) }
}

const sendMsg = (msgId: string) => ({
  appid: "1",
  event: "send_msg",
  from_user_id: "alice",
  conv_type: 0,
  conv_id: "bob",
  msg_type: 1,
  sub_msg_type: 0,
  msg_body: "hello",
  msg_id: msgId,
  payload: "",
  msg_time: 1_700_000_000_000,
  send_result: 0
})

const beforeSendMsg = (body: string) => ({
  appid: "1",
  event: "before_send_msg",
  request_id: "r1",
  from_user_id: "alice",
  conv_id: "bob",
  conv_type: 0,
  msg_id: "m1",
  payload: "",
  msg_type: 1,
  sub_msg_type: 0,
  msg_body: body
})

/** Serves `app` on a real HTTP server on loopback for the scope; returns its URL. */
const serve = <E, R>(app: Effect.Effect<HttpServerResponse.HttpServerResponse, E, R>) =>
  Effect.gen(function*() {
    const server = yield* NodeHttpServer.make(() => Http.createServer(), { port: 0, host: "127.0.0.1" })
    yield* server.serve(app)
    const address = server.address
    return address._tag === "TcpAddress" ? `http://127.0.0.1:${address.port}/` : ""
  })

const post = (url: string, body: unknown, contentType = "application/json") =>
  Effect.promise(async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body)
    })
    return { status: response.status, text: await response.text() }
  })

const layers = Layer.mergeAll(TelemetryTest.layer(), Layer.orDie(CallbackSecret.layer(secret)))

describe("ZegoCallbacks.router on a real HTTP server", () => {
  it.live("dispatches a signed event to its typed handler, answers 200, in a SERVER span named after the event", () =>
    Effect.gen(function*() {
      const received: Array<string> = []
      const url = yield* serve(ZegoCallbacks.router({
        product: "zim",
        handlers: { send_msg: (event) => Effect.sync(() => received.push(`${event.from_user_id}:${event.msg_id}`)) }
      }))
      const reply = yield* post(url, signed(sendMsg("m-1")))
      expect(reply.status).toBe(200)
      expect(received).toEqual(["alice:m-1"])
      const telemetry = yield* TelemetryTest.TelemetryTest
      const span = yield* telemetry.span("zego.callback.zim.send_msg")
      expect(span.kind).toBe("server")
      expect(span.attributes).toMatchObject({
        "http.response.status_code": 200,
        "zego.callback.product": "zim",
        "zego.callback.event": "send_msg"
      })
      expect(JSON.stringify(span)).not.toContain(Redacted.value(secret))
    }).pipe(Effect.scoped, Effect.provide(layers)))

  it.live("401 and nothing dispatched: wrong signature, stale timestamp, replayed nonce, no signature", () =>
    Effect.gen(function*() {
      const received: Array<string> = []
      const url = yield* serve(ZegoCallbacks.router({
        product: "zim",
        handlers: { send_msg: (event) => Effect.sync(() => received.push(event.msg_id)) }
      }))
      const wrong = { ...signed(sendMsg("wrong")), signature: "0".repeat(40) }
      expect(yield* post(url, wrong)).toMatchObject({ status: 401, text: expect.stringContaining("SignatureMismatch") })

      // A changed timestamp or nonce breaks the signature.
      const original = signed(sendMsg("changed"))
      const changed = { ...original, timestamp: original.timestamp + 1 }
      expect((yield* post(url, changed)).status).toBe(401)

      const stale = signed(sendMsg("stale"), { timestamp: Math.floor(Date.now() / 1000) - 3600 })
      expect(yield* post(url, stale)).toMatchObject({
        status: 401,
        text: expect.stringContaining("TimestampOutOfWindow")
      })

      const once = signed(sendMsg("once"))
      expect((yield* post(url, once)).status).toBe(200)
      // The same delivery again, or with another body under the same signed values: a replay.
      expect(yield* post(url, once)).toMatchObject({ status: 401, text: expect.stringContaining("NonceReplayed") })
      expect((yield* post(url, { ...once, msg_id: "forged" })).status).toBe(401)

      const { signature: _, ...unsigned } = signed(sendMsg("unsigned"))
      expect(yield* post(url, unsigned)).toMatchObject({
        status: 401,
        text: expect.stringContaining("SignatureFieldMissing")
      })
      expect(received).toEqual(["once"])
      const telemetry = yield* TelemetryTest.TelemetryTest
      const spans = yield* telemetry.spansNamed("zego.callback.zim.send_msg")
      expect(spans.map((span) => span.attributes["http.response.status_code"])).toEqual([
        401,
        401,
        401,
        200,
        401,
        401,
        401
      ])
      expect(spans.filter((span) => span.status.code === "error")).toHaveLength(6)
    }).pipe(Effect.scoped, Effect.provide(layers)))

  it.live("400 for a body that is not JSON or a form, or a documented event that does not decode", () =>
    Effect.gen(function*() {
      const received: Array<string> = []
      const url = yield* serve(ZegoCallbacks.router({
        product: "zim",
        handlers: { send_msg: (event) => Effect.sync(() => received.push(event.msg_id)) }
      }))
      expect((yield* post(url, "{broken")).status).toBe(400)
      const { msg_id: _, ...withoutMsgId } = sendMsg("x")
      const reply = yield* post(url, signed(withoutMsgId))
      expect(reply.status).toBe(400)
      expect(reply.text).toContain("msg_id")
      expect(received).toEqual([])
    }).pipe(Effect.scoped, Effect.provide(layers)))

  it.live("500 when the handler fails; ZEGOCLOUD's retry of the same delivery is then accepted, not a replay", () =>
    Effect.gen(function*() {
      let attempts = 0
      const url = yield* serve(ZegoCallbacks.router({
        product: "zim",
        handlers: {
          send_msg: () => Effect.suspend(() => ++attempts === 1 ? Effect.fail("database down") : Effect.void)
        }
      }))
      const delivery = signed(sendMsg("retry"))
      expect(yield* post(url, delivery)).toMatchObject({ status: 500, text: expect.stringContaining("HandlerFailed") })
      expect((yield* post(url, delivery)).status).toBe(200)
      expect((yield* post(url, delivery)).status).toBe(401)
      expect(attempts).toBe(2)
    }).pipe(Effect.scoped, Effect.provide(layers)))

  it.live("before_send_msg answers the handler's decision, or the configured default when it is too slow", () =>
    Effect.gen(function*() {
      const url = yield* serve(ZegoCallbacks.router({
        product: "zim",
        decisionTimeout: "100 millis",
        timeoutDecision: { result: 1, reason: "timed out" },
        handlers: {
          before_send_msg: (event) =>
            event.msg_body === "slow"
              ? Effect.as(Effect.never, { result: 3 })
              : Effect.succeed({ result: event.msg_body.includes("spam") ? 3 : 1, reason: "checked" })
        }
      }))
      const spam = yield* post(url, signed(beforeSendMsg("buy spam")))
      expect(spam.status).toBe(200)
      expect(JSON.parse(spam.text)).toEqual({ result: 3, reason: "checked" })
      expect(JSON.parse((yield* post(url, signed(beforeSendMsg("hi")))).text)).toEqual({ result: 1, reason: "checked" })
      expect(JSON.parse((yield* post(url, signed(beforeSendMsg("slow")))).text)).toEqual({
        result: 1,
        reason: "timed out"
      })
    }).pipe(Effect.scoped, Effect.provide(layers)))

  it.live("accepts form-encoded bodies, and passes undocumented events to the Unknown handler with their body", () =>
    Effect.gen(function*() {
      const seen: Array<unknown> = []
      const url = yield* serve(ZegoCallbacks.router({
        product: "rtc",
        handlers: {
          room_login: (event) => Effect.sync(() => seen.push([event._tag, event.user_account, event.room_seq])),
          Unknown: (event) => Effect.sync(() => seen.push([event._tag, event.event, event.body["seq"]]))
        }
      }))
      const login = signed({
        event: "room_login",
        appid: "1",
        room_id: "r",
        room_name: "r",
        room_seq: "9007199254740993",
        user_account: "u1",
        user_nickname: "u1",
        session_id: "1",
        login_time: "1",
        user_role: "1",
        auth_level: "1",
        relogin: "0",
        user_update_seq: "1",
        callback_data: ""
      })
      const form = new URLSearchParams(Object.entries(login).map(([k, v]): [string, string] => [k, String(v)]))
        .toString()
      expect((yield* post(url, form, "application/x-www-form-urlencoded")).status).toBe(200)
      const newer = JSON.stringify(signed({ event: "stream_update", appid: "1" })).replace(
        "}",
        ",\"seq\":9007199254740993}"
      )
      expect((yield* post(url, newer)).status).toBe(200)
      expect(seen).toEqual([["room_login", "u1", "9007199254740993"], ["Unknown", "stream_update", 9007199254740993n]])
      const telemetry = yield* TelemetryTest.TelemetryTest
      yield* telemetry.span("zego.callback.rtc.unknown")
    }).pipe(Effect.scoped, Effect.provide(layers)))

  it.live("a provided NonceStore is shared: a delivery handled by one replica is a replay at another", () =>
    Effect.gen(function*() {
      const options = { product: "zim" as const, handlers: {} }
      const first = yield* serve(ZegoCallbacks.router(options))
      const second = yield* serve(ZegoCallbacks.router(options))
      const delivery = signed(sendMsg("shared"))
      expect((yield* post(first, delivery)).status).toBe(200)
      expect((yield* post(second, delivery)).status).toBe(401)
      // Turned off, the guard lets it through.
      const unguarded = yield* serve(ZegoCallbacks.router({ ...options, replayGuard: false }))
      expect((yield* post(unguarded, delivery)).status).toBe(200)
    }).pipe(Effect.scoped, Effect.provide(Layer.merge(layers, NonceStore.layerMemory))))
})

describe("ZegoCallbacks.webHandler (Fetch API)", () => {
  it.live("answers Requests with Responses: 200 dispatched, 401 tampered", () =>
    Effect.gen(function*() {
      const received: Array<string> = []
      const handler = yield* ZegoCallbacks.webHandler({
        product: "zim",
        handlers: { send_msg: (event) => Effect.sync(() => received.push(event.msg_id)) }
      })
      const request = (body: unknown) =>
        new Request("http://localhost/zego", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body)
        })
      const ok = yield* Effect.promise(() => handler(request(signed(sendMsg("web")))))
      expect(ok.status).toBe(200)
      const bad = yield* Effect.promise(() =>
        handler(request({ ...signed(sendMsg("bad")), signature: "1".repeat(40) }))
      )
      expect(bad.status).toBe(401)
      expect(received).toEqual(["web"])
    }).pipe(Effect.provide(layers)))
})

describe("CallbackSecret", () => {
  it.effect("comes from ZEGO_CALLBACK_SECRET; an empty one is refused", () =>
    Effect.gen(function*() {
      const fromEnv = (value: string) =>
        Effect.flatMap(CallbackSecret.CallbackSecret, (s) => Effect.succeed(Redacted.value(s))).pipe(
          Effect.provide(CallbackSecret.layerConfig()),
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["ZEGO_CALLBACK_SECRET", value]])))
        )
      expect(yield* fromEnv("abc")).toBe("abc")
      const error = yield* Effect.flip(fromEnv(""))
      expect(error._tag).toBe("CallbackSecretMissing")
    }))

  it.effect("comes from ZegoConfig's callbackSecret, programmatic or ZEGO_CALLBACK_SECRET; absent is an error", () =>
    Effect.gen(function*() {
      const base = { appId: 1234, serverSecret: Redacted.make("0123456789abcdef0123456789abcdef") }
      const read = (config: Layer.Layer<ZegoConfig.ZegoConfig, unknown>) =>
        Effect.flatMap(CallbackSecret.CallbackSecret, (s) => Effect.succeed(Redacted.value(s))).pipe(
          Effect.provide(CallbackSecret.layerZegoConfig.pipe(Layer.provide(config)))
        )
      const given = ZegoConfig.ZegoConfig.layer({ ...base, callbackSecret: Redacted.make("cb") })
      expect(yield* read(given)).toBe("cb")
      const env = new Map([["ZEGO_APP_ID", "1234"], ["ZEGO_SERVER_SECRET", "0123456789abcdef0123456789abcdef"]])
      const fromEnv = (entries: Map<string, string>) =>
        read(ZegoConfig.ZegoConfig.layerConfig()).pipe(Effect.withConfigProvider(ConfigProvider.fromMap(entries)))
      expect(yield* fromEnv(new Map([...env, ["ZEGO_CALLBACK_SECRET", "from-env"]]))).toBe("from-env")
      const missing = yield* Effect.flip(fromEnv(env))
      expect(missing).toMatchObject({ _tag: "CallbackSecretMissing" })
      expect(String(missing)).toContain("ZEGO_CALLBACK_SECRET")
      const empty = yield* Effect.flip(
        read(ZegoConfig.ZegoConfig.layer({ ...base, callbackSecret: Redacted.make("") }))
      )
      expect(empty).toMatchObject({ _tag: "ZegoConfigError", field: "callbackSecret" })
    }))
})
