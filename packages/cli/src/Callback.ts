/**
 * `zego callback verify`: checks a ZEGOCLOUD callback's `signature`, `timestamp` and `nonce` against the
 * callback secret, as `@effect-zego/callbacks` does for a server (`Signature.verify`), freshness window
 * included. The secret comes from a file or the environment, never from a flag the process list would show.
 *
 * @since 0.1.0
 */
import * as Signature from "@effect-zego/callbacks/Signature"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import type * as FileSystem from "@effect/platform/FileSystem"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Common from "./Common.js"
import * as Render from "./Render.js"
import * as Settings from "./Settings.js"

const env = {
  secretFile: Config.option(Config.nonEmptyString("ZEGO_CALLBACK_SECRET_FILE")),
  secret: Config.option(Config.redacted("ZEGO_CALLBACK_SECRET"))
}

/**
 * The callback secret: `--callback-secret-file`, else `ZEGO_CALLBACK_SECRET_FILE`, else
 * `ZEGO_CALLBACK_SECRET`. A file must be readable by its owner only (as the ServerSecret's).
 *
 * @since 0.1.0
 * @category settings
 */
export const callbackSecret = (
  file: Option.Option<string>
): Effect.Effect<Redacted.Redacted<string>, Settings.SettingsError, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fromEnv = yield* Config.all(env).pipe(
      Effect.mapError((e) => new Settings.SettingsError({ reason: `invalid environment: ${e.message}` }))
    )
    const path = Option.orElse(file, () => fromEnv.secretFile)
    const secret = Option.isSome(path)
      ? yield* Settings.readSecretFile(path.value)
      : Option.getOrUndefined(fromEnv.secret)
    if (secret === undefined || Redacted.value(secret).length === 0) {
      return yield* new Settings.SettingsError({
        reason: "no callback secret: pass --callback-secret-file, or set ZEGO_CALLBACK_SECRET_FILE or " +
          "ZEGO_CALLBACK_SECRET (the callback secret of the ZEGOCLOUD console)"
      })
    }
    return secret
  })

const quiet: Common.OutputGiven = { output: Option.none(), verbose: false, debug: false }

/**
 * `zego callback verify --signature … --timestamp … --nonce … [--max-age 5m]`: prints `valid` (exit code 0),
 * or the error's tag and message (`SignatureMismatch`, `TimestampInvalid`, `TimestampOutOfWindow`) with exit
 * code 7.
 *
 * @since 0.1.0
 * @category commands
 */
export const verify = Command.make(
  "verify",
  {
    signature: Options.text("signature").pipe(Options.withDescription("the callback's signature (40 hex digits)")),
    timestamp: Options.text("timestamp").pipe(Options.withDescription("the callback's timestamp (Unix seconds)")),
    nonce: Options.text("nonce").pipe(Options.withDescription("the callback's nonce")),
    maxAge: Common.durationOption("max-age").pipe(
      Options.withDescription(
        `how far the timestamp may be from now, either way: 30s, 5m, 1h … (default ${
          Duration.format(Signature.defaultMaxAge)
        })`
      ),
      Options.withDefault(Signature.defaultMaxAge)
    ),
    secretFile: Options.text("callback-secret-file").pipe(
      Options.withDescription(
        "a file holding the callback secret, readable by its owner only (default: ZEGO_CALLBACK_SECRET_FILE, " +
          "else ZEGO_CALLBACK_SECRET). There is no --callback-secret: the process list would show it"
      ),
      Options.optional
    )
  },
  (given) =>
    Effect.gen(function*() {
      const secret = yield* callbackSecret(given.secretFile)
      yield* Signature.verify(
        secret,
        { signature: given.signature, timestamp: given.timestamp, nonce: given.nonce },
        { maxAge: given.maxAge }
      ).pipe(Effect.catchAll((e) => Common.failWith(e, quiet, Render.ExitCode.rejected)))
      yield* Console.log("valid")
    }).pipe(Common.settingsFailure(quiet))
).pipe(Command.withDescription(
  "Checks a callback's signature (SHA-1 of the sorted callback secret, timestamp and nonce) and that its " +
    "timestamp is within --max-age of now. Prints valid (exit code 0), or why not (exit code 7).\n\n" +
    Render.exitCodesHelp
))

/**
 * `zego callback …`: the ZEGOCLOUD server callbacks' tools.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = Command.make("callback").pipe(
  Command.withDescription("Server callbacks: zego callback verify checks a callback's signature and freshness."),
  Command.withSubcommands([verify])
)
