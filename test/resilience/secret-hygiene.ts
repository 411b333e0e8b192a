/**
 * Secret hygiene: across a run full of faults (5xx pages, dropped connections, timeouts, malformed bodies,
 * rate-limit and signature codes, clock skew, bad input), neither the ServerSecret nor any Signature the
 * emulator received appears in the spans and metrics (the real OpenTelemetry SDK, in memory), in the logs
 * (every level, Debug included), in error messages, or in `toString` / `toJSON` / `util.inspect` of any error,
 * any failure Cause, or the `ZegoConfig` service value.
 */
import { Emulator, Faults, Seed } from "@effect-zego/emulator"
import { TelemetryTest } from "@effect-zego/telemetry"
import { describe, expect, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Redacted from "effect/Redacted"
import { inspect } from "node:util"
import { captureLogs, clientOf } from "./support.js"

/** Every way a value can turn into text. */
const renderings = (value: unknown): ReadonlyArray<string> => {
  const out = [
    String(value),
    inspect(value, { depth: Infinity, showHidden: true, getters: true }),
    inspect(value, { depth: Infinity, colors: false })
  ]
  try {
    out.push(JSON.stringify(value) ?? "")
  } catch (error) {
    out.push(String(error))
  }
  if (typeof value === "object" && value !== null) {
    if ("toJSON" in value && typeof value.toJSON === "function") out.push(JSON.stringify(value.toJSON()) ?? "")
    if ("message" in value) out.push(String(value.message))
    if ("stack" in value) out.push(String(value.stack))
  }
  return out
}

/** The texts among `texts` that contain any of `secrets` (hex, so compared case-insensitively). */
const leaks = (texts: ReadonlyArray<string>, secrets: ReadonlyArray<string>) => {
  const lowered = secrets.map((s) => s.toLowerCase())
  return texts.filter((text) => {
    const t = text.toLowerCase()
    return lowered.some((s) => t.includes(s))
  }).map((text) => text.slice(0, 300))
}

const telemetry = Layer.fresh(TelemetryTest.layer({ serviceName: "resilience-secrets" }))

describe("secret hygiene", () => {
  it.scopedLive("a faulty run: no secret and no signature in spans, metrics, logs, errors or config", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const secret = Redacted.value(emulator.serverSecret)
      const { config, rtc, zim } = yield* clientOf(emulator, {
        timeout: "300 millis",
        retry: { baseDelay: "1 millis", throttledBaseDelay: "2 millis", maxDelay: "5 millis", maxAttempts: 3 },
        rateLimit: false
      })
      const calls: ReadonlyArray<Effect.Effect<void, unknown>> = [
        zim.queryUserInfos({ UserIds: [Seed.users.alice, Seed.users.symbols] }),
        zim.queryUserInfos({ UserIds: ["nobody"] }),
        zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 2 }),
        zim.queryGroupsInfoOfUser({ FromUserId: "nobody", Limit: 2, Next: "7" }),
        rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host, "nobody"] }),
        rtc.describeUsers({ RoomId: Seed.rooms.missing, UserId: ["x"] })
      ].map((call: Effect.Effect<unknown, unknown>) => Effect.asVoid(call))
      const faults: ReadonlyArray<Faults.FaultSpec> = [
        { fault: Faults.latency(1_000), rate: 0.05, seed: 1 },
        { fault: Faults.httpError(503), rate: 0.1, seed: 2 },
        { fault: Faults.httpError(502, "empty"), rate: 0.05, seed: 3 },
        { fault: Faults.dropConnection, rate: 0.1, seed: 4 },
        { fault: Faults.malformedBody("truncatedJson"), rate: 0.05, seed: 5 },
        { fault: Faults.malformedBody("missingCode"), rate: 0.05, seed: 6 },
        { fault: Faults.malformedBody("wrongTypes"), rate: 0.05, seed: 7 },
        { fault: Faults.malformedBody("unknownCode"), rate: 0.05, seed: 8 },
        { fault: Faults.rateLimited, rate: 0.1, seed: 9 },
        { fault: Faults.forcedCode(100000005), rate: 0.05, seed: 10 },
        { fault: Faults.forcedCode(1), rate: 0.05, seed: 11 }
      ]
      const { lines, logger } = captureLogs()
      const exits: Array<Exit.Exit<void, unknown>> = []
      const run = (effect: Effect.Effect<void, unknown>) =>
        Effect.exit(effect).pipe(
          Effect.tap((exit) => Effect.sync(() => exits.push(exit))),
          Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
          Logger.withMinimumLogLevel(LogLevel.All)
        )

      yield* emulator.faults.set(Faults.allActions, ...faults)
      for (let round = 0; round < 10; round++) {
        for (const call of calls) yield* run(call)
      }
      // Clock skew, then bad input.
      yield* emulator.faults.clear()
      yield* emulator.clock.setOffset(11 * 60_000)
      for (const call of calls) yield* run(call)
      yield* emulator.clock.setOffset(0)
      yield* run(Effect.asVoid(zim.queryUserInfos({ UserIds: ["a".repeat(65), "é"] })))
      yield* run(Effect.asVoid(rtc.describeUsers({ RoomId: "", UserId: [] })))

      const received = yield* emulator.requests.entries
      const signatures = received.map((entry) => entry.query["Signature"]).filter(
        (s): s is string => typeof s === "string" && s !== ""
      )
      // Every signature was fresh: as many as requests.
      expect(new Set(signatures).size).toBe(received.length)
      expect(received.length).toBeGreaterThan(70)
      const secrets = [secret, ...signatures]

      const spans = yield* TelemetryTest.spans
      const metrics = yield* TelemetryTest.metrics
      const failures = exits.flatMap((exit) => Exit.isFailure(exit) ? [exit.cause] : [])
      const errors = failures.flatMap((cause) => [...Cause.failures(cause)])
      const corpus = {
        spans: spans.map((span) => JSON.stringify(span)),
        metrics: metrics.map((metric) => JSON.stringify(metric)),
        logs: lines.map((line) => line.text),
        errors: errors.flatMap(renderings),
        causes: failures.flatMap((cause) => [Cause.pretty(cause, { renderErrorCause: true }), ...renderings(cause)]),
        config: [...renderings(config), ...renderings(config.serverSecret), `${String(config.serverSecret)}`]
      }
      for (const [where, texts] of Object.entries(corpus)) {
        expect(leaks(texts, secrets), where).toEqual([])
      }

      // The run covered what it claims to (so the scan had something to read), and the scan finds a
      // signature where there is one.
      const tags = new Set(errors.map((e) => typeof e === "object" && e !== null && "_tag" in e ? e._tag : "?"))
      for (const tag of ["HttpStatusError", "InvalidRequest"]) expect(tags).toContain(tag)
      // The skewed round ran: the client learned the server's clock (and the corrected calls went through).
      expect(lines.some((line) => line.text.includes("ZEGOCLOUD clock offset learned"))).toBe(true)
      expect(tags.size).toBeGreaterThanOrEqual(4)
      expect(lines.filter((line) => line.level === "DEBUG").length).toBeGreaterThan(50)
      expect(spans.filter((span) => String(span.attributes["url.full"]).includes("Signature=REDACTED")).length)
        .toBeGreaterThan(70)
      expect(leaks(received.map((entry) => entry.rawQuery), secrets)).toHaveLength(received.length)
      expect(leaks([`x${secret.toUpperCase()}x`], secrets)).toHaveLength(1)
      console.log(
        `[resilience] secret hygiene: ${received.length} requests, ${signatures.length} signatures + the secret ` +
          `searched in ${spans.length} spans, ${metrics.length} metrics, ${lines.length} log lines, ${errors.length} ` +
          `errors (${[...tags].join(", ")}) and the config: none found`
      )
    }).pipe(Effect.provide(Layer.merge(Emulator.layer({ rateLimits: "off" }), telemetry))))
})
