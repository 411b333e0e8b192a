/**
 * P1-cpu worker: CPU per call of the call pipeline alone, over an in-process stub `HttpClient` (no socket,
 * no server): what effect-zego adds on top of the HTTP client, without network noise.
 *
 * `node … bench/pipeline.ts <http-only|effect-zego|effect-zego-execute|effect-zego-otel|get-user-info> <calls> [concurrency] [warmup]`
 *
 * @since 0.1.0
 */
import { ZegoClient } from "@effect-zego/client"
import { ZegoConfig, ZegoRateLimiter } from "@effect-zego/core"
import { ZimService } from "@effect-zego/zim"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { drive, type Driver, noLimit } from "./lib/clients.js"
import { appId, secret, userIds } from "./lib/fixture.js"
import * as Stub from "./lib/stub.js"
import * as Otel from "./lib/telemetry.js"

/** What a pipeline worker reports. */
export interface PipelineResult {
  readonly variant: string
  readonly calls: number
  readonly concurrency: number
  readonly cpuUsPerCall: number
}

const driverOf = async <R>(
  layer: Layer.Layer<R>,
  call: Effect.Effect<Effect.Effect<unknown, unknown>, never, R>
): Promise<Driver> => {
  const runtime = ManagedRuntime.make(layer)
  return {
    _tag: "Effect",
    call: await runtime.runPromise(call),
    runPromise: (effect) => runtime.runPromise(effect),
    close: () => runtime.dispose()
  }
}

/** The client's services over `http`, rate limit off (the stub answers for any URL). */
const services = (http: Layer.Layer<HttpClient.HttpClient>) =>
  ZegoClient.layerServices().pipe(
    Layer.provide(http),
    Layer.provide(ZegoRateLimiter.ZegoRateLimiter.layerMemory),
    Layer.provideMerge(
      ZegoConfig.ZegoConfig.layer({
        appId,
        serverSecret: Redacted.make(secret),
        zimBaseUrl: "http://127.0.0.1:1",
        rtcBaseUrl: "http://127.0.0.1:1",
        callOptions: noLimit
      })
    ),
    Layer.orDie
  )

const zego = (http: Layer.Layer<HttpClient.HttpClient>, extra: Layer.Layer<never> = Layer.empty) =>
  driverOf(
    Layer.merge(services(http), extra),
    Effect.map(ZimService.ZimService, (zim) => zim.queryUserInfos({ UserIds: userIds }))
  )

/** `calls` concurrent `getUserInfo` lookups of distinct IDs per "call" of the driver (P3's client side). */
const lookups = (http: Layer.Layer<HttpClient.HttpClient>, n: number) =>
  driverOf(
    services(http),
    Effect.map(ZimService.ZimService, (zim) =>
      Effect.forEach(
        Array.from({ length: n }, (_, i) => `user-${i}`),
        (id) => Effect.either(zim.getUserInfo(id)),
        { concurrency: "unbounded", discard: true }
      ))
  )

const variants = {
  /** The stub client alone: execute + text. */
  "http-only": () =>
    driverOf(Layer.empty, Effect.succeed(Effect.flatMap(Stub.stubClient.post("http://127.0.0.1:1/"), (r) => r.text))),

  /** The whole pipeline (rate limiter off, as in P1) over the stub client's direct exchange. */
  "effect-zego": () => zego(Stub.layerDirect),
  /** The same through `HttpClient.execute` (a client without a direct exchange). */
  "effect-zego-execute": () => zego(Stub.layer),
  /** The whole pipeline with the OpenTelemetry SDK on (P6's setup, no network). */
  "effect-zego-otel": () => zego(Stub.layerDirect, Layer.orDie(Layer.discard(Otel.layer))),
  /** 1,000 concurrent `getUserInfo` per call (10 batched QueryUserInfos); CPU is reported per lookup. */
  "get-user-info": () => lookups(Stub.layerEcho, 1000)
} as const

const isVariant = (name: string | undefined): name is keyof typeof variants =>
  name !== undefined && Object.keys(variants).includes(name)

const main = async () => {
  const [name, callsArg, concurrencyArg, warmupArg] = process.argv.slice(2)
  if (!isVariant(name)) throw new Error(`usage: pipeline <${Object.keys(variants).join("|")}> <calls>`)
  const calls = Number(callsArg ?? 20000)
  const concurrency = Number(concurrencyArg ?? 1)
  const driver = await variants[name]()
  await drive(driver, Number(warmupArg ?? 5000), concurrency)
  const cpu0 = process.cpuUsage()
  await drive(driver, calls, concurrency)
  const cpu = process.cpuUsage(cpu0)
  await driver.close()
  const perCall = name === "get-user-info" ? 1000 : 1
  const result: PipelineResult = {
    variant: name,
    calls: calls * perCall,
    concurrency,
    cpuUsPerCall: (cpu.user + cpu.system) / (calls * perCall)
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

void main()
