/**
 * Where the examples run: against the real ZEGOCLOUD API when `ZEGO_APP_ID` and `ZEGO_SERVER_SECRET` are
 * set, otherwise against an emulator started in this process. Traces print as a tree on stdout, and are
 * exported over OTLP too when `OTEL_EXPORTER_OTLP_ENDPOINT` is set.
 */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import { Emulator } from "@effect-zego/emulator"
import { Telemetry } from "@effect-zego/telemetry"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

/** True when the examples talk to the real API. */
export const live = process.env["ZEGO_APP_ID"] !== undefined && process.env["ZEGO_SERVER_SECRET"] !== undefined

/** The client, against the real API or a fresh emulator. */
export const client = (options: { readonly callOptions?: CallOptions.CallOptions } = {}) =>
  live ? ZegoClient.layerConfig(options) : Layer.unwrapScoped(
    Effect.gen(function*() {
      const emulator = yield* Emulator
      yield* Effect.logInfo(`Using the embedded ZEGOCLOUD emulator at ${emulator.url} (AppID ${emulator.appId})`)
      return ZegoClient.layer({
        appId: emulator.appId,
        serverSecret: emulator.serverSecret,
        zimBaseUrl: emulator.url,
        rtcBaseUrl: emulator.url,
        ...options
      })
    })
  ).pipe(Layer.provide(Emulator.layer()))

/** The span tree of the run on stdout; OTLP export as the OTEL_* variables say. */
export const telemetry = (serviceName: string) =>
  Telemetry.layerConsole({
    serviceName,
    console: {
      printAt: "shutdown",
      attributes: [
        "zego.code",
        "zego.request_id",
        "error.type",
        "zego.rate_limit.wait_ms",
        "zego.batch.size",
        "http.response.status_code",
        "http.request.resend_count"
      ],
      hiddenEventAttributes: ["zego.rate_limit.key", "exception.stacktrace", "exception.message"]
    }
  })

/** Reads an example input from the environment, with the emulator seed's value as default. */
export const input = (name: string, fallback: string): string => process.env[name] ?? fallback

/** Reads a list input (comma-separated). */
export const inputs = (name: string, fallback: ReadonlyArray<string>): ReadonlyArray<string> => {
  const value = process.env[name]
  return value === undefined ? fallback : value.split(",").map((s) => s.trim()).filter((s) => s !== "")
}
