/**
 * What every calling command shares: the settings flags, the output flags, the client they build, the
 * tracing a run gets (`OTEL_*`, `--debug`), and the way a failure is printed and mapped to an exit code.
 *
 * @since 0.1.0
 */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import { ZegoConfig } from "@effect-zego/core"
import type * as TelemetryModule from "@effect-zego/telemetry"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as Options from "@effect/cli/Options"
import * as ValidationError from "@effect/cli/ValidationError"
import type * as FileSystem from "@effect/platform/FileSystem"
import type * as Path from "@effect/platform/Path"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Render from "./Render.js"
import * as Settings from "./Settings.js"

/**
 * The settings flags (see `Settings`).
 *
 * @since 0.1.0
 * @category options
 */
export const settingsOptions = {
  profile: Options.text("profile").pipe(
    Options.withDescription("the profile of the config file to use (default: ZEGO_PROFILE, else default)"),
    Options.optional
  ),
  appId: Options.integer("app-id").pipe(
    Options.withDescription("the AppID (default: ZEGO_APP_ID, else the profile's)"),
    Options.optional
  ),
  region: Options.choice("region", ZegoConfig.regions).pipe(
    Options.withDescription("the region whose base URLs to call (default: ZEGO_REGION, else unified)"),
    Options.optional
  ),
  zimBaseUrl: Options.text("zim-base-url").pipe(
    Options.withDescription("the ZIM base URL, e.g. an emulator (default: ZEGO_ZIM_BASE_URL)"),
    Options.optional
  ),
  rtcBaseUrl: Options.text("rtc-base-url").pipe(
    Options.withDescription("the RTC base URL, e.g. an emulator (default: ZEGO_RTC_BASE_URL)"),
    Options.optional
  ),
  secretFile: Options.text("secret-file").pipe(
    Options.withDescription(
      "a file holding the ServerSecret, readable by its owner only (default: ZEGO_SERVER_SECRET_FILE, " +
        "ZEGO_SERVER_SECRET, else the profile's). There is no --secret: the process list would show it"
    ),
    Options.optional
  )
}

const unitMillis: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

/**
 * Reads a duration as a person types it: `90s`, `15m`, `1h`, `7d`, `1w`, `500ms`, a plain number of seconds,
 * or Effect's own words (`"2 hours"`). `None` when it is none of these. A negative amount is kept as written
 * (Effect makes it zero), so that the library's own rule (e.g. `LifetimeNotPositive`) names the problem.
 *
 * @since 0.1.0
 * @category options
 */
export const parseDuration = (text: string): Option.Option<Duration.Duration> => {
  const short = /^\s*(-?\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$/.exec(text)
  if (short !== null) {
    const amount = Number(short[1])
    return Option.some(Duration.millis(amount * (unitMillis[short[2] ?? "s"] ?? 1000)))
  }
  return Duration.decodeUnknown(text.trim())
}

/**
 * A duration flag (see {@link parseDuration}); anything else is a command-line error (exit code 2).
 *
 * @since 0.1.0
 * @category options
 */
export const durationOption = (name: string): Options.Options<Duration.Duration> =>
  Options.text(name).pipe(
    Options.mapEffect((text) =>
      Option.match(parseDuration(text), {
        onNone: () =>
          Effect.fail(ValidationError.invalidValue(HelpDoc.p(
            `--${name} must be a duration such as 90s, 15m, 1h, 7d or "2 hours", got ${JSON.stringify(text)}`
          ))),
        onSome: Effect.succeed
      })
    )
  )

/**
 * The output flags.
 *
 * @since 0.1.0
 * @category options
 */
export const outputOptions = {
  output: Options.choice("output", ["json", "ndjson", "table"]).pipe(
    Options.withDescription("json (pretty on a terminal, compact otherwise), ndjson or table"),
    Options.optional
  ),
  verbose: Options.boolean("verbose").pipe(
    Options.withDescription("on failure, print the error's details after its one line; on success, the RequestId")
  ),
  debug: Options.boolean("debug").pipe(
    Options.withDescription("print the attempt log and the span tree to stderr (the Signature redacted)")
  )
}

/**
 * @since 0.1.0
 * @category models
 */
export interface SettingsGiven extends Settings.SettingsFlags {}

/**
 * @since 0.1.0
 * @category models
 */
export interface OutputGiven {
  readonly output: Option.Option<"json" | "ndjson" | "table">
  readonly verbose: boolean
  readonly debug: boolean
}

/**
 * The client of a run, from the settings.
 *
 * @since 0.1.0
 * @category layers
 */
export const clientLayer = (
  settings: SettingsGiven,
  callOptions?: CallOptions.CallOptions
): Layer.Layer<ZegoClient.Services, Settings.SettingsError, FileSystem.FileSystem | Path.Path> =>
  Layer.unwrapEffect(
    Effect.map(Settings.resolve(settings), (options) =>
      ZegoClient.layer({ ...options, ...(callOptions === undefined ? {} : { callOptions }) }).pipe(
        Layer.mapError((e) =>
          new Settings.SettingsError({ reason: e.message })
        )
      ))
  )

const otelConfigured = (): boolean =>
  Object.keys(process.env).some((name) =>
    name === "OTEL_EXPORTER_OTLP_ENDPOINT" || name === "OTEL_TRACES_EXPORTER" ||
    name === "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
  )

const writeStderr = (text: string): void => {
  process.stderr.write(text)
}

/**
 * Tracing for a run: `OTEL_*` variables export its spans through `@effect-zego/telemetry`; `--debug` also
 * prints each span tree (attempt spans carry the URL with its Signature `REDACTED`) and the attempt log to
 * stderr.
 *
 * @since 0.1.0
 * @category layers
 */
export const observability = (debug: boolean): Layer.Layer<never> => {
  const logger = debug
    ? Layer.merge(
      Logger.replace(Logger.defaultLogger, Logger.withLeveledConsole(Logger.logfmtLogger)),
      Logger.minimumLogLevel(LogLevel.Debug)
    )
    : Layer.empty
  // The OpenTelemetry SDK is loaded only when a run is traced: the other runs start faster without it.
  const telemetry = (options: (t: typeof TelemetryModule) => Layer.Layer<never>) =>
    Layer.unwrapEffect(Effect.map(Effect.promise(() => import("@effect-zego/telemetry")), options))
  const traced = debug
    ? telemetry((t) =>
      Layer.discard(
        t.Telemetry.layerConsole({ serviceName: "zego", console: { write: writeStderr, maxValueLength: 4096 } })
      )
    )
    : otelConfigured()
    ? telemetry((t) => Layer.discard(t.Telemetry.layer({ serviceName: "zego", envExporters: "ifConfigured" })))
    : Layer.empty
  return Layer.merge(logger, traced)
}

/**
 * Whether standard output is a terminal.
 *
 * @since 0.1.0
 * @category utils
 */
export const stdoutIsTty = (): boolean => process.stdout.isTTY === true

/**
 * Prints a result in the chosen format.
 *
 * @since 0.1.0
 * @category rendering
 */
export const printResult = (value: unknown, output: OutputGiven): Effect.Effect<void> =>
  Console.log(Render.render(value, Option.getOrElse(output.output, () => "json" as const), stdoutIsTty()))

/**
 * Prints a failure (one line; the details with `--verbose`) and ends with its exit code.
 *
 * @since 0.1.0
 * @category rendering
 */
export const failWith = (error: unknown, output: OutputGiven, code?: number): Effect.Effect<never, Render.CliExit> =>
  Effect.zipRight(
    Effect.zipRight(
      Console.error(Render.errorLine(error)),
      output.verbose ? Console.error(Render.errorDetails(error)) : Effect.void
    ),
    Effect.fail(new Render.CliExit({ code: code ?? Render.exitCodeOf(error) }))
  )

/**
 * Settings failures end with the usage exit code.
 *
 * @since 0.1.0
 * @category rendering
 */
export const settingsFailure = (
  output: OutputGiven
) =>
<A, R>(effect: Effect.Effect<A, Settings.SettingsError | Render.CliExit, R>): Effect.Effect<A, Render.CliExit, R> =>
  Effect.catchTag(effect, "SettingsError", (e) => failWith(e, output, Render.ExitCode.usage))
