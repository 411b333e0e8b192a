/**
 * A real HTTP server on loopback that answers what the test scripts and records what it received:
 * for the pipeline's own tests, where the emulator's faithful behaviour would be in the way.
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export interface Received {
  readonly method: string
  readonly url: URL
  /** Query parameters; repeated keys keep every value. */
  readonly query: ReadonlyMap<string, ReadonlyArray<string>>
  readonly rawQuery: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
  readonly json: unknown
  /** Arrival, from `performance.now()`. */
  readonly at: number
}

export interface Reply {
  readonly status?: number
  /** An object is sent as JSON; a string verbatim. */
  readonly body?: unknown
  readonly headers?: Record<string, string>
  readonly delayMs?: number
  /** Destroy the connection instead of answering. */
  readonly drop?: boolean
}

export type Script = (request: Received, index: number) => Reply

export interface ScriptedServer {
  readonly url: string
  readonly received: Array<Received>
  /** Replaces the script; the request counter restarts. */
  readonly script: (script: Script) => void
}

/** An envelope answer. */
export const envelope = (code: number, fields: Record<string, unknown> = {}, requestId = "rid-1"): Reply => ({
  body: { Code: code, Message: code === 0 ? "success" : `code ${code}`, RequestId: requestId, ...fields }
})

export const make: Effect.Effect<ScriptedServer, never, Scope.Scope> = Effect.acquireRelease(
  Effect.async<{ readonly server: ReturnType<typeof createServer>; readonly state: ScriptedServer }>((resume) => {
    let script: Script = () => envelope(0)
    let counter = 0
    const received: Array<Received> = []
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Array<Buffer> = []
      req.on("data", (c: Buffer) => chunks.push(c))
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1")
        const query = new Map<string, Array<string>>()
        for (const [k, v] of url.searchParams) query.set(k, [...(query.get(k) ?? []), v])
        const body = Buffer.concat(chunks).toString("utf8")
        let json: unknown = undefined
        try {
          json = body === "" ? undefined : JSON.parse(body)
        } catch {
          json = undefined
        }
        const request: Received = {
          method: req.method ?? "",
          url,
          query,
          rawQuery: url.search.slice(1),
          headers: req.headers,
          body,
          json,
          at: performance.now()
        }
        received.push(request)
        const reply = script(request, counter++)
        const send = () => {
          if (reply.drop) {
            req.socket.destroy()
            return
          }
          const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {})
          res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers })
          res.end(text)
        }
        if (reply.delayMs !== undefined && reply.delayMs > 0) setTimeout(send, reply.delayMs)
        else send()
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resume(Effect.succeed({
        server,
        state: {
          url: `http://127.0.0.1:${port}`,
          received,
          script: (next) => {
            script = next
            counter = 0
          }
        }
      }))
    })
  }),
  ({ server }) =>
    Effect.async<void>((resume) => {
      server.closeAllConnections()
      server.close(() => resume(Effect.void))
    })
).pipe(Effect.map(({ state }) => state))
