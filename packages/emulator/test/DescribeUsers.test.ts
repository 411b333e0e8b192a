import { expect, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { Emulator, Seed } from "../src/index.js"
import { call, codeOf } from "./helpers.js"

const describeUsers = (query: string, method = "GET") =>
  Effect.flatMap(Emulator, (emulator) => call(emulator, "DescribeUsers", { method, query }))

const ids = (n: number) => Array.from({ length: n }, (_, index) => `UserId[]=u${index}`).join("&")

layer(Emulator.layer({ rateLimits: "off" }))("DescribeUsers", (it) => {
  const expected = {
    Code: 0,
    Message: "success",
    Data: {
      UserStatusList: [
        { UserId: Seed.roomUsers.host, Status: 1, LoginTime: Seed.loginTimes.host, UserRole: 1 },
        { UserId: Seed.roomUsers.audience, Status: 1, LoginTime: Seed.loginTimes.audience, UserRole: 2 },
        {
          UserId: Seed.roomUsers.administrator,
          Status: 1,
          LoginTime: Seed.loginTimes.administrator,
          UserRole: 4
        },
        { UserId: Seed.roomUsers.absent, Status: 0, LoginTime: 0, UserRole: 0 }
      ]
    }
  }
  const users = [Seed.roomUsers.host, Seed.roomUsers.audience, Seed.roomUsers.administrator, Seed.roomUsers.absent]

  it.effect("reports each user's status, role and login time (raw brackets)", () =>
    Effect.gen(function*() {
      const reply = yield* describeUsers(`RoomId=${Seed.rooms.live}&${users.map((u) => `UserId[]=${u}`).join("&")}`)
      expect(reply.body).toMatchObject(expected)
    }))

  it.effect("accepts percent-encoded brackets", () =>
    Effect.gen(function*() {
      const reply = yield* describeUsers(
        `RoomId=${Seed.rooms.live}&${users.map((u) => `UserId%5B%5D=${u}`).join("&")}`
      )
      expect(reply.body).toMatchObject(expected)
      const lowercase = yield* describeUsers(`RoomId=${Seed.rooms.quiet}&UserId%5b%5d=${Seed.roomUsers.soloHost}`)
      expect(lowercase.body).toMatchObject({
        Code: 0,
        Data: { UserStatusList: [{ UserId: Seed.roomUsers.soloHost, Status: 1, UserRole: 1 }] }
      })
    }))

  it.effect("the request log shows the decoded query", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* emulator.requests.reset
      yield* describeUsers(`RoomId=${Seed.rooms.live}&UserId%5B%5D=a&UserId[]=b`)
      const [entry] = yield* emulator.requests.entries
      expect(entry?.method).toBe("GET")
      expect(entry?.action).toBe("DescribeUsers")
      expect(entry?.query).toMatchObject({ RoomId: Seed.rooms.live, "UserId[]": ["a", "b"] })
      expect(entry?.code).toBe(0)
    }))

  it.effect("a room that does not exist: 50001", () =>
    Effect.gen(function*() {
      const reply = yield* describeUsers(`RoomId=${Seed.rooms.missing}&UserId[]=${Seed.roomUsers.host}`)
      expect(codeOf(reply)).toBe(50001)
      expect(reply.body["Data"]).toBeUndefined()
    }))

  it.effect("up to 10 user IDs", () =>
    Effect.gen(function*() {
      const reply = yield* describeUsers(`RoomId=${Seed.rooms.live}&${ids(10)}`)
      expect(codeOf(reply)).toBe(0)
    }))

  it.effect("missing or empty parameters: 2", () =>
    Effect.gen(function*() {
      for (
        const query of [
          `UserId[]=${Seed.roomUsers.host}`,
          `RoomId=&UserId[]=${Seed.roomUsers.host}`,
          `RoomId=${Seed.rooms.live}`,
          `RoomId=${Seed.rooms.live}&UserId=${Seed.roomUsers.host}`,
          `RoomId=${Seed.rooms.live}&UserId[]=`
        ]
      ) {
        expect(codeOf(yield* describeUsers(query)), query).toBe(2)
      }
    }))

  it.effect("too many or too long: 3", () =>
    Effect.gen(function*() {
      expect(codeOf(yield* describeUsers(`RoomId=${Seed.rooms.live}&${ids(11)}`))).toBe(3)
      expect(codeOf(yield* describeUsers(`RoomId=${"r".repeat(129)}&UserId[]=a`))).toBe(3)
      expect(codeOf(yield* describeUsers(`RoomId=${Seed.rooms.live}&UserId[]=${"u".repeat(65)}`))).toBe(3)
    }))

  it.effect("wrong method: 2", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const reply = yield* call(emulator, "DescribeUsers", {
        method: "POST",
        query: `RoomId=${Seed.rooms.live}&UserId[]=${Seed.roomUsers.host}`,
        json: {}
      })
      expect(codeOf(reply)).toBe(2)
    }))
})
