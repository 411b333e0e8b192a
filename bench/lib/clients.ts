/**
 * The clients the benchmarks compare, each as "one QueryUserInfos call", and loops that drive them
 * at a given concurrency while recording latencies.
 *
 * @since 0.1.0
 */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import { ZimService } from "@effect-zego/zim"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { appId, secret, userIds } from "./fixture.js"
import { fetchClient, type RawCall, signedUrl } from "./raw.js"
import { undiciClient } from "./rawUndici.js"
import type { Latencies } from "./stats.js"

/** The names of the clients. */
export const clientNames = ["fetch", "undici", "platform", "effect-zego", "effect-zego-platform"] as const

/** A client name. */
export type ClientName = (typeof clientNames)[number]

/** A client ready to call: a promise-returning call (raw) or an Effect run in its runtime. */
export type Driver =
  | { readonly _tag: "Promise"; readonly call: () => Promise<unknown>; readonly close: () => Promise<void> }
  | {
    readonly _tag: "Effect"
    readonly call: Effect.Effect<unknown, unknown>
    readonly runPromise: <A, E>(effect: Effect.Effect<A, E>) => Promise<A>
    readonly close: () => Promise<void>
  }

const rawDriver = (call: RawCall): Driver => ({
  _tag: "Promise",
  call: () => call(userIds),
  close: () => Promise.resolve()
})

/** What `platform` decodes: the envelope and the users, as effect-zego's response schema does. */
const PlatformResponse = Schema.Struct({
  Code: Schema.Number,
  Message: Schema.String,
  RequestId: Schema.String,
  Result: Schema.Array(Schema.Struct({ UserId: Schema.String, UserName: Schema.String })),
  ErrorList: Schema.Array(Schema.Struct({ UserId: Schema.String, SubCode: Schema.Number }))
})

/** A bare @effect/platform HttpClient (NodeHttpClient.layerUndici) with a Schema decode: orientation. */
const platformCall = (baseUrl: string) =>
  Effect.map(HttpClient.HttpClient, (client) => {
    const decode = Schema.decodeUnknown(PlatformResponse)
    return Effect.suspend(() =>
      client.execute(
        HttpClientRequest.bodyText(
          HttpClientRequest.post(signedUrl(baseUrl, "QueryUserInfos")),
          JSON.stringify({ UserIds: userIds }),
          "application/json"
        )
      )
    ).pipe(Effect.flatMap((response) => response.json), Effect.flatMap(decode))
  })

/** Client settings for the overhead runs: no client-side rate limit (the server has none either). */
export const noLimit: CallOptions.CallOptions = { rateLimit: false }

/** The effect-zego client layer against `baseUrl`. */
export const zegoLayer = (
  baseUrl: string,
  callOptions: CallOptions.CallOptions = noLimit,
  httpClient: "undici" | "platform" = "undici"
) =>
  ZegoClient.layer({
    appId,
    serverSecret: Redacted.make(secret),
    zimBaseUrl: baseUrl,
    rtcBaseUrl: baseUrl,
    callOptions,
    httpClient
  })

/** Builds a client. `extra` is merged into effect-zego's layer (e.g. telemetry). */
export const makeDriver = async (
  name: ClientName,
  baseUrl: string,
  extra: Layer.Layer<never> = Layer.empty,
  callOptions: CallOptions.CallOptions = noLimit
): Promise<Driver> => {
  switch (name) {
    case "fetch":
      return rawDriver(fetchClient(baseUrl))
    case "undici":
      return rawDriver(undiciClient(baseUrl))
    case "platform": {
      const runtime = ManagedRuntime.make(NodeHttpClient.layerUndici)
      const call = await runtime.runPromise(platformCall(baseUrl))
      return { _tag: "Effect", call, runPromise: (e) => runtime.runPromise(e), close: () => runtime.dispose() }
    }
    case "effect-zego":
    case "effect-zego-platform": {
      const http = name === "effect-zego" ? "undici" : "platform"
      const runtime = ManagedRuntime.make(Layer.merge(zegoLayer(baseUrl, callOptions, http), extra))
      const zim = await runtime.runPromise(ZimService.ZimService)
      const call = zim.queryUserInfos({ UserIds: userIds })
      return { _tag: "Effect", call, runPromise: (e) => runtime.runPromise(e), close: () => runtime.dispose() }
    }
  }
}

/** Makes `calls` calls, `concurrency` at a time, recording each call's latency (ms). */
export const drive = async (
  driver: Driver,
  calls: number,
  concurrency: number,
  latencies?: Latencies
): Promise<void> => {
  let started = 0
  if (driver._tag === "Promise") {
    const worker = async () => {
      while (started < calls) {
        started++
        const t0 = performance.now()
        await driver.call()
        latencies?.add(performance.now() - t0)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    return
  }
  const call = driver.call
  const worker: Effect.Effect<void, unknown> = Effect.suspend(() => {
    if (started >= calls) return Effect.void
    started++
    const t0 = performance.now()
    return Effect.flatMap(call, () => {
      latencies?.add(performance.now() - t0)
      return worker
    })
  })
  await driver.runPromise(
    Effect.forEach(Array.from({ length: concurrency }), () => worker, { concurrency: "unbounded", discard: true })
  )
}
