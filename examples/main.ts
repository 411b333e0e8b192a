/**
 * The main job, as an Effect backend would do it: who is in this room, what are their ZIM profiles, and
 * which groups are they in — RTC and ZIM calls composed, batched and rate-limited, each failure typed.
 *
 *   npx --yes pnpm@10.34.9 start                     # against the embedded emulator
 *   ZEGO_APP_ID=… ZEGO_SERVER_SECRET=… ZEGO_EXAMPLE_ROOM_ID=… ZEGO_EXAMPLE_USER_IDS=a,b pnpm start
 */
import { RtcService, ZimService } from "@effect-zego/client"
import { Seed } from "@effect-zego/emulator"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { client, input, inputs, runMain, targetDescription, telemetry, wrap } from "./support/ExampleEnv.js"

const roomId = input("ZEGO_EXAMPLE_ROOM_ID", Seed.rooms.live)
const candidates = inputs("ZEGO_EXAMPLE_USER_IDS", [
  Seed.roomUsers.host,
  Seed.roomUsers.audience,
  Seed.roomUsers.administrator,
  Seed.roomUsers.absent
])
const profileIds = inputs("ZEGO_EXAMPLE_PROFILE_IDS", [
  Seed.users.alice,
  Seed.users.manyGroups,
  Seed.users.loggedOut,
  Seed.users.unregistered
])

const roleName = (role: number) => (role === 1 ? "host" : role === 2 ? "audience" : role === 4 ? "administrator" : "-")

/** Who of the candidates is in the room: one DescribeUsers call per 10 users, coalesced by getUserStatus. */
const whoIsInTheRoom = Effect.fn("whoIsInTheRoom")(function*(room: string, userIds: ReadonlyArray<string>) {
  const rtc = yield* RtcService.RtcService
  const statuses = yield* Effect.forEach(userIds, (id) => rtc.getUserStatus(room, id), { concurrency: "unbounded" })
  return statuses.filter((s) => s.Status === 1)
})

/** A user's profile and all their groups, with each failure kept as a value. */
const describeUser = Effect.fn("describeUser")(function*(userId: string) {
  const zim = yield* ZimService.ZimService
  const profile = yield* Effect.either(zim.getUserInfo(userId))
  const groups = yield* Effect.either(Stream.runCollect(zim.groupsOfUser(userId)))
  return { userId, profile, groups }
})

/** "1 group", "3 groups: A, B, C", "257 groups: A, B, C, …". */
const groupsLine = (groups: ReadonlyArray<{ readonly GroupId: string; readonly GroupName: string }>): string => {
  const count = `${groups.length} ${groups.length === 1 ? "group" : "groups"}`
  if (groups.length === 0) return count
  const names = groups.slice(0, 3).map((g) => g.GroupName || g.GroupId).join(", ")
  return `${count}: ${names}${groups.length > 3 ? ", …" : ""}`
}

const program = Effect.gen(function*() {
  yield* Console.log(`effect-zego main example (${targetDescription})\n`)

  const present = yield* whoIsInTheRoom(roomId, candidates).pipe(
    Effect.catchTag("RoomNotFound", () => Effect.succeed([]))
  )
  yield* Console.log(`Room ${roomId}: ${present.length} of ${candidates.length} candidates present`)
  for (const user of present) {
    yield* Console.log(
      `  ${user.UserId.padEnd(12)} ${roleName(user.UserRole).padEnd(13)} since ${
        new Date(user.LoginTime).toISOString()
      }`
    )
  }

  yield* Console.log(`\nZIM profiles and groups of ${profileIds.length} users (one QueryUserInfos for all):`)
  const users = yield* Effect.forEach(profileIds, describeUser, { concurrency: "unbounded" })
  // Failures are printed with their message, wrapped to the example's line width under the user.
  const indent = "".padEnd(11)
  const failure = (error: { readonly _tag: string; readonly message: string }) =>
    `✗ ${error._tag}${error.message === "" ? "" : `: ${error.message}`}`
  for (const { groups, profile, userId } of users) {
    const who = profile._tag === "Right" ? profile.right.UserName || "(no name)" : failure(profile.left)
    const joined = groups._tag === "Right" ? groupsLine(Chunk.toReadonlyArray(groups.right)) : failure(groups.left)
    yield* Console.log(wrap(`  ${userId.padEnd(8)} ${who}`, indent))
    yield* Console.log(wrap(`${indent}${joined}`, indent))
  }
  yield* Console.log("\nTrace of this run:")
})

program.pipe(
  Effect.withSpan("main example"),
  Effect.provide(Layer.mergeAll(client(), telemetry("effect-zego-main-example"))),
  runMain
)
