/**
 * The send-time guard: a request that would be written to its connection too long after its rate-limit permit
 * (a slow new connection, a stalled process) is not written; the call takes a new permit and sends it then,
 * within the same attempt. Without it, a late first request lands within one second of the requests of the
 * next N permits, and the server rejects one (BENCHMARKS.md, P2 and P4).
 */
import { ZegoClient } from "@effect-zego/client"
import { CallOptions, DirectExchange, ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { ZimService } from "@effect-zego/zim"
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

const answer: DirectExchange.Response = {
  status: 200,
  headers: Headers.empty,
  text: JSON.stringify({ Code: 0, Message: "success", RequestId: "rid", Result: [], ErrorList: [] })
}

/** A client whose direct exchange answers `late` the first `lateTimes` times it is asked with a `writeBy`. */
const setup = (lateTimes: number) =>
  Effect.gen(function*() {
    const requests: Array<DirectExchange.Request> = []
    let permits = 0
    const exchange: DirectExchange.Exchange = (request) =>
      Effect.sync(() => {
        requests.push(request)
        const late = request.writeBy !== undefined && requests.length <= lateTimes
        return late ? DirectExchange.late : answer
      })
    const http = Object.assign(
      HttpClient.make(() => Effect.dieMessage("the pipeline should take the direct exchange")),
      { [DirectExchange.TypeId]: exchange }
    )
    const limiter = ZegoRateLimiter.ZegoRateLimiter.of({
      acquire: () =>
        Effect.sync(() => {
          permits++
          return 0
        })
    })
    const context = yield* Layer.build(
      ZegoClient.layerServices().pipe(
        Layer.provide(Layer.succeed(HttpClient.HttpClient, http)),
        Layer.provide(Layer.succeed(ZegoRateLimiter.ZegoRateLimiter, limiter)),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
          appId: 1,
          serverSecret: Redacted.make("0123456789abcdef0123456789abcdef"),
          zimBaseUrl: "http://127.0.0.1:1",
          rtcBaseUrl: "http://127.0.0.1:1"
        }))
      )
    )
    return { zim: Context.get(context, ZimService.ZimService), requests, permits: () => permits }
  })

describe("a request late for its permit", () => {
  it.scopedLive("is not sent: the call takes a new permit and sends it then, in the same attempt", () =>
    Effect.gen(function*() {
      const { permits, requests, zim } = yield* setup(1)
      const result = yield* zim.queryUserInfos.withResponse({ UserIds: ["alice"] })
      expect(result.response.attempts).toBe(1)
      expect(permits()).toBe(2)
      expect(requests).toHaveLength(2)
      // Each exchange is bound to its own permit: at most the safety margin (20 ms by default) after it.
      for (const request of requests) {
        expect(request.writeBy).toBeGreaterThan(Date.now() - 60_000)
        expect(request.writeBy).toBeLessThanOrEqual(Date.now() + 20)
      }
    }))

  it.scopedLive("twice at most: the third time it is sent however late, and the call succeeds", () =>
    Effect.gen(function*() {
      const { permits, requests, zim } = yield* setup(Infinity)
      yield* zim.queryUserInfos({ UserIds: ["alice"] })
      expect(permits()).toBe(3)
      expect(requests.map((r) => r.writeBy === undefined)).toEqual([false, false, true])
    }))

  it.scopedLive("without a rate limit there is no permit to be late for", () =>
    Effect.gen(function*() {
      const { permits, requests, zim } = yield* setup(Infinity)
      yield* zim.queryUserInfos({ UserIds: ["alice"] }).pipe(CallOptions.withCallOptions({ rateLimit: false }))
      expect(permits()).toBe(0)
      expect(requests.map((r) => r.writeBy)).toEqual([undefined])
    }))
})

/**
 * Issue 14, item 8: a cold client (a new connection, a busy process) writes its first requests late, over the
 * real in-memory limiter. Each request is late the first time its body is seen (the stub's slow connection),
 * on time after that.
 */
const coldClient = Effect.gen(function*() {
  const seen = new Set<string>()
  const answered: Array<string> = []
  const exchange: DirectExchange.Exchange = (request) =>
    Effect.sync(() => {
      const body = request.body ?? ""
      if (request.writeBy !== undefined && !seen.has(body)) {
        seen.add(body)
        return DirectExchange.late
      }
      answered.push(body)
      return answer
    })
  const http = Object.assign(
    HttpClient.make(() => Effect.dieMessage("the pipeline should take the direct exchange")),
    { [DirectExchange.TypeId]: exchange }
  )
  const context = yield* Layer.build(
    ZegoClient.layerServices().pipe(
      Layer.provide(Layer.succeed(HttpClient.HttpClient, http)),
      Layer.provide(ZegoRateLimiter.ZegoRateLimiter.layerMemory),
      Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
        appId: 1,
        serverSecret: Redacted.make("0123456789abcdef0123456789abcdef"),
        zimBaseUrl: "http://127.0.0.1:1",
        rtcBaseUrl: "http://127.0.0.1:1",
        callOptions: { rateLimit: { onExceeded: "fail" } }
      }))
    )
  )
  return { zim: Context.get(context, ZimService.ZimService), answered }
})

describe("onExceeded: \"fail\" means no permit is free now, never \"my own late write took it\"", () => {
  it.scopedLive("a single call on a cold client succeeds: its late write waits for the next permit", () =>
    Effect.gen(function*() {
      const { answered, zim } = yield* coldClient
      const result = yield* zim.queryUserInfos.withResponse({ UserIds: ["alice"] })
      expect(result.response.attempts).toBe(1)
      expect(answered).toHaveLength(1)
    }))

  it.scopedLive("30 concurrent calls on a cold client: every call granted a permit succeeds, the rest fail at once", () =>
    Effect.gen(function*() {
      const { answered, zim } = yield* coldClient
      const results = yield* Effect.forEach(
        Array.from({ length: 30 }, (_, i) => `user-${i}`),
        (id) => Effect.either(zim.queryUserInfos({ UserIds: [id] })),
        { concurrency: "unbounded" }
      )
      const succeeded = results.filter((r) => r._tag === "Right")
      // The first caller finds the key's permit free: its late write does not make it fail.
      expect(succeeded.length).toBeGreaterThanOrEqual(1)
      expect(answered).toHaveLength(succeeded.length)
      // Every other caller found no permit free and sent nothing.
      for (const r of results) if (r._tag === "Left") expect(r.left._tag).toBe("RateLimitWaitExceeded")
    }))
})
