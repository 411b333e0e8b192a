/**
 * Clock skew: the emulator's clock set 11 minutes ahead of (or behind) ours makes every seed Action fail with
 * `SignatureExpired`, whose message names the skew the client measured from the server's `Date` header; at 9
 * minutes either way, within the documented 10, calls succeed.
 */
import { ZegoError } from "@effect-zego/core"
import { Emulator, Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type { Client } from "./support.js"
import { clientOf, describeExit, typedFailure } from "./support.js"

const minutes = (n: number) => n * 60_000

const seedCalls = ({ rtc, zim }: Client): ReadonlyArray<readonly [string, Effect.Effect<unknown, unknown>]> => [
  ["QueryUserInfos", zim.queryUserInfos({ UserIds: [Seed.users.alice] })],
  ["QueryGroupsInfoOfUser", zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10 })],
  ["DescribeUsers", rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] })]
]

describe("clock skew", () => {
  it.scopedLive("11 minutes off: SignatureExpired naming the measured skew; 9 minutes off: success", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const client = yield* clientOf(emulator, { rateLimit: false })
      const report: Array<string> = []
      for (const offset of [minutes(11), -minutes(11)]) {
        yield* emulator.clock.setOffset(offset)
        for (const [action, call] of seedCalls(client)) {
          yield* emulator.requests.reset
          const exit = yield* Effect.exit(call)
          const error = typedFailure(exit)
          const label = `${action} at ${offset / 60_000} min: ${describeExit(exit)}`
          expect(error, label).toMatchObject({ _tag: "SignatureExpired", action, code: 100000004 })
          if (!(error instanceof ZegoError.SignatureExpired)) continue
          // The Date header has whole seconds: the measured skew is the offset to within a second or two.
          const skew = error.skewMillis ?? Number.NaN
          expect(Math.abs(skew - offset), label).toBeLessThan(2_500)
          expect(error.message, label).toContain(`measured skew ${Duration.format(Duration.millis(Math.abs(skew)))}`)
          expect(error.message, label).toContain(offset > 0 ? "server ahead" : "server behind")
          expect(error.message, label).toContain(error.requestId)
          // Retried once, freshly signed: two requests, both refused by the gateway.
          const entries = yield* emulator.requests.entries
          expect(entries.map((entry) => entry.code), label).toEqual([100000004, 100000004])
          expect(new Set(entries.map((entry) => entry.query["SignatureNonce"])).size).toBe(2)
          report.push(`${action} ${offset > 0 ? "+" : "-"}11 min: ${error.message}`)
        }
      }
      for (const offset of [minutes(9), -minutes(9)]) {
        yield* emulator.clock.setOffset(offset)
        for (const [action, call] of seedCalls(client)) {
          yield* emulator.requests.reset
          const exit = yield* Effect.exit(call)
          expect(Exit.isSuccess(exit), `${action} at ${offset / 60_000} min: ${describeExit(exit)}`).toBe(true)
          expect((yield* emulator.requests.entries).map((entry) => entry.code)).toEqual([0])
        }
      }
      console.log(`[resilience] clock skew:\n  ${report.join("\n  ")}`)
    }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))
})
