import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Tracer } from "effect"
import * as Telemetry from "../src/Telemetry.js"

const consoleLayer = (printed: Array<string>) =>
  Telemetry.layerConsole({
    envExporters: "never",
    console: { write: (text) => printed.push(text), timing: false }
  })

describe("ConsoleTrace through Telemetry.layerConsole", () => {
  it.live("prints a tree when its root ends, and spans that end after their root when the scope closes", () =>
    Effect.gen(function*() {
      const printed: Array<string> = []
      const observed = yield* Effect.gen(function*() {
        const release = yield* Deferred.make<void>()
        const late = yield* Effect.gen(function*() {
          yield* Effect.void.pipe(Effect.withSpan("early.child", { attributes: { "rpc.method": "Query" } }))
          // Outlives its parent: a daemon fiber keeps the parent span but not its lifetime.
          return yield* Deferred.await(release).pipe(Effect.withSpan("late.child"), Effect.forkDaemon)
        }).pipe(Effect.withSpan("early.root", { kind: "server" }))
        const afterRoot = printed.slice()

        yield* Effect.void.pipe(
          Effect.withSpan("from.remote"),
          Effect.withParentSpan(
            Tracer.externalSpan({ traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331" })
          )
        )
        const afterRemote = printed.slice()

        yield* Deferred.succeed(release, undefined)
        yield* Fiber.join(late)
        return { afterRoot, afterRemote, beforeClose: printed.slice() }
      }).pipe(Effect.provide(consoleLayer(printed)))

      expect(observed.afterRoot).toEqual(["early.root [server] OK\n└─ early.child OK rpc.method=Query\n"])
      // A span under a remote parent is a local root: printed as soon as it ends.
      expect(observed.afterRemote).toEqual([...observed.afterRoot, "from.remote OK\n"])
      // The late child is held back until the scope closes.
      expect(observed.beforeClose).toEqual(observed.afterRemote)
      expect(printed).toEqual([...observed.afterRemote, "late.child OK\n"])
    }))

  it.live("prints span events under their span, failures with their message", () =>
    Effect.gen(function*() {
      const printed: Array<string> = []
      yield* Effect.gen(function*() {
        yield* Effect.logInfo("waiting for a rate-limit permit").pipe(Effect.annotateLogs("zego.wait_ms", 250))
        yield* Effect.fail("HTTP 503").pipe(Effect.withSpan("attempt", { kind: "client" }), Effect.ignore)
      }).pipe(Effect.withSpan("call"), Effect.provide(consoleLayer(printed)))

      expect(printed).toEqual([
        [
          "call OK",
          "│ • waiting for a rate-limit permit effect.logLevel=INFO zego.wait_ms=250",
          "└─ attempt [client] ERROR \"HTTP 503\"",
          "     • exception exception.message=\"HTTP 503\" exception.type=Error",
          ""
        ].join("\n")
      ])
    }))
})
