/**
 * The emulator service: a local HTTP server of the ZEGOCLOUD ZIM and RTC server APIs, with controls for
 * faults, the server clock, rate limits and a log of every request.
 *
 * @since 0.1.0
 */
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import type * as HttpServerError from "@effect/platform/HttpServerError"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import * as Http from "node:http"
import * as Actions from "./actions/index.js"
import * as Callbacks from "./Callbacks.js"
import * as Faults from "./Faults.js"
import * as RateLimit from "./RateLimit.js"
import type { RequestRecord } from "./RequestLog.js"
import { RequestLogStore } from "./RequestLog.js"
import * as Seed from "./Seed.js"
import { makeApp } from "./Server.js"
import { ServerClock } from "./ServerClock.js"
import * as State from "./State.js"

/**
 * The AppID the emulator serves unless told otherwise.
 *
 * @since 0.1.0
 */
export const defaultAppId = 1234567890

/**
 * The ServerSecret the emulator uses unless told otherwise (a test value, 32 hex characters).
 *
 * @since 0.1.0
 */
export const defaultServerSecret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"

/**
 * The largest request body the emulator reads (1 MiB); larger bodies are refused.
 *
 * @since 0.1.0
 */
export const defaultMaxBodyBytes = 1024 * 1024

/**
 * Options of {@link Emulator.layer}.
 *
 * @since 0.1.0
 */
export interface EmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string
  /** Default {@link defaultAppId}. */
  readonly appId?: number
  /** 32 hex characters; default {@link defaultServerSecret}. */
  readonly serverSecret?: string | Redacted.Redacted<string>
  /** Default {@link Seed.defaultSeed}. */
  readonly seed?: Seed.SeedData
  /** Default `"documented"`. */
  readonly rateLimits?: RateLimit.RateLimits
  /** Initial server clock offset in ms (positive: the server clock is ahead); default 0. */
  readonly clockOffsetMs?: number
  /** Faults installed from the start, by target (an Action name or {@link Faults.allActions}). */
  readonly faults?: Readonly<Record<string, ReadonlyArray<Faults.FaultSpec>>>
  /** How many requests the log keeps (the oldest are dropped); default 100 000. */
  readonly requestLogCapacity?: number
  /** Default {@link defaultMaxBodyBytes}. */
  readonly maxBodyBytes?: number
  /** Sends server callbacks for the events the Actions produce; default: none are sent. */
  readonly callbacks?: Callbacks.CallbackOptions
}

/**
 * Options that cannot start an emulator.
 *
 * @since 0.1.0
 */
export class EmulatorConfigError extends Data.TaggedError("EmulatorConfigError")<{ readonly reason: string }> {
  override get message(): string {
    return `Invalid emulator options: ${this.reason}`
  }
}

/**
 * Fault injection controls.
 *
 * @since 0.1.0
 */
export interface FaultControl {
  /** Replaces the faults of a target (an Action name, or {@link Faults.allActions} for every request). */
  readonly set: (
    target: string,
    ...specs: ReadonlyArray<Faults.FaultSpec>
  ) => Effect.Effect<void, Faults.InvalidFaultSpec>
  /** Removes the faults of a target, or all faults. */
  readonly clear: (target?: string) => Effect.Effect<void>
  /** The installed faults and how many times each fired. */
  readonly list: Effect.Effect<ReadonlyArray<Faults.FaultStatus>>
}

/**
 * Server clock controls. The offset moves the clock used by the Timestamp check and the `Date` header.
 *
 * @since 0.1.0
 */
export interface ClockControl {
  readonly setOffset: (offsetMs: number) => Effect.Effect<void>
  readonly offset: Effect.Effect<number>
  /** The server time, Unix ms, offset included. */
  readonly now: Effect.Effect<number>
}

/**
 * Rate limit controls.
 *
 * @since 0.1.0
 */
export interface RateLimitControl {
  /** Changes the limits; the accepted-request history is kept. */
  readonly set: (rateLimits: RateLimit.RateLimits) => Effect.Effect<void, EmulatorConfigError>
  readonly current: Effect.Effect<RateLimit.RateLimits>
  /** Forgets every accepted request, so every Action has its whole budget again. */
  readonly reset: Effect.Effect<void>
}

/**
 * The request log.
 *
 * @since 0.1.0
 */
export interface RequestLogControl {
  /** Every logged request, in arrival order. */
  readonly entries: Effect.Effect<ReadonlyArray<RequestRecord>>
  /** Every attempt to deliver a server callback, in sending order. */
  readonly callbacks: Effect.Effect<ReadonlyArray<Callbacks.CallbackDelivery>>
  /** Empties the log (callback deliveries included). */
  readonly reset: Effect.Effect<void>
}

/**
 * Server callback controls.
 *
 * @since 0.1.0
 */
export interface CallbackControl {
  /** Turns sending on or off (callbacks already sent still finish their retries). */
  readonly setEnabled: (enabled: boolean) => Effect.Effect<void>
  readonly enabled: Effect.Effect<boolean>
  /** Waits until every callback sent so far has been delivered or given up. */
  readonly idle: Effect.Effect<void>
}

/**
 * A running emulator.
 *
 * @since 0.1.0
 */
export interface EmulatorService {
  /** The base URL, e.g. `http://127.0.0.1:54321`, for both ZIM and RTC. */
  readonly url: string
  readonly port: number
  readonly appId: number
  readonly serverSecret: Redacted.Redacted<string>
  /** The state the Actions read, starting from the seed. */
  readonly state: Ref.Ref<State.EmulatorState>
  readonly faults: FaultControl
  readonly clock: ClockControl
  readonly rateLimits: RateLimitControl
  readonly requests: RequestLogControl
  readonly callbacks: CallbackControl
}

const uint32Max = 4_294_967_295
const secretFormat = /^[0-9a-fA-F]{32}$/

const validateRateLimits = (
  rateLimits: RateLimit.RateLimits
): Either.Either<RateLimit.RateLimits, EmulatorConfigError> => {
  if (rateLimits === "documented" || rateLimits === "off") return Either.right(rateLimits)
  for (const [name, limit] of Object.entries(rateLimits)) {
    if (!Actions.byName.has(name)) {
      return Either.left(new EmulatorConfigError({ reason: `rateLimits names an unknown Action: ${name}` }))
    }
    if (limit !== "off" && !(Number.isInteger(limit) && limit >= 0)) {
      return Either.left(
        new EmulatorConfigError({ reason: `rateLimits.${name} must be a non-negative integer or "off"` })
      )
    }
  }
  return Either.right(rateLimits)
}

const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

const validateCallbacks = (
  callbacks: Callbacks.CallbackOptions | undefined
): Either.Either<void, EmulatorConfigError> => {
  if (callbacks === undefined) return Either.void
  for (const [name, url] of [["zimUrl", callbacks.zimUrl], ["rtcUrl", callbacks.rtcUrl]] as const) {
    if (url !== undefined && !isHttpUrl(url)) {
      return Either.left(new EmulatorConfigError({ reason: `callbacks.${name} must be an absolute http(s) URL` }))
    }
  }
  const secret = typeof callbacks.secret === "string" ? callbacks.secret : Redacted.value(callbacks.secret)
  if (secret.length === 0) return Either.left(new EmulatorConfigError({ reason: "callbacks.secret must not be empty" }))
  if ((callbacks.retryDelaysMs ?? []).some((delay) => !Number.isFinite(delay) || delay < 0)) {
    return Either.left(new EmulatorConfigError({ reason: "callbacks.retryDelaysMs must be non-negative numbers" }))
  }
  const timeout = callbacks.attemptTimeoutMs
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
    return Either.left(new EmulatorConfigError({ reason: "callbacks.attemptTimeoutMs must be a positive number" }))
  }
  return Either.void
}

const make = (
  options: EmulatorOptions
): Effect.Effect<
  EmulatorService,
  EmulatorConfigError | HttpServerError.ServeError | Faults.InvalidFaultSpec,
  Scope.Scope
> =>
  Effect.gen(function*() {
    const appId = options.appId ?? defaultAppId
    if (!Number.isInteger(appId) || appId < 0 || appId > uint32Max) {
      return yield* new EmulatorConfigError({ reason: "appId must be a uint32" })
    }
    const serverSecret = options.serverSecret === undefined
      ? Redacted.make(defaultServerSecret)
      : typeof options.serverSecret === "string"
      ? Redacted.make(options.serverSecret)
      : options.serverSecret
    if (!secretFormat.test(Redacted.value(serverSecret))) {
      return yield* new EmulatorConfigError({ reason: "serverSecret must be 32 hex characters" })
    }
    const port = options.port ?? 0
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      return yield* new EmulatorConfigError({ reason: "port must be an integer from 0 to 65535" })
    }
    const rateLimits = { current: yield* validateRateLimits(options.rateLimits ?? "documented") }
    const clockOffsetMs = options.clockOffsetMs ?? 0
    if (!Number.isFinite(clockOffsetMs)) {
      return yield* new EmulatorConfigError({ reason: "clockOffsetMs must be a finite number" })
    }

    yield* validateCallbacks(options.callbacks)

    const faults = new Faults.FaultRegistry()
    for (const [target, specs] of Object.entries(options.faults ?? {})) {
      faults.set(target, yield* Faults.validate(specs))
    }
    const limiter = new RateLimit.SlidingWindowLimiter()
    const clock = new ServerClock(clockOffsetMs)
    const log = new RequestLogStore(options.requestLogCapacity ?? 100_000)
    const state = yield* Ref.make(State.fromSeed(options.seed ?? Seed.defaultSeed))
    const sender = yield* Callbacks.make(options.callbacks, appId, clock, options.requestLogCapacity ?? 100_000)

    const server = yield* NodeHttpServer.make(
      () => Http.createServer({ maxHeaderSize: 64 * 1024 }),
      { port, host: options.host ?? "127.0.0.1" }
    )
    yield* server.serve(makeApp({
      appId,
      serverSecret,
      actions: Actions.byName,
      state,
      limiter,
      rateLimits,
      faults,
      clock,
      log,
      maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
      callbacks: options.callbacks === undefined ? undefined : sender
    }))
    const address = server.address
    const boundPort = address._tag === "TcpAddress" ? address.port : port
    const hostname = address._tag === "TcpAddress" ? address.hostname : "127.0.0.1"
    const urlHost = hostname.includes(":") ? `[${hostname}]` : hostname

    return {
      url: `http://${urlHost}:${boundPort}`,
      port: boundPort,
      appId,
      serverSecret,
      state,
      faults: {
        set: (target, ...specs) =>
          Effect.flatMap(Faults.validate(specs), (valid) => Effect.sync(() => faults.set(target, valid))),
        clear: (target) => Effect.sync(() => faults.clear(target)),
        list: Effect.sync(() => faults.list())
      },
      clock: {
        setOffset: (offsetMs) =>
          Effect.sync(() => {
            clock.offsetMs = offsetMs
          }),
        offset: Effect.sync(() => clock.offsetMs),
        now: Effect.sync(() => clock.nowMs())
      },
      rateLimits: {
        set: (next) =>
          Effect.flatMap(validateRateLimits(next), (valid) =>
            Effect.sync(() => {
              rateLimits.current = valid
            })),
        current: Effect.sync(() => rateLimits.current),
        reset: Effect.sync(() => limiter.reset())
      },
      requests: {
        entries: Effect.sync(() => log.entries()),
        callbacks: Effect.sync(() => sender.deliveries()),
        reset: Effect.sync(() => {
          log.reset()
          sender.reset()
        })
      },
      callbacks: {
        setEnabled: (enabled) => Effect.sync(() => sender.setEnabled(enabled)),
        enabled: Effect.sync(() => sender.enabled()),
        idle: sender.idle
      }
    } satisfies EmulatorService
  })

/**
 * The emulator service. Provide it with {@link Emulator.layer}.
 *
 * @example
 * ```ts
 * import { Emulator } from "@effect-zego/emulator"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const emulator = yield* Emulator
 *   console.log(emulator.url)
 * }).pipe(Effect.provide(Emulator.layer()))
 * ```
 *
 * @since 0.1.0
 */
export class Emulator extends Context.Tag("@effect-zego/emulator/Emulator")<Emulator, EmulatorService>() {
  /**
   * Starts an emulator (on 127.0.0.1 and a free port unless told otherwise) for the lifetime of the layer, and
   * closes the server when the layer's scope closes.
   */
  static layer(
    options: EmulatorOptions = {}
  ): Layer.Layer<Emulator, EmulatorConfigError | HttpServerError.ServeError | Faults.InvalidFaultSpec> {
    return Layer.scoped(Emulator, make(options))
  }
}
