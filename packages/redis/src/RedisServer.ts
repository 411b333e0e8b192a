/**
 * A throwaway `redis-server` for tests and benchmarks: started on a free loopback port without persistence,
 * stopped (like a crash) and started again on the same port on demand, killed when the scope closes.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { type ChildProcess, spawn } from "node:child_process"
import { accessSync, constants } from "node:fs"
import * as Net from "node:net"
import * as Path from "node:path"

/**
 * The name of the binary looked up on `PATH`.
 *
 * @since 0.1.0
 * @category constants
 */
export const binaryName = "redis-server"

/**
 * `redis-server` could not be started, or did not answer.
 *
 * @since 0.1.0
 * @category errors
 */
export class RedisServerError extends Data.TaggedError("RedisServerError")<{ readonly reason: string }> {
  override get message(): string {
    return `redis-server: ${this.reason}`
  }
}

/**
 * The path of the `redis-server` binary: `REDIS_SERVER_BIN` if set, else the first executable
 * `redis-server` on `PATH`; `undefined` when there is none.
 *
 * @since 0.1.0
 * @category utils
 */
export const findBinary = (): string | undefined => {
  const executable = (path: string) => {
    try {
      accessSync(path, constants.X_OK)
      return true
    } catch {
      return false
    }
  }
  const explicit = process.env["REDIS_SERVER_BIN"]
  if (explicit !== undefined && explicit !== "") return executable(explicit) ? explicit : undefined
  for (const dir of (process.env["PATH"] ?? "").split(Path.delimiter)) {
    if (dir === "") continue
    const candidate = Path.join(dir, binaryName)
    if (executable(candidate)) return candidate
  }
  return undefined
}

/**
 * A running (or stopped) server.
 *
 * @since 0.1.0
 * @category models
 */
export interface RedisServer {
  readonly port: number
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string
  readonly isRunning: Effect.Effect<boolean>
  /** Kills the server with SIGKILL (a crash: connections are reset) and waits for it to exit. */
  readonly stop: Effect.Effect<void>
  /** Starts it again, empty, on the same port, and waits until it answers PING. */
  readonly start: Effect.Effect<void, RedisServerError>
  /** Freezes it with SIGSTOP: connections stay open and nothing answers (a hung server, a partition). */
  readonly pause: Effect.Effect<void>
  /** Lets a paused server go on with SIGCONT. */
  readonly resume: Effect.Effect<void>
}

const freePort: Effect.Effect<number, RedisServerError> = Effect.async((resume) => {
  const server = Net.createServer()
  server.once("error", (error) => resume(Effect.fail(new RedisServerError({ reason: error.message }))))
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

/** One PING over a raw connection: true on `+PONG`. */
const pingOnce = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = Net.connect({ port, host: "127.0.0.1" })
    let answer = ""
    const finish = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(500, () => finish(false))
    socket.once("error", () => finish(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8")
      if (answer.includes("\r\n")) finish(answer.startsWith("+PONG"))
    })
  })

const exited = (child: ChildProcess): Effect.Effect<void> =>
  Effect.async((resume) => {
    if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.void)
    child.once("exit", () => resume(Effect.void))
  })

/**
 * Starts `redis-server --port <free port> --save "" --appendonly no` on 127.0.0.1 and waits for its PONG; the
 * scope's end kills it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: { readonly binary?: string | undefined; readonly startTimeout?: Duration.DurationInput | undefined } = {}
): Effect.Effect<RedisServer, RedisServerError, Scope.Scope> =>
  Effect.gen(function*() {
    const binary = options.binary ?? findBinary()
    if (binary === undefined) {
      return yield* new RedisServerError({ reason: `no ${binaryName} binary on PATH (nor REDIS_SERVER_BIN)` })
    }
    const startTimeoutMillis = Duration.toMillis(Duration.decode(options.startTimeout ?? "10 seconds"))
    const port = yield* freePort
    let child: ChildProcess | undefined

    const stop: Effect.Effect<void> = Effect.suspend(() => {
      const current = child
      child = undefined
      if (current === undefined) return Effect.void
      current.kill("SIGKILL")
      return exited(current)
    })

    const start: Effect.Effect<void, RedisServerError> = Effect.gen(function*() {
      yield* stop
      let output = ""
      const spawned = spawn(
        binary,
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
        { stdio: ["ignore", "pipe", "pipe"] }
      )
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString("utf8")).slice(-2000)
      }
      spawned.stdout?.on("data", keep)
      spawned.stderr?.on("data", keep)
      let spawnError: string | undefined
      spawned.once("error", (error) => {
        spawnError = error.message
      })
      child = spawned
      const deadline = Date.now() + startTimeoutMillis
      while (true) {
        if (spawnError !== undefined || spawned.exitCode !== null || spawned.signalCode !== null) {
          child = undefined
          return yield* new RedisServerError({
            reason: `exited before answering on port ${port}: ${spawnError ?? output.trim()}`
          })
        }
        if (yield* Effect.promise(() => pingOnce(port))) return
        if (Date.now() > deadline) {
          yield* stop
          return yield* new RedisServerError({ reason: `no PONG on port ${port} within ${startTimeoutMillis} ms` })
        }
        yield* Effect.sleep(Duration.millis(50))
      }
    })

    yield* Effect.addFinalizer(() => stop)
    yield* start
    return {
      port,
      url: `redis://127.0.0.1:${port}`,
      isRunning: Effect.sync(() => child !== undefined),
      stop,
      start,
      pause: Effect.sync(() => void child?.kill("SIGSTOP")),
      resume: Effect.sync(() => void child?.kill("SIGCONT"))
    }
  })
