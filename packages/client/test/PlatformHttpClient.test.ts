/**
 * The send-time guard of the `"platform"` client (issue 14, item 9): its dispatcher does not write a request past
 * the write-by time the pipeline gives it, never sends the header that carries it, and the pipeline then takes a
 * new permit. A loopback server, and a dispatcher whose first connection takes 150 ms to open (a cold client).
 */
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { ZimService } from "@effect-zego/zim"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Undici from "@effect/platform-node/Undici"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import * as PlatformHttpClient from "../src/PlatformHttpClient.js"
import * as ZegoClient from "../src/ZegoClient.js"

const answer = JSON.stringify({ Code: 0, Message: "success", RequestId: "rid", Result: [], ErrorList: [] })

// A server that answers every request at once and keeps the headers it got.
const server = Effect.acquireRelease(
  Effect.async<{ readonly url: string; readonly seen: Array<IncomingHttpHeaders>; readonly close: () => void }>(
    (resume) => {
      const seen: Array<IncomingHttpHeaders> = []
      const http = createServer((request, response) => {
        seen.push(request.headers)
        request.resume()
        request.on("end", () => response.writeHead(200, { "content-type": "application/json" }).end(answer))
      })
      http.listen(0, "127.0.0.1", () => {
        const { port } = http.address() as AddressInfo
        resume(Effect.succeed({
          url: `http://127.0.0.1:${port}`,
          seen,
          close: () => {
            http.closeAllConnections()
            http.close()
          }
        }))
      })
    }
  ),
  ({ close }) => Effect.sync(close)
)

// A dispatcher whose first connection opens `firstDelayMillis` late.
const slowFirstConnection = (firstDelayMillis: number) =>
  Layer.scoped(
    NodeHttpClient.Dispatcher,
    Effect.acquireRelease(
      Effect.sync(() => {
        let first = true
        const connector = Undici.buildConnector({})
        return new Undici.Agent({
          connect: (options, callback) => {
            const delay = first ? firstDelayMillis : 0
            first = false
            setTimeout(() => connector(options, callback), delay)
          }
        })
      }),
      (agent) => Effect.promise(() => agent.destroy())
    )
  )

const client = (url: string, firstDelayMillis: number) =>
  Effect.gen(function*() {
    let permits = 0
    const counting = Layer.effect(
      ZegoRateLimiter.ZegoRateLimiter,
      Effect.map(ZegoRateLimiter.makeMemory, (limiter) => ({
        acquire: (request: ZegoRateLimiter.PermitRequest) =>
          Effect.tap(limiter.acquire(request), () => {
            permits++
          })
      }))
    )
    const context = yield* Layer.build(
      ZegoClient.layerServices().pipe(
        Layer.provide(Layer.mergeAll(
          PlatformHttpClient.layerWithoutDispatcher.pipe(Layer.provide(slowFirstConnection(firstDelayMillis))),
          counting
        )),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
          appId: 1,
          serverSecret: Redacted.make("0123456789abcdef0123456789abcdef"),
          zimBaseUrl: url,
          rtcBaseUrl: url
        }))
      )
    )
    return { zim: Context.get(context, ZimService.ZimService), permits: () => permits }
  })

describe("the platform client's send-time guard", () => {
  it.scopedLive("a request its slow new connection would write late is not written: a new permit, then sent", () =>
    Effect.gen(function*() {
      const { seen, url } = yield* server
      const { permits, zim } = yield* client(url, 150)
      const result = yield* zim.queryUserInfos.withResponse({ UserIds: ["alice"] })
      expect(result.response.attempts).toBe(1)
      // The first permit's request was never written; the second permit's was, on the connection now open.
      expect(permits()).toBe(2)
      expect(seen).toHaveLength(1)
      // The header that carries the write-by time never leaves the client.
      expect(seen.every((headers) => !("x-effect-zego-write-by" in headers))).toBe(true)
    }))

  it.scopedLive("calls succeed and the header never reaches the server", () =>
    Effect.gen(function*() {
      const { seen, url } = yield* server
      const { permits, zim } = yield* client(url, 0)
      yield* zim.queryUserInfos({ UserIds: ["alice"] })
      yield* zim.queryUserInfos({ UserIds: ["bob"] })
      // One permit per request, or more when this busy machine made a write late.
      expect(permits()).toBeGreaterThanOrEqual(2)
      expect(seen).toHaveLength(2)
      expect(seen.every((headers) => !("x-effect-zego-write-by" in headers))).toBe(true)
    }))
})
