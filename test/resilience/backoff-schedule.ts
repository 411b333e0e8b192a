/**
 * The backoff between attempts, exactly, under `TestClock`: a stub `HttpClient` answers a scripted sequence of
 * failures and records the (virtual) time of every attempt, so the waits between attempts are the schedule's
 * delays to the millisecond: base 100 ms (1 s after a rate-limit code), doubling per retry, capped, with or
 * without jitter, and the delay the client reports (debug log `zego.backoff_ms`) is the one it waited.
 */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { ZimService } from "@effect-zego/zim"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { describe, expect, it } from "@effect/vitest"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Random from "effect/Random"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import { typedFailure } from "./support.js"

type Answer = { readonly code: number } | { readonly status: number }

/** A client over a stub HTTP client that answers `script` in order (then success) and records attempt times. */
const stubbed = (script: ReadonlyArray<Answer>, callOptions: CallOptions.CallOptions) =>
  Effect.gen(function*() {
    const times: Array<number> = []
    const http = HttpClient.make((request) =>
      Effect.map(Clock.currentTimeMillis, (now) => {
        const answer = script[times.length] ?? { code: 0 }
        times.push(now)
        const response = "status" in answer
          ? new Response("<html><body>bad gateway</body></html>", { status: answer.status })
          : new Response(JSON.stringify({ Code: answer.code, Message: "", RequestId: `rid-${times.length}` }), {
            status: 200,
            headers: { "content-type": "application/json" }
          })
        return HttpClientResponse.fromWeb(request, response)
      })
    )
    const context = yield* Layer.build(
      ZegoClient.layerServices().pipe(
        Layer.provide(Layer.succeed(HttpClient.HttpClient, http)),
        Layer.provide(ZegoRateLimiter.ZegoRateLimiter.layerMemory),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
          appId: 12345,
          serverSecret: Redacted.make("9193cc662a4c0ec135ec71fb57194b38"),
          zimBaseUrl: "http://zim.invalid",
          rtcBaseUrl: "http://rtc.invalid",
          callOptions: { rateLimit: false, deadline: "none", ...callOptions }
        }))
      )
    ).pipe(Effect.orDie)
    return { zim: Context.get(context, ZimService.ZimService), times }
  })

/** Runs a call to its end, moving the TestClock, and collects the backoffs it logged. */
const runCall = <A, E>(call: Effect.Effect<A, E>) =>
  Effect.gen(function*() {
    const logged: Array<number> = []
    const logger = Logger.make(({ annotations }) => {
      for (const [key, value] of annotations) {
        if (key === "zego.backoff_ms" && typeof value === "number") logged.push(value)
      }
    })
    const fiber = yield* call.pipe(
      Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
      Logger.withMinimumLogLevel(LogLevel.Debug),
      Effect.exit,
      Effect.fork
    )
    // One adjustment runs every sleep due within it, in order.
    yield* TestClock.adjust("10 minutes")
    const exit = yield* Fiber.join(fiber)
    return { exit, logged }
  })

const gaps = (times: ReadonlyArray<number>) => times.slice(1).map((t, i) => t - (times[i] ?? 0))

describe("backoff schedule under TestClock", () => {
  it.scoped("without jitter: 100 ms doubling per retry, 1 s base after a rate-limit code", () =>
    Effect.gen(function*() {
      // transient, throttled, HTTP 502 page (transient), transient, then success.
      const { times, zim } = yield* stubbed(
        [{ code: 660000001 }, { code: 660300005 }, { status: 502 }, { code: 1 }],
        { retry: { jitter: false, maxAttempts: 5 } }
      )
      const { exit, logged } = yield* runCall(zim.queryUserInfos.withResponse({ UserIds: ["alice"] }))
      expect(Exit.isSuccess(exit) && exit.value.response.attempts).toBe(5)
      // The exponent counts retries of the call; the base depends on the failure's class.
      expect(gaps(times)).toEqual([100, 1000 * 2, 100 * 4, 100 * 8])
      expect(logged).toEqual(gaps(times))
    }))

  it.scoped("the cap: no single wait beyond maxDelay (5 s)", () =>
    Effect.gen(function*() {
      const { times, zim } = yield* stubbed(
        Array.from({ length: 8 }, () => ({ code: 660000001 })),
        { retry: { jitter: false, maxAttempts: 9 } }
      )
      const { exit } = yield* runCall(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(Exit.isSuccess(exit)).toBe(true)
      expect(gaps(times)).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000])
    }))

  it.scoped("with jitter: each wait within ±20 % of the schedule's, and the one reported", () =>
    Effect.gen(function*() {
      const script: ReadonlyArray<Answer> = [
        { code: 660300005 },
        { code: 660000001 },
        { status: 503 },
        { code: 660300005 },
        { code: 660000001 }
      ]
      const { times, zim } = yield* stubbed(script, { retry: { maxAttempts: 6 } })
      const { exit, logged } = yield* runCall(zim.queryUserInfos({ UserIds: ["alice"] })).pipe(
        Effect.withRandom(Random.make(7))
      )
      expect(Exit.isSuccess(exit)).toBe(true)
      const raw = [1000, 100 * 2, 100 * 4, Math.min(5000, 1000 * 8), 100 * 16]
      const waited = gaps(times)
      expect(waited).toHaveLength(raw.length)
      waited.forEach((w, i) => {
        const r = raw[i] ?? 0
        expect(w).toBeGreaterThanOrEqual(Math.floor(r * 0.8))
        expect(w).toBeLessThanOrEqual(Math.ceil(r * 1.2))
      })
      expect(logged).toEqual(waited)
      // Jitter really varies the waits.
      expect(waited.some((w, i) => w !== raw[i])).toBe(true)
    }))

  it.scoped("the default budget: 4 attempts, then the last attempt's tagged error", () =>
    Effect.gen(function*() {
      const { times, zim } = yield* stubbed(
        Array.from({ length: 10 }, () => ({ code: 660000001 })),
        { retry: { jitter: false } }
      )
      const { exit } = yield* runCall(zim.queryUserInfos({ UserIds: ["alice"] }))
      expect(times).toHaveLength(4)
      expect(gaps(times)).toEqual([100, 200, 400])
      expect(typedFailure(exit)).toMatchObject({ _tag: "ServerError", code: 660000001, requestId: "rid-4" })
    }))
})
