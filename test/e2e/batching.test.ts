/**
 * Batched single lookups from many independent fibers, as the emulator counts them: N `getUserInfo` calls cost
 * ceil(N / 100) QueryUserInfos requests, and `getUserStatus` calls cost ceil(n / 10) DescribeUsers requests per
 * room; each ID is sent once and each caller gets its own answer. The emulator enforces the documented limits
 * while this happens, and rejects nothing.
 */
import { Faults, Seed } from "@effect-zego/emulator"
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

// Issue 14, item 6: a batch's call is interrupted once none of its callers waits for it any more.
const poll = <A>(effect: Effect.Effect<A>, done: (a: A) => boolean): Effect.Effect<A> =>
  Effect.flatMap(
    effect,
    (a) => done(a) ? Effect.succeed(a) : Effect.zipRight(Effect.sleep("10 millis"), poll(effect, done))
  )

describe("interrupting the callers of a batched lookup", () => {
  // The emulator holds QueryUserInfos / DescribeUsers answers for a while; `arrived` says when the request got
  // there (its fault fired).
  const slowly = (action: string) =>
    Effect.gen(function*() {
      const s = yield* setup({ emulator: { seed }, callOptions: { rateLimit, timeout: "30 seconds" } })
      yield* s.emulator.faults.set(action, { fault: Faults.latency(5_000) })
      const arrived = poll(
        Effect.map(s.emulator.faults.list, (faults) => faults.reduce((n, f) => n + f.fired, 0)),
        (fired) => fired >= 1
      )
      const settled = poll(s.log(action), (entries) => entries.length >= 1)
      return { ...s, arrived, settled }
    })

  it.scopedLive("getUserInfo: every caller interrupted → the in-flight request is aborted", () =>
    Effect.gen(function*() {
      const s = yield* slowly("QueryUserInfos")
      const callers = yield* Effect.forEach(userIds.slice(0, 3), (id) => Effect.fork(s.zim.getUserInfo(id)))
      yield* s.arrived
      yield* Effect.forEach(callers, Fiber.interrupt)
      // The emulator sees the client give up, long before its 5 s answer.
      const [entry] = yield* s.settled
      expect(entry?.clientAborted).toBe(true)
      expect(entry?.status).toBeUndefined()
    }))

  it.scopedLive("getUserInfo: some callers interrupted → the request goes on and the others get their answers", () =>
    Effect.gen(function*() {
      const s = yield* slowly("QueryUserInfos")
      yield* s.emulator.faults.set("QueryUserInfos", { fault: Faults.latency(300) })
      const [kept, ...dropped] = yield* Effect.forEach(
        userIds.slice(0, 3),
        (id) => Effect.fork(s.zim.getUserInfo(id))
      )
      yield* s.arrived
      yield* Effect.forEach(dropped, Fiber.interrupt)
      const info = yield* Fiber.join(kept as Fiber.RuntimeFiber<{ readonly UserName: string }, unknown>)
      expect(info.UserName).toBe(`Name of ${userIds[0]}`)
      const [entry] = yield* s.settled
      expect(entry?.clientAborted).toBe(false)
      expect(entry?.code).toBe(0)
    }))

  it.scopedLive("getUserStatus: every caller interrupted → the in-flight request is aborted", () =>
    Effect.gen(function*() {
      const s = yield* slowly("DescribeUsers")
      const callers = yield* Effect.forEach(
        roomA.slice(0, 3),
        (id) => Effect.fork(s.rtc.getUserStatus(rooms.a, id))
      )
      yield* s.arrived
      yield* Effect.forEach(callers, Fiber.interrupt)
      const [entry] = yield* s.settled
      expect(entry?.clientAborted).toBe(true)
    }))

  it.scopedLive("an item asked again after its batch was abandoned is sent in a new batch and answered", () =>
    Effect.gen(function*() {
      const s = yield* slowly("QueryUserInfos")
      const first = yield* Effect.fork(s.zim.getUserInfo(userIds[0] ?? ""))
      yield* s.arrived
      yield* Fiber.interrupt(first)
      yield* s.emulator.faults.clear()
      const info = yield* s.zim.getUserInfo(userIds[0] ?? "")
      expect(info.UserName).toBe(`Name of ${userIds[0]}`)
    }))
})
