import { describe, expect, it, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { Emulator, Faults, Seed } from "../src/index.js"
import { call, codeOf, post, signedQuery, sleepReal } from "./helpers.js"

const queryUserInfos = Effect.flatMap(
  Emulator,
  (emulator) => post(emulator, "QueryUserInfos", { UserIds: [Seed.users.alice] })
)
const describeUsers = Effect.flatMap(
  Emulator,
  (emulator) => call(emulator, "DescribeUsers", { query: `RoomId=${Seed.rooms.live}&UserId[]=${Seed.roomUsers.host}` })
)

/** Runs a test body with faults installed, and removes every fault afterwards. */
const withFaults = <A, E, R>(
  install: Effect.Effect<void, Faults.InvalidFaultSpec, Emulator>,
  body: Effect.Effect<A, E, R>
) =>
  Effect.flatMap(Emulator, (emulator) =>
    install.pipe(
      Effect.zipRight(body),
      Effect.ensuring(emulator.faults.clear())
    ))

const setFaults = (target: string, ...specs: ReadonlyArray<Faults.FaultSpec>) =>
  Effect.flatMap(Emulator, (emulator) => emulator.faults.set(target, ...specs))

describe("seededRandom", () => {
  it("is deterministic and spread over [0, 1)", () => {
    const a = Faults.seededRandom(42)
    const b = Faults.seededRandom(42)
    const draws = Array.from({ length: 1000 }, () => a())
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true)
    const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length
    expect(mean).toBeGreaterThan(0.4)
    expect(mean).toBeLessThan(0.6)
  })
})

layer(Emulator.layer({ rateLimits: "off" }))("faults", (it) => {
  it.effect("latency delays a normal answer", () =>
    withFaults(
      setFaults("QueryUserInfos", { fault: Faults.latency(300) }),
      Effect.gen(function*() {
        const emulator = yield* Emulator
        yield* emulator.requests.reset
        const reply = yield* queryUserInfos
        expect(codeOf(reply)).toBe(0)
        expect(reply.elapsedMs).toBeGreaterThanOrEqual(280)
        const [entry] = yield* emulator.requests.entries
        expect(entry?.addedLatencyMs).toBe(300)
      })
    ))

  it.effect("a client that gives up during injected latency is still logged, as aborted", () =>
    withFaults(
      Effect.void,
      Effect.gen(function*() {
        const emulator = yield* Emulator
        // A first request warms the client up, so the next one is surely sent before it gives up.
        expect(codeOf(yield* queryUserInfos)).toBe(0)
        yield* emulator.faults.set("QueryUserInfos", { fault: Faults.latency(5_000) })
        yield* emulator.requests.reset
        const given = yield* Effect.either(
          Effect.tryPromise(() =>
            fetch(`${emulator.url}/?${signedQuery(emulator, "QueryUserInfos")}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ UserIds: [Seed.users.alice] }),
              // Well after the request is sent, even on a busy machine; well before the answer.
              signal: AbortSignal.timeout(2_000)
            })
          )
        )
        expect(given._tag).toBe("Left")
        // The abort reaches the server asynchronously.
        let entries = yield* emulator.requests.entries
        for (let i = 0; i < 100 && entries.length === 0; i++) {
          yield* sleepReal(20)
          entries = yield* emulator.requests.entries
        }
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({
          action: "QueryUserInfos",
          status: undefined,
          code: undefined,
          clientAborted: true,
          addedLatencyMs: 5_000,
          body: { _tag: "Json", value: { UserIds: [Seed.users.alice] } }
        })
        // Answered requests are not marked aborted.
        yield* emulator.faults.clear()
        expect(codeOf(yield* queryUserInfos)).toBe(0)
        expect((yield* emulator.requests.entries).at(-1)).toMatchObject({ status: 200, clientAborted: false })
      })
    ))

  it.effect("HTTP 5xx with an HTML page or an empty body", () =>
    withFaults(
      setFaults("QueryUserInfos", { fault: Faults.httpError(503, "html") }),
      Effect.gen(function*() {
        const emulator = yield* Emulator
        const html = yield* queryUserInfos
        expect(html.status).toBe(503)
        expect(html.contentType).toContain("text/html")
        expect(html.text).toContain("<html>")
        yield* emulator.faults.set("QueryUserInfos", { fault: Faults.httpError(502, "empty") })
        const empty = yield* queryUserInfos
        expect(empty.status).toBe(502)
        expect(empty.text).toBe("")
        const entries = yield* emulator.requests.entries
        expect(entries.at(-1)).toMatchObject({ status: 502, code: undefined, fault: "HttpError" })
      })
    ))

  it.effect("a dropped connection fails the call, and the server keeps serving", () =>
    withFaults(
      setFaults("QueryUserInfos", { fault: Faults.dropConnection, count: 1 }),
      Effect.gen(function*() {
        const emulator = yield* Emulator
        const dropped = yield* Effect.either(queryUserInfos)
        expect(dropped._tag).toBe("Left")
        const entries = yield* emulator.requests.entries
        expect(entries.at(-1)).toMatchObject({ status: undefined, fault: "DropConnection" })
        expect(codeOf(yield* queryUserInfos)).toBe(0)
      })
    ))

  it.effect("bodies that are not a JSON envelope", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const answerWith = (kind: Faults.MalformedBodyKind) =>
        Effect.zipRight(emulator.faults.set("QueryUserInfos", { fault: Faults.malformedBody(kind) }), queryUserInfos)

      const html = yield* answerWith("html")
      expect(html.status).toBe(200)
      expect(html.contentType).toContain("text/html")
      expect(html.text).toContain("<html>")

      const truncated = yield* answerWith("truncatedJson")
      expect(truncated.status).toBe(200)
      expect(truncated.contentType).toBe("application/json")
      expect(truncated.text.startsWith("{\"Code\":0")).toBe(true)
      expect(() => JSON.parse(truncated.text)).toThrow()

      const empty = yield* answerWith("emptyBody")
      expect(empty.status).toBe(200)
      expect(empty.text).toBe("")

      const wrongTypes = yield* answerWith("wrongTypes")
      expect(JSON.parse(wrongTypes.text)).toEqual({ Code: "0", Message: 0, RequestId: 1234 })

      const missingCode = yield* answerWith("missingCode")
      const missing: unknown = JSON.parse(missingCode.text)
      expect(missing).toMatchObject({ Message: "success" })
      expect(missing).not.toHaveProperty("Code")

      const unknownCode = yield* answerWith("unknownCode")
      expect(codeOf(unknownCode)).toBe(Faults.unknownCode)
      yield* emulator.faults.clear()
    }))

  it.effect("forced rate-limit answers use the product's code", () =>
    withFaults(
      setFaults(Faults.allActions, { fault: Faults.rateLimited }),
      Effect.gen(function*() {
        const emulator = yield* Emulator
        expect(codeOf(yield* queryUserInfos)).toBe(660300005)
        expect(codeOf(yield* describeUsers)).toBe(206)
        const entries = yield* emulator.requests.entries
        expect(entries.at(-1)).toMatchObject({ accepted: false, code: 206, fault: "RateLimited" })
      })
    ))

  it.effect("forced codes", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const code of [660000001, 100000015, 1]) {
        yield* emulator.faults.set("QueryUserInfos", { fault: Faults.forcedCode(code) })
        const reply = yield* queryUserInfos
        expect(reply.status).toBe(200)
        expect(reply.body).toMatchObject({ Code: code })
        expect(typeof reply.body["Message"]).toBe("string")
        expect(typeof reply.body["RequestId"]).toBe("string")
      }
      yield* emulator.faults.set("QueryUserInfos", { fault: Faults.forcedCode(660000001, "injected") })
      expect((yield* queryUserInfos).body).toMatchObject({ Code: 660000001, Message: "injected" })
      yield* emulator.faults.clear("QueryUserInfos")
      expect(codeOf(yield* queryUserInfos)).toBe(0)
    }))

  it.effect("faults target one Action or all of them", () =>
    withFaults(
      setFaults("DescribeUsers", { fault: Faults.forcedCode(1) }),
      Effect.gen(function*() {
        const emulator = yield* Emulator
        expect(codeOf(yield* describeUsers)).toBe(1)
        expect(codeOf(yield* queryUserInfos)).toBe(0)
        yield* emulator.faults.set(Faults.allActions, { fault: Faults.forcedCode(100000015) })
        // The Action's own fault is drawn first.
        expect(codeOf(yield* describeUsers)).toBe(1)
        expect(codeOf(yield* queryUserInfos)).toBe(100000015)
        // Faults apply even to requests the gateway would refuse.
        expect(codeOf(yield* call(emulator, "NoSuchAction"))).toBe(100000015)
      })
    ))

  it.effect("a count limits how often a fault fires", () =>
    withFaults(
      setFaults("QueryUserInfos", { fault: Faults.forcedCode(660000001), count: 2 }),
      Effect.gen(function*() {
        const emulator = yield* Emulator
        const codes = []
        for (let i = 0; i < 5; i++) codes.push(codeOf(yield* queryUserInfos))
        expect(codes).toEqual([660000001, 660000001, 0, 0, 0])
        const [status] = yield* emulator.faults.list
        expect(status).toMatchObject({ target: "QueryUserInfos", fired: 2 })
      })
    ))

  it.effect("a seeded rate fires deterministically; rate 0 never fires", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const pattern = Effect.gen(function*() {
        yield* emulator.faults.set("QueryUserInfos", { fault: Faults.forcedCode(1), rate: 0.5, seed: 7 })
        const codes = []
        for (let i = 0; i < 30; i++) codes.push(codeOf(yield* queryUserInfos))
        return codes
      })
      const first = yield* pattern
      const second = yield* pattern
      expect(second).toEqual(first)
      expect(first.filter((code) => code === 1).length).toBeGreaterThan(5)
      expect(first.filter((code) => code === 0).length).toBeGreaterThan(5)
      yield* emulator.faults.set("QueryUserInfos", { fault: Faults.forcedCode(1), rate: 0 })
      for (let i = 0; i < 10; i++) expect(codeOf(yield* queryUserInfos)).toBe(0)
      yield* emulator.faults.clear()
    }))

  it.effect("invalid fault specifications are refused", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const tooLikely = yield* Effect.flip(
        emulator.faults.set("QueryUserInfos", { fault: Faults.rateLimited, rate: 2 })
      )
      expect(tooLikely._tag).toBe("InvalidFaultSpec")
      const badStatus = yield* Effect.flip(emulator.faults.set("QueryUserInfos", { fault: Faults.httpError(700) }))
      expect(badStatus._tag).toBe("InvalidFaultSpec")
      expect(yield* emulator.faults.list).toEqual([])
    }))

  it.effect("a server clock offset moves the Timestamp check and the Date header", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* emulator.clock.setOffset(11 * 60 * 1000)
      const skewed = yield* queryUserInfos.pipe(Effect.ensuring(emulator.clock.setOffset(0)))
      expect(codeOf(skewed)).toBe(100000004)
      const dateMs = Date.parse(skewed.date ?? "")
      expect(Math.abs(dateMs - (Date.now() + 11 * 60 * 1000))).toBeLessThan(60_000)
      // A client whose clock matches the server's is accepted again.
      yield* emulator.clock.setOffset(-11 * 60 * 1000)
      const matching = yield* post(emulator, "QueryUserInfos", { UserIds: [Seed.users.alice] }, {
        timestamp: Math.floor(Date.now() / 1000) - 11 * 60
      }).pipe(Effect.ensuring(emulator.clock.setOffset(0)))
      expect(codeOf(matching)).toBe(0)
      expect(yield* emulator.clock.offset).toBe(0)
      expect(codeOf(yield* queryUserInfos)).toBe(0)
    }))
})
