/**
 * What is not worth retrying is sent exactly once, as the emulator's log shows: every code of the seed
 * Actions' tables and of the gateway table that is not retryable, and undocumented codes. The retry class
 * of the codes SPEC.md names is checked against SPEC.md itself, not against the client's tables.
 */
import { ZegoError } from "@effect-zego/core"
import { Emulator, Faults, Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { clientOf, describeExit, zegoFailure } from "./support.js"

const maxAttempts = 3
const budget = {
  retry: { maxAttempts, baseDelay: "1 millis", throttledBaseDelay: "1 millis", maxDelay: "2 millis" },
  rateLimit: false
} as const

type Expectation = "never" | "once" | "retried"

/** SPEC.md §3-4: what is retried. Every other gateway code, and every code listed without "retry", is not. */
const spec: Record<"zim" | "rtc", Readonly<Record<number, Expectation>>> = {
  zim: {
    1: "retried",
    2: "never",
    3: "never",
    7: "retried",
    660000001: "retried",
    660300005: "retried"
  },
  rtc: {
    2: "never",
    3: "never",
    206: "retried",
    207: "retried",
    50001: "never"
  }
}
const gatewaySpec = (code: number): Expectation =>
  code === 100000004 || code === 100000005 ? "once" : code === 100000012 || code === 100000015 ? "retried" : "never"

const attemptsFor = (expectation: Expectation) => expectation === "never" ? 1 : expectation === "once" ? 2 : maxAttempts

/** Codes nobody documents for these Actions. */
const undocumented = [4, 99, 50002, 660000099, 100000018, 123456789]

describe("codes that are not retried", () => {
  it.scopedLive("every non-retryable code of the seed Actions and the gateway is sent exactly once", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const { rtc, zim } = yield* clientOf(emulator, budget)
      const actions: ReadonlyArray<{
        readonly method: { readonly action: { readonly name: string; readonly errors: object } }
        readonly product: "zim" | "rtc"
        readonly call: Effect.Effect<unknown, unknown>
        readonly own: Readonly<Record<number, Expectation>>
      }> = [
        {
          method: zim.queryUserInfos,
          product: "zim",
          call: zim.queryUserInfos({ UserIds: [Seed.users.alice] }),
          // QueryUserInfos documents 660000002 as "user does not exist or logged out".
          own: { 660000002: "never", 660700008: "never", 660700015: "never" }
        },
        {
          method: zim.queryGroupsInfoOfUser,
          product: "zim",
          call: zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 5 }),
          own: { 660000002: "never", 660500002: "never" }
        },
        {
          method: rtc.describeUsers,
          product: "rtc",
          call: rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] }),
          own: {}
        }
      ]
      const sentOnce: Array<string> = []
      for (const { call, method, own, product } of actions) {
        const action = method.action
        const table = action.errors as Readonly<Record<number, ZegoError.ApiErrorClass<unknown>>>
        const gateway = ZegoError.gatewayErrors as Readonly<Record<number, ZegoError.ApiErrorClass<unknown>>>
        const codes = [
          ...Object.keys(table).map(Number),
          ...Object.keys(gateway).map(Number),
          ...Object.keys(spec[product]).map(Number),
          ...Object.keys(own).map(Number),
          ...undocumented
        ]
        for (const code of new Set(codes)) {
          const cls = table[code] ?? gateway[code]
          const declared: Expectation = cls === undefined || cls.retryClass === "never"
            ? "never"
            : cls.retryClass === "once"
            ? "once"
            : "retried"
          // SPEC.md decides for the codes it names; the client's table for the others.
          const expected = code >= 100000000 && code <= 100000017
            ? gatewaySpec(code)
            : own[code] ?? spec[product][code] ?? (cls === undefined ? "never" : declared)
          yield* emulator.faults.set(action.name, { fault: Faults.forcedCode(code) })
          yield* emulator.requests.reset
          const exit = yield* Effect.exit(call)
          const error = zegoFailure(exit)
          const label = `${action.name} code ${code}: ${describeExit(exit)}`
          expect(error, label).toBeDefined()
          expect(error, label).toMatchObject({ action: action.name, code })
          if (cls !== undefined || expected === "never") expect(error?._tag, label).toBe(cls?._tag ?? "UnknownApiError")
          expect(error?.isRetryable, label).toBe(expected !== "never")
          const entries = yield* emulator.requests.entries
          expect(entries.length, label).toBe(attemptsFor(expected))
          expect(entries.every((entry) => entry.code === code), label).toBe(true)
          if (expected === "never") sentOnce.push(`${action.name}:${code}`)
        }
        yield* emulator.faults.clear()
      }
      console.log(`[resilience] non-retryable codes: ${sentOnce.length} (Action, code) pairs each sent exactly once`)
      expect(sentOnce.length).toBeGreaterThan(50)
    }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))
})
