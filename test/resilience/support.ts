/**
 * Shared pieces of the resilience suite: the client wired to an emulator, a TCP proxy that counts the
 * connections a client keeps open, log capture, polling, and checks of the Exit of a call.
 */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import { ZegoConfig, ZegoError, ZegoRateLimiter } from "@effect-zego/core"
import type { EmulatorService } from "@effect-zego/emulator"
import type { RequestRecord } from "@effect-zego/emulator/RequestLog"
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Undici from "@effect/platform-node/Undici"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as List from "effect/List"
import * as Logger from "effect/Logger"
import type * as Scope from "effect/Scope"
import { createServer, type Socket } from "node:net"
import { connect } from "node:net"
import type { AddressInfo } from "node:net"
import { inspect } from "node:util"

/** The services a test works with. */
export interface Client {
  readonly zim: ZimService.ZimService["Type"]
  readonly rtc: RtcService.RtcService["Type"]
  readonly config: ZegoConfig.ZegoConfig["Type"]
}

const servicesOf = (
  context: Context.Context<ZimService.ZimService | RtcService.RtcService | ZegoConfig.ZegoConfig>
) => ({
  zim: Context.get(context, ZimService.ZimService),
  rtc: Context.get(context, RtcService.RtcService),
  config: Context.get(context, ZegoConfig.ZegoConfig)
})

/**
 * The whole client (`ZegoClient.layer`) pointed at an emulator (or at `url`, e.g. a proxy in front of it),
 * with the emulator's credentials, built in the current scope.
 */
export const clientOf = (
  emulator: EmulatorService,
  callOptions: CallOptions.CallOptions,
  url: string = emulator.url
): Effect.Effect<Client, never, Scope.Scope> =>
  Layer.build(
    ZegoClient.layer({
      appId: emulator.appId,
      serverSecret: emulator.serverSecret,
      zimBaseUrl: url,
      rtcBaseUrl: url,
      callOptions
    })
  ).pipe(Effect.orDie, Effect.map(servicesOf))

/** What an undici pool reports about one origin. */
export interface PoolStats {
  readonly connected: number
  readonly free: number
  readonly pending: number
  readonly running: number
}

const statsOf = (agent: Undici.Agent, url: string): PoolStats => {
  const origin = new URL(url).origin
  const all: Record<string, unknown> = agent.stats
  const stats = all[origin]
  const read = (key: string): number =>
    typeof stats === "object" && stats !== null && key in stats
      ? Number((stats as Record<string, unknown>)[key])
      : 0
  return { connected: read("connected"), free: read("free"), pending: read("pending"), running: read("running") }
}

/**
 * The client's services over an undici Agent we own, so its pool can be inspected: the same wiring as
 * `ZegoClient.layer` (`layerServices` + `NodeHttpClient` + the memory limiter).
 */
export const clientWithPool = (
  emulator: EmulatorService,
  callOptions: CallOptions.CallOptions,
  url: string
): Effect.Effect<Client & { readonly pool: Effect.Effect<PoolStats> }, never, Scope.Scope> =>
  Effect.gen(function*() {
    const agent = yield* Effect.acquireRelease(
      Effect.sync(() => new Undici.Agent()),
      (agent) => Effect.promise(() => agent.destroy())
    )
    const context = yield* Layer.build(
      ZegoClient.layerServices().pipe(
        Layer.provide(NodeHttpClient.layerUndiciWithoutDispatcher),
        Layer.provide(Layer.succeed(NodeHttpClient.Dispatcher, agent)),
        Layer.provide(ZegoRateLimiter.ZegoRateLimiter.layerMemory),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer({
          appId: emulator.appId,
          serverSecret: emulator.serverSecret,
          zimBaseUrl: url,
          rtcBaseUrl: url,
          callOptions
        }))
      )
    ).pipe(Effect.orDie)
    return { ...servicesOf(context), pool: Effect.sync(() => statsOf(agent, url)) }
  })

/** A TCP proxy in front of a server: counts the connections its clients hold open. */
export interface CountingProxy {
  readonly url: string
  /** Connections open now, as the listening server counts them (`server.getConnections`). */
  readonly openConnections: Effect.Effect<number>
  /** Connections accepted so far. */
  readonly accepted: () => number
}

/** Starts a {@link CountingProxy} to `target` (a `http://host:port` URL) for the current scope. */
export const countingProxy = (target: string): Effect.Effect<CountingProxy, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: ReturnType<typeof createServer>; readonly sockets: Set<Socket>; port: number }>(
      (resume) => {
        const { hostname, port } = new URL(target)
        const sockets = new Set<Socket>()
        const server = createServer((client) => {
          sockets.add(client)
          const upstream = connect(Number(port), hostname)
          const close = () => {
            client.destroy()
            upstream.destroy()
          }
          client.pipe(upstream)
          upstream.pipe(client)
          client.on("close", () => {
            sockets.delete(client)
            close()
          })
          upstream.on("close", close)
          client.on("error", close)
          upstream.on("error", close)
        })
        server.listen(0, "127.0.0.1", () => {
          resume(Effect.succeed({ server, sockets, port: (server.address() as AddressInfo).port }))
        })
      }
    ),
    ({ server, sockets }) =>
      Effect.async<void>((resume) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(({ port, server }) => {
    let accepted = 0
    server.on("connection", () => {
      accepted++
    })
    return {
      url: `http://127.0.0.1:${port}`,
      openConnections: Effect.async<number>((resume) => {
        server.getConnections((error, count) => resume(error ? Effect.die(error) : Effect.succeed(count)))
      }),
      accepted: () => accepted
    }
  }))

/** Waits (real time) until `check` holds, polling every 10 ms; gives the last value either way. */
export const pollUntil = <A>(
  read: Effect.Effect<A>,
  check: (a: A) => boolean,
  // Only a bound on the wait: generous, so that a busy machine is not a failure.
  timeoutMillis = 30_000
): Effect.Effect<A> =>
  Effect.gen(function*() {
    const start = Date.now()
    let value = yield* read
    while (!check(value) && Date.now() - start < timeoutMillis) {
      yield* Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 10)))
      value = yield* read
    }
    return value
  })

/** One captured log line. */
export interface LogLine {
  readonly level: string
  readonly text: string
}

/** A logger that keeps every line (message, annotations and cause rendered as text). */
export const captureLogs = (): { readonly lines: Array<LogLine>; readonly logger: Logger.Logger<unknown, void> } => {
  const lines: Array<LogLine> = []
  const logger = Logger.make(({ annotations, cause, logLevel, message, spans }) => {
    const parts: Array<string> = []
    for (const m of List.isList(message) ? List.toArray(message) : Array.isArray(message) ? message : [message]) {
      parts.push(typeof m === "string" ? m : inspect(m, { depth: 10 }))
    }
    for (const [key, value] of annotations) parts.push(`${key}=${inspect(value, { depth: 10 })}`)
    for (const span of spans) parts.push(`span=${span.label}`)
    if (!Cause.isEmpty(cause)) parts.push(Cause.pretty(cause, { renderErrorCause: true }))
    lines.push({ level: logLevel.label, text: parts.join(" ") })
  })
  return { lines, logger }
}

/** The failure of an Exit when it is a plain typed failure (a `Fail`, no defect, no interruption). */
export const typedFailure = <A, E>(exit: Exit.Exit<A, E>): E | undefined => {
  if (Exit.isSuccess(exit)) return undefined
  const cause = exit.cause
  if (Cause.isDie(cause) || Cause.isInterrupted(cause)) return undefined
  const failures = [...Cause.failures(cause)]
  return failures.length === 1 ? failures[0] : undefined
}

/** An effect-zego error, its fields readable by name. */
export type AnyZegoError = ZegoError.ZegoError & { readonly [field: string]: unknown }

/** The failure of an Exit when it is a plain typed failure and an effect-zego error. */
export const zegoFailure = <A, E>(exit: Exit.Exit<A, E>): AnyZegoError | undefined => {
  const error = typedFailure(exit)
  return ZegoError.isZegoError(error) ? error as AnyZegoError : undefined
}

/** A readable account of an Exit, for assertion messages. */
export const describeExit = <A, E>(exit: Exit.Exit<A, E>): string =>
  Exit.isSuccess(exit) ? "Success" : Cause.pretty(exit.cause)

/** The emulator's log entries of one Action. */
export const entriesOf = (emulator: EmulatorService, action: string): Effect.Effect<ReadonlyArray<RequestRecord>> =>
  Effect.map(emulator.requests.entries, (entries) => entries.filter((entry) => entry.action === action))

/** The JSON body an entry carried, if any. */
export const jsonBody = (entry: RequestRecord): unknown => entry.body._tag === "Json" ? entry.body.value : undefined
