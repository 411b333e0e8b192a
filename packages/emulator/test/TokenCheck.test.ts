import * as RoomRights from "@effect-zego/token/RoomRights"
import * as Token04 from "@effect-zego/token/Token04"
import { expect, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { Emulator, type EmulatorService, TokenCheck } from "../src/index.js"

const post = (emulator: EmulatorService, body: string, method = "POST") =>
  Effect.promise(async () => {
    const response = await fetch(emulator.url + TokenCheck.path, {
      method,
      headers: { "content-type": "application/json" },
      ...(method === "GET" ? {} : { body })
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  })

const verify = (emulator: EmulatorService, token: string) => post(emulator, JSON.stringify({ token }))

const tokenFor = (emulator: EmulatorService, options: Partial<Token04.Credentials> & Token04.GenerateOptions) =>
  Token04.generateWith(
    { appId: options.appId ?? emulator.appId, serverSecret: options.serverSecret ?? emulator.serverSecret },
    options
  )

// Live: tokens are made at real time, as the emulator reads it.
layer(Emulator.layer(), { excludeTestServices: true })("the token check endpoint", (it) => {
  it.effect("accepts a token made with the emulator's AppID and secret, and returns what it holds", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const rights = RoomRights.make({ roomId: "room1", publish: true, streamIds: ["room1-alice"] })
      const token = yield* tokenFor(emulator, { userId: "alice", lifetime: "1 hour", payload: rights })
      const reply = yield* verify(emulator, token)
      expect(reply.status).toBe(200)
      expect(reply.body).toMatchObject({
        valid: true,
        token: {
          appId: emulator.appId,
          userId: "alice",
          payload: { roomRights: { roomId: "room1", login: true, publish: true, streamIds: ["room1-alice"] } }
        }
      })
      const plain = yield* verify(emulator, yield* tokenFor(emulator, { userId: "bob", lifetime: "1 hour" }))
      expect(plain.body).toMatchObject({ valid: true, token: { userId: "bob", payload: null } })
      const raw = yield* verify(
        emulator,
        yield* tokenFor(emulator, { userId: "bob", lifetime: "1 hour", payload: "x" })
      )
      expect(raw.body).toMatchObject({ valid: true, token: { payload: { raw: "x" } } })
      // Not an Action: nothing in the request log.
      expect(yield* emulator.requests.entries).toEqual([])
    }))

  it.effect("judges expiry at the emulator's server time", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const token = yield* tokenFor(emulator, { userId: "alice", lifetime: "1 hour" })
      yield* emulator.clock.setOffset(2 * 3600 * 1000)
      const reply = yield* verify(emulator, token)
      yield* emulator.clock.setOffset(0)
      expect(reply.status).toBe(200)
      expect(reply.body).toMatchObject({ valid: false, error: { _tag: "TokenExpired", field: "expire" } })
      expect((yield* verify(emulator, token)).body).toMatchObject({ valid: true })
    }))

  it.effect("refuses tokens of another secret or AppID, and what is not a token, naming the rule", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const otherSecret = yield* tokenFor(emulator, {
        userId: "alice",
        lifetime: "1 hour",
        serverSecret: Redacted.make("00000000000000000000000000000000")
      })
      expect((yield* verify(emulator, otherSecret)).body).toMatchObject({
        valid: false,
        error: { _tag: "TokenAuthenticationFailed", field: "cipherText" }
      })
      const otherApp = yield* tokenFor(emulator, { userId: "alice", lifetime: "1 hour", appId: 42 })
      expect((yield* verify(emulator, otherApp)).body).toMatchObject({
        valid: false,
        error: { _tag: "TokenAppIdMismatch", field: "app_id", rule: expect.stringContaining("AppID") }
      })
      expect((yield* verify(emulator, "not a token")).body).toMatchObject({
        valid: false,
        error: { _tag: "TokenVersionUnsupported", field: "version" }
      })
    }))

  it.effect("answers 400 without a token and 405 to another method", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      expect((yield* post(emulator, JSON.stringify({ tok: "x" }))).status).toBe(400)
      expect((yield* post(emulator, "not json")).status).toBe(400)
      expect((yield* post(emulator, "", "GET")).status).toBe(405)
    }))
})
