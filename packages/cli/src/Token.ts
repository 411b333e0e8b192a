/**
 * `zego token`: makes a Token04 for a user (optionally with strict room rights), and `zego token decode`
 * reads one back, with the AppID and ServerSecret of the usual settings (`--secret-file`,
 * `ZEGO_SERVER_SECRET_FILE`, the profile; never a `--secret` flag).
 *
 * @since 0.1.0
 */
import { RoomRights, Token04 } from "@effect-zego/token"
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Common from "./Common.js"
import * as Render from "./Render.js"
import * as Settings from "./Settings.js"

/**
 * The exit code of a token error: a bad AppID or ServerSecret is a settings problem (2); a bad user, lifetime
 * or room is invalid input (3); a token that does not decode or verify is refused (7).
 *
 * @since 0.1.0
 * @category exit codes
 */
export const exitCodeOf = (error: { readonly _tag: string }): number => {
  switch (error._tag) {
    case "AppIdInvalid":
    case "SecretNot32Bytes":
      return Render.ExitCode.usage
    case "UserIdEmpty":
    case "UserIdTooLong":
    case "LifetimeNotPositive":
    case "LifetimeTooLong":
    case "RoomIdEmpty":
    case "StreamIdEmpty":
      return Render.ExitCode.invalidRequest
    default:
      return Render.ExitCode.rejected
  }
}

const credentialsOf = (given: Common.SettingsGiven) =>
  Effect.map(Settings.resolve(given), (options): Token04.Credentials => ({
    appId: options.appId,
    serverSecret: options.serverSecret
  }))

const quiet: Common.OutputGiven = { output: Option.none(), verbose: false, debug: false }

/**
 * `zego token decode <token>`: what a token holds, as JSON (`Token04.contentsJson`), read with the
 * ServerSecret; with `--verify`, also checks that it is for this AppID and has not expired.
 *
 * @since 0.1.0
 * @category commands
 */
export const decode = Command.make(
  "decode",
  {
    ...Common.settingsOptions,
    output: Common.outputOptions.output,
    verbose: Common.outputOptions.verbose,
    verify: Options.boolean("verify").pipe(
      Options.withDescription("also check that the token is for this AppID and has not expired")
    ),
    token: Args.text({ name: "token" }).pipe(Args.withDescription("the Token04 (04…)"))
  },
  (given) => {
    const output: Common.OutputGiven = { output: given.output, verbose: given.verbose, debug: false }
    return Effect.gen(function*() {
      const credentials = yield* credentialsOf(given)
      const token = given.token.trim()
      const contents =
        yield* (given.verify ? Token04.verifyWith(credentials, token) : Token04.decodeWith(credentials, token))
          .pipe(Effect.catchAll((e) => Common.failWith(e, output, exitCodeOf(e))))
      yield* Common.printResult(Token04.contentsJson(contents), output)
    }).pipe(Common.settingsFailure(output))
  }
).pipe(Command.withDescription(
  "Prints what a Token04 holds (AppID, user, nonce, ctime, expire, payload) as JSON, read with the ServerSecret. " +
    "A token that was tampered with, or made with another secret, is refused (exit code 7). With --verify, " +
    "a token for another AppID or past its expiry is refused too.\n\n" + Render.exitCodesHelp
))

/**
 * `zego token --user <id> [--ttl 1h] [--room r --login --publish --stream s …]`: prints a Token04 made with
 * `Token04.generateWith`, with room rights (`RoomRights.make`) when `--room` is given. The token alone is
 * printed, on one line, so that `$(zego token …)` is the token.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = Command.make(
  "token",
  {
    ...Common.settingsOptions,
    // Optional for @effect/cli (which parses this command's flags before `decode`); required below.
    user: Options.text("user").pipe(
      Options.withDescription("the user the token is for: 1 to 64 characters"),
      Options.optional
    ),
    ttl: Common.durationOption("ttl").pipe(
      Options.withDescription("how long the token is valid: 90s, 15m, 1h, 7d … (default 1h)"),
      Options.withDefault(Duration.hours(1))
    ),
    room: Options.text("room").pipe(
      Options.withDescription("limit the token to this room (strict room rights)"),
      Options.optional
    ),
    login: Options.boolean("login").pipe(Options.withDescription("with --room: may log in to the room")),
    publish: Options.boolean("publish").pipe(Options.withDescription("with --room: may publish streams")),
    streams: Options.text("stream").pipe(
      Options.withDescription("with --room: limit publishing to this stream ID (repeat for more)"),
      Options.repeated
    )
  },
  (given) =>
    Effect.gen(function*() {
      if (Option.isNone(given.user)) {
        yield* Console.error("zego token: --user is required (or: zego token decode <token>)")
        return yield* new Render.CliExit({ code: Render.ExitCode.usage })
      }
      if (Option.isNone(given.room) && (given.login || given.publish || given.streams.length > 0)) {
        yield* Console.error("zego token: --login, --publish and --stream are room rights: they need --room")
        return yield* new Render.CliExit({ code: Render.ExitCode.usage })
      }
      const credentials = yield* credentialsOf(given)
      const payload = Option.map(given.room, (roomId) =>
        RoomRights.make({
          roomId,
          login: given.login,
          publish: given.publish,
          streamIds: given.streams.length === 0 ? null : given.streams
        }))
      const token = yield* Token04.generateWith(credentials, {
        userId: given.user.value,
        lifetime: given.ttl,
        payload: Option.getOrUndefined(payload)
      }).pipe(Effect.catchAll((e) => Common.failWith(e, quiet, exitCodeOf(e))))
      yield* Console.log(token)
    }).pipe(Common.settingsFailure(quiet))
).pipe(
  Command.withDescription(
    "Prints a Token04 for a user, valid for --ttl, made with the AppID and ServerSecret of the settings. " +
      "With --room, the token carries strict room rights: --login, --publish, and --stream to limit the " +
      "streams. zego token decode <token> reads one back.\n\n" + Render.exitCodesHelp
  ),
  Command.withSubcommands([decode])
)
