import { expect, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { Emulator, Seed } from "../src/index.js"
import { codeOf, post } from "./helpers.js"

const page = (body: Readonly<Record<string, unknown>>) =>
  Effect.flatMap(Emulator, (emulator) => post(emulator, "QueryGroupsInfoOfUser", body))

const groupIds = (body: Readonly<Record<string, unknown>>): ReadonlyArray<unknown> => {
  const list = body["GroupInfoList"]
  return Array.isArray(list) ? list.map((group: { readonly GroupId?: unknown }) => group.GroupId) : []
}

layer(Emulator.layer({ rateLimits: "off" }))("QueryGroupsInfoOfUser", (it) => {
  it.effect("pages through a user's groups to the last page", () =>
    Effect.gen(function*() {
      const first = yield* page({ FromUserId: Seed.users.alice, Limit: 2, Next: "" })
      expect(first.body).toMatchObject({
        Code: 0,
        HasJoinGroupNum: 3,
        GroupInfoList: [
          {
            GroupId: Seed.groups.teamRed,
            GroupName: "Team Red",
            GroupAvatar: "https://avatars.example.invalid/groups/team-red.png"
          },
          { GroupId: Seed.groups.teamBlue, GroupName: "Team Blue" }
        ]
      })
      const next = first.body["NextRsp"]
      expect(next).not.toBe("0")
      const second = yield* page({ FromUserId: Seed.users.alice, Limit: 2, Next: next })
      expect(second.body).toMatchObject({
        Code: 0,
        NextRsp: "0",
        HasJoinGroupNum: 3,
        GroupInfoList: [{ GroupId: Seed.groups.bookClub, GroupName: "Book Club", GroupAvatar: "" }]
      })
    }))

  it.effect("lists every group of a user in > 250 groups exactly once, in stable pages", () =>
    Effect.gen(function*() {
      const seen: Array<unknown> = []
      let next = ""
      let pages = 0
      do {
        const reply = yield* page({ FromUserId: Seed.users.manyGroups, Limit: 100, Next: next })
        expect(codeOf(reply)).toBe(0)
        expect(reply.body["HasJoinGroupNum"]).toBe(Seed.manyGroupsCount)
        const ids = groupIds(reply.body)
        expect(ids.length).toBeLessThanOrEqual(100)
        for (const id of ids) seen.push(id)
        const nextRsp = reply.body["NextRsp"]
        expect(typeof nextRsp).toBe("string")
        next = typeof nextRsp === "string" ? nextRsp : "0"
        pages++
      } while (next !== "0" && pages < 10)
      expect(pages).toBe(3)
      expect(seen).toEqual(Array.from({ length: Seed.manyGroupsCount }, (_, index) => Seed.groups.bulk(index + 1)))
      // Asking again for the same page gives the same groups.
      const again = yield* page({ FromUserId: Seed.users.manyGroups, Limit: 100, Next: "100" })
      expect(groupIds(again.body)).toEqual(seen.slice(100, 200))
    }))

  it.effect("Next may be left out for the first page; a user with no group gets an empty last page", () =>
    Effect.gen(function*() {
      const noNext = yield* page({ FromUserId: Seed.users.carol, Limit: 100 })
      expect(noNext.body).toMatchObject({ Code: 0, NextRsp: "0", HasJoinGroupNum: 1 })
      expect(groupIds(noNext.body)).toEqual([Seed.groups.bookClub])
      const none = yield* page({ FromUserId: Seed.users.bob, Limit: 1, Next: "" })
      expect(none.body).toMatchObject({ Code: 0, NextRsp: "0", HasJoinGroupNum: 0, GroupInfoList: [] })
    }))

  it.effect("an unregistered user: 660500002", () =>
    Effect.gen(function*() {
      const reply = yield* page({ FromUserId: Seed.users.unregistered, Limit: 10, Next: "" })
      expect(codeOf(reply)).toBe(660500002)
      const longest = yield* page({ FromUserId: "u".repeat(32), Limit: 10 })
      expect(codeOf(longest)).toBe(660500002)
    }))

  it.effect("parameter errors: 660000002", () =>
    Effect.gen(function*() {
      const bad: ReadonlyArray<Readonly<Record<string, unknown>>> = [
        { Limit: 10 },
        { FromUserId: "", Limit: 10 },
        { FromUserId: 7, Limit: 10 },
        { FromUserId: "u".repeat(33), Limit: 10 },
        { FromUserId: Seed.users.alice },
        { FromUserId: Seed.users.alice, Limit: 0 },
        { FromUserId: Seed.users.alice, Limit: 101 },
        { FromUserId: Seed.users.alice, Limit: 1.5 },
        { FromUserId: Seed.users.alice, Limit: "10" },
        { FromUserId: Seed.users.alice, Limit: 10, Next: 2 },
        { FromUserId: Seed.users.alice, Limit: 10, Next: "abc" },
        { FromUserId: Seed.users.alice, Limit: 10, Next: "-1" },
        { FromUserId: Seed.users.alice, Limit: 10, Next: "999" }
      ]
      for (const body of bad) {
        const reply = yield* page(body)
        expect(codeOf(reply), JSON.stringify(body)).toBe(660000002)
        expect(reply.body["GroupInfoList"]).toBeUndefined()
      }
    }))
})
