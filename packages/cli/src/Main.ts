/**
 * The `zego` command tree and its entry point.
 *
 * ```
 * zego zim <Action> | groups-of-user | user-info      every ZIM Action, and the service's helpers
 * zego rtc <Action> | user-status                     every RTC Action, and the batched status lookup
 * zego bulk <zim|rtc> <Action> --input … --output …   one call per line, with progress and --resume
 * zego emulator [flags]                                the local emulator
 * zego configure                                       named profiles
 * ```
 *
 * `zego token …` and `zego callback verify …` take their places beside these once the token and callback
 * packages exist: one `Command` each in {@link subcommands}.
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
import * as Configure from "./Configure.js"
import * as EmulatorCommand from "./EmulatorCommand.js"
import * as Lookups from "./Lookups.js"
import * as Render from "./Render.js"

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
 * The root command, `zego`.
 *
 * @since 0.1.0
 * @category commands
 */
export const zego = Command.make("zego").pipe(
  Command.withDescription(`Every ZEGOCLOUD server API Action from the shell.\n\n${Render.exitCodesHelp}`),
  // Later: a `token` command (Token04 make/decode) and a `callback` command with `verify` go here.
  Command.withSubcommands([zim, rtc, Bulk.command, EmulatorCommand.command, Configure.command])
)

const cli = Command.run(zego, { name: "zego", version })

/**
 * Runs `zego` on the arguments (without the node and script paths) and gives the exit code. Arguments
 * after `emulator` go to the emulator's own parser untouched.
 *
 * @since 0.1.0
 * @category entry point
 */
export const run = (args: ReadonlyArray<string>): Effect.Effect<number, never, CliApp.CliApp.Environment> => {
  const program = args[0] === "emulator"
    ? EmulatorCommand.run(args.slice(1))
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
