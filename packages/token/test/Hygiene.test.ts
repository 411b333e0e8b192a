/**
 * Nothing a token operation logs or records in a span holds the secret, the token or its plain text: logs are
 * captured at every level, spans through the real OpenTelemetry SDK with an in-memory exporter.
 */
import * as TelemetryTest from "@effect-zego/telemetry/TelemetryTest"
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, HashMap, Inspectable, Logger, LogLevel, Redacted, TestClock } from "effect"
import * as RoomRights from "../src/RoomRights.js"
import * as Token04 from "../src/Token04.js"

const secret = "s3cr3t5s3cr3t5s3cr3t5s3cr3t5abcd"
const credentials: Token04.Credentials = { appId: 1234567890, serverSecret: Redacted.make(secret) }
const userId = "hygiene-user"
const roomId = "plain-room-id-7f3a"

describe("secret hygiene", () => {
  it.effect("no log line and no span holds the secret, a token or its plain text", () =>
    Effect.gen(function*() {
      const logged: Array<string> = []
      const capture = Logger.make((entry) => {
        logged.push(
          [
            Inspectable.toStringUnknown(entry.message),
            Cause.pretty(entry.cause),
            Inspectable.toStringUnknown(HashMap.toEntries(entry.annotations)),
            entry.spans.toString()
          ].join("\n")
        )
      })

      const tokens = yield* Effect.gen(function*() {
        yield* TestClock.setTime(1_700_000_000_000)
        const plain = yield* Token04.generateWith(credentials, { userId, lifetime: "1 hour" })
        const withRights = yield* Token04.generateWith(credentials, {
          userId,
          lifetime: "1 hour",
          payload: RoomRights.make({ roomId, publish: true, streamIds: ["stream-9c1e"] })
        })
        yield* Token04.decodeWith(credentials, withRights)
        yield* Token04.verifyWith(credentials, plain)
        // Failures too: their errors end up in the spans.
        yield* Effect.either(Token04.decodeWith({ serverSecret: Redacted.make(secret.replace("a", "b")) }, plain))
        yield* Effect.either(Token04.verifyWith({ ...credentials, appId: 7 }, plain))
        yield* Effect.either(Token04.generateWith(credentials, { userId: "", lifetime: "1 hour" }))
        yield* Effect.either(
          Token04.generateWith({ appId: 1, serverSecret: Redacted.make(secret + "x") }, { userId, lifetime: "1 hour" })
        )
        yield* TestClock.adjust("2 hours")
        yield* Effect.either(Token04.verifyWith(credentials, withRights))
        yield* Effect.logDebug("done")
        return [plain, withRights]
      }).pipe(
        Effect.withSpan("hygiene"),
        Effect.provide(Logger.replace(Logger.defaultLogger, capture)),
        Logger.withMinimumLogLevel(LogLevel.All)
      )

      const spans = yield* TelemetryTest.spans
      // The operations were traced (so the search below looked at something), with the user ID only.
      expect(spans.filter((span) => span.name === "Token04.generate")).toHaveLength(4)
      expect(spans.filter((span) => span.name === "Token04.decode")).toHaveLength(2)
      expect(spans.filter((span) => span.name === "Token04.verify")).toHaveLength(3)
      const decoded = spans.find((span) => span.name === "Token04.decode" && span.status.code === "ok")
      expect(decoded?.attributes).toMatchObject({ "zego.app_id": 1234567890, "enduser.id": userId })
      expect(spans.some((span) => span.events.some((event) => event.name === "exception"))).toBe(true)
      expect(logged.some((line) => line.includes("done"))).toBe(true)

      const recorded = [...logged, JSON.stringify(spans)].join("\n")
      const forbidden = [
        secret,
        Buffer.from(secret).toString("base64"),
        Buffer.from(secret).toString("hex"),
        ...tokens,
        // Any stretch of a token (its base64 body) long enough to be more than chance.
        ...tokens.flatMap((token) => [token.slice(2, 26), token.slice(30, 54), token.slice(-24)]),
        // The plain text: its JSON and the room rights inside it.
        "user_id",
        "ctime",
        roomId,
        "stream-9c1e",
        "room_id",
        "stream_id_list"
      ]
      for (const text of forbidden) expect(recorded, text).not.toContain(text)
    }).pipe(Effect.provide(TelemetryTest.layer())))
})
