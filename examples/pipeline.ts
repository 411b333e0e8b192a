/**
 * A pipeline over many users, as a backend job runs it: the ZIM profiles of 1,000 users, looked up one by one
 * from many fibers (coalesced into QueryUserInfos calls of up to 100 users), then whether the users found are
 * in a room (DescribeUsers, up to 10 users per call) — every call within the documented rate limits, and every
 * failure classified by its tagged error. It prints throughput, the calls made and the failures by kind.
 *
 *   npx tsx examples/pipeline.ts                         # against the embedded emulator, seeded with 1,000 users
 *   ZEGO_APP_ID=… ZEGO_SERVER_SECRET=… ZEGO_EXAMPLE_USER_IDS=a,b,c ZEGO_EXAMPLE_ROOM_ID=… npx tsx examples/pipeline.ts
 */
import { RtcService, ZimService } from "@effect-zego/client"
import { Seed } from "@effect-zego/emulator"
import * as Array from "effect/Array"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as MetricState from "effect/MetricState"
import * as Stream from "effect/Stream"
import { client, input, inputs, runMain, targetDescription, telemetry, wrap } from "./support/ExampleEnv.js"

// ---------------------------------------------------------------------------------------------------------------
// Inputs: the embedded emulator is seeded with 1,000 users, 70 % registered and logged in, 15 % not registered,
// 10 % logged out and 5 % whose profile the server cannot read; a third of the first logged-in users are on stage.
// ---------------------------------------------------------------------------------------------------------------

const generatedIds = Array.makeBy(1_000, (i) => `user-${String(i).padStart(4, "0")}`)
const userIds = inputs("ZEGO_EXAMPLE_USER_IDS", generatedIds)
const roomId = input("ZEGO_EXAMPLE_ROOM_ID", "stage")
/** How many of the users found are checked for presence (DescribeUsers: 10 calls/s of 10 users). */
const presenceChecks = Number(input("ZEGO_EXAMPLE_PRESENCE_CHECKS", "200"))

const statusOf = (i: number): Seed.UserStatus | "unregistered" => {
  const slot = i % 20
  return slot < 3 ? "unregistered" : slot < 5 ? "loggedOut" : slot < 6 ? "broken" : "loggedIn"
}
const seeded = generatedIds.flatMap((UserId, i) => {
  const Status = statusOf(i)
  return Status === "unregistered"
    ? []
    : [{ UserId, UserName: `User ${i}`, UserAvatar: "", Extra: JSON.stringify({ n: i }), Status }]
})
const onStage = seeded.filter((user) => user.Status === "loggedIn").slice(0, presenceChecks).filter((_, i) =>
  i % 3 === 0
)
const seed: Seed.SeedData = {
  ...Seed.defaultSeed,
  users: [...Seed.defaultSeed.users, ...seeded],
  rooms: [
    ...Seed.defaultSeed.rooms,
    {
      RoomId: "stage",
      Users: [
        { UserId: "stage-host", UserRole: 1, LoginTime: 1_700_000_000_000 },
        ...onStage.map((user, i) => ({
          UserId: user.UserId,
          UserRole: i % 2 === 0 ? 1 as const : 2 as const,
          LoginTime: 1_700_000_000_000 + i * 1_000
        }))
      ]
    }
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// The pipeline
// ---------------------------------------------------------------------------------------------------------------

/** Failures by error tag, with one message each as an example. */
type Failures = Map<string, { count: number; example: string }>

const classify = (failures: Failures, id: string, error: { readonly _tag: string; readonly message: string }) => {
  const entry = failures.get(error._tag)
  if (entry === undefined) failures.set(error._tag, { count: 1, example: `${id}: ${error.message}` })
  else entry.count++
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const rate = (n: number, ms: number) => `${Math.round(n / Math.max(ms / 1000, 0.001))} users/s`

const printFailures = (failures: Failures) =>
  Effect.forEach(
    [...failures].sort(([, a], [, b]) => b.count - a.count),
    ([tag, { count, example }]) =>
      Console.log(wrap(`    ${tag.padEnd(24)} ${String(count).padStart(5)}  e.g. ${example}`, "".padEnd(36))),
    { discard: true }
  )

/** Stage 1: every user's profile, one lookup per user from up to 500 fibers at a time. */
const profiles = Effect.fn("profiles")(function*(ids: ReadonlyArray<string>) {
  const zim = yield* ZimService.ZimService
  const started = performance.now()
  const found: Array<string> = []
  const failures: Failures = new Map()
  yield* Stream.fromIterable(ids).pipe(
    Stream.mapEffect((id) => Effect.map(Effect.either(zim.getUserInfo(id)), (result) => [id, result] as const), {
      concurrency: 500
    }),
    Stream.runForEach(([id, result]) =>
      Effect.sync(() => Either.isRight(result) ? found.push(result.right.UserId) : classify(failures, id, result.left))
    )
  )
  const elapsed = performance.now() - started
  yield* Console.log(`Stage 1: ZIM profiles of ${ids.length} users, looked up one by one from many fibers`)
  yield* Console.log(
    `  ${ids.length} users in ${seconds(elapsed)} (${rate(ids.length, elapsed)}): ${found.length} found, ` +
      `${ids.length - found.length} failed`
  )
  if (failures.size > 0) {
    yield* Console.log("  failures by error:")
    yield* printFailures(failures)
  }
  return found
})

const roleName = (role: number) => (role === 1 ? "host" : role === 2 ? "audience" : role === 4 ? "admin" : "other")

/** Stage 2: who of them is in the room, one lookup per user (coalesced per room, 10 users per call). */
const presence = Effect.fn("presence")(function*(room: string, ids: ReadonlyArray<string>) {
  const rtc = yield* RtcService.RtcService
  const started = performance.now()
  const results = yield* Effect.forEach(ids, (id) => Effect.either(rtc.getUserStatus(room, id)), {
    concurrency: "unbounded"
  })
  const elapsed = performance.now() - started
  const failures: Failures = new Map()
  const roles = new Map<string, number>()
  let absent = 0
  results.forEach((result, i) => {
    if (Either.isLeft(result)) return classify(failures, ids[i] ?? "", result.left)
    if (result.right.Status !== 1) return void absent++
    const role = roleName(result.right.UserRole)
    roles.set(role, (roles.get(role) ?? 0) + 1)
  })
  const present = [...roles.values()].reduce((sum, n) => sum + n, 0)
  yield* Console.log(`\nStage 2: presence of ${ids.length} of the users found in room ${room}`)
  yield* Console.log(
    `  ${ids.length} users in ${seconds(elapsed)} (${rate(ids.length, elapsed)}; ` +
      `DescribeUsers allows 10 calls/s of 10 users)`
  )
  yield* Console.log(
    `  in the room: ${present} (${[...roles].map(([role, n]) => `${role} ${n}`).join(", ") || "-"}), ` +
      `not in the room: ${absent}, failed: ${ids.length - present - absent}`
  )
  if (failures.size > 0) {
    yield* Console.log("  failures by error:")
    yield* printFailures(failures)
  }
})

/** The names of the client's metrics (`ZegoMetrics`). */
const metricNames = {
  calls: "zego.client.calls",
  retries: "zego.client.retries",
  rateLimitWait: "zego.client.rate_limit.wait"
} as const

/** What the client recorded: calls by Action and outcome, retries, time spent waiting for permits. */
const callsMade = Effect.gen(function*() {
  const pairs = yield* Metric.snapshot
  const tag = (pair: (typeof pairs)[number], key: string) =>
    pair.metricKey.tags.find((label) => label.key === key)?.value ?? ""
  const count = (pair: (typeof pairs)[number]) =>
    MetricState.isCounterState(pair.metricState) ? Number(pair.metricState.count) : 0
  const byAction = new Map<string, Map<string, number>>()
  const retries = new Map<string, number>()
  let waits = 0
  let waited = 0
  let longestWait = 0
  for (const pair of pairs) {
    switch (pair.metricKey.name) {
      case metricNames.calls: {
        const action = `${tag(pair, "rpc.service").toUpperCase()}.${tag(pair, "rpc.method")}`
        const outcomes = byAction.get(action) ?? new Map<string, number>()
        outcomes.set(tag(pair, "outcome"), (outcomes.get(tag(pair, "outcome")) ?? 0) + count(pair))
        byAction.set(action, outcomes)
        break
      }
      case metricNames.retries:
        retries.set(tag(pair, "error.type"), (retries.get(tag(pair, "error.type")) ?? 0) + count(pair))
        break
      case metricNames.rateLimitWait:
        if (MetricState.isHistogramState(pair.metricState)) {
          waits += pair.metricState.count
          waited += pair.metricState.sum
          longestWait = Math.max(longestWait, pair.metricState.max)
        }
    }
  }
  yield* Console.log("\nCalls made (from the client's metrics):")
  for (const [action, outcomes] of [...byAction].sort(([a], [b]) => a.localeCompare(b))) {
    const total = [...outcomes.values()].reduce((sum, n) => sum + n, 0)
    const detail = [...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(", ")
    yield* Console.log(`  ${action.padEnd(22)} ${String(total).padStart(4)}  (${detail})`)
  }
  const retried = [...retries.values()].reduce((sum, n) => sum + n, 0)
  yield* Console.log(
    `  retries: ${retried}${retried === 0 ? "" : ` (${[...retries].map(([tag, n]) => `${tag} ${n}`).join(", ")})`}`
  )
  yield* Console.log(wrap(
    `  rate limit: ${waits} calls waited for a permit, the longest ${
      waited === 0 ? "0.00" : longestWait.toFixed(2)
    } s ` +
      `(${waited.toFixed(2)} s summed over overlapping waits)`,
    "    "
  ))
})

const program = Effect.gen(function*() {
  yield* Console.log(`effect-zego pipeline example (${targetDescription})\n`)
  const found = yield* profiles(userIds)
  yield* presence(roomId, found.slice(0, presenceChecks))
  yield* callsMade
  yield* Console.log("\nTrace of this run:")
})

program.pipe(
  Effect.withSpan("pipeline example"),
  Effect.provide(Layer.mergeAll(
    client({ seed }),
    telemetry("effect-zego-pipeline-example", { maxSiblings: 3 })
  )),
  runMain
)
