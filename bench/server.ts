/**
 * The minimal fixed-answer server of P1 / P5 / P6: any request gets the same successful QueryUserInfos
 * envelope, with keep-alive. Run it as its own process (pinned to another core); it prints
 * `{"url": ...}` once it listens.
 *
 * @since 0.1.0
 */
import * as Http from "node:http"
import { fixedAnswer } from "./lib/fixture.js"

const body = Buffer.from(fixedAnswer)
const headers = { "content-type": "application/json; charset=utf-8", "content-length": String(body.length) }

const server = Http.createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  request.on("data", () => {})
  request.on("end", () => {
    response.writeHead(200, headers)
    response.end(body)
  })
})
server.keepAliveTimeout = 60_000
server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`)
})
process.on("SIGTERM", () => server.close(() => process.exit(0)))
