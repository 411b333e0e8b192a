/**
 * Arbitrary input, more than 10,000 generated inputs per seed Action: every input either passes validation
 * and reaches the server, or fails with `InvalidRequest` naming a field that breaks a documented rule, and
 * nothing else: never a defect, never a request with an invalid parameter on the wire. The emulator's log is
 * checked independently against the documented rules (`documented-rules.ts`, which shares no code with the
 * client), and every request on the wire is matched to the input that was accepted.
 *
 * Inputs come ten to a property run, so fast-check's per-run overhead is paid once per ten inputs. Most
 * inputs are refused client-side; the valid ones go to the emulator, with its rate limits and the client's
 * limiter off and no retries (one input, one request).
 */
import { Emulator } from "@effect-zego/emulator"
import type { RequestRecord } from "@effect-zego/emulator/RequestLog"
import { expect, it, layer } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as fc from "effect/FastCheck"
import * as Layer from "effect/Layer"
import * as Rules from "./documented-rules.js"
import type { Client } from "./support.js"
import { clientOf, describeExit, typedFailure } from "./support.js"

const batch = 10
const runs = 1_000
const minimumInputs = 10_000

class Fixture extends Context.Tag("resilience/InputFixture")<Fixture, {
  readonly emulator: Emulator["Type"]
  readonly client: Client
}>() {}

const fixture = Layer.scoped(
  Fixture,
  Effect.gen(function*() {
    const emulator = yield* Emulator
    const client = yield* clientOf(emulator, { rateLimit: false, retry: false })
    return { emulator, client }
  })
).pipe(Layer.provide(Emulator.layer({ rateLimits: "off" })))

interface Spec {
  readonly action: "QueryUserInfos" | "QueryGroupsInfoOfUser" | "DescribeUsers"
  readonly input: fc.Arbitrary<unknown>
  readonly verdict: (input: unknown) => Rules.Verdict
  readonly call: (client: Client, input: unknown) => Effect.Effect<unknown, unknown>
  /** Whether the logged request satisfies the documented rules. */
  readonly wireValid: (entry: RequestRecord) => boolean
  /** Whether the logged request carries exactly this accepted input. */
  readonly carries: (entry: RequestRecord, input: unknown) => boolean
}

const jsonOf = (entry: RequestRecord): unknown => entry.body._tag === "Json" ? entry.body.value : undefined
/** The input as JSON carries it (absent optional fields dropped). */
const asJson = (input: unknown): unknown => JSON.parse(JSON.stringify(input))
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const specs: ReadonlyArray<Spec> = [
  {
    action: "QueryUserInfos",
    input: Rules.queryUserInfosInput,
    verdict: Rules.queryUserInfos,
    // The input is arbitrary on purpose: what a caller without the types (or with a cast) could pass.
    call: ({ zim }, input) => zim.queryUserInfos(input as Parameters<typeof zim.queryUserInfos>[0]),
    wireValid: (entry) => entry.method === "POST" && Rules.queryUserInfosWire(jsonOf(entry)),
    carries: (entry, input) => sameJson(jsonOf(entry), asJson(input))
  },
  {
    action: "QueryGroupsInfoOfUser",
    input: Rules.queryGroupsInfoOfUserInput,
    verdict: Rules.queryGroupsInfoOfUser,
    call: ({ zim }, input) => zim.queryGroupsInfoOfUser(input as Parameters<typeof zim.queryGroupsInfoOfUser>[0]),
    wireValid: (entry) => entry.method === "POST" && Rules.queryGroupsInfoOfUserWire(jsonOf(entry)),
    carries: (entry, input) => sameJson(jsonOf(entry), asJson(input))
  },
  {
    action: "DescribeUsers",
    input: Rules.describeUsersInput,
    verdict: Rules.describeUsers,
    call: ({ rtc }, input) => rtc.describeUsers(input as Parameters<typeof rtc.describeUsers>[0]),
    wireValid: (entry) => entry.method === "GET" && entry.body._tag === "Empty" && Rules.describeUsersWire(entry.query),
    carries: (entry, input) =>
      typeof input === "object" && input !== null && "RoomId" in input && "UserId" in input &&
      entry.query["RoomId"] === input.RoomId && sameJson(entry.query["UserId[]"], input.UserId)
  }
]

const tagOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "_tag" in error && typeof error._tag === "string"
    ? error._tag
    : undefined

/** Fails with the message, built only when it is needed. */
const check = (condition: boolean, message: () => string): void => {
  if (!condition) expect.fail(message())
}

interface Counts {
  inputs: number
  sent: number
  refused: number
  readonly answered: Record<string, number>
}

const tested: Record<string, Counts> = {}

layer(fixture, { excludeTestServices: true })("arbitrary input", (it) => {
  for (const spec of specs) {
    const counts: Counts = { inputs: 0, sent: 0, refused: 0, answered: {} }
    tested[spec.action] = counts
    it.effect.prop(
      `${spec.action}: sent and valid on the wire, or InvalidRequest naming the field; never a defect`,
      [fc.array(spec.input, { minLength: batch, maxLength: batch })],
      ([inputs]) =>
        Effect.gen(function*() {
          const { client, emulator } = yield* Fixture
          yield* emulator.requests.reset
          const sent: Array<unknown> = []
          const outcomes: Array<() => string> = []
          for (const input of inputs) {
            const verdict = spec.verdict(input)
            const exit = yield* Effect.exit(spec.call(client, input))
            const show = () => `${JSON.stringify(input)} → ${describeExit(exit)}`
            counts.inputs++
            outcomes.push(show)
            const error = typedFailure(exit)
            // A value or one typed failure: no defect, no interruption.
            check(Exit.isSuccess(exit) || error !== undefined, show)
            const tag = tagOf(error)
            if (tag === "InvalidRequest") {
              counts.refused++
              check(!verdict.mustAccept, () => `valid input refused: ${show()}`)
              const { field, issues } = error as {
                readonly field: string
                readonly issues: ReadonlyArray<{ readonly field: string }>
              }
              // It names a field that breaks a documented rule, and so does every issue it lists.
              check(verdict.invalidFields.includes(field), () => `${verdict.invalidFields.join(", ")}: ${show()}`)
              for (const issue of issues) {
                check(
                  verdict.invalidFields.includes(issue.field),
                  () => `${verdict.invalidFields.join(", ")}: ${show()}`
                )
              }
            } else {
              counts.sent++
              if (tag !== undefined) counts.answered[tag] = (counts.answered[tag] ?? 0) + 1
              check(!verdict.mustRefuse, () => `invalid input sent: ${show()}`)
              sent.push(input)
            }
          }
          // What the emulator received: one request per accepted input, in order, each within the rules.
          const entries = yield* emulator.requests.entries
          if (entries.length !== sent.length) {
            expect.fail(
              `${entries.length} requests for ${sent.length} accepted inputs:\n${outcomes.map((f) => f()).join("\n")}`
            )
          }
          entries.forEach((entry, i) => {
            check(entry.action === spec.action, () => JSON.stringify(entry))
            check(spec.wireValid(entry), () => `invalid on the wire: ${JSON.stringify(entry)}`)
            check(spec.carries(entry, sent[i]), () => `${JSON.stringify(entry)} for ${JSON.stringify(sent[i])}`)
          })
        }),
      { timeout: 600_000, fastCheck: { numRuns: runs, endOnFailure: true } }
    )
  }

  it.effect("each seed Action got at least 10,000 generated inputs", () =>
    Effect.sync(() => {
      for (const spec of specs) {
        const counts = tested[spec.action]
        expect(counts?.inputs, spec.action).toBeGreaterThanOrEqual(minimumInputs)
        // Both sides of the property were exercised.
        expect(counts?.sent, spec.action).toBeGreaterThan(100)
        expect(counts?.refused, spec.action).toBeGreaterThan(5_000)
      }
      console.log(`[resilience] arbitrary input: ${
        specs.map((spec) => {
          const c = tested[spec.action]
          if (c === undefined) return ""
          const failed = Object.values(c.answered).reduce((sum, n) => sum + n, 0)
          return `${spec.action} ${c.inputs} inputs, ${c.refused} refused (InvalidRequest), ${c.sent} sent (success ${
            c.sent - failed
          }${Object.entries(c.answered).map(([k, n]) => `, ${k} ${n}`).join("")})`
        }).join("; ")
      }`)
    }))
})

// The property above must be able to fail: a client that sent an invalid input, or refused a valid one,
// would be caught by the independent rules.
it("the documented rules tell valid from invalid input", () => {
  expect(Rules.queryUserInfos({ UserIds: ["alice", "sym !#$%&()+-:;<=.>?@[]^_{}|~"] }).mustAccept).toBe(true)
  expect(Rules.queryUserInfos({ UserIds: ["a".repeat(65)] }).invalidFields).toEqual(["UserIds[0]"])
  expect(Rules.queryUserInfos({ UserIds: ["é"] }).mustRefuse).toBe(true)
  expect(Rules.queryUserInfos({ UserIds: Array.from({ length: 101 }, () => "a") }).invalidFields).toEqual(["UserIds"])
  expect(Rules.queryUserInfosWire({ UserIds: ["a,b"] })).toBe(false)
  expect(Rules.queryGroupsInfoOfUser({ FromUserId: "😀".repeat(20), Limit: 1 })).toMatchObject({
    mustAccept: false,
    mustRefuse: false
  })
  expect(Rules.queryGroupsInfoOfUser({ FromUserId: "a".repeat(33), Limit: 1 }).mustRefuse).toBe(true)
  expect(Rules.queryGroupsInfoOfUser({ FromUserId: "a", Limit: 1.5 }).invalidFields).toEqual(["Limit"])
  expect(Rules.queryGroupsInfoOfUserWire({ FromUserId: "a", Limit: 0 })).toBe(false)
  expect(Rules.describeUsers({ RoomId: "r", UserId: ["a"] }).mustAccept).toBe(true)
  expect(Rules.describeUsers({ RoomId: "", UserId: Array.from({ length: 11 }, () => "a") }).invalidFields).toEqual([
    "RoomId",
    "UserId"
  ])
  expect(Rules.describeUsersWire({ RoomId: "r", "UserId[]": [] })).toBe(false)
})
