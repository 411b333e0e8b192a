import { expect, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { Emulator, Seed } from "../src/index.js"
import { call, codeOf, post } from "./helpers.js"

const query = (userIds: unknown) =>
  Effect.flatMap(Emulator, (emulator) => post(emulator, "QueryUserInfos", { UserIds: userIds }))

layer(Emulator.layer({ rateLimits: "off" }))("QueryUserInfos", (it) => {
  it.effect("returns registered, logged-in users with an empty ErrorList", () =>
    Effect.gen(function*() {
      const reply = yield* query([Seed.users.alice, Seed.users.symbols])
      expect(reply.body).toMatchObject({
        Code: 0,
        Message: "success",
        Result: [
          {
            UserId: Seed.users.alice,
            UserName: "Alice",
            UserAvatar: "https://avatars.example.invalid/alice.png",
            Extra: "{\"seeded\":true}"
          },
          { UserId: Seed.users.symbols, UserName: "Symbols" }
        ],
        ErrorList: []
      })
    }))

  it.effect("partial results: Code 0 with a SubCode per failed user", () =>
    Effect.gen(function*() {
      const reply = yield* query([Seed.users.alice, Seed.users.loggedOut, Seed.users.unregistered, Seed.users.broken])
      expect(reply.body).toMatchObject({
        Code: 0,
        Result: [{ UserId: Seed.users.alice }],
        ErrorList: [
          { UserId: Seed.users.loggedOut, SubCode: 660000002 },
          { UserId: Seed.users.unregistered, SubCode: 660700015 },
          { UserId: Seed.users.broken, SubCode: 660700008 }
        ]
      })
    }))

  it.effect("every user failed: Code ≠ 0 with the full ErrorList", () =>
    Effect.gen(function*() {
      const unregistered = yield* query([Seed.users.unregistered, Seed.users.unregisteredOther])
      expect(unregistered.body).toMatchObject({
        Code: 660700015,
        Result: [],
        ErrorList: [
          { UserId: Seed.users.unregistered, SubCode: 660700015 },
          { UserId: Seed.users.unregisteredOther, SubCode: 660700015 }
        ]
      })
      const loggedOut = yield* query([Seed.users.loggedOut])
      expect(loggedOut.body).toMatchObject({
        Code: 660000002,
        ErrorList: [{ UserId: Seed.users.loggedOut, SubCode: 660000002 }]
      })
      const broken = yield* query([Seed.users.broken])
      expect(broken.body).toMatchObject({ Code: 660700008, ErrorList: [{ SubCode: 660700008 }] })
      const mixed = yield* query([Seed.users.loggedOut, Seed.users.unregistered])
      expect(mixed.body).toMatchObject({ Code: 660000002 })
      expect(mixed.body["ErrorList"]).toHaveLength(2)
    }))

  it.effect("accepts 1 to 100 user IDs of at most 64 bytes", () =>
    Effect.gen(function*() {
      const hundred = yield* query(Array.from({ length: 100 }, (_, index) => `user-${index}`))
      expect(codeOf(hundred)).toBe(660700015)
      expect(hundred.body["ErrorList"]).toHaveLength(100)
      const longest = yield* query(["a".repeat(64)])
      expect(codeOf(longest)).toBe(660700015)
    }))

  it.effect("parameter errors answer the ZIM public code 2 with no ErrorList", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const bad: ReadonlyArray<unknown> = [
        undefined,
        [],
        "alice",
        Array.from({ length: 101 }, (_, index) => `user-${index}`),
        ["a".repeat(65)],
        [""],
        ["a/b"],
        ["tab\there"],
        ["ünïcode"],
        [42],
        [null]
      ]
      for (const userIds of bad) {
        const reply = yield* post(emulator, "QueryUserInfos", userIds === undefined ? {} : { UserIds: userIds })
        expect(codeOf(reply), JSON.stringify(userIds)).toBe(2)
        expect(reply.body["ErrorList"]).toBeUndefined()
      }
    }))

  it.effect("encoding errors: wrong method, Content-Type, or a body that is not a JSON object", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const get = yield* call(emulator, "QueryUserInfos", { method: "GET" })
      expect(codeOf(get)).toBe(2)
      const put = yield* call(emulator, "QueryUserInfos", { method: "PUT", json: { UserIds: ["alice"] } })
      expect(codeOf(put)).toBe(2)
      const textPlain = yield* call(emulator, "QueryUserInfos", {
        method: "POST",
        json: { UserIds: ["alice"] },
        contentType: "text/plain"
      })
      expect(codeOf(textPlain)).toBe(2)
      const noContentType = yield* call(emulator, "QueryUserInfos", {
        method: "POST",
        rawBody: JSON.stringify({ UserIds: ["alice"] }),
        contentType: null
      })
      expect(codeOf(noContentType)).toBe(2)
      const charset = yield* call(emulator, "QueryUserInfos", {
        method: "POST",
        json: { UserIds: ["alice"] },
        contentType: "application/json; charset=utf-8"
      })
      expect(codeOf(charset)).toBe(0)
      const notJson = yield* call(emulator, "QueryUserInfos", { method: "POST", rawBody: "{\"UserIds\": [" })
      expect(codeOf(notJson)).toBe(2)
      const array = yield* call(emulator, "QueryUserInfos", { method: "POST", json: [["alice"]] })
      expect(codeOf(array)).toBe(2)
      const empty = yield* call(emulator, "QueryUserInfos", { method: "POST", rawBody: "" })
      expect(codeOf(empty)).toBe(2)
    }))
})
