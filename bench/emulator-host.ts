/**
 * The emulator as its own process (pinned to the server core), for P2 and P3: its arrival times are then
 * not delayed by the client's work on the same event loop. Beside the emulator it serves a small control
 * endpoint: `POST /reset` empties the request log and the rate-limit history, `GET /log` returns the
 * QueryUserInfos entries. Prints `{"url": …, "control": …}` once both listen.
 *
 * `node … bench/emulator-host.js [seededUsers]`
 *
 * @since 0.1.0
 */
import { Emulator, Seed } from "@effect-zego/emulator"
import * as Effect from "effect/Effect"
import * as Http from "node:http"
import { benchUserId, type LogEntry } from "./lib/fixture.js"

const seeded = Number(process.argv[2] ?? 0)
const seed: Seed.SeedData = {
  ...Seed.defaultSeed,
  users: [
    ...Seed.defaultSeed.users,
    ...Array.from({ length: seeded }, (_, i) => ({
      UserId: benchUserId(i),
      UserName: `User ${i}`,
      UserAvatar: "",
      Extra: "",
      Status: "loggedIn" as const
    }))
  ]
}

const idsOf = (body: unknown): number => {
  if (typeof body !== "object" || body === null || !("_tag" in body) || body._tag !== "Json") return 0
  const value: unknown = "value" in body ? body.value : undefined
  const ids: unknown = typeof value === "object" && value !== null && "UserIds" in value ? value.UserIds : undefined
  return Array.isArray(ids) ? ids.length : 0
}

const main = Effect.gen(function*() {
  const emulator = yield* Emulator
  const control = Http.createServer((request, response) => {
    const run = request.method === "POST" && request.url === "/reset"
      ? Effect.as(Effect.zipRight(emulator.requests.reset, emulator.rateLimits.reset), [] as ReadonlyArray<LogEntry>)
      : Effect.map(
        emulator.requests.entries,
        (entries) =>
          entries.filter((e) => e.action === "QueryUserInfos").map((e): LogEntry => ({
            monotonicMs: e.monotonicMs,
            accepted: e.accepted,
            ids: idsOf(e.body)
          }))
      )
    void Effect.runPromise(run).then((entries) => {
      response.writeHead(200, { "content-type": "application/json" })
      response.end(JSON.stringify(entries))
    })
  })
  yield* Effect.async<void>((resume) => {
    control.listen(0, "127.0.0.1", () => resume(Effect.void))
  })
  const address = control.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  process.stdout.write(`${JSON.stringify({ url: emulator.url, control: `http://127.0.0.1:${port}` })}\n`)
  process.on("SIGTERM", () => process.exit(0))
  return yield* Effect.never
})

void Effect.runPromise(
  main.pipe(Effect.provide(Emulator.layer({ rateLimits: "documented", seed })), Effect.scoped, Effect.orDie)
)
