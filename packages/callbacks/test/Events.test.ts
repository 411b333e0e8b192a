import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import * as Fs from "node:fs"
import * as Body from "../src/Body.js"
import * as Events from "../src/Events.js"
import * as RtcEvents from "../src/generated/RtcEvents.js"
import * as ZimEvents from "../src/generated/ZimEvents.js"

interface Documented {
  readonly zim: ReadonlyArray<{ readonly event: string; readonly example: unknown }>
  readonly rtc: ReadonlyArray<{ readonly event: string; readonly example: unknown }>
}
const documented = JSON.parse(
  Fs.readFileSync(new URL("./fixtures/documented-examples.json", import.meta.url), "utf8")
) as Documented

const parse = (text: string, contentType = "application/json") =>
  Either.getOrThrowWith(Body.parse(text, contentType), (error) => new Error(error.message))

describe("Events", () => {
  it("covers every documented event: 17 ZIM, 20 RTC and Cloud Recording", () => {
    expect(documented.zim).toHaveLength(17)
    expect(documented.rtc).toHaveLength(21)
    expect(ZimEvents.identification.map((entry) => entry.tag)).toEqual(documented.zim.map((entry) => entry.event))
    expect(RtcEvents.identification.map((entry) => entry.tag)).toEqual(documented.rtc.map((entry) => entry.event))
  })

  for (const product of ["zim", "rtc"] as const) {
    for (const { event, example } of documented[product]) {
      it.effect(`decodes the documented ${product} ${event} example`, () =>
        Effect.gen(function*() {
          const decoded = yield* Events.decode(product, parse(JSON.stringify(example)).body)
          expect(decoded._tag).toBe(event)
        }))
    }
  }

  it.effect("keeps room_session_id beyond 2^53 digit for digit, whether a JSON number or a string", () =>
    Effect.gen(function*() {
      const body = `{"event":"room_create","appid":1,"timestamp":1499676978,"nonce":"350176","signature":"s",` +
        `"room_id":"r","room_session_id":858012925204410401,"room_create_time":"1499676978027","id_name":"u"}`
      const decoded = yield* Events.decode("rtc", parse(body).body)
      expect(decoded).toMatchObject({ _tag: "room_create", room_session_id: "858012925204410401", appid: 1 })
      // JSON.parse would have changed it.
      expect(String(JSON.parse(body).room_session_id)).not.toBe("858012925204410401")
    }))

  it.effect("decodes numbers sent as strings, and strings sent as numbers", () =>
    Effect.gen(function*() {
      const body = JSON.stringify({
        event: "group_destroy",
        appid: 1,
        timestamp: "1499676978",
        nonce: 350176,
        signature: "s",
        group_id: "g",
        operator_account: "u1",
        owner_account: "u1",
        user_ids: ["u1", "u2"]
      })
      const decoded = yield* Events.decode("zim", parse(body).body)
      expect(decoded).toMatchObject({ _tag: "group_destroy", timestamp: 1499676978, nonce: "350176", appid: "1" })
    }))

  it.effect("decodes a form-encoded body (every value a string)", () =>
    Effect.gen(function*() {
      const form = new URLSearchParams({
        event: "room_logout",
        appid: "1",
        timestamp: "1499676978",
        nonce: "350176",
        signature: "s",
        room_id: "r",
        room_seq: "6454987583069831",
        user_account: "u",
        user_nickname: "n",
        session_id: "1",
        login_time: "1499676978027",
        logout_time: "1499676979027",
        reason: "0",
        user_role: "1",
        user_update_seq: "2"
      }).toString()
      const parsed = parse(form, "application/x-www-form-urlencoded")
      expect(parsed.signed).toEqual(Either.right({ signature: "s", timestamp: "1499676978", nonce: "350176" }))
      const decoded = yield* Events.decode("rtc", parsed.body)
      expect(decoded).toMatchObject({ _tag: "room_logout", user_account: "u", reason: "0" })
    }))

  it.effect("tells ZIM's room_create from RTC's: each product decodes its own body", () =>
    Effect.gen(function*() {
      const zim = documented.zim.find((entry) => entry.event === "room_create")
      const rtc = documented.rtc.find((entry) => entry.event === "room_create")
      const zimBody = parse(JSON.stringify(zim?.example)).body
      const rtcBody = parse(JSON.stringify(rtc?.example)).body
      expect(yield* Events.decode("zim", zimBody)).toHaveProperty("room_name")
      expect(yield* Events.decode("rtc", rtcBody)).toHaveProperty("room_session_id")
      // The other product's body does not pass for it.
      const error = yield* Effect.flip(Events.decode("rtc", zimBody))
      expect(error.message).toContain("room_session_id")
    }))

  it.effect("an undocumented event is Unknown and keeps the raw body, big integers included", () =>
    Effect.gen(function*() {
      const body = parse(`{"event":"msg_revoke","timestamp":1,"nonce":"1","signature":"s","seq":9007199254740993}`)
        .body
      const decoded = yield* Events.decode("zim", body)
      expect(decoded).toEqual({
        _tag: "Unknown",
        event: "msg_revoke",
        body: { event: "msg_revoke", timestamp: 1, nonce: "1", signature: "s", seq: 9007199254740993n }
      })
    }))

  it.effect("PascalCase events and Cloud Recording's event_type (new values too) are identified", () =>
    Effect.gen(function*() {
      const transcode = documented.rtc.find((entry) => entry.event === "transcode_stop")
      const parsed = parse(JSON.stringify(transcode?.example))
      expect(Either.isRight(parsed.signed)).toBe(true)
      expect((yield* Events.decode("rtc", parsed.body))._tag).toBe("transcode_stop")
      const recording = documented.rtc.find((entry) => entry.event === "recording_status")
      const newer = { ...(recording?.example as object), event_type: 999 }
      expect((yield* Events.decode("rtc", parse(JSON.stringify(newer)).body))._tag).toBe("recording_status")
    }))

  it("reads URL-encoded JSON, and rejects what is neither JSON nor a form", () => {
    const encoded = encodeURIComponent(JSON.stringify({ event: "x", timestamp: 1, nonce: "2", signature: "s" }))
    expect(Either.map(Body.parse(encoded, "application/json"), (parsed) => parsed.body["event"])).toEqual(
      Either.right("x")
    )
    expect(Either.isLeft(Body.parse("{not json", "application/json"))).toBe(true)
    expect(Either.isLeft(Body.parse("[1,2]", "application/json"))).toBe(true)
  })
})
