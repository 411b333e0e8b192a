/**
 * Test-side HTTP calls to a running emulator, with the test's own signing (node:crypto md5), so that the
 * emulator's verifier is checked against an independent implementation.
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { createHash, randomBytes } from "node:crypto"
import type { EmulatorService } from "../src/index.js"

export const md5Signature = (appId: string, nonce: string, secret: string, timestamp: string): string =>
  createHash("md5").update(`${appId}${nonce}${secret}${timestamp}`).digest("hex")

export interface CallOptions {
  /** HTTP method; default: the one the test passes, else GET. */
  readonly method?: string
  /** A value sent as a JSON body (with Content-Type application/json unless `contentType` says otherwise). */
  readonly json?: unknown
  /** A raw body. */
  readonly rawBody?: string | Uint8Array
  /** Content-Type header; `null` sends none. */
  readonly contentType?: string | null
  /**
   * Public parameter overrides: a string replaces the value, `undefined` leaves the parameter out. The
   * signature is computed over the final values unless `Signature` itself is overridden.
   */
  readonly params?: Readonly<Record<string, string | undefined>>
  /** Raw business query appended after the public parameters (e.g. `RoomId=r&UserId[]=a`). */
  readonly query?: string
  /** Unix seconds to sign with; default now. */
  readonly timestamp?: number
  /** AppId and secret to sign with; default the emulator's. */
  readonly appId?: string
  readonly secret?: string
  /** Path; default "/". */
  readonly path?: string
}

export interface Reply {
  readonly status: number
  readonly contentType: string | null
  readonly date: string | null
  readonly text: string
  /** The parsed JSON body, or undefined when the body is not JSON. */
  readonly body: Readonly<Record<string, unknown>>
  readonly elapsedMs: number
}

const parseJson = (text: string): Readonly<Record<string, unknown>> => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null ? value as Record<string, unknown> : {}
  } catch {
    return {}
  }
}

/** The query string of a signed request. */
export const signedQuery = (emulator: EmulatorService, action: string | undefined, options: CallOptions = {}) => {
  const appId = options.appId ?? String(emulator.appId)
  const secret = options.secret ?? Redacted.value(emulator.serverSecret)
  const values: Record<string, string | undefined> = {
    Action: action,
    AppId: appId,
    SignatureNonce: randomBytes(8).toString("hex"),
    Timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    SignatureVersion: "2.0"
  }
  for (const [key, value] of Object.entries(options.params ?? {})) {
    if (key !== "Signature") values[key] = value
  }
  const signature = options.params !== undefined && "Signature" in options.params
    ? options.params["Signature"]
    : md5Signature(values["AppId"] ?? "", values["SignatureNonce"] ?? "", secret, values["Timestamp"] ?? "")
  values["Signature"] = signature
  const publicPart = Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&")
  return options.query === undefined || options.query === "" ? publicPart : `${publicPart}&${options.query}`
}

/** Sends a signed request and reads the whole answer. Fails when the connection breaks. */
export const call = (
  emulator: EmulatorService,
  action: string | undefined,
  options: CallOptions = {}
): Effect.Effect<Reply, Error> =>
  Effect.tryPromise({
    try: async () => {
      const headers: Record<string, string> = {}
      let body: string | Uint8Array | undefined = options.rawBody
      if (options.json !== undefined) body = JSON.stringify(options.json)
      const contentType = options.contentType === undefined
        ? (body === undefined ? null : "application/json")
        : options.contentType
      if (contentType !== null) headers["content-type"] = contentType
      const started = performance.now()
      const response = await fetch(`${emulator.url}${options.path ?? "/"}?${signedQuery(emulator, action, options)}`, {
        method: options.method ?? (body === undefined ? "GET" : "POST"),
        headers,
        ...(body === undefined ? {} : { body })
      })
      const text = await response.text()
      return {
        status: response.status,
        contentType: response.headers.get("content-type"),
        date: response.headers.get("date"),
        text,
        body: parseJson(text),
        elapsedMs: performance.now() - started
      }
    },
    catch: (cause) => cause instanceof Error ? cause : new Error(String(cause))
  })

/** POSTs a JSON body to a ZIM Action. */
export const post = (emulator: EmulatorService, action: string, json: unknown, options: CallOptions = {}) =>
  call(emulator, action, { ...options, method: "POST", json })

/** The envelope Code of a reply. */
export const codeOf = (reply: Reply): unknown => reply.body["Code"]

/** Waits real time, whatever clock the test runtime uses. */
export const sleepReal = (ms: number) => Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, ms)))
