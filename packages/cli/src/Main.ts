/**
 * The `zego` command tree and its entry point.
 *
 * ```
 * zego zim <Action> | groups-of-user | user-info      every ZIM Action, and the service's helpers
 * zego rtc <Action> | user-status                     every RTC Action, and the batched status lookup
 * zego bulk <zim|rtc> <Action> --input … --output …   one call per line, with progress and --resume
 * zego emulator [flags]                                the local emulator
 * zego configure                                       named profiles
 * zego token --user <id> [--ttl 1h] [--room r …]       a Token04; zego token decode <token> reads one
 * zego callback verify --signature … --timestamp … --nonce …   a callback's signature and freshness
 * ```
 *
 * @since 0.1.0
 */
import type * as CliApp from "@effect/cli/CliApp"
import * as CliConfig from "@effect/cli/CliConfig"
import * as Command from "@effect/cli/Command"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ActionCommands from "./ActionCommands.js"
import * as Bulk from "./Bulk.js"
import * as Callback from "./Callback.js"
import * as Configure from "./Configure.js"
import * as Lookups from "./Lookups.js"
import * as Render from "./Render.js"
import * as Token from "./Token.js"

/**
 * The version `zego --version` prints.
 *
 * @since 0.1.0
 */
export const version = "0.1.0"

/**
 * `zego zim …`: every ZIM Action by its name, and the service's helpers.
 *
 * @since 0.1.0
 * @category commands
 */
export const zim = Command.make("zim").pipe(
  Command.withDescription("ZIM (in-app chat): every Action by its name, groups-of-user and user-info."),
  Command.withSubcommands([Lookups.groupsOfUser, Lookups.userInfo, ...ActionCommands.actionCommands("zim")])
)

/**
 * `zego rtc …`: every RTC Action by its name, and the batched status lookup.
 *
 * @since 0.1.0
 * @category commands
 */
export const rtc = Command.make("rtc").pipe(
  Command.withDescription("RTC (rooms and streams): every Action by its name, and user-status."),
  Command.withSubcommands([Lookups.userStatus, ...ActionCommands.actionCommands("rtc")])
)

/**
 * The `emulator` entry of the tree, for `zego --help`: the arguments after `emulator` go to the emulator's
 * own parser untouched (see {@link run}), so its flags are those of `zego-emulator`.
 *
 * @since 0.1.0
 * @category commands
 */
export const emulator = Command.make("emulator").pipe(
  Command.withDescription("Runs the local emulator (ZIM + RTC) until Ctrl+C; zego emulator --help lists its flags.")
)

/**
 * The root command, `zego`.
 *
 * @since 0.1.0
 * @category commands
 */
export const zego = Command.make("zego").pipe(
  Command.withDescription(`Every ZEGOCLOUD server API Action from the shell.\n\n${Render.exitCodesHelp}`),
  Command.withSubcommands([zim, rtc, Bulk.command, emulator, Configure.command, Token.command, Callback.command])
)

const cli = Command.run(zego, { name: "zego", version })

const isHelp = (arg: string | undefined) => arg === undefined || arg === "--help" || arg === "-h"

const column = (rows: ReadonlyArray<readonly [string, string]>): string => {
  const width = Math.max(...rows.map(([name]) => name.length))
  return rows.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`).join("\n")
}

/**
 * The short help of `zego` and of `zego zim` / `zego rtc`: the commands with one line each (the Actions'
 * summaries from their declarations). @effect/cli's own help of a parent lists every descendant's full
 * usage, which for 122 Actions is no help. Anything deeper gets @effect/cli's help.
 *
 * @since 0.1.0
 * @category help
 */
export const overview = (args: ReadonlyArray<string>): string | undefined => {
  if (args.length <= 1 && isHelp(args[0])) {
    return [
      `zego ${version}: every ZEGOCLOUD server API Action from the shell.`,
      "",
      "Usage: zego <command> [flags]     (zego <command> --help for its flags)",
      "",
      column([
        ["zim <Action>", "call a ZIM Action (zego zim --help lists them)"],
        ["zim groups-of-user <UserId>", "every group of a user, all pages"],
        ["zim user-info <UserId…>", "users' information through the batched lookup"],
        ["rtc <Action>", "call an RTC Action (zego rtc --help lists them)"],
        ["rtc user-status <RoomId> <UserId…>", "users' status in a room through the batched lookup"],
        ["bulk <zim|rtc> <Action>", "one call per line of --input, results to --output, with progress"],
        ["emulator [flags]", "run the local emulator"],
        ["configure", "write a named profile (AppID, region or base URLs, secret file)"],
        ["token --user <UserId> [--ttl 1h]", "print a Token04 (--room r --login --publish --stream s: room rights)"],
        ["token decode <token> [--verify]", "what a Token04 holds, as JSON (--verify: AppID and expiry too)"],
        ["callback verify --signature …", "check a callback's --signature, --timestamp, --nonce (--max-age)"]
      ]),
      "",
      "Settings: --app-id, --region, --zim-base-url, --rtc-base-url, --secret-file, --profile; else ZEGO_APP_ID,",
      "ZEGO_REGION, ZEGO_ZIM_BASE_URL, ZEGO_RTC_BASE_URL, ZEGO_SERVER_SECRET_FILE (or ZEGO_SERVER_SECRET),",
      "ZEGO_PROFILE; else the profile. The callback secret: --callback-secret-file, ZEGO_CALLBACK_SECRET_FILE or",
      "ZEGO_CALLBACK_SECRET. OTEL_* variables export a trace of the run.",
      "",
      Render.exitCodesHelp
    ].join("\n")
  }
  const product = args[0]
  if ((product === "zim" || product === "rtc") && args.length <= 2 && isHelp(args[1])) {
    const helpers: ReadonlyArray<readonly [string, string]> = product === "zim"
      ? [
        ["groups-of-user <UserId>", "every group a user has joined, all pages (QueryGroupsInfoOfUser)"],
        ["user-info <UserId…>", "users' information, batched into QueryUserInfos calls of up to 100"]
      ]
      : [["user-status <RoomId> <UserId…>", "users' status in a room, batched into DescribeUsers calls of up to 10"]]
    const actions = ActionCommands.actionsOf(product).map((action): readonly [string, string] => [
      action.name,
      `${action.summary ?? ""} (${ActionCommands.rateInWords(action).replace(/^QPS: /, "")})`
    ])
    return [
      `Usage: zego ${product} <Action> [flags]     (zego ${product} <Action> --help for its flags and limits)`,
      "",
      column([...helpers, ...actions])
    ].join("\n")
  }
  return undefined
}

/**
 * Runs `zego` on the arguments (without the node and script paths) and gives the exit code. Arguments
 * after `emulator` go to the emulator's own parser untouched.
 *
 * @since 0.1.0
 * @category entry point
 */
export const run = (args: ReadonlyArray<string>): Effect.Effect<number, never, CliApp.CliApp.Environment> => {
  const listing = overview(args)
  if (listing !== undefined) return Effect.as(Console.log(listing), Render.ExitCode.success)
  // The emulator is loaded only when asked for: the other commands start faster without it.
  const program = args[0] === "emulator"
    ? Effect.flatMap(Effect.promise(() => import("./EmulatorCommand.js")), (m) => m.run(args.slice(1)))
    : cli(["node", "zego", ...args])
  return program.pipe(
    Effect.as(Render.ExitCode.success),
    Effect.catchAll((error) => {
      if (Render.isCliExit(error)) return Effect.succeed(error.code)
      // @effect/cli has printed what is wrong with the command line.
      if (Render.isValidationError(error)) return Effect.succeed(Render.ExitCode.usage)
      return Effect.as(Console.error(Render.errorLine(error)), Render.ExitCode.unexpected)
    }),
    Effect.provide(Layer.succeed(CliConfig.CliConfig, CliConfig.make({ showBuiltIns: false })))
  )
}
