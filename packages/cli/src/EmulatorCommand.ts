/**
 * `zego emulator [flags]`: the local ZEGOCLOUD emulator, with exactly the flags of its own bin
 * (`zego-emulator`), parsed by the emulator's own parser (`@effect-zego/emulator/Cli`).
 *
 * @since 0.1.0
 */
import { Cli, Emulator, Seed } from "@effect-zego/emulator"
import type { EmulatorOptions } from "@effect-zego/emulator"
import type * as FileSystem from "@effect/platform/FileSystem"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Render from "./Render.js"

const banner = (emulator: Emulator["Type"]): string =>
  [
    `ZEGOCLOUD server API emulator (ZIM + RTC) listening on ${emulator.url}`,
    `  AppID:        ${emulator.appId}`,
    `  ServerSecret: ${Redacted.value(emulator.serverSecret)}  (an emulator test secret, not a real one)`,
    "",
    "Point zego at it:",
    `  export ZEGO_ZIM_BASE_URL=${emulator.url} ZEGO_RTC_BASE_URL=${emulator.url} ZEGO_APP_ID=${emulator.appId}`,
    "and keep the ServerSecret above in a file only you can read (chmod 600), named by --secret-file.",
    "Press Ctrl+C to stop."
  ].join("\n")

/**
 * Runs the emulator from its command-line flags until interrupted.
 *
 * @since 0.1.0
 * @category constructors
 */
export const run = (
  argv: ReadonlyArray<string>
): Effect.Effect<void, Render.CliExit, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const options = yield* Cli.parseArgs(argv)
    if (options.help) return yield* Console.log(Cli.usage.replace("Usage: emulator", "Usage: zego emulator"))
    const emulatorOptions: { -readonly [K in keyof EmulatorOptions]: EmulatorOptions[K] } = {
      port: options.port,
      rateLimits: options.rateLimits,
      clockOffsetMs: options.clockOffsetMs,
      faults: options.faults
    }
    if (options.host !== undefined) emulatorOptions.host = options.host
    if (options.appId !== undefined) emulatorOptions.appId = options.appId
    if (options.serverSecret !== undefined) emulatorOptions.serverSecret = Redacted.make(options.serverSecret)
    if (options.seedPath !== undefined) emulatorOptions.seed = yield* Seed.fromFile(options.seedPath)
    yield* Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* Console.log(banner(emulator))
      return yield* Effect.never
    }).pipe(Effect.provide(Emulator.layer(emulatorOptions)))
  }).pipe(
    Effect.catchAll((error) => {
      const detail = error._tag === "CliError"
        ? `${error.reason}\n\n${Cli.usage}`
        : error._tag === "ServeError"
        ? `cannot listen: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`
        : error.message
      return Effect.zipRight(
        Console.error(`zego emulator: ${detail}`),
        Effect.fail(new Render.CliExit({ code: Render.ExitCode.usage }))
      )
    })
  )
