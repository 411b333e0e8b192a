/**
 * The pipeline under `TestClock`, over a stub `HttpClient` (unit level; the loopback suites in /test
 * cover the real HTTP client): backoff delays, the deadline and the permit spacing are exact.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { describe, expect, it } from "@effect/vitest"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as TestClock from "effect/TestClock"
import * as Action from "../src/Action.js"
import type * as CallOptions from "../src/CallOptions.js"
import { Signer } from "../src/Signer.js"
import { ZegoConfig } from "../src/ZegoConfig.js"
import * as ZegoError from "../src/ZegoError.js"
import { ZegoRateLimiter } from "../src/ZegoRateLimiter.js"
import { ZegoTransport } from "../src/ZegoTransport.js"

class Busy extends ZegoError.ApiError<Busy>()("Busy", { meaning: "busy", retry: "transient" }) {}

const Ping = Action.make({
  product: "zim",
  name: "Ping",
  method: "POST",
  request: Schema.Struct({ Id: Schema.String }),
  response: Schema.Struct({ Pong: Schema.optionalWith(Schema.String, { default: () => "" }) }),
  qps: 20,
  idempotent: true,
  errors: { 1: Busy, 660300005: ZegoError.AppRateLimited }
})

/** A stub server: answers each request with the next code of the script, recording the TestClock time. */
const stub = (codes: ReadonlyArray<number>) => {
  const at: Array<number> = []
  const client = HttpClient.make((request) =>
    Effect.map(Clock.currentTimeMillis, (now) => {
      const code = codes[Math.min(at.length, codes.length - 1)] ?? 0
      at.push(now)
      return HttpClientResponse.fromWeb(
        request,
        new Response(JSON.stringify({ Code: code, Message: "", RequestId: `rid-${at.length}`, Pong: "pong" }))
      )
    })
  )
  return { at, client: Layer.succeed(HttpClient.HttpClient, client) }
}

const transport = (http: Layer.Layer<HttpClient.HttpClient>, callOptions: CallOptions.CallOptions) =>
  ZegoTransport.layer.pipe(
    Layer.provide(Layer.mergeAll(http, ZegoRateLimiter.layerMemory, Signer.layer)),
    Layer.provide(
      ZegoConfig.layer({
        appId: 1,
        serverSecret: Redacted.make("0123456789abcdef0123456789abcdef"),
        zimBaseUrl: "http://zim.invalid",
        callOptions
      })
    )
  )

const noJitter: Partial<CallOptions.RetryPolicy> = {
  jitter: false,
  baseDelay: "100 millis",
  throttledBaseDelay: "1 second",
  maxDelay: "3 seconds"
}

describe("ZegoTransport under TestClock", () => {
  it.effect("transient failures back off exponentially from the base, capped", () =>
    Effect.gen(function*() {
      const { at, client } = stub([1, 1, 1, 1, 1, 0])
      const call = yield* Effect.fork(
        Effect.flatMap(ZegoTransport, (t) => t.callWithResponse(Ping, { Id: "a" })).pipe(
          Effect.provide(transport(client, { retry: { ...noJitter, maxAttempts: 6, maxDelay: "500 millis" } }))
        )
      )
      yield* TestClock.adjust("10 seconds")
      const result = yield* Fiber.join(call)
      expect(result.response.attempts).toBe(6)
      expect(at.slice(1).map((t, i) => t - (at[i] ?? 0))).toEqual([100, 200, 400, 500, 500])
    }))

  it.effect("rate-limit codes back off from the longer throttled base", () =>
    Effect.gen(function*() {
      const { at, client } = stub([660300005, 660300005, 0])
      const call = yield* Effect.fork(
        Effect.flatMap(ZegoTransport, (t) => t.call(Ping, { Id: "a" })).pipe(
          Effect.provide(transport(client, { retry: noJitter }))
        )
      )
      yield* TestClock.adjust("10 seconds")
      yield* Fiber.join(call)
      expect(at.slice(1).map((t, i) => t - (at[i] ?? 0))).toEqual([1000, 2000])
    }))

  it.effect("jitter keeps each backoff within ±20% of the schedule", () =>
    Effect.gen(function*() {
      const { at, client } = stub([1, 1, 1, 0])
      const call = yield* Effect.fork(
        Effect.flatMap(ZegoTransport, (t) => t.call(Ping, { Id: "a" })).pipe(
          Effect.provide(transport(client, { retry: { ...noJitter, jitter: true } }))
        )
      )
      yield* TestClock.adjust("10 seconds")
      yield* Fiber.join(call)
      const gaps = at.slice(1).map((t, i) => t - (at[i] ?? 0))
      ;[100, 200, 400].forEach((expected, i) => {
        expect(gaps[i]).toBeGreaterThanOrEqual(expected * 0.8)
        expect(gaps[i]).toBeLessThanOrEqual(expected * 1.2)
      })
    }))

  it.effect("the deadline cuts the retries short with DeadlineExceeded naming the last failure", () =>
    Effect.gen(function*() {
      const { at, client } = stub([1])
      const call = yield* Effect.fork(
        Effect.flip(Effect.flatMap(ZegoTransport, (t) => t.call(Ping, { Id: "a" }))).pipe(
          Effect.provide(transport(client, { deadline: "350 millis", retry: { ...noJitter, maxAttempts: 10 } }))
        )
      )
      yield* TestClock.adjust("10 seconds")
      const error = yield* Fiber.join(call)
      expect(error).toBeInstanceOf(ZegoError.DeadlineExceeded)
      expect(at).toEqual([0, 100, 300])
      if (error instanceof ZegoError.DeadlineExceeded) {
        expect(error.attempts).toBe(3)
        expect(error.lastError).toContain("busy")
      }
    }))

  it.effect("concurrent calls are spaced by the permit interval", () =>
    Effect.gen(function*() {
      const { at, client } = stub([0])
      const calls = yield* Effect.fork(
        Effect.flatMap(ZegoTransport, (t) =>
          Effect.forEach(Array.from({ length: 5 }), () => t.call(Ping, { Id: "a" }), { concurrency: "unbounded" }))
          .pipe(
            Effect.provide(transport(client, {}))
          )
      )
      yield* TestClock.adjust("10 seconds")
      yield* Fiber.join(calls)
      expect(at).toEqual([0, 51, 102, 153, 204])
    }))
})
