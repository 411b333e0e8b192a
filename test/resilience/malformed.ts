/**
 * Answers that are not the documented envelope end in a typed error, never a defect: HTML pages (HTTP 200 or
 * 5xx), truncated JSON, empty bodies, wrong field types (envelope or business fields), a missing `Code`, an
 * undocumented `Code`. The RequestId is kept whenever the body had one. Each check reads the Exit's Cause: a
 * single `Fail`, no `Die`, no interruption.
 */
import { ZegoClient } from "@effect-zego/client"
import { Emulator, Faults, Seed } from "@effect-zego/emulator"
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as fc from "effect/FastCheck"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as ScriptedServer from "../support/ScriptedServer.js"
import type { Client } from "./support.js"
import { clientOf, describeExit, typedFailure, zegoFailure } from "./support.js"

const budget = {
  retry: { maxAttempts: 3, baseDelay: "1 millis", throttledBaseDelay: "1 millis", maxDelay: "2 millis" },
  rateLimit: false
} as const

/** One call of each seed Action, with valid input. */
const seedCalls = (
  client: Pick<Client, "rtc" | "zim">
): ReadonlyArray<{ readonly action: string; readonly call: Effect.Effect<void, unknown> }> => [
  {
    action: "QueryUserInfos",
    call: Effect.asVoid(client.zim.queryUserInfos({ UserIds: [Seed.users.alice] }))
  },
  {
    action: "QueryGroupsInfoOfUser",
    call: Effect.asVoid(client.zim.queryGroupsInfoOfUser({ FromUserId: Seed.users.alice, Limit: 10 }))
  },
  {
    action: "DescribeUsers",
    call: Effect.asVoid(client.rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] }))
  }
]

interface Expected {
  readonly tag: string
  /** Attempts on the wire: 1, or the whole budget for what is worth retrying (5xx). */
  readonly attempts: number
  readonly fields: Record<string, unknown>
  /** Whether the error keeps the RequestId the emulator answered with. */
  readonly keepsRequestId: boolean
}

const cases: ReadonlyArray<readonly [string, Faults.Fault, Expected]> = [
  ["an HTML page with HTTP 200", Faults.malformedBody("html"), {
    tag: "MalformedResponse",
    attempts: 1,
    fields: { status: 200, reason: "body is not JSON" },
    keepsRequestId: false
  }],
  ["truncated JSON", Faults.malformedBody("truncatedJson"), {
    tag: "MalformedResponse",
    attempts: 1,
    fields: { status: 200, reason: "body is not JSON" },
    keepsRequestId: false
  }],
  ["an empty body", Faults.malformedBody("emptyBody"), {
    tag: "MalformedResponse",
    attempts: 1,
    fields: { status: 200, reason: "empty body" },
    keepsRequestId: false
  }],
  // Its RequestId is the number 1234: kept, as a string (vendor examples write numbers).
  ["envelope fields of the wrong types", Faults.malformedBody("wrongTypes"), {
    tag: "MalformedResponse",
    attempts: 1,
    fields: { status: 200, requestId: "1234" },
    keepsRequestId: false
  }],
  ["a missing Code", Faults.malformedBody("missingCode"), {
    tag: "MalformedResponse",
    attempts: 1,
    fields: { status: 200 },
    keepsRequestId: true
  }],
  ["an undocumented Code", Faults.malformedBody("unknownCode"), {
    tag: "UnknownApiError",
    attempts: 1,
    fields: { code: Faults.unknownCode },
    keepsRequestId: true
  }],
  ["a 502 HTML page", Faults.httpError(502, "html"), {
    tag: "HttpStatusError",
    attempts: 3,
    fields: { status: 502 },
    keepsRequestId: false
  }],
  ["a 503 with an empty body", Faults.httpError(503, "empty"), {
    tag: "HttpStatusError",
    attempts: 3,
    fields: { status: 503, bodyExcerpt: "", isRetryable: true },
    keepsRequestId: false
  }],
  ["a 404 HTML page", Faults.httpError(404, "html"), {
    tag: "HttpStatusError",
    attempts: 1,
    fields: { status: 404, isRetryable: false },
    keepsRequestId: false
  }]
]

describe("malformed answers from the emulator", () => {
  it.scopedLive("every kind, on every seed Action: its typed error with the RequestId, never a defect", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const client = yield* clientOf(emulator, budget)
      let checked = 0
      for (const { action, call } of seedCalls(client)) {
        for (const [what, fault, expected] of cases) {
          yield* emulator.faults.set(action, { fault })
          yield* emulator.requests.reset
          const exit = yield* Effect.exit(call)
          const error = zegoFailure(exit)
          const label = `${action}, ${what}: ${describeExit(exit)}`
          expect(error, label).toBeDefined()
          expect(error, label).toMatchObject({ _tag: expected.tag, action, ...expected.fields })
          const entries = yield* emulator.requests.entries
          expect(entries, label).toHaveLength(expected.attempts)
          const answered = entries.at(-1)?.requestId
          const requestId = error?.["requestId"]
          if (expected.keepsRequestId) {
            expect(answered, label).toEqual(expect.any(String))
            expect(requestId, label).toBe(answered)
            expect(error?.message, label).toContain(String(answered))
          } else if (!("requestId" in expected.fields)) {
            expect(requestId, label).toBeUndefined()
          }
          checked++
        }
        yield* emulator.faults.clear()
      }
      expect(checked).toBe(3 * cases.length)
    }).pipe(Effect.provide(Emulator.layer({ rateLimits: "off" }))))
})

/** The client pointed at a scripted server, shared by the tests below. */
class Scripted extends Context.Tag("resilience/Scripted")<Scripted, {
  readonly server: ScriptedServer.ScriptedServer
  readonly client: Pick<Client, "rtc" | "zim">
}>() {}

const scripted = Layer.scoped(
  Scripted,
  Effect.gen(function*() {
    const server = yield* ScriptedServer.make
    const context = yield* Layer.build(ZegoClient.layer({
      appId: 12345,
      serverSecret: Redacted.make("9193cc662a4c0ec135ec71fb57194b38"),
      zimBaseUrl: server.url,
      rtcBaseUrl: server.url,
      callOptions: { retry: false, rateLimit: false }
    })).pipe(Effect.orDie)
    return {
      server,
      client: { zim: Context.get(context, ZimService.ZimService), rtc: Context.get(context, RtcService.RtcService) }
    }
  })
)

describe("malformed business fields", () => {
  const wrongFields: Record<string, Record<string, unknown>> = {
    QueryUserInfos: { Result: [{ UserId: 7 }] },
    QueryGroupsInfoOfUser: { HasJoinGroupNum: "3", GroupInfoList: {} },
    DescribeUsers: { Data: { UserStatusList: [{ UserId: "a", Status: "in" }] } }
  }

  it.scopedLive("a success envelope whose business fields have the wrong types: MalformedResponse with its RequestId", () =>
    Effect.gen(function*() {
      const { client, server } = yield* Scripted
      for (const { action, call } of seedCalls(client)) {
        server.script(() => ScriptedServer.envelope(0, wrongFields[action] ?? {}, `rid-${action}`))
        const exit = yield* Effect.exit(call)
        const error = zegoFailure(exit)
        expect(error, describeExit(exit)).toMatchObject({
          _tag: "MalformedResponse",
          action,
          status: 200,
          requestId: `rid-${action}`
        })
        expect(error?.message).toContain(`rid-${action}`)
      }
    }).pipe(Effect.provide(scripted)))

  // Any body at all, with any status: a value or a typed failure, never a defect.
  const body = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.record({
      Code: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      Message: fc.oneof(fc.string(), fc.integer()),
      RequestId: fc.oneof(fc.string(), fc.integer()),
      ErrorList: fc.anything(),
      Result: fc.anything(),
      GroupInfoList: fc.anything(),
      Data: fc.anything()
    }, { requiredKeys: [] }).map((value) => JSON.stringify(value))
  )
  const status = fc.constantFrom(200, 200, 200, 201, 204, 400, 404, 429, 500, 502, 503)

  it.scopedLive("fuzzed bodies and statuses: never a defect", () =>
    Effect.gen(function*() {
      const { client, server } = yield* Scripted
      const calls = seedCalls(client)
      const samples = fc.sample(fc.tuple(body, status, fc.nat(calls.length - 1)), { numRuns: 300, seed: 42 })
      for (const [text, code, which] of samples) {
        server.script(() => ({ status: code, body: code === 204 ? "" : text }))
        const exit = yield* Effect.exit(calls[which]?.call ?? Effect.void)
        if (Exit.isFailure(exit)) {
          const error = zegoFailure(exit)
          expect(typedFailure(exit), `${JSON.stringify(text)} (${code}): ${describeExit(exit)}`).toBeDefined()
          expect(typeof error?.message).toBe("string")
        }
      }
    }).pipe(Effect.provide(scripted)))
})
