/**
 * Batched single lookups from many independent fibers, as the emulator counts them: N `getUserInfo` calls cost
 * ceil(N / 100) QueryUserInfos requests, and `getUserStatus` calls cost ceil(n / 10) DescribeUsers requests per
 * room; each ID is sent once and each caller gets its own answer. The emulator enforces the documented limits
 * while this happens, and rejects nothing.
 */
import { Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { nonEmpty, queryList, queryValue, roomUser, setup, userIdsOf } from "./support/e2e.js"

// Server-measured rate limits on a shared, noisy machine: see test/actions.test.ts.
const rateLimit = { safetyMargin: "60 millis" } as const

const userCount = 1234
const userIds = Array.from({ length: userCount }, (_, i) => `u${String(i).padStart(4, "0")}`)
// Every tenth user is not registered.
const registered = (id: string) => !id.endsWith("9")

const rooms = { a: "room-a", b: "room-b" } as const
const roomA = Array.from({ length: 95 }, (_, i) => `a${i}`)
const roomB = Array.from({ length: 7 }, (_, i) => `b${i}`)

const seed: Seed.SeedData = {
  ...Seed.defaultSeed,
  users: [
    ...Seed.defaultSeed.users,
    ...userIds.filter(registered).map((UserId) => ({
      UserId,
      UserName: `Name of ${UserId}`,
      UserAvatar: "",
      Extra: "",
      Status: "loggedIn" as const
    }))
  ],
  rooms: [
    ...Seed.defaultSeed.rooms,
    { RoomId: rooms.a, Users: nonEmpty(roomA.map((id) => roomUser(id, 1))) },
    { RoomId: rooms.b, Users: nonEmpty(roomB.map((id) => roomUser(id, 2))) }
  ]
}

describe("getUserInfo from independent fibers", () => {
  it.scopedLive(`${userCount} callers: ceil(${userCount}/100) QueryUserInfos, each ID once, each caller its answer`, () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup({ emulator: { seed }, callOptions: { rateLimit } })
      // One fiber per caller, as a backend serving many requests would have.
      const fibers = yield* Effect.forEach(userIds, (id) => Effect.fork(Effect.either(zim.getUserInfo(id))))
      const results = yield* Fiber.joinAll(fibers)

      expect(results.map((r) => (r._tag === "Right" ? r.right.UserName : r.left._tag))).toEqual(
        userIds.map((id) => (registered(id) ? `Name of ${id}` : "UserNotRegistered"))
      )
      const entries = yield* log("QueryUserInfos")
      expect(entries).toHaveLength(Math.ceil(userCount / 100))
      for (const entry of entries) expect(userIdsOf(entry).length).toBeLessThanOrEqual(100)
      expect(entries.flatMap(userIdsOf).sort()).toEqual(userIds)
      expect(entries.every((entry) => entry.accepted && entry.code === 0)).toBe(true)
    }))

  it.scopedLive("callers asking for the same users share slots: distinct IDs decide the request count", () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup({ emulator: { seed }, callOptions: { rateLimit } })
      // Each of 150 users asked four times in a row: duplicates join the slot of the open batch.
      const asked = userIds.slice(0, 150).flatMap((id) => [id, id, id, id])
      const fibers = yield* Effect.forEach(asked, (id) => Effect.fork(Effect.either(zim.getUserInfo(id))))
      const results = yield* Fiber.joinAll(fibers)
      expect(results.filter((r) => r._tag === "Right")).toHaveLength(asked.filter(registered).length)
      const entries = yield* log("QueryUserInfos")
      expect(entries).toHaveLength(2)
      const sent = entries.flatMap(userIdsOf)
      expect([...new Set(sent)].sort()).toEqual(userIds.slice(0, 150))
      // A batch seals the moment it holds 100 distinct IDs, so the repeats of its 100th user that arrive next
      // open a slot in the following batch: one ID may be sent twice, at the boundary.
      expect(sent.length).toBeLessThanOrEqual(151)
    }))
})

describe("getUserStatus from independent fibers", () => {
  it.scopedLive("per room ceil(n/10) DescribeUsers; a missing room fails each of its callers", () =>
    Effect.gen(function*() {
      const { log, rtc } = yield* setup({ emulator: { seed }, callOptions: { rateLimit } })
      const absent = ["x1", "x2", "x3"]
      const calls: ReadonlyArray<readonly [string, string]> = [
        ...[...roomA, ...absent].map((id) => [rooms.a, id] as const),
        ...roomB.map((id) => [rooms.b, id] as const),
        ...["m1", "m2", "m3", "m4"].map((id) => [Seed.rooms.missing, id] as const)
      ]
      const fibers = yield* Effect.forEach(
        calls,
        ([room, id]) => Effect.fork(Effect.either(rtc.getUserStatus(room, id)))
      )
      const results = yield* Fiber.joinAll(fibers)

      expect(results.map((r) => (r._tag === "Right" ? `${r.right.UserId}:${r.right.Status}` : r.left._tag))).toEqual(
        calls.map(([room, id]) => room === Seed.rooms.missing ? "RoomNotFound" : `${id}:${absent.includes(id) ? 0 : 1}`)
      )
      const entries = yield* log("DescribeUsers")
      const sizes = (room: string) =>
        entries.filter((e) => queryValue(e, "RoomId") === room).map((e) => queryList(e, "UserId[]").length).sort(
          (x, y) => y - x
        )
      expect(sizes(rooms.a)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 8])
      expect(sizes(rooms.b)).toEqual([7])
      expect(sizes(Seed.rooms.missing)).toEqual([4])
      for (const room of [rooms.a, rooms.b, Seed.rooms.missing]) {
        const sent = entries.filter((e) => queryValue(e, "RoomId") === room).flatMap((e) => queryList(e, "UserId[]"))
        expect(sent.sort()).toEqual(calls.filter(([r]) => r === room).map(([, id]) => id).sort())
      }
      expect(entries.every((entry) => entry.accepted)).toBe(true)
      expect(entries.map((entry) => entry.code).filter((code) => code !== 0)).toEqual([50001])
    }))
})
