/**
 * The services' helpers from the shell: `zego zim groups-of-user` streams every page,
 * `zego zim user-info` and `zego rtc user-status` look many users up through the batched lookups (the
 * fewest QueryUserInfos / DescribeUsers calls the limits allow).
 *
 * @since 0.1.0
 */
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Common from "./Common.js"
import * as Render from "./Render.js"

const shared = { ...Common.settingsOptions, ...Common.outputOptions }

const withClient = <A, R>(
  given: Common.SettingsGiven & Common.OutputGiven,
  effect: Effect.Effect<A, Render.CliExit, R>
) =>
  effect.pipe(
    Effect.provide(Common.clientLayer(given)),
    Common.settingsFailure(given),
    Effect.provide(Common.observability(given.debug))
  )

/**
 * `zego zim groups-of-user <UserId>`: every group the user has joined, all pages, printed as they arrive
 * (one JSON line per group unless `--output json|table` asks for the whole list).
 *
 * @since 0.1.0
 * @category commands
 */
export const groupsOfUser = Command.make(
  "groups-of-user",
  {
    ...shared,
    userId: Args.text({ name: "UserId" }),
    pageSize: Options.integer("page-size").pipe(
      Options.withDescription("groups per QueryGroupsInfoOfUser page, 1 to 100"),
      Options.withDefault(100)
    )
  },
  (given) =>
    withClient(
      given,
      Effect.gen(function*() {
        const zim = yield* ZimService.ZimService
        const groups = zim.groupsOfUser(given.userId, { pageSize: given.pageSize })
        const format = Option.getOrElse(given.output, () => "ndjson" as const)
        if (format === "ndjson") {
          yield* Stream.runForEach(groups, (group) => Console.log(JSON.stringify(group)))
        } else {
          yield* Common.printResult(Array.from(yield* Stream.runCollect(groups)), given)
        }
      }).pipe(Effect.catchAll((e) => Common.failWith(e, given)))
    )
).pipe(Command.withDescription(
  "Every group a user has joined, page after page of QueryGroupsInfoOfUser (streamed as NDJSON by default).\n\n" +
    Render.exitCodesHelp
))

/**
 * What a batch of lookups gives: the values found, and beside them each ID that failed with its error.
 */
const lookups = <A, E>(
  ids: ReadonlyArray<string>,
  lookup: (id: string) => Effect.Effect<A, E>,
  given: Common.OutputGiven
): Effect.Effect<void, Render.CliExit> =>
  Effect.gen(function*() {
    const results = yield* Effect.forEach(ids, (id) => Effect.either(lookup(id)), { concurrency: "unbounded" })
    const found: Array<A> = []
    const failed: Array<{ readonly UserId: string; readonly Error: E }> = []
    results.forEach((result, i) => {
      if (Either.isRight(result)) found.push(result.right)
      else failed.push({ UserId: ids[i] ?? "", Error: result.left })
    })
    const firstFailure = failed[0]
    // Every ID failed: the error of the call (a transport failure, a bad setting) is the outcome.
    if (found.length === 0 && firstFailure !== undefined) return yield* Common.failWith(firstFailure.Error, given)
    yield* Common.printResult({ Result: found, ErrorList: failed }, given)
  })

/**
 * `zego zim user-info <UserId…>`: through `getUserInfo`, so the IDs share QueryUserInfos calls of up to 100.
 *
 * @since 0.1.0
 * @category commands
 */
export const userInfo = Command.make(
  "user-info",
  { ...shared, userIds: Args.text({ name: "UserId" }).pipe(Args.atLeast(1)) },
  (given) =>
    withClient(
      given,
      Effect.flatMap(ZimService.ZimService, (zim) => lookups(given.userIds, zim.getUserInfo, given))
    )
).pipe(Command.withDescription(
  "User name, avatar and extra field of each user, through the batched lookup (QueryUserInfos calls of up to 100 IDs). " +
    "Users that fail are listed in ErrorList beside the results.\n\n" + Render.exitCodesHelp
))

/**
 * `zego rtc user-status <RoomId> <UserId…>`: through `getUserStatus`, so the IDs share DescribeUsers calls
 * of up to 10.
 *
 * @since 0.1.0
 * @category commands
 */
export const userStatus = Command.make(
  "user-status",
  {
    ...shared,
    roomId: Args.text({ name: "RoomId" }),
    userIds: Args.text({ name: "UserId" }).pipe(Args.atLeast(1))
  },
  (given) =>
    withClient(
      given,
      Effect.flatMap(
        RtcService.RtcService,
        (rtc) => lookups(given.userIds, (id) => rtc.getUserStatus(given.roomId, id), given)
      )
    )
).pipe(Command.withDescription(
  "Whether each user is in the room, their role and login time, through the batched lookup (DescribeUsers calls " +
    "of up to 10 IDs). Users that fail are listed in ErrorList beside the results.\n\n" + Render.exitCodesHelp
))
