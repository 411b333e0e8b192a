/**
 * Server callbacks (webhooks) sent by the emulator for the events its state produces, as ZEGOCLOUD sends them:
 * a JSON POST per event, signed with the callback secret (`sha1` of the sorted secret, timestamp and nonce),
 * retried after 2, 4, 8, 16 and 32 s on anything but 2xx. `before_send_msg`, when turned on, is asked before a
 * message is stored and its answer is honoured. The emulator signs with its own code: it does not depend on
 * the client packages.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberSet from "effect/FiberSet"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Crypto from "node:crypto"
import type { ServerClock } from "./ServerClock.js"

/**
 * The products that send callbacks; each has its own URL (both send `room_create`, with different bodies).
 *
 * @since 0.1.0
 */
export type Product = "zim" | "rtc"

/**
 * The documented retry delays: 5 retries, 2, 4, 8, 16 and 32 s after the previous attempt.
 *
 * @since 0.1.0
 */
export const documentedRetryDelaysMs: ReadonlyArray<number> = [2_000, 4_000, 8_000, 16_000, 32_000]

/**
 * Where and how the emulator sends callbacks.
 *
 * @since 0.1.0
 */
export interface CallbackOptions {
  /** The URL of the ZIM receiver; ZIM events are not sent without one. */
  readonly zimUrl?: string | undefined
  /** The URL of the RTC receiver; RTC events are not sent without one. */
  readonly rtcUrl?: string | undefined
  /** The callback secret the bodies are signed with. */
  readonly secret: string | Redacted.Redacted<string>
  /** Delays before each retry, in ms; default {@link documentedRetryDelaysMs} (tests use shorter ones). */
  readonly retryDelaysMs?: ReadonlyArray<number> | undefined
  /** Asks `before_send_msg` before storing a message and honours the answer; default `false`. */
  readonly beforeSendMsg?: boolean | undefined
  /** How long one attempt may take, in ms; default 5000 (`before_send_msg`: 2500, as documented). */
  readonly attemptTimeoutMs?: number | undefined
  /** Whether callbacks are sent from the start; default `true` (see `EmulatorService.callbacks.setEnabled`). */
  readonly enabled?: boolean | undefined
}

/**
 * One attempt to deliver a callback, as the request log keeps it.
 *
 * @since 0.1.0
 */
export interface CallbackDelivery {
  /** Position in sending order, from 0; the attempts of one callback share it. */
  readonly sequence: number
  readonly product: Product
  readonly event: string
  readonly url: string
  /** 1 for the first attempt, 2 for the first retry … */
  readonly attempt: number
  /** The body sent, as JSON text. */
  readonly body: string
  /** The server clock (Unix ms, offset included) when the attempt was sent. */
  readonly serverTimeMs: number
  /** The receiver's HTTP status; `undefined` when there was no answer (connection refused, timeout). */
  readonly status: number | undefined
  /** Why the attempt failed without an answer. */
  readonly error: string | undefined
}

/**
 * The answer to `before_send_msg`: `result` 0 neutral, 1 send, 2 silent send (stored nowhere, the sender sees
 * success), 3 do not send.
 *
 * @since 0.1.0
 */
export interface Decision {
  readonly result: number
  readonly reason: string
}

/**
 * The signature of a callback: SHA-1 over the secret, timestamp and nonce sorted as strings and joined,
 * lower-case hex.
 *
 * @since 0.1.0
 */
export const sign = (secret: string, timestamp: string, nonce: string): string =>
  Crypto.createHash("sha1").update([secret, timestamp, nonce].sort().join(""), "utf8").digest("hex")

/**
 * A 64-bit value written into a body as bare JSON digits (as ZEGOCLOUD writes `room_session_id`), beyond what a
 * JavaScript number holds.
 *
 * @since 0.1.0
 */
export class JsonDigits {
  constructor(readonly digits: string) {}
}

const marker = "\u0000digits:"

/** JSON text in which {@link JsonDigits} are bare numbers. */
const toJson = (value: unknown): string =>
  JSON.stringify(value, (_, item: unknown) => item instanceof JsonDigits ? `${marker}${item.digits}` : item)
    .replace(new RegExp(`"\\\\u0000digits:(-?[0-9]+)"`, "g"), "$1")

/**
 * How a body carries its `appid` and `timestamp`: the documented examples send ZIM's as a string and a number,
 * RTC room events as numbers, RTC user and stream events as strings.
 *
 * @since 0.1.0
 */
export type Style = "zim" | "rtcNumbers" | "rtcStrings"

/**
 * What the Actions use to send callbacks.
 *
 * @since 0.1.0
 */
export interface CallbackEmitter {
  /** Sends `event` with `fields` (in the background, with retries); nothing when the product has no URL. */
  readonly emit: (
    product: Product,
    event: string,
    style: Style,
    fields: Readonly<Record<string, unknown>>
  ) => Effect.Effect<void>
  /**
   * Asks `before_send_msg` and returns the decision, or `undefined` when it is not turned on. A receiver that
   * fails or does not answer in time means "do not send", as documented.
   */
  readonly decide: (fields: Readonly<Record<string, unknown>>) => Effect.Effect<Decision | undefined>
  /** A new ID for a call, a stream or a room session. */
  readonly nextId: () => number
}

/**
 * The emitter of a running emulator and its controls.
 *
 * @since 0.1.0
 */
export interface CallbackSender extends CallbackEmitter {
  readonly deliveries: () => ReadonlyArray<CallbackDelivery>
  readonly reset: () => void
  readonly setEnabled: (enabled: boolean) => void
  readonly enabled: () => boolean
  /** Waits until every callback sent so far is delivered or given up. */
  readonly idle: Effect.Effect<void>
}

/**
 * Starts a sender for the scope: deliveries in flight stop when it closes.
 *
 * @since 0.1.0
 */
export const make = (
  options: CallbackOptions | undefined,
  appId: number,
  clock: ServerClock,
  capacity: number
): Effect.Effect<CallbackSender, never, Scope.Scope> =>
  Effect.gen(function*() {
    const fibers = yield* FiberSet.make<void, never>()
    const secret = options === undefined
      ? ""
      : typeof options.secret === "string"
      ? options.secret
      : Redacted.value(options.secret)
    const retryDelays = options?.retryDelaysMs ?? documentedRetryDelaysMs
    const attemptTimeoutMs = options?.attemptTimeoutMs ?? 5_000
    let enabled = options?.enabled ?? true
    let log: Array<CallbackDelivery> = []
    let sequence = 0
    let ids = 0
    const urlOf = (product: Product) => product === "zim" ? options?.zimUrl : options?.rtcUrl

    const body = (event: string, style: Style, fields: Readonly<Record<string, unknown>>) => {
      const timestampSeconds = Math.floor(clock.nowMs() / 1000)
      // 19 digits, beyond 2^53, as ZEGOCLOUD's nonces can be: receivers must sign the text.
      const nonce = `7${String(Crypto.randomInt(1e9)).padStart(9, "0")}${
        String(Crypto.randomInt(1e9)).padStart(9, "0")
      }`
      const timestamp = String(timestampSeconds)
      const signed = { nonce, signature: sign(secret, timestamp, nonce) }
      const head = style === "zim"
        ? { appid: String(appId), event, timestamp: timestampSeconds }
        : style === "rtcNumbers"
        ? { event, appid: appId, timestamp: timestampSeconds }
        : { event, appid: String(appId), timestamp }
      return toJson({ ...head, ...signed, ...fields })
    }

    /** One attempt: the status, or why there was none. */
    const attempt = (url: string, text: string, timeoutMs: number) =>
      Effect.tryPromise({
        try: async (signal) => {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: text,
            signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])
          })
          return { status: response.status, text: await response.text() }
        },
        catch: (error) =>
          error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
      })

    const record = (entry: Omit<CallbackDelivery, "serverTimeMs">, serverTimeMs: number) => {
      log.push({ ...entry, serverTimeMs })
      if (log.length > capacity) log.splice(0, log.length - capacity)
    }

    const deliver = (product: Product, event: string, url: string, text: string, number: number) =>
      Effect.gen(function*() {
        for (let index = 0; index <= retryDelays.length; index++) {
          const sentAt = clock.nowMs()
          const result = yield* Effect.either(attempt(url, text, attemptTimeoutMs))
          const status = result._tag === "Right" ? result.right.status : undefined
          record({
            sequence: number,
            product,
            event,
            url,
            attempt: index + 1,
            body: text,
            status,
            error: result._tag === "Left" ? result.left : undefined
          }, sentAt)
          if (status !== undefined && status >= 200 && status < 300) return
          const delay = retryDelays[index]
          if (delay === undefined) return
          yield* Effect.sleep(Duration.millis(delay))
        }
      })

    const sender: CallbackSender = {
      emit: (product, event, style, fields) =>
        Effect.suspend(() => {
          const url = urlOf(product)
          if (!enabled || url === undefined) return Effect.void
          const text = body(event, style, fields)
          const number = sequence++
          return Effect.asVoid(FiberSet.run(fibers, deliver(product, event, url, text, number)))
        }),
      decide: (fields) =>
        Effect.gen(function*() {
          const url = options?.zimUrl
          if (!enabled || options?.beforeSendMsg !== true || url === undefined) return undefined
          const text = body("before_send_msg", "zim", fields)
          const number = sequence++
          // One immediate retry, 2.5 s each, as documented.
          for (let index = 0; index < 2; index++) {
            const sentAt = clock.nowMs()
            const result = yield* Effect.either(attempt(url, text, options.attemptTimeoutMs ?? 2_500))
            const status = result._tag === "Right" ? result.right.status : undefined
            record({
              sequence: number,
              product: "zim",
              event: "before_send_msg",
              url,
              attempt: index + 1,
              body: text,
              status,
              error: result._tag === "Left" ? result.left : undefined
            }, sentAt)
            if (result._tag === "Right" && status !== undefined && status >= 200 && status < 300) {
              return parseDecision(result.right.text)
            }
          }
          return { result: 3, reason: "the before_send_msg callback did not answer" }
        }),
      nextId: () => ++ids,
      deliveries: () => [...log],
      reset: () => {
        log = []
      },
      setEnabled: (next) => {
        enabled = next
      },
      enabled: () => enabled,
      idle: FiberSet.awaitEmpty(fibers)
    }
    return sender
  })

const parseDecision = (text: string): Decision => {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === "object" && value !== null && "result" in value) {
      const result = Number(value.result)
      const reason = "reason" in value && typeof value.reason === "string" ? value.reason : ""
      // Values other than 0–3 count as 0, as documented.
      return { result: [0, 1, 2, 3].includes(result) ? result : 0, reason }
    }
  } catch {
    // An answer that is not JSON is no decision.
  }
  return { result: 0, reason: "" }
}
