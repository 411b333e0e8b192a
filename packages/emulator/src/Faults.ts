/**
 * Fault injection: per Action (or for every request), with a firing rate, an optional seed that makes the
 * firing pattern deterministic, and an optional limit on how many times a fault fires.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * Delays the answer by `ms` milliseconds; the request is otherwise answered normally.
 *
 * @since 0.1.0
 */
export const Latency = Schema.TaggedStruct("Latency", { ms: Schema.Number.pipe(Schema.finite(), Schema.nonNegative()) })

/**
 * Answers an HTTP error status (5xx or any other) with an HTML page or an empty body, as a proxy would.
 *
 * @since 0.1.0
 */
export const HttpError = Schema.TaggedStruct("HttpError", {
  status: Schema.Int.pipe(Schema.between(100, 599)),
  body: Schema.Literal("html", "empty")
})

/**
 * Destroys the connection before answering.
 *
 * @since 0.1.0
 */
export const DropConnection = Schema.TaggedStruct("DropConnection", {})

/**
 * The kinds of body that are not a valid JSON envelope:
 * - `html`: an HTML page with HTTP 200;
 * - `truncatedJson`: the first half of a JSON envelope;
 * - `emptyBody`: nothing at all;
 * - `wrongTypes`: JSON where `Code`, `Message` and `RequestId` have the wrong types;
 * - `missingCode`: a JSON object without `Code`;
 * - `unknownCode`: an envelope with a `Code` no table documents ({@link unknownCode}).
 *
 * @since 0.1.0
 */
export const MalformedBodyKind = Schema.Literal(
  "html",
  "truncatedJson",
  "emptyBody",
  "wrongTypes",
  "missingCode",
  "unknownCode"
)

/**
 * The type of {@link MalformedBodyKind}.
 *
 * @since 0.1.0
 */
export type MalformedBodyKind = typeof MalformedBodyKind.Type

/**
 * The undocumented code answered by the `unknownCode` malformed body.
 *
 * @since 0.1.0
 */
export const unknownCode = 987654321

/**
 * Answers HTTP 200 with a body that is not a valid JSON envelope.
 *
 * @since 0.1.0
 */
export const MalformedBody = Schema.TaggedStruct("MalformedBody", { kind: MalformedBodyKind })

/**
 * Answers the Action's rate-limit code (ZIM 660300005, RTC 206) as if the request were over the limit.
 *
 * @since 0.1.0
 */
export const RateLimited = Schema.TaggedStruct("RateLimited", {})

/**
 * Answers a well-formed envelope with the given code (for instance 660000001, 100000015 or 1).
 *
 * @since 0.1.0
 */
export const ForcedCode = Schema.TaggedStruct("ForcedCode", {
  code: Schema.Int,
  message: Schema.optional(Schema.String)
})

/**
 * Any fault.
 *
 * @since 0.1.0
 */
export const Fault = Schema.Union(Latency, HttpError, DropConnection, MalformedBody, RateLimited, ForcedCode)

/**
 * The type of {@link Fault}.
 *
 * @since 0.1.0
 */
export type Fault = typeof Fault.Type

/**
 * A fault with how often it fires.
 *
 * - `rate`: the probability (0..1) that a request gets the fault; default 1.
 * - `seed`: makes the firing pattern deterministic (a seeded PRNG); without it the pattern is random.
 * - `count`: the fault fires at most this many times, then stays inactive.
 *
 * @since 0.1.0
 */
export const FaultSpec = Schema.Struct({
  fault: Fault,
  rate: Schema.optional(Schema.Number.pipe(Schema.between(0, 1))),
  seed: Schema.optional(Schema.Int),
  count: Schema.optional(Schema.Int.pipe(Schema.nonNegative()))
})

/**
 * The type of {@link FaultSpec}.
 *
 * @since 0.1.0
 */
export type FaultSpec = typeof FaultSpec.Type

/*
 * The constructors below build faults without validating them: {@link FaultRegistry} users validate with
 * {@link validate} (the emulator's `faults.set` does), so a bad value is reported as an error, not thrown.
 */

/**
 * The target that applies faults to every request, whatever its Action.
 *
 * @since 0.1.0
 */
export const allActions = "*"

/**
 * A delay of `ms` milliseconds.
 *
 * @since 0.1.0
 */
export const latency = (ms: number): Fault => ({ _tag: "Latency", ms })

/**
 * An HTTP error status with an HTML or empty body.
 *
 * @since 0.1.0
 */
export const httpError = (status: number, body: "html" | "empty" = "html"): Fault => ({
  _tag: "HttpError",
  status,
  body
})

/**
 * A dropped connection.
 *
 * @since 0.1.0
 */
export const dropConnection: Fault = { _tag: "DropConnection" }

/**
 * A body that is not a valid JSON envelope.
 *
 * @since 0.1.0
 */
export const malformedBody = (kind: MalformedBodyKind): Fault => ({ _tag: "MalformedBody", kind })

/**
 * A forced rate-limit answer.
 *
 * @since 0.1.0
 */
export const rateLimited: Fault = { _tag: "RateLimited" }

/**
 * A forced code answer.
 *
 * @since 0.1.0
 */
export const forcedCode = (code: number, message?: string): Fault =>
  message === undefined ? { _tag: "ForcedCode", code } : { _tag: "ForcedCode", code, message }

/**
 * A fault specification that is not valid.
 *
 * @since 0.1.0
 */
export class InvalidFaultSpec extends Data.TaggedError("InvalidFaultSpec")<{ readonly reason: string }> {
  override get message(): string {
    return `Invalid fault specification: ${this.reason}`
  }
}

/**
 * The state of one installed fault.
 *
 * @since 0.1.0
 */
export interface FaultStatus {
  /** An Action name, or {@link allActions}. */
  readonly target: string
  readonly spec: FaultSpec
  /** How many times it fired. */
  readonly fired: number
}

/**
 * The faults drawn for one request: the total added latency and the fault that decides the answer, if any.
 *
 * @since 0.1.0
 */
export interface FaultDraw {
  readonly latencyMs: number
  readonly answer: Exclude<Fault, typeof Latency.Type> | undefined
}

/**
 * A small seeded PRNG (mulberry32): deterministic and good enough to spread faults.
 *
 * @since 0.1.0
 */
export const seededRandom = (seed: number): () => number => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Installed {
  readonly target: string
  readonly spec: FaultSpec
  readonly random: () => number
  fired: number
}

const decodeSpec = Schema.decodeUnknownEither(FaultSpec, { onExcessProperty: "error" })

/**
 * Validates fault specifications.
 *
 * @since 0.1.0
 */
export const validate = (specs: ReadonlyArray<unknown>): Either.Either<ReadonlyArray<FaultSpec>, InvalidFaultSpec> =>
  Either.all(specs.map((spec) =>
    Either.mapLeft(
      decodeSpec(spec),
      (error) =>
        new InvalidFaultSpec({
          reason: ParseResult.ArrayFormatter.formatErrorSync(error)
            .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
            .join("; ")
        })
    )
  ))

/**
 * The installed faults of an emulator. Mutable, used synchronously when a request arrives.
 *
 * @since 0.1.0
 */
export class FaultRegistry {
  private installed: Array<Installed> = []

  /** Replaces the faults of `target` with `specs` (already validated). */
  set(target: string, specs: ReadonlyArray<FaultSpec>): void {
    this.installed = this.installed.filter((entry) => entry.target !== target)
    for (const spec of specs) {
      this.installed.push({
        target,
        spec,
        random: spec.seed === undefined ? Math.random : seededRandom(spec.seed),
        fired: 0
      })
    }
  }

  /** Removes the faults of `target`, or every fault. */
  clear(target?: string): void {
    this.installed = target === undefined ? [] : this.installed.filter((entry) => entry.target !== target)
  }

  /** The installed faults and how often each fired. */
  list(): ReadonlyArray<FaultStatus> {
    return this.installed.map((entry) => ({ target: entry.target, spec: entry.spec, fired: entry.fired }))
  }

  /**
   * Draws the faults of a request: the Action's own faults first, then those for every Action. Latencies add
   * up; the first answering fault that fires decides the answer, and later answering faults are not drawn.
   */
  draw(actionName: string): FaultDraw {
    let latencyMs = 0
    let answer: FaultDraw["answer"] = undefined
    const candidates = [
      ...this.installed.filter((entry) => entry.target === actionName && actionName !== allActions),
      ...this.installed.filter((entry) => entry.target === allActions)
    ]
    for (const entry of candidates) {
      const fault = entry.spec.fault
      if (fault._tag !== "Latency" && answer !== undefined) continue
      if (entry.spec.count !== undefined && entry.fired >= entry.spec.count) continue
      const rate = entry.spec.rate ?? 1
      if (entry.random() >= rate) continue
      entry.fired++
      if (fault._tag === "Latency") {
        latencyMs += fault.ms
      } else {
        answer = fault
      }
    }
    return { latencyMs, answer }
  }
}
