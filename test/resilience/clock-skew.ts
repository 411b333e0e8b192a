/**
 * Clock skew (issue 14, item 12). A server whose clock is 11 minutes ahead of (or behind) ours refuses the
 * first request with `SignatureExpired`; the client reads the server's `Date` header, learns the host's clock
 * offset, signs the single retry with it, and keeps it for that host's later calls (the AWS SDK's correction).
 * The offset is on the call and attempt spans (`zego.clock_offset_ms`, the real OpenTelemetry SDK) and in a
 * debug log. It works under `TestClock` too: a virtual clock at 1970 is 56 years behind the emulator's. The
 * error still reaches the caller when the corrected retry is refused too, and its message then no longer
 * blames a skew that is within the limit.
 */
import { ZegoClient } from "@effect-zego/client"
import { ZegoError } from "@effect-zego/core"
import { Emulator, Seed } from "@effect-zego/emulator"
import { TelemetryTest } from "@effect-zego/telemetry"
import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import * as TestContext from "effect/TestContext"
import * as ScriptedServer from "../support/ScriptedServer.js"
import type { Client } from "./support.js"
import { captureLogs, clientOf, describeExit, typedFailure } from "./support.js"

const minutes = (n: number) => n * 60_000

const seedCalls = ({ rtc, zim }: Pick<Client, "rtc" | "zim">): ReadonlyArray<
  readonly [string, Effect.Effect<unknown, unknown>]
> => [
  ["QueryUserInfos", zim.queryUserInfos({ UserIds: [Seed.users.alice] })],
  ["QueryGroupsInfoOfUser", zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10 })],
  ["DescribeUsers", rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] })]
]

const telemetry = Layer.fresh(TelemetryTest.layer({ serviceName: "resilience-clock" }))

describe("clock skew", () => {
  it.scopedLive("11 minutes off: the retry is signed with the learned offset, kept for later calls, and exposed", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const client = yield* clientOf(emulator, { rateLimit: false })
      const { lines, logger } = captureLogs()
      // Within the documented 10 minutes nothing is learned; past them, each move is learned once.
      for (const offset of [minutes(9), -minutes(9), minutes(11), -minutes(11)]) {
        yield* emulator.clock.setOffset(offset)
        let first = true
        for (const [action, call] of seedCalls(client)) {
          yield* emulator.requests.reset
          const exit = yield* Effect.exit(call).pipe(
            Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
            Logger.withMinimumLogLevel(LogLevel.Debug)
          )
          const label = `${action} at ${offset / 60_000} min: ${describeExit(exit)}`
          expect(Exit.isSuccess(exit), label).toBe(true)
          const codes = (yield* emulator.requests.entries).map((entry) => entry.code)
          const refusedFirst = first && Math.abs(offset) > minutes(10)
          expect(codes, label).toEqual(refusedFirst ? [100000004, 0] : [0])
          first = false
        }
      }
      // The debug log names the offset; the Date header has whole seconds, so it is the skew to within 2.5 s.
      const learned = lines.filter((line) => line.text.includes("ZEGOCLOUD clock offset learned"))
      expect(learned).toHaveLength(2)
      const offsets = learned.map((line) => Number(/zego\.clock_offset_ms=(-?[0-9.]+)/.exec(line.text)?.[1]))
      expect(Math.abs((offsets[0] ?? 0) - minutes(11))).toBeLessThan(2_500)
      expect(Math.abs((offsets[1] ?? 0) + minutes(11))).toBeLessThan(2_500)
      // The call spans of the calls signed with an offset (those at 11 minutes) say which.
      const spans = (yield* TelemetryTest.spans).filter((span) =>
        span.name.startsWith("ZIM.") || span.name.startsWith("RTC.")
      )
      expect(spans.length).toBe(12)
      const withOffset = spans.filter((span) => typeof span.attributes["zego.clock_offset_ms"] === "number")
      expect(withOffset.length).toBe(6)
    }).pipe(Effect.provide(Layer.merge(Emulator.layer({ rateLimits: "off" }), telemetry))))

  it.scoped("under TestClock (virtual time at 1970): corrected from the Date header, then answered", () =>
    Effect.gen(function*() {
      const emulator = Context.get(yield* Layer.build(Emulator.layer({ rateLimits: "off" })), Emulator)
      // No backoff to wait for: the virtual clock does not move by itself.
      const client = yield* clientOf(emulator, { rateLimit: false, retry: { baseDelay: 0, jitter: false } })
      yield* TestClock.setTime(0)
      for (const [action, call] of seedCalls(client)) {
        yield* emulator.requests.reset
        const exit = yield* Effect.exit(call)
        expect(Exit.isSuccess(exit), `${action}: ${describeExit(exit)}`).toBe(true)
        const codes = (yield* emulator.requests.entries).map((entry) => entry.code)
        expect(codes, action).toEqual(action === "QueryUserInfos" ? [100000004, 0] : [0])
      }
      // Provided here: a `layer(…, { excludeTestServices: true })` suite loaded before this one leaves `it.scoped`
      // without its test services.
    }).pipe(Effect.provide(TestContext.TestContext)))

  it.scopedLive("a server that refuses even the corrected retry: SignatureExpired, its message fits the skew", () =>
    Effect.gen(function*() {
      const server = yield* ScriptedServer.make
      const context = yield* Layer.build(ZegoClient.layer({
        appId: 12345,
        serverSecret: Redacted.make("9193cc662a4c0ec135ec71fb57194b38"),
        zimBaseUrl: server.url,
        rtcBaseUrl: server.url,
        callOptions: { rateLimit: false }
      })).pipe(Effect.orDie)
      const zim = Context.get(context, ZimService.ZimService)
      // A Date header 3 minutes ahead: within the limit, so the clocks are not the cause.
      server.script(() => ({
        ...ScriptedServer.envelope(100000004, {}, "rid-expired"),
        headers: { date: new Date(Date.now() + minutes(3)).toUTCString() }
      }))
      const exit = yield* Effect.exit(zim.queryUserInfos({ UserIds: ["alice"] }))
      const error = typedFailure(exit)
      expect(error, describeExit(exit)).toBeInstanceOf(ZegoError.SignatureExpired)
      expect(server.received).toHaveLength(2)
      // The retry was signed 3 minutes ahead of the first attempt.
      const [first, second] = server.received.map((r) => Number(r.query.get("Timestamp")?.[0]) * 1000)
      expect(Math.abs((second ?? 0) - (first ?? 0) - minutes(3))).toBeLessThan(5_000)
      const message = error instanceof ZegoError.SignatureExpired ? error.message : ""
      expect(message).toContain("within the 10m limit")
      expect(message).not.toContain("differ by more than 10 minutes")
      expect(message).toContain("rid-expired")
    }))

  it("the message names the skew and its side, and blames the clocks only past the limit", () => {
    const of = (skewMillis: number | undefined) =>
      new ZegoError.SignatureExpired({
        action: "QueryUserInfos",
        code: 100000004,
        serverMessage: "",
        requestId: "r",
        skewMillis
      }).message
    expect(of(minutes(11))).toContain(
      `measured skew ${Duration.format(Duration.minutes(11))} (server ahead), the limit is 10m`
    )
    expect(of(minutes(11))).toContain("differ by more than 10 minutes")
    expect(of(-minutes(3))).toContain(
      `measured skew ${Duration.format(Duration.minutes(3))} (server behind) is within the 10m limit`
    )
    expect(of(-minutes(3))).not.toContain("differ by more than 10 minutes")
    expect(of(undefined)).toContain("no Date header")
  })
})
