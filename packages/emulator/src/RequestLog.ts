/**
 * The log of every request the emulator received and how it answered.
 *
 * @since 0.1.0
 */
import type { Fault } from "./Faults.js"

/**
 * The body of a request as the emulator read it.
 *
 * @since 0.1.0
 */
export type RequestBody =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "Json"; readonly value: unknown }
  | { readonly _tag: "Text"; readonly text: string }
  | { readonly _tag: "TooLarge"; readonly bytes: number }
  | { readonly _tag: "Unreadable" }

/**
 * One received request.
 *
 * @since 0.1.0
 */
export interface RequestRecord {
  /** Position in arrival order, from 0 (it keeps counting across resets). */
  readonly sequence: number
  /** The emulator's monotonic clock (ms, arbitrary origin) at arrival; the time rate limits are measured with. */
  readonly monotonicMs: number
  /** The server clock at arrival: Unix ms, clock offset included. */
  readonly serverTimeMs: number
  readonly method: string
  readonly path: string
  /** The `Action` query value, or `undefined` when absent. */
  readonly action: string | undefined
  /** The query string as received, without `?`. */
  readonly rawQuery: string
  /** The decoded query: plain keys to their (first) value, bracket keys (`UserId[]`) to their list of values. */
  readonly query: Readonly<Record<string, string | ReadonlyArray<string>>>
  readonly body: RequestBody
  /** The HTTP status answered; `undefined` when the connection was dropped. */
  readonly status: number | undefined
  /** The envelope `Code` answered; `undefined` when the body was not an envelope with a numeric Code. */
  readonly code: number | undefined
  /** The `RequestId` answered, when the body was an envelope. */
  readonly requestId: string | undefined
  /** Whether the rate limiter counted the request as accepted. */
  readonly accepted: boolean
  /** The fault that decided the answer, if any. */
  readonly fault: Fault["_tag"] | undefined
  /** Latency added by faults, in ms. */
  readonly addedLatencyMs: number
  /**
   * The client closed the connection before it was answered (its timeout ran out during injected latency, or
   * its call was interrupted): the request was received but never answered, so `status` is `undefined`.
   */
  readonly clientAborted: boolean
}

/**
 * A bounded in-memory log (oldest entries are dropped beyond `capacity`).
 *
 * @since 0.1.0
 */
export class RequestLogStore {
  private records: Array<RequestRecord> = []
  private nextSequence = 0

  /** @param capacity how many records to keep */
  constructor(readonly capacity: number) {}

  /** The next sequence number. */
  takeSequence(): number {
    return this.nextSequence++
  }

  /** Adds a record, dropping the oldest beyond the capacity. */
  append(record: RequestRecord): void {
    this.records.push(record)
    if (this.records.length > this.capacity) this.records.splice(0, this.records.length - this.capacity)
  }

  /** The records in arrival order. */
  entries(): ReadonlyArray<RequestRecord> {
    return [...this.records].sort((a, b) => a.sequence - b.sequence)
  }

  /** Empties the log (sequence numbers keep counting). */
  reset(): void {
    this.records = []
  }
}
