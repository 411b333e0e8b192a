/**
 * The signature ZEGOCLOUD puts on every server callback: `signature = sha1(sort([secret, timestamp, nonce])
 * .join(""))`, lower-case hex, with `timestamp` and `nonce` exactly as received. Verification compares in
 * constant time and checks that `timestamp` is within a freshness window of the `Clock`.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Crypto from "node:crypto"

/**
 * The three signed values as received (decimal text), and the signature sent with them.
 *
 * @example
 * ```ts
 * import type { Signature } from "@effect-zego/callbacks"
 *
 * const fields: Signature.SignedFields = {
 *   signature: "5bd59fd62953a8059fb7eaba95720f66d19e4517",
 *   timestamp: "1470820198",
 *   nonce: "123412"
 * }
 * ```
 *
 * @since 0.1.0
 */
export interface SignedFields {
  readonly signature: string
  readonly timestamp: string
  readonly nonce: string
}

/**
 * How far `timestamp` may be from the clock (either way) unless configured: 5 minutes. The vendor documents
 * no window; its retries (the last 62 s after the first attempt) fit well inside this one.
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 * import { Duration } from "effect"
 *
 * Duration.toSeconds(Signature.defaultMaxAge) // 300
 * ```
 *
 * @since 0.1.0
 */
export const defaultMaxAge: Duration.Duration = Duration.minutes(5)

/**
 * The signature of `timestamp` and `nonce` under `secret`: SHA-1 over the three strings sorted and joined,
 * lower-case hex.
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 * import { Redacted } from "effect"
 *
 * // SPEC §8's vector: "5bd59fd62953a8059fb7eaba95720f66d19e4517"
 * const signature = Signature.sign(Redacted.make("secret"), "1470820198", "123412")
 * ```
 *
 * @since 0.1.0
 */
export const sign = (secret: Redacted.Redacted<string>, timestamp: string, nonce: string): string => {
  // Plain code-unit order, as PHP's SORT_STRING and Java's Arrays.sort(String[]) do.
  const parts = [Redacted.value(secret), timestamp, nonce].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return Crypto.createHash("sha1").update(parts.join(""), "utf8").digest("hex")
}

/**
 * Whether `signature` is the signature of `timestamp` and `nonce` under `secret`, compared in constant time.
 * Upper-case hex is accepted; anything that is not 40 hex characters is not.
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 * import { Redacted } from "effect"
 *
 * const ok = Signature.isValid(Redacted.make("secret"), {
 *   signature: "5bd59fd62953a8059fb7eaba95720f66d19e4517",
 *   timestamp: "1470820198",
 *   nonce: "123412"
 * }) // true
 * ```
 *
 * @since 0.1.0
 */
export const isValid = (secret: Redacted.Redacted<string>, fields: SignedFields): boolean => {
  const expected = Buffer.from(sign(secret, fields.timestamp, fields.nonce), "hex")
  if (!/^[0-9a-fA-F]{40}$/.test(fields.signature)) return false
  const given = Buffer.from(fields.signature, "hex")
  return given.length === expected.length && Crypto.timingSafeEqual(given, expected)
}

/**
 * A signed value (`signature`, `timestamp` or `nonce`, or their PascalCase forms) is missing from the body.
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 *
 * const error = new Signature.SignatureFieldMissing({ field: "nonce" })
 * ```
 *
 * @since 0.1.0
 */
export class SignatureFieldMissing extends Schema.TaggedError<SignatureFieldMissing>()("SignatureFieldMissing", {
  field: Schema.String
}) {
  override get message(): string {
    return `The callback has no ${this.field}: it cannot be authenticated`
  }
}

/**
 * The signature does not match the secret, `timestamp` and `nonce`: not from ZEGOCLOUD, or changed on the way,
 * or signed with another secret.
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 * import { Effect, Redacted } from "effect"
 *
 * const check = Signature.verify(Redacted.make("secret"), { signature: "0".repeat(40), timestamp: "1", nonce: "1" })
 *   .pipe(Effect.catchTag("SignatureMismatch", () => Effect.succeed("forged")))
 * ```
 *
 * @since 0.1.0
 */
export class SignatureMismatch extends Schema.TaggedError<SignatureMismatch>()("SignatureMismatch", {}) {
  override get message(): string {
    return "The callback's signature does not match the callback secret, timestamp and nonce"
  }
}

/**
 * `timestamp` is not Unix seconds in decimal digits.
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 *
 * const error = new Signature.TimestampInvalid({ timestamp: "yesterday" })
 * ```
 *
 * @since 0.1.0
 */
export class TimestampInvalid extends Schema.TaggedError<TimestampInvalid>()("TimestampInvalid", {
  timestamp: Schema.String
}) {
  override get message(): string {
    return `The callback's timestamp must be Unix seconds in decimal digits, got ${JSON.stringify(this.timestamp)}`
  }
}

/**
 * `timestamp` is further from the clock than the freshness window allows (a replay of an old callback, or a
 * clock that is off).
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 *
 * const error = new Signature.TimestampOutOfWindow({ timestamp: "1470820198", ageSeconds: 3600, maxAgeSeconds: 300 })
 * ```
 *
 * @since 0.1.0
 */
export class TimestampOutOfWindow extends Schema.TaggedError<TimestampOutOfWindow>()("TimestampOutOfWindow", {
  timestamp: Schema.String,
  /** The clock minus the timestamp, in seconds (negative: from the future). */
  ageSeconds: Schema.Number,
  maxAgeSeconds: Schema.Number
}) {
  override get message(): string {
    return `The callback's timestamp ${this.timestamp} is ${this.ageSeconds} s from now; at most ` +
      `${this.maxAgeSeconds} s is accepted`
  }
}

/**
 * Why {@link verify} rejected a callback.
 *
 * @example
 * ```ts
 * import type { Signature } from "@effect-zego/callbacks"
 *
 * const reason = (error: Signature.VerificationError) => error._tag
 * ```
 *
 * @since 0.1.0
 */
export type VerificationError = SignatureMismatch | TimestampInvalid | TimestampOutOfWindow

/**
 * Options of {@link verify}.
 *
 * @example
 * ```ts
 * import type { Signature } from "@effect-zego/callbacks"
 *
 * const options: Signature.VerifyOptions = { maxAge: "10 minutes" }
 * ```
 *
 * @since 0.1.0
 */
export interface VerifyOptions {
  /** How far `timestamp` may be from the clock, either way; default {@link defaultMaxAge}. */
  readonly maxAge?: Duration.DurationInput | undefined
}

/**
 * Checks a callback's signature (constant time) and that its `timestamp` is within `maxAge` of the `Clock`.
 * Replays inside the window are the nonce guard's job (`NonceStore`).
 *
 * @example
 * ```ts
 * import { Signature } from "@effect-zego/callbacks"
 * import { Effect, Redacted } from "effect"
 *
 * const check = Signature.verify(Redacted.make("secret"), {
 *   signature: "5bd59fd62953a8059fb7eaba95720f66d19e4517",
 *   timestamp: "1470820198",
 *   nonce: "123412"
 * }, { maxAge: "10 minutes" })
 * // fails with TimestampOutOfWindow today: the vector is from 2016
 * ```
 *
 * @since 0.1.0
 */
export const verify = (
  secret: Redacted.Redacted<string>,
  fields: SignedFields,
  options: VerifyOptions = {}
): Effect.Effect<void, VerificationError> =>
  Effect.gen(function*() {
    if (!isValid(secret, fields)) return yield* new SignatureMismatch()
    if (!/^[0-9]{1,15}$/.test(fields.timestamp)) return yield* new TimestampInvalid({ timestamp: fields.timestamp })
    const maxAgeSeconds = Duration.toSeconds(Duration.decode(options.maxAge ?? defaultMaxAge))
    const nowSeconds = (yield* Clock.currentTimeMillis) / 1000
    const ageSeconds = Math.round(nowSeconds - Number(fields.timestamp))
    if (Math.abs(ageSeconds) > maxAgeSeconds) {
      return yield* new TimestampOutOfWindow({ timestamp: fields.timestamp, ageSeconds, maxAgeSeconds })
    }
  })
