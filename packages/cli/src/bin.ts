#!/usr/bin/env node
/**
 * The `zego` bin: runs {@link Main.run} on the process's arguments and exits with its code (130 after
 * Ctrl-C, once every finished line of a bulk run is written).
 *
 * @since 0.1.0
 */
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Main from "./Main.js"

NodeRuntime.runMain(
  Main.run(process.argv.slice(2)).pipe(Effect.provide(NodeContext.layer)),
  {
    disableErrorReporting: true,
    teardown: (exit, onExit) =>
      onExit(
        Exit.isSuccess(exit) && typeof exit.value === "number"
          ? exit.value
          : Exit.isFailure(exit) && Cause.isInterruptedOnly(exit.cause)
          ? 130
          : 1
      )
  }
)
