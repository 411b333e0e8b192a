/**
 * The end-to-end harness: the real client (`ZegoClient.layer`: undici, keep-alive, the in-memory limiter)
 * against the real emulator (`Emulator.layer`, in this process, on an ephemeral port) over loopback. Each
 * test gets its own emulator, so its request log and rate-limit budget are the test's alone.
 */
import type { CallOptions } from "@effect-zego/client"
import { RtcService, ZegoClient, ZegoConfig, ZegoRateLimiter, ZimService } from "@effect-zego/client"
import type { EmulatorOptions, EmulatorService, RequestLog } from "@effect-zego/emulator"
import { Emulator, type Seed } from "@effect-zego/emulator"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { expect } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"

/** Retries fast enough for tests; the classes and attempt counts are the defaults'. */
export const fastRetry = {
  baseDelay: "5 millis",
  throttledBaseDelay: "20 millis",
  maxDelay: "50 millis"
} as const

/** What the client sends can be rewritten on its way out, past the client's own validation. */
export type Tamper = (request: HttpClientRequest.HttpClientRequest) => HttpClientRequest.HttpClientRequest

/** Settings of one end-to-end setup. */
export interface SetupOptions {
  /** How the emulator starts (seed, rate limits, faults, clock offset …). */
  readonly emulator?: EmulatorOptions
  /** The client's default call settings; retries default to {@link fastRetry}. */
  readonly callOptions?: CallOptions.CallOptions
  /** The client's AppId; default: the emulator's. */
  readonly appId?: number
  /** The client's ServerSecret; default: the emulator's. */
  readonly serverSecret?: string
  /** Appended to the emulator's URL to make both base URLs. */
  readonly basePath?: string
  /** The helpers' settings (batch windows). */
  readonly helpers?: ZegoClient.HelperOptions
  /**
   * Rewrites every request after the client signed it: a client whose own validation is bypassed. The client
   * is then `ZegoClient.layerServices()` over `NodeHttpClient.layerUndici` with this rewrite, instead of
   * `ZegoClient.layer`.
   */
  readonly tamper?: Tamper
  /** The HTTP client `ZegoClient.layer` wires (default: its own undici client). */
  readonly httpClient?: "undici" | "platform"
  /** An HTTP client of your own: the client is then `ZegoClient.layerServices()` over it. */
  readonly httpClientLayer?: Layer.Layer<HttpClient.HttpClient>
}

/** A running emulator and a client pointed at it. */
export interface Setup {
  readonly emulator: EmulatorService
  readonly zim: ZimService.ZimServiceShape
  readonly rtc: RtcService.RtcServiceShape
  /** The emulator's request log, optionally for one Action. */
  readonly log: (action?: string) => Effect.Effect<ReadonlyArray<RequestLog.RequestRecord>>
}

/** Starts an emulator in the current scope and builds a client against it. */
export const setup = (options: SetupOptions = {}): Effect.Effect<Setup, never, Scope.Scope> =>
  Effect.gen(function*() {
    const emulator = Context.get(yield* Layer.build(Emulator.layer(options.emulator)).pipe(Effect.orDie), Emulator)
    const baseUrl = `${emulator.url}${options.basePath ?? ""}`
    const callOptions = options.callOptions ?? {}
    const config: ZegoConfig.ZegoConfigOptions = {
      appId: options.appId ?? emulator.appId,
      serverSecret: options.serverSecret === undefined ? emulator.serverSecret : Redacted.make(options.serverSecret),
      zimBaseUrl: baseUrl,
      rtcBaseUrl: baseUrl,
      callOptions: {
        ...callOptions,
        retry: callOptions.retry === false ? false : { ...fastRetry, ...callOptions.retry }
      }
    }
    const tamper = options.tamper
    const own = options.httpClientLayer
    const client = tamper === undefined && own === undefined
      ? ZegoClient.layer({ ...config, ...options.helpers, httpClient: options.httpClient })
      : own !== undefined
      ? ZegoClient.layerServices(options.helpers).pipe(
        Layer.provide(Layer.mergeAll(own, ZegoRateLimiter.ZegoRateLimiter.layerMemory)),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer(config))
      )
      : ZegoClient.layerServices(options.helpers).pipe(
        Layer.provide(Layer.mergeAll(
          Layer.effect(
            HttpClient.HttpClient,
            Effect.map(HttpClient.HttpClient, HttpClient.mapRequest(tamper ?? ((request) => request)))
          ).pipe(
            Layer.provide(NodeHttpClient.layerUndici)
          ),
          ZegoRateLimiter.ZegoRateLimiter.layerMemory
        )),
        Layer.provideMerge(ZegoConfig.ZegoConfig.layer(config))
      )
    const context = yield* Layer.build(client).pipe(Effect.orDie)
    return {
      emulator,
      zim: Context.get(context, ZimService.ZimService),
      rtc: Context.get(context, RtcService.RtcService),
      log: (action) =>
        Effect.map(
          emulator.requests.entries,
          (entries) => action === undefined ? entries : entries.filter((entry) => entry.action === action)
        )
    }
  })

/** A rewrite of the query string of the signed URL. */
export const rewriteQuery = (edit: (params: URLSearchParams) => void): Tamper => (request) => {
  const url = new URL(request.url)
  edit(url.searchParams)
  return HttpClientRequest.setUrl(request, url.toString())
}

/** A rewrite of the body (and its Content-Type). */
export const rewriteBody = (body: string, contentType = "application/json"): Tamper => (request) =>
  HttpClientRequest.bodyText(request, body, contentType)

/** A rewrite of the method (a GET carries no body). */
export const rewriteMethod = (method: "GET" | "POST"): Tamper => (request) =>
  HttpClientRequest.modify(request, method === "GET" ? { method, body: HttpBody.empty } : { method })

/**
 * Runs an effect that must fail with one typed error: not succeed, not die, not be interrupted. Hands back the
 * error.
 */
export const failure = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<E, never, R> =>
  Effect.flatMap(Effect.exit(effect), (exit) => {
    if (Exit.isSuccess(exit)) {
      return Effect.dieMessage(`expected a typed failure, got a success: ${JSON.stringify(exit.value)}`)
    }
    const defects = Chunk.toReadonlyArray(Cause.defects(exit.cause))
    expect(defects, "a call must never die").toEqual([])
    expect(Cause.isInterrupted(exit.cause), "a call must not be interrupted").toBe(false)
    return Option.match(Cause.failureOption(exit.cause), {
      onNone: () => Effect.dieMessage(`expected a typed failure, got ${Cause.pretty(exit.cause)}`),
      onSome: Effect.succeed
    })
  })

/** The RequestId, when the error carries one. */
export const requestIdOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "requestId" in error && typeof error.requestId === "string"
    ? error.requestId
    : undefined

/** The user IDs a logged QueryUserInfos request asked for. */
export const userIdsOf = (entry: RequestLog.RequestRecord): ReadonlyArray<string> => {
  if (entry.body._tag !== "Json") return []
  const value: unknown = entry.body.value
  if (typeof value !== "object" || value === null || !("UserIds" in value) || !Array.isArray(value.UserIds)) {
    return []
  }
  return value.UserIds.filter((id: unknown): id is string => typeof id === "string")
}

/** A list parameter (`UserId[]`) of a logged GET request. */
export const queryList = (entry: RequestLog.RequestRecord, key: string): ReadonlyArray<string> => {
  const value = entry.query[key]
  return value === undefined ? [] : typeof value === "string" ? [value] : value
}

/** A scalar parameter of a logged request. */
export const queryValue = (entry: RequestLog.RequestRecord, key: string): string | undefined => {
  const value = entry.query[key]
  return typeof value === "string" ? value : undefined
}

/** A field of the JSON body of a logged POST request. */
export const bodyField = (entry: RequestLog.RequestRecord, key: string): unknown => {
  if (entry.body._tag !== "Json") return undefined
  const value: unknown = entry.body.value
  return typeof value === "object" && value !== null && key in value
    ? (value as Readonly<Record<string, unknown>>)[key]
    : undefined
}

/** A non-empty copy of a list (seed rooms hold at least one user); throws on an empty one. */
export const nonEmpty = <A>(items: ReadonlyArray<A>): readonly [A, ...Array<A>] => {
  const [head, ...tail] = items
  if (head === undefined) throw new Error("expected a non-empty list")
  return [head, ...tail]
}

/** A user of a seeded room. */
export const roomUser = (UserId: string, UserRole: 1 | 2 | 4 = 2): Seed.SeedRoomUser => ({
  UserId,
  UserRole,
  LoginTime: 1_700_000_000_000
})
