#!/usr/bin/env node
/**
 * The standalone emulator, the `zego-emulator` bin of the published package (compiled, run by plain node):
 *
 * ```sh
 * npx zego-emulator --port 8080 [--app-id N] [--secret HEX] [--seed file.json] [--rate-limits off]
 * ```
 *
 * (In this repository, from source: `pnpm emulator …`, i.e. `tsx packages/emulator/src/bin.ts …`.)
 *
 * Prints where it listens and how to point the client at it, then serves until SIGINT.
 *
 * @since 0.1.0
 */
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Cli from "./Cli.js"
import { Emulator, type EmulatorOptions } from "./Emulator.js"
import * as Seed from "./Seed.js"

const banner = (emulator: Emulator["Type"]): string =>
  [
    `ZEGOCLOUD server API emulator (ZIM + RTC) listening on ${emulator.url}`,
    `  AppID:        ${emulator.appId}`,
    `  ServerSecret: ${Redacted.value(emulator.serverSecret)}  (an emulator test secret, not a real one)`,
    "",
    "Point the client at it:",
    `  export ZEGO_ZIM_BASE_URL=${emulator.url}`,
    `  export ZEGO_RTC_BASE_URL=${emulator.url}`,
    "and use the AppID and ServerSecret above as the client's credentials.",
    "Press Ctrl+C to stop."
  ].join("\n")

const program = Effect.gen(function*() {
  const options = yield* Cli.parseArgs(process.argv.slice(2))
  if (options.help) return yield* Console.log(Cli.usage)
  const emulatorOptions: {
    -readonly [K in keyof EmulatorOptions]: EmulatorOptions[K]
  } = {
    port: options.port,
    rateLimits: options.rateLimits,
    clockOffsetMs: options.clockOffsetMs,
    faults: options.faults
  }
  if (options.host !== undefined) emulatorOptions.host = options.host
  if (options.appId !== undefined) emulatorOptions.appId = options.appId
  if (options.serverSecret !== undefined) emulatorOptions.serverSecret = Redacted.make(options.serverSecret)
  if (options.callbacks !== undefined) emulatorOptions.callbacks = options.callbacks
  if (options.seedPath !== undefined) emulatorOptions.seed = yield* Seed.fromFile(options.seedPath)

  yield* Effect.gen(function*() {
    const emulator = yield* Emulator
    yield* Console.log(banner(emulator))
    return yield* Effect.never
  }).pipe(Effect.provide(Emulator.layer(emulatorOptions)))
})

// Expected failures (bad arguments, seed or options, a port in use) get a short message and exit code 2
// instead of a stack trace; anything else is reported by runMain.
const main = program.pipe(
  Effect.catchAll((error) => {
    const detail = error._tag === "CliError"
      ? `${error.reason}\n\n${Cli.usage}`
      : error._tag === "ServeError"
      ? `cannot listen: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`
      : error.message
    return Console.error(`emulator: ${detail}`).pipe(Effect.zipRight(Effect.sync(() => {
      process.exitCode = 2
    })))
  }),
  Effect.provide(NodeContext.layer)
)

NodeRuntime.runMain(main)
