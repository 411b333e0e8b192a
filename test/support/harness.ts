/** Client layers pointed at a loopback server, with fixed credentials. */
import { ZegoClient } from "@effect-zego/client"
import type { CallOptions } from "@effect-zego/core"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

export const appId = 12345
export const secret = "9193cc662a4c0ec135ec71fb57194b38"

/** The whole client against `url`, with retries fast enough for tests unless overridden. */
export const client = (url: string, callOptions: CallOptions.CallOptions = {}) =>
  ZegoClient.layer({
    appId,
    serverSecret: Redacted.make(secret),
    zimBaseUrl: url,
    rtcBaseUrl: url,
    callOptions: {
      ...callOptions,
      retry: callOptions.retry === false
        ? false
        : { baseDelay: "5 millis", throttledBaseDelay: "10 millis", maxDelay: "50 millis", ...callOptions.retry }
    }
  })

/** Builds the client in the current scope and hands back a service from it. */
export const build = (url: string, callOptions: CallOptions.CallOptions = {}) => Layer.build(client(url, callOptions))
