import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { describe, expect, it, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Emulator, Seed } from "../src/index.js"
import type { EmulatorService } from "../src/index.js"
import { call, codeOf, post } from "./helpers.js"

const customSeed = {
  users: [
    { UserId: "zoe", UserName: "Zoe", UserAvatar: "z.png", Extra: "x", Status: "loggedIn" },
    { UserId: "yan", UserName: "Yan", UserAvatar: "", Extra: "", Status: "loggedOut" }
  ],
  groups: [{ GroupId: "g1", GroupName: "G1", GroupAvatar: "", Members: ["zoe", "yan"] }],
  rooms: [{ RoomId: "r1", Users: [{ UserId: "zoe", UserRole: 2, LoginTime: 1700000000000 }] }]
}

const withTempFile = <A, E, R>(contents: string, use: (path: string) => Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(
    Effect.sync(() => {
      const dir = mkdtempSync(join(tmpdir(), "emulator-seed-"))
      const path = join(dir, "seed.json")
      writeFileSync(path, contents)
      return { dir, path }
    }),
    ({ path }) => use(path),
    ({ dir }) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

const reasonOf = (value: unknown, source?: string) =>
  Effect.map(Effect.flip(Seed.fromUnknown(value, source)), (error) => error.message)

describe("seed loader", () => {
  it.effect("the default seed is valid and round-trips through JSON", () =>
    Effect.gen(function*() {
      const seed = yield* Seed.fromJsonString(JSON.stringify(Seed.defaultSeed))
      expect(seed.users.map((user) => user.UserId)).toContain(Seed.users.alice)
      expect(seed.users.map((user) => user.UserId)).not.toContain(Seed.users.unregistered)
      const frank = seed.groups.filter((group) => group.Members.includes(Seed.users.manyGroups))
      expect(frank.length).toBeGreaterThan(250)
      const roles = seed.rooms.flatMap((room) => room.Users.map((user) => user.UserRole))
      expect(new Set(roles)).toEqual(new Set([1, 2, 4]))
    }))

  it.effect("reads a good seed file", () =>
    withTempFile(JSON.stringify(customSeed), (path) =>
      Effect.gen(function*() {
        const seed = yield* Seed.fromFile(path)
        expect(seed.users).toHaveLength(2)
        expect(seed.rooms[0]?.Users[0]?.UserRole).toBe(2)
      })).pipe(Effect.provide(NodeFileSystem.layer)))

  it.effect("reports a missing file, bad JSON and invalid content clearly", () =>
    Effect.gen(function*() {
      const missing = yield* Effect.flip(Seed.fromFile("/nonexistent/seed.json"))
      expect(missing._tag).toBe("SeedError")
      expect(missing.message).toContain("/nonexistent/seed.json")
      expect(missing.message).toContain("cannot read")

      const badJson = yield* withTempFile("{ users: [", (path) => Effect.flip(Seed.fromFile(path)))
      expect(badJson.message).toContain("not valid JSON")
      expect(badJson.source).toMatch(/seed\.json$/)

      const badRole = yield* withTempFile(
        JSON.stringify({
          ...customSeed,
          rooms: [{ RoomId: "r1", Users: [{ UserId: "zoe", UserRole: 3, LoginTime: 0 }] }]
        }),
        (path) => Effect.flip(Seed.fromFile(path))
      )
      expect(badRole.message).toContain("UserRole")
    }).pipe(Effect.provide(NodeFileSystem.layer)))

  it.effect("rejects inconsistent seeds", () =>
    Effect.gen(function*() {
      expect(yield* reasonOf({ ...customSeed, users: [...customSeed.users, customSeed.users[0]] }))
        .toContain("duplicate UserId")
      expect(yield* reasonOf({ ...customSeed, groups: [{ ...customSeed.groups[0], Members: ["nobody"] }] }))
        .toContain("not in users")
      expect(yield* reasonOf({ ...customSeed, rooms: [{ RoomId: "r1", Users: [] }] })).toContain("Users")
      expect(yield* reasonOf({ ...customSeed, users: [{ ...customSeed.users[0], Status: "online" }] }))
        .toContain("Status")
      expect(yield* reasonOf({ ...customSeed, extra: true })).toContain("extra")
      expect(yield* reasonOf({ users: [] }, "my-seed")).toContain("my-seed")
    }))
})

const withCustomSeed = Layer.unwrapEffect(
  Effect.map(Seed.fromUnknown(customSeed), (seed) => Emulator.layer({ seed, rateLimits: "off" }))
)

layer(withCustomSeed)("an emulator with a custom seed", (it) => {
  const emulatorCall = <A, E>(f: (emulator: EmulatorService) => Effect.Effect<A, E>) => Effect.flatMap(Emulator, f)

  it.effect("serves the seed's users, groups and rooms", () =>
    Effect.gen(function*() {
      const users = yield* emulatorCall((emulator) =>
        post(emulator, "QueryUserInfos", { UserIds: ["zoe", "yan", Seed.users.alice] })
      )
      expect(users.body).toMatchObject({
        Code: 0,
        Result: [{ UserId: "zoe", UserName: "Zoe", UserAvatar: "z.png", Extra: "x" }],
        ErrorList: [{ UserId: "yan", SubCode: 660000002 }, { UserId: Seed.users.alice, SubCode: 660700015 }]
      })
      const groups = yield* emulatorCall((emulator) =>
        post(emulator, "QueryGroupsInfoOfUser", { FromUserId: "yan", Limit: 10, Next: "" })
      )
      expect(groups.body).toMatchObject({
        Code: 0,
        HasJoinGroupNum: 1,
        NextRsp: "0",
        GroupInfoList: [{ GroupId: "g1" }]
      })
      const room = yield* emulatorCall((emulator) =>
        call(emulator, "DescribeUsers", { query: "RoomId=r1&UserId[]=zoe" })
      )
      expect(room.body).toMatchObject({
        Code: 0,
        Data: { UserStatusList: [{ UserId: "zoe", Status: 1, UserRole: 2, LoginTime: 1700000000000 }] }
      })
      expect(
        codeOf(
          yield* emulatorCall((emulator) =>
            call(emulator, "DescribeUsers", { query: `RoomId=${Seed.rooms.live}&UserId[]=a` })
          )
        )
      )
        .toBe(50001)
    }))

  it.effect("exposes its state", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const state = yield* emulator.state
      expect([...state.users.keys()]).toEqual(["zoe", "yan"])
      expect(state.groupsByUser.get("zoe")?.map((group) => group.GroupId)).toEqual(["g1"])
    }))
})
