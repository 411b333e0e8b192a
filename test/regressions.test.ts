/**
 * Bugs the resilience suite (issue 5) found, fixed, and kept here as regression tests (RELIABILITY.md, "Bugs
 * found").
 */
import { Emulator, Seed } from "@effect-zego/emulator"
import { TelemetryTest } from "@effect-zego/telemetry"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { clientOf, describeExit, typedFailure } from "./resilience/support.js"

describe("regression: a lone surrogate in a parameter is an InvalidRequest, not a defect", () => {
  // encodeURIComponent throws on a string that is not well-formed UTF-16; Rules.string now refuses them.
  const cases = [
    ["RoomId", { RoomId: "room-\uD800", UserId: ["anchor"] }],
    ["UserId[0]", { RoomId: Seed.rooms.live, UserId: ["\uDC00anchor"] }]
  ] as const
  for (const [field, input] of cases) {
    it.scopedLive(`DescribeUsers with a lone surrogate in ${field}: InvalidRequest naming it, nothing sent`, () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator
        const { rtc } = yield* clientOf(emulator, { rateLimit: false, retry: false })
        const exit = yield* Effect.exit(rtc.describeUsers(input))
        expect(typedFailure(exit), describeExit(exit)).toMatchObject({ _tag: "InvalidRequest", field })
        expect(yield* emulator.requests.entries).toHaveLength(0)
      }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))
  }
})

describe("regression: a lone high surrogate counts as one character", () => {
  // `charLength` once subtracted one for every high surrogate, paired or not: "a" followed by 40 lone high
  // surrogates (41 characters) measured 1 and a too-long FromUserId was sent (found by input-properties.ts).
  it.scopedLive("QueryGroupsInfoOfUser with a 41-character FromUserId: InvalidRequest, nothing sent", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const { zim } = yield* clientOf(emulator, { rateLimit: false, retry: false })
      const exit = yield* Effect.exit(zim.queryGroupsInfoOfUser({ FromUserId: `a${"\uD800".repeat(40)}`, Limit: 1 }))
      expect(typedFailure(exit), describeExit(exit)).toMatchObject({ _tag: "InvalidRequest", field: "FromUserId" })
      expect(yield* emulator.requests.entries).toHaveLength(0)
    }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))
})

describe("regression: after a call, spans without an Effect parent have no stale parent", () => {
  // @effect/opentelemetry's tracer runs fiber code inside the OTel context of the current span; undici's
  // callbacks carry that (AsyncLocalStorage) context, so the fiber resumed inside the attempt span's context
  // and kept it, so a later span with no Effect parent took a finished attempt span as its parent.
  it.scopedLive("a root span made after a call has no parent", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const { zim } = yield* clientOf(emulator, { rateLimit: false })
      yield* zim.queryUserInfos({ UserIds: [Seed.users.alice] }).pipe(Effect.withSpan("request-1"))
      yield* Effect.void.pipe(Effect.withSpan("request-2"))
      const spans = yield* TelemetryTest.spans
      const names = new Map(spans.map((span) => [span.spanId, span.name]))
      const second = spans.find((span) => span.name === "request-2")
      expect(second?.parentSpanId === undefined ? "no parent" : names.get(second.parentSpanId)).toBe("no parent")
    }).pipe(
      Effect.provide(Layer.merge(Emulator.layer({ rateLimits: "off" }), Layer.fresh(TelemetryTest.layer())))
    ))
})
