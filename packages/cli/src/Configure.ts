/**
 * `zego configure`: writes a named profile of the config file, like `aws configure`. The profile holds the
 * AppID, the region or base URLs and the path of the secret file, never the secret itself.
 *
 * @since 0.1.0
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Common from "./Common.js"
import * as Render from "./Render.js"
import * as Settings from "./Settings.js"

/**
 * The `configure` command.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = Command.make(
  "configure",
  {
    ...Common.settingsOptions,
    profile: Options.text("profile").pipe(
      Options.withDescription("the profile to write"),
      Options.withDefault("default")
    )
  },
  (given) =>
    Effect.gen(function*() {
      const update: { -readonly [K in keyof Settings.Profile]: Settings.Profile[K] } = {}
      if (Option.isSome(given.appId)) update.appId = given.appId.value
      if (Option.isSome(given.secretFile)) update.secretFile = given.secretFile.value
      if (Option.isSome(given.region)) update.region = given.region.value
      if (Option.isSome(given.zimBaseUrl)) update.zimBaseUrl = given.zimBaseUrl.value
      if (Option.isSome(given.rtcBaseUrl)) update.rtcBaseUrl = given.rtcBaseUrl.value
      const file = yield* Settings.configure(given.profile, update)
      yield* Console.log(`profile ${given.profile} written to ${file}`)
    }).pipe(
      Effect.catchTag("SettingsError", (e) =>
        Effect.zipRight(
          Console.error(`SettingsError: ${e.reason}`),
          Effect.fail(new Render.CliExit({ code: Render.ExitCode.usage }))
        ))
    )
).pipe(Command.withDescription(
  "Writes a profile to $XDG_CONFIG_HOME/zego/config.json (~/.config/zego/config.json): the AppID, region or " +
    "base URLs, and the path of a secret file readable by its owner only. Use it with --profile NAME or " +
    "ZEGO_PROFILE; flags and ZEGO_* variables win over it."
))
