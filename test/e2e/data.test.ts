/**
 * Seeded data through the real client and the real emulator: partial results with each failed user's tagged
 * error, pagination to the last page, response metadata, and IDs that need encoding.
 */
import { Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { bodyField, failure, nonEmpty, queryList, requestIdOf, roomUser, setup, userIdsOf } from "./support/e2e.js"

describe("QueryUserInfos partial results", () => {
  it.scopedLive("Code 0 with an ErrorList: the users found, and each failed user with its SubCode's error", () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup()
      const { data, response } = yield* zim.queryUserInfos.withResponse({
        UserIds: [
          Seed.users.alice,
          Seed.users.loggedOut,
          Seed.users.symbols,
          Seed.users.broken,
          Seed.users.unregistered
        ]
      })
      const [entry] = yield* log("QueryUserInfos")
      expect(entry?.code).toBe(0)
      expect(response).toMatchObject({ requestId: entry?.requestId, status: 200, attempts: 1 })
      expect(data.Result).toEqual([
        {
          UserId: Seed.users.alice,
          UserName: "Alice",
          UserAvatar: "https://avatars.example.invalid/alice.png",
          Extra: JSON.stringify({ seeded: true })
        },
        expect.objectContaining({ UserId: Seed.users.symbols, UserName: "Symbols" })
      ])
      expect(data.ErrorList.map((failed) => [failed.UserId, failed.SubCode, failed.Error._tag])).toEqual([
        [Seed.users.loggedOut, 660000002, "UserNotFoundOrLoggedOut"],
        [Seed.users.broken, 660700008, "UserInfoUnavailable"],
        [Seed.users.unregistered, 660700015, "UserNotRegistered"]
      ])
      for (const failed of data.ErrorList) {
        expect(failed.Error).toMatchObject({ action: "QueryUserInfos", code: failed.SubCode })
        expect(requestIdOf(failed.Error)).toBe(entry?.requestId)
      }
    }))

  it.scopedLive("getUserInfo: each caller of one batch gets its own user or its own SubCode's error", () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup()
      const ids = [
        Seed.users.alice,
        Seed.users.loggedOut,
        Seed.users.broken,
        Seed.users.unregistered,
        Seed.users.alice,
        Seed.users.symbols
      ]
      const results = yield* Effect.forEach(ids, (id) => Effect.either(zim.getUserInfo(id)), {
        concurrency: "unbounded"
      })
      expect(results.map((r) => r._tag === "Right" ? r.right.UserName : r.left._tag)).toEqual([
        "Alice",
        "UserNotFoundOrLoggedOut",
        "UserInfoUnavailable",
        "UserNotRegistered",
        "Alice",
        "Symbols"
      ])
      const entries = yield* log("QueryUserInfos")
      expect(entries).toHaveLength(1)
      // Duplicates share a slot.
      expect(entries.flatMap(userIdsOf).sort()).toEqual([...new Set(ids)].sort())
    }))

  it.scopedLive("getUserInfo when every user of the batch fails: still each caller's own error", () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup()
      const errors = yield* Effect.forEach(
        [Seed.users.loggedOut, Seed.users.unregistered, Seed.users.broken],
        (id) => failure(zim.getUserInfo(id)),
        { concurrency: "unbounded" }
      )
      expect(errors.map((e) => e._tag)).toEqual(["UserNotFoundOrLoggedOut", "UserNotRegistered", "UserInfoUnavailable"])
      const entries = yield* log("QueryUserInfos")
      expect(entries.map((e) => e.code)).toEqual([660000002])
      for (const error of errors) expect(requestIdOf(error)).toBe(entries[0]?.requestId)
    }))
})

describe("pagination", () => {
  it.scopedLive(`groupsOfUser follows NextRsp to the last page: ${Seed.manyGroupsCount} groups, each once`, () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup()
      const expected = Array.from({ length: Seed.manyGroupsCount }, (_, i) => Seed.groups.bulk(i + 1))
      const groups = Chunk.toReadonlyArray(yield* Stream.runCollect(zim.groupsOfUser(Seed.users.manyGroups)))
      expect(groups.map((g) => g.GroupId)).toEqual(expected)
      expect(groups[256]).toEqual({
        GroupId: "bulk-257",
        GroupName: "Bulk group 257",
        GroupAvatar: "https://avatars.example.invalid/groups/bulk-257.png"
      })
      const pages = yield* log("QueryGroupsInfoOfUser")
      expect(pages.map((p) => [bodyField(p, "Next"), bodyField(p, "Limit"), p.code])).toEqual([
        ["", 100, 0],
        ["100", 100, 0],
        ["200", 100, 0]
      ])

      const small = Chunk.toReadonlyArray(
        yield* Stream.runCollect(zim.groupsOfUser(Seed.users.manyGroups, { pageSize: 50 }))
      )
      expect(small.map((g) => g.GroupId)).toEqual(expected)
      const smallPages = (yield* log("QueryGroupsInfoOfUser")).slice(3)
      expect(smallPages.map((p) => bodyField(p, "Next"))).toEqual(["", "50", "100", "150", "200", "250"])
    }))

  it.scopedLive("the last page says NextRsp 0 and the total; small and empty listings take one page", () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup()
      const last = yield* zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.manyGroups, Limit: 100, Next: "200" })
      expect(last.NextRsp).toBe("0")
      expect(last.HasJoinGroupNum).toBe(Seed.manyGroupsCount)
      expect(last.GroupInfoList).toHaveLength(Seed.manyGroupsCount - 200)

      const alice = Chunk.toReadonlyArray(yield* Stream.runCollect(zim.groupsOfUser(Seed.users.alice)))
      expect(alice.map((g) => g.GroupName)).toEqual(["Team Red", "Team Blue", "Book Club"])
      const bob = yield* Stream.runCollect(zim.groupsOfUser(Seed.users.bob))
      expect(Chunk.size(bob)).toBe(0)
      expect(yield* log("QueryGroupsInfoOfUser")).toHaveLength(3)

      const error = yield* failure(Stream.runDrain(zim.groupsOfUser(Seed.users.unregistered)))
      expect(error._tag).toBe("OperatorNotRegistered")
    }))
})

describe("DescribeUsers data", () => {
  it.scopedLive("status, role and login time of the seeded room; users not in the room have Status 0", () =>
    Effect.gen(function*() {
      const { rtc } = yield* setup()
      const result = yield* rtc.describeUsers({
        RoomId: Seed.rooms.live,
        UserId: [Seed.roomUsers.host, Seed.roomUsers.audience, Seed.roomUsers.administrator, Seed.roomUsers.absent]
      })
      expect(result.Data.UserStatusList).toEqual([
        { UserId: Seed.roomUsers.host, Status: 1, LoginTime: Seed.loginTimes.host, UserRole: 1 },
        { UserId: Seed.roomUsers.audience, Status: 1, LoginTime: Seed.loginTimes.audience, UserRole: 2 },
        { UserId: Seed.roomUsers.administrator, Status: 1, LoginTime: Seed.loginTimes.administrator, UserRole: 4 },
        { UserId: Seed.roomUsers.absent, Status: 0, LoginTime: 0, UserRole: 0 }
      ])
    }))

  it.scopedLive("IDs that need encoding survive the query string both ways", () =>
    Effect.gen(function*() {
      const roomId = "room +&=%?#/ é"
      const userIds = ["a+b", "c&d=e", "sp ace", "per%cent", "ünï", "[x]"]
      const { log, rtc } = yield* setup({
        emulator: {
          seed: {
            ...Seed.defaultSeed,
            rooms: [{ RoomId: roomId, Users: nonEmpty(userIds.map((id) => roomUser(id))) }]
          }
        }
      })
      const result = yield* rtc.describeUsers({ RoomId: roomId, UserId: userIds })
      expect(result.Data.UserStatusList.map((s) => [s.UserId, s.Status])).toEqual(userIds.map((id) => [id, 1]))
      const statuses = yield* Effect.forEach(userIds, (id) => rtc.getUserStatus(roomId, id), {
        concurrency: "unbounded"
      })
      expect(statuses.map((s) => s.UserId)).toEqual(userIds)
      const entries = yield* log("DescribeUsers")
      expect(entries.map((entry) => queryList(entry, "UserId[]"))).toEqual([userIds, expect.arrayContaining(userIds)])
      expect(entries.map((entry) => entry.query["RoomId"])).toEqual([roomId, roomId])
    }))
})
