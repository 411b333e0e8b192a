/**
 * The conformance suite of one product, through the real client against a loopback server that answers
 * what each test scripts (the emulator-based version comes later):
 * (i) an input that breaks a documented limit is refused before anything is sent;
 * (ii) every documented code comes back as its tagged error;
 * (iii) every vendor example decodes with the Action's response schema, and comes back through the client
 * as the success value.
 */
import { Action, type CallOptions, ZegoError } from "@effect-zego/core"
import { RtcActions, RtcService } from "@effect-zego/rtc"
import { ZimActions, ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { build } from "../support/harness.js"
import * as ScriptedServer from "../support/ScriptedServer.js"
import { one } from "../support/verify.js"
import { type ActionFact, facts, fixtureOf, methodOf, validInput, violations } from "./support.js"

const quiet: CallOptions.CallOptions = { retry: false, rateLimit: false }

const setup = (product: "zim" | "rtc") =>
  Effect.gen(function*() {
    const server = yield* ScriptedServer.make
    const context = yield* build(server.url, quiet)
    const service: object = product === "zim"
      ? Context.get(context, ZimService.ZimService)
      : Context.get(context, RtcService.RtcService)
    return { server, service }
  })

const registryOf = (product: "zim" | "rtc"): Readonly<Record<string, Action.Any>> =>
  product === "zim" ? ZimActions.actions : RtcActions.actions

/** JSON of a success value, with each partial failure's tagged error reduced to its tag and code. */
const comparable = (value: unknown): unknown =>
  value === undefined ?
    "(undefined)" :
    JSON.parse(JSON.stringify(value, (key, v: unknown) =>
      key === "Error" && typeof v === "object" && v !== null && "_tag" in v && "code" in v
        ? { tag: v._tag, code: v.code }
        : v))

/** Runs the suite for every Action of a product. */
export const conformance = (product: "zim" | "rtc"): void => {
  const registry = registryOf(product)
  const actionFacts = facts.actions.filter((a) => a.product === product)

  describe(`${product.toUpperCase()} registry`, () => {
    it("holds every Action of the facts, under its camelCase method name, with the same declaration", () => {
      const byName = new Map(Object.entries(registry).map(([method, action]) => [action.name, { method, action }]))
      expect(byName.size).toBe(actionFacts.length)
      for (const fact of actionFacts) {
        const entry = byName.get(fact.name)
        expect(entry, fact.name).toBeDefined()
        if (entry === undefined) continue
        expect(entry.method.toLowerCase()).toBe(fact.name.toLowerCase())
        expect(entry.method.charAt(0)).toBe(entry.method.charAt(0).toLowerCase())
        expect({
          product: entry.action.product,
          method: entry.action.method,
          qps: entry.action.qps ?? null,
          scopedLimit: entry.action.scopedLimit ?? null,
          idempotent: entry.action.idempotent
        }).toEqual({
          product: fact.product,
          method: fact.method,
          qps: fact.qps,
          scopedLimit: fact.scopedLimit,
          idempotent: fact.idempotent
        })
        expect(
          Object.entries(entry.action.errors).map(([code, cls]) => [Number(code), cls._tag, cls.retryClass])
        ).toEqual(fact.codes.map((c) => [c.code, c.tag, c.retry]))
      }
    })
  })

  for (const fact of actionFacts) {
    const methodName = Object.entries(registry).find(([, a]) => a.name === fact.name)?.[0] ?? fact.name
    describe(`${product.toUpperCase()} ${fact.name}`, () => {
      it("accepts a minimal and a full valid input", () => {
        const action = registry[methodName]
        if (action === undefined) return expect.unreachable(`${fact.name} is not in the registry`)
        for (const input of [validInput(fact), validInput(fact, true)]) {
          const result = Effect.runSync(Effect.either(Action.validate(action, input)))
          expect(Either.isRight(result) ? "valid" : result.left.message).toBe("valid")
        }
      })

      it.scopedLive("(i) refuses every input that breaks a documented limit, and sends nothing", () =>
        Effect.gen(function*() {
          const { server, service } = yield* setup(product)
          const method = methodOf(service, methodName)
          const cases = violations(fact)
          expect(cases.length).toBeGreaterThan(0)
          for (const c of cases) {
            const error = yield* Effect.flip(method(c.input))
            expect([c.what, error._tag]).toEqual([c.what, "InvalidRequest"])
            if (!(error instanceof ZegoError.InvalidRequest)) continue
            const issues = error.issues.map((i) => `${i.field}: ${i.rule}`)
            expect(
              error.issues.some((i) => i.field === c.field && i.rule.includes(c.rule)),
              `${c.what}: expected ${c.field} "${c.rule}", got ${JSON.stringify(issues)}`
            ).toBe(true)
          }
          expect(server.received).toHaveLength(0)
        }))

      it.scopedLive("(ii) maps every documented code to its tagged error", () =>
        Effect.gen(function*() {
          const { server, service } = yield* setup(product)
          const method = methodOf(service, methodName)
          const input = validInput(fact)
          for (const { code, retry, tag } of fact.codes) {
            server.script(() => ({ body: { Code: code, Message: `message of ${code}`, RequestId: `rid-${code}` } }))
            const error = yield* Effect.flip(method(input))
            expect([code, error._tag]).toEqual([code, tag])
            expect(error).toMatchObject({ action: fact.name, code, requestId: `rid-${code}` })
            expect([code, error.retryClass]).toEqual([code, retry])
          }
          // What went on the wire: the Action, and its parameters where the facts say.
          const first = server.received[0]
          expect(first?.method).toBe(fact.method)
          expect(first && one(first, "Action")).toBe(fact.name)
          if (fact.method === "POST") {
            expect(first?.json).toEqual(input)
          } else {
            for (const param of fact.request.filter((p) => p.required)) {
              const key = param.type === "array" && param.serialization !== "indexed-dot"
                ? `${param.name}[]`
                : param.name
              expect([param.name, first?.query.has(key)]).toEqual([param.name, true])
            }
          }
        }))

      it.scopedLive("(iii) decodes every vendor example, and returns it through the client as the success value", () =>
        Effect.gen(function*() {
          const { server, service } = yield* setup(product)
          const method = methodOf(service, methodName)
          const action = method.action
          const fixture = fixtureOf(product, fact.name)
          expect(fixture.examples.length).toBeGreaterThan(0)
          for (const example of fixture.examples) {
            const decoded = Schema.decodeUnknownEither(action.response)(example.value)
            expect(Either.isRight(decoded) ? "decoded" : decoded.left.message).toBe("decoded")
            if (Either.isLeft(decoded)) continue
            // Sent as the vendor wrote it: seven Actions' examples give RequestId as a number, which the client
            // normalizes to its digits (issue 14, item 14).
            const value = example.value as Record<string, unknown>
            const raw = value["RequestId"]
            const requestId = raw === undefined ? "rid" : String(raw)
            server.script(() => ({ body: { ...value, Code: 0, Message: "success", RequestId: raw ?? requestId } }))
            const result = yield* method.withResponse(validInput(fact))
            const expected = (action.finalize as (d: unknown, c: Action.ResponseContext<unknown>) => unknown)(
              decoded.right,
              {
                requestId,
                errorFor: (code) => Action.errorFor(action, code, { serverMessage: "", requestId })
              }
            )
            expect(comparable(result.data)).toEqual(comparable(expected))
            expect(result.response.requestId).toBe(requestId)
          }
        }))
    })
  }
}

/** An Action's facts, for tests that need one. */
export const factOf = (name: string): ActionFact | undefined => facts.actions.find((a) => a.name === name)
