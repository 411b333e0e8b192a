/**
 * The thin undici client against a real server on loopback: what `execute` sends and returns, failures,
 * and that interruption and the direct exchange's timeout abort the request on the wire.
 */
import { DirectExchange } from "@effect-zego/core"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import * as UndiciHttpClient from "../src/UndiciHttpClient.js"

interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
}

interface Server {
  readonly url: string
  readonly seen: Array<Seen>
  /** Done when a request's connection closes before its answer was sent. */
  readonly aborted: Deferred.Deferred<void>
}

/** A loopback server; `handle` answers (or not); every request, and the first aborted one, is recorded. */
const server = (
  handle: (request: IncomingMessage, body: string, response: ServerResponse) => void
): Effect.Effect<Server, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.async<{ readonly state: Server; readonly http: ReturnType<typeof createServer> }>((resume) => {
        const seen: Array<Seen> = []
        const aborted = Deferred.unsafeMake<void>(FiberId.none)
        const http = createServer((request, response) => {
          const chunks: Array<Buffer> = []
          request.on("data", (chunk: Buffer) => chunks.push(chunk))
          request.on("end", () => {
            const body = Buffer.concat(chunks).toString("utf8")
            seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body })
            handle(request, body, response)
          })
          response.on("close", () => {
            if (!response.writableFinished) Deferred.unsafeDone(aborted, Exit.void)
          })
        })
        http.listen(0, "127.0.0.1", () => {
          const { port } = http.address() as AddressInfo
          resume(Effect.succeed({ state: { url: `http://127.0.0.1:${port}`, seen, aborted }, http }))
        })
      }),
      ({ http }) =>
        Effect.sync(() => {
          http.closeAllConnections()
          http.close()
        })
    ),
    ({ state }) => state
  )

const client: Effect.Effect<HttpClient.HttpClient, never, Scope.Scope> = Effect.map(
  Layer.build(UndiciHttpClient.layer),
  (context) => Context.get(context, HttpClient.HttpClient)
)

describe("UndiciHttpClient", () => {
  it.scopedLive("execute: method, path, query, headers and body go out; status, headers and body come back", () =>
    Effect.gen(function*() {
      const { seen, url } = yield* server((_, body, response) => {
        response.writeHead(201, { "content-type": "application/json", "x-echo": "yes", "set-cookie": "a=1" })
        response.end(JSON.stringify({ got: body }))
      })
      const http = yield* client
      const response = yield* http.execute(
        HttpClientRequest.post(`${url}/path?x=1`).pipe(
          HttpClientRequest.setHeader("x-custom", "v"),
          HttpClientRequest.bodyText("héllo", "text/plain")
        )
      )
      expect(response.status).toBe(201)
      expect(response.headers["x-echo"]).toBe("yes")
      expect(response.cookies.cookies["a"]?.value).toBe("1")
      expect(yield* response.json).toEqual({ got: "héllo" })
      expect(yield* response.text).toBe(JSON.stringify({ got: "héllo" }))
      expect(seen[0]).toMatchObject({ method: "POST", url: "/path?x=1", body: "héllo" })
      expect(seen[0]?.headers["x-custom"]).toBe("v")
      expect(seen[0]?.headers["content-type"]).toBe("text/plain")
      const get = yield* http.get(`${url}/other`, { urlParams: { q: "a b" } })
      expect(get.status).toBe(201)
      expect(seen[1]).toMatchObject({ method: "GET", url: "/other?q=a+b", body: "" })
    }))

  it.scopedLive("a refused connection is a RequestError; a body cut short is a ResponseError", () =>
    Effect.gen(function*() {
      const http = yield* client
      const refused = yield* Effect.flip(http.get("http://127.0.0.1:1/"))
      expect(refused._tag).toBe("RequestError")
      const { url } = yield* server((_, __, response) => {
        response.writeHead(200, { "content-length": "100" })
        response.write("partial")
        setTimeout(() => response.destroy(), 20)
      })
      const cut = yield* Effect.flip(http.get(url))
      expect(cut._tag).toBe("ResponseError")
    }))

  it.scopedLive("interrupting execute aborts the request on the wire", () =>
    Effect.gen(function*() {
      const { aborted, seen, url } = yield* server(() => {})
      const http = yield* client
      const fiber = yield* Effect.fork(http.get(url))
      while (seen.length === 0) yield* Effect.sleep("5 millis")
      yield* Fiber.interrupt(fiber)
      yield* Deferred.await(aborted).pipe(Effect.timeout("10 seconds"))
    }))

  it.scopedLive("the direct exchange: the whole answer, or undefined and an aborted request after its timeout", () =>
    Effect.gen(function*() {
      const { aborted, seen, url } = yield* server((request, _, response) => {
        if (request.url?.startsWith("/slow") === true) return
        response.writeHead(200, { "x-a": "b" })
        response.end("{\"Code\":0}")
      })
      const http = yield* client
      const exchange = DirectExchange.of(http)
      expect(exchange).toBeDefined()
      if (exchange === undefined) return
      const origin = url
      // Time enough for a busy machine: only the /slow exchange below is meant to time out.
      const answer = yield* exchange({
        origin,
        path: "/?A=1",
        method: "POST",
        body: "{\"x\":1}",
        timeoutMillis: 10_000
      })
      expect(answer).toMatchObject({ status: 200, text: "{\"Code\":0}" })
      expect(
        answer !== undefined && answer !== DirectExchange.late && !(answer instanceof DirectExchange.TooLarge)
          ? answer.headers["x-a"]
          : undefined
      ).toBe("b")
      expect(seen[0]).toMatchObject({ method: "POST", url: "/?A=1", body: "{\"x\":1}" })
      expect(seen[0]?.headers["content-type"]).toBe("application/json")
      const timedOut = yield* exchange({ origin, path: "/slow", method: "GET", body: undefined, timeoutMillis: 50 })
      expect(timedOut).toBeUndefined()
      yield* Deferred.await(aborted).pipe(Effect.timeout("10 seconds"))
      const refused = yield* Effect.flip(
        exchange({ origin: "http://127.0.0.1:1", path: "/", method: "GET", body: undefined, timeoutMillis: 2000 })
      )
      expect(refused._tag).toBe("RequestError")
    }))

  it.scopedLive("the direct exchange does not write a request that is past its writeBy: late, nothing sent", () =>
    Effect.gen(function*() {
      const { seen, url } = yield* server((_, __, response) => response.end("{\"Code\":0}"))
      const exchange = DirectExchange.of(yield* client)
      if (exchange === undefined) return expect.fail("no direct exchange")
      const request = { origin: url, path: "/?A=1", method: "GET", body: undefined, timeoutMillis: 2000 } as const
      // A fresh connection, and one kept alive: neither writes a late request.
      expect(yield* exchange({ ...request, writeBy: Date.now() - 1 })).toBe(DirectExchange.late)
      expect(seen).toHaveLength(0)
      expect(yield* exchange(request)).toMatchObject({ status: 200 })
      expect(yield* exchange({ ...request, writeBy: Date.now() - 1 })).toBe(DirectExchange.late)
      expect(seen).toHaveLength(1)
      // On time: written and answered.
      expect(yield* exchange({ ...request, writeBy: Date.now() + 60_000 })).toMatchObject({ status: 200 })
      expect(seen).toHaveLength(2)
    }))

  it.scopedLive("a client made by a combinator has no direct exchange: the pipeline goes through execute", () =>
    Effect.gen(function*() {
      const http = yield* client
      expect(DirectExchange.of(http.pipe(HttpClient.mapRequest((r) => r)))).toBeUndefined()
    }))
})
