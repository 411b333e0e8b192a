/**
 * Where `zego` gets its AppID, ServerSecret and base URLs: command-line flags first, then `ZEGO_*`
 * environment variables, then a named profile of the config file (`zego configure`, like aws-cli's
 * profiles). The secret is only ever read from a file (or `ZEGO_SERVER_SECRET`), never from a flag, and the
 * file must be readable by its owner only, as ssh demands of private keys.
 *
 * @since 0.1.0
 */
import { ZegoConfig } from "@effect-zego/core"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import * as Config from "effect/Config"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as os from "node:os"

/**
 * One profile of the config file. The secret is not stored in it: the profile names a file that holds it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Profile = Schema.Struct({
  appId: Schema.optional(Schema.Number),
  secretFile: Schema.optional(Schema.String),
  region: Schema.optional(Schema.Literal(...ZegoConfig.regions)),
  zimBaseUrl: Schema.optional(Schema.String),
  rtcBaseUrl: Schema.optional(Schema.String)
})

/**
 * @since 0.1.0
 * @category models
 */
export type Profile = typeof Profile.Type

/**
 * The config file: profiles by name (`default` unless `--profile` or `ZEGO_PROFILE` says otherwise).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigFile = Schema.Struct({
  profiles: Schema.Record({ key: Schema.String, value: Profile })
})

/**
 * @since 0.1.0
 * @category models
 */
export type ConfigFile = typeof ConfigFile.Type

/**
 * The settings could not be put together: a missing AppID or secret, a secret file others can read, a
 * config file that is not the documented JSON. The message says which and how to fix it.
 *
 * @since 0.1.0
 * @category errors
 */
export class SettingsError extends Data.TaggedError("SettingsError")<{ readonly reason: string }> {
  override get message(): string {
    return this.reason
  }
}

/**
 * What the command line says about the settings; everything is optional.
 *
 * @since 0.1.0
 * @category models
 */
export interface SettingsFlags {
  readonly profile: Option.Option<string>
  readonly appId: Option.Option<number>
  readonly region: Option.Option<ZegoConfig.Region>
  readonly zimBaseUrl: Option.Option<string>
  readonly rtcBaseUrl: Option.Option<string>
  readonly secretFile: Option.Option<string>
}

/**
 * The directory of `zego`'s config file: `$XDG_CONFIG_HOME/zego`, else `~/.config/zego`.
 *
 * @since 0.1.0
 * @category utils
 */
export const configDir: Effect.Effect<string, never, Path.Path> = Effect.gen(function*() {
  const path = yield* Path.Path
  const xdg = yield* Config.option(Config.nonEmptyString("XDG_CONFIG_HOME")).pipe(
    Effect.orElseSucceed(() => Option.none<string>())
  )
  return path.join(Option.getOrElse(xdg, () => path.join(os.homedir(), ".config")), "zego")
})

/**
 * The path of the config file.
 *
 * @since 0.1.0
 * @category utils
 */
export const configPath: Effect.Effect<string, never, Path.Path> = Effect.flatMap(
  configDir,
  (dir) => Effect.map(Path.Path, (path) => path.join(dir, "config.json"))
)

const decodeConfigFile = Schema.decodeUnknown(Schema.parseJson(ConfigFile))

/**
 * Reads the config file; a missing file is an empty one.
 *
 * @since 0.1.0
 * @category utils
 */
export const readConfigFile: Effect.Effect<ConfigFile, SettingsError, FileSystem.FileSystem | Path.Path> = Effect
  .gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const file = yield* configPath
    if (!(yield* fs.exists(file).pipe(Effect.orElseSucceed(() => false)))) return { profiles: {} }
    const text = yield* fs.readFileString(file).pipe(
      Effect.mapError((e) => new SettingsError({ reason: `cannot read ${file}: ${e.message}` }))
    )
    return yield* decodeConfigFile(text).pipe(
      Effect.mapError((e) => new SettingsError({ reason: `${file} is not a zego config file: ${e.message}` }))
    )
  })

/**
 * Reads a secret file after checking that only its owner can read it (as ssh does for keys).
 *
 * @since 0.1.0
 * @category utils
 */
export const readSecretFile = (
  file: string
): Effect.Effect<Redacted.Redacted<string>, SettingsError, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const info = yield* fs.stat(file).pipe(
      Effect.mapError(() => new SettingsError({ reason: `cannot read the secret file ${file}: no such file` }))
    )
    if ((info.mode & 0o077) !== 0) {
      const octal = (info.mode & 0o777).toString(8).padStart(4, "0")
      return yield* new SettingsError({
        reason: `permissions ${octal} for the secret file ${file} are too open: ` +
          `it must not be readable by group or others (chmod 600 ${file})`
      })
    }
    const text = yield* fs.readFileString(file).pipe(
      Effect.mapError((e) => new SettingsError({ reason: `cannot read the secret file ${file}: ${e.message}` }))
    )
    return Redacted.make(text.trim())
  })

const env = {
  profile: Config.option(Config.nonEmptyString("ZEGO_PROFILE")),
  appId: Config.option(Config.number("ZEGO_APP_ID")),
  secret: Config.option(Config.redacted("ZEGO_SERVER_SECRET")),
  secretFile: Config.option(Config.nonEmptyString("ZEGO_SERVER_SECRET_FILE")),
  region: Config.option(Config.literal(...ZegoConfig.regions)("ZEGO_REGION")),
  zimBaseUrl: Config.option(Config.nonEmptyString("ZEGO_ZIM_BASE_URL")),
  rtcBaseUrl: Config.option(Config.nonEmptyString("ZEGO_RTC_BASE_URL"))
}

const first = <A>(...options: ReadonlyArray<Option.Option<A>>): Option.Option<A> =>
  options.find(Option.isSome) ?? Option.none()

/**
 * The client's settings: flags, then `ZEGO_*` variables, then the profile. The secret comes from
 * `--secret-file`, `ZEGO_SERVER_SECRET_FILE`, `ZEGO_SERVER_SECRET` or the profile's `secretFile`, in that
 * order. The result is checked by `ZegoConfig` itself when the client is built.
 *
 * @since 0.1.0
 * @category constructors
 */
export const resolve = (
  flags: SettingsFlags
): Effect.Effect<ZegoConfig.ZegoConfigOptions, SettingsError, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function*() {
    const fromEnv = yield* Config.all(env).pipe(
      Effect.mapError((e) => new SettingsError({ reason: `invalid environment: ${e.message}` }))
    )
    const profileName = first(flags.profile, fromEnv.profile)
    const file = yield* readConfigFile
    const profile: Profile = Option.match(profileName, {
      onNone: () => file.profiles["default"] ?? {},
      onSome: (name) => file.profiles[name] ?? {}
    })
    if (Option.isSome(profileName) && file.profiles[profileName.value] === undefined) {
      const where = yield* configPath
      return yield* new SettingsError({
        reason:
          `no profile named ${profileName.value} in ${where} (create it with: zego configure --profile ${profileName.value} …)`
      })
    }
    const appId = first(flags.appId, fromEnv.appId, Option.fromNullable(profile.appId))
    if (Option.isNone(appId)) {
      return yield* new SettingsError({
        reason: "no AppID: pass --app-id, set ZEGO_APP_ID, or run zego configure"
      })
    }
    const secretFile = first(flags.secretFile, fromEnv.secretFile)
    const serverSecret = Option.isSome(secretFile)
      ? yield* readSecretFile(secretFile.value)
      : Option.isSome(fromEnv.secret)
      ? fromEnv.secret.value
      : profile.secretFile !== undefined
      ? yield* readSecretFile(profile.secretFile)
      : yield* new SettingsError({
        reason: "no ServerSecret: pass --secret-file, set ZEGO_SERVER_SECRET_FILE or ZEGO_SERVER_SECRET, " +
          "or run zego configure"
      })
    return {
      appId: appId.value,
      serverSecret,
      region: Option.getOrUndefined(first(flags.region, fromEnv.region, Option.fromNullable(profile.region))),
      zimBaseUrl: Option.getOrUndefined(
        first(flags.zimBaseUrl, fromEnv.zimBaseUrl, Option.fromNullable(profile.zimBaseUrl))
      ),
      rtcBaseUrl: Option.getOrUndefined(
        first(flags.rtcBaseUrl, fromEnv.rtcBaseUrl, Option.fromNullable(profile.rtcBaseUrl))
      )
    }
  })

/**
 * Writes (or updates) a profile: the directory is created readable by its owner only, the file too. The
 * secret file is checked now, so that a profile never points at a file the calls would refuse.
 *
 * @since 0.1.0
 * @category constructors
 */
export const configure = (
  name: string,
  update: Profile
): Effect.Effect<string, SettingsError, FileSystem.FileSystem | Path.Path> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    if (update.secretFile !== undefined) yield* readSecretFile(update.secretFile)
    const secretFile = update.secretFile === undefined ? undefined : path.resolve(update.secretFile)
    const current = yield* readConfigFile
    const merged: Profile = {
      ...current.profiles[name],
      ...update,
      ...(secretFile === undefined ? {} : { secretFile })
    }
    const next: ConfigFile = { profiles: { ...current.profiles, [name]: merged } }
    const dir = yield* configDir
    const file = yield* configPath
    const fail = (e: { readonly message: string }) =>
      new SettingsError({ reason: `cannot write ${file}: ${e.message}` })
    yield* fs.makeDirectory(dir, { recursive: true, mode: 0o700 }).pipe(Effect.mapError(fail))
    yield* fs.writeFileString(file, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 }).pipe(Effect.mapError(fail))
    yield* fs.chmod(file, 0o600).pipe(Effect.mapError(fail))
    return file
  })
