/**
 * The errors of making, decoding and verifying a Token04. Each class is named after the rule that was broken
 * and carries the `field` and the `rule`. None carries the secret, the token or its plain text, so each can be
 * logged and recorded in a span as it is.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

// A field whose value is fixed by the class: `new UserIdEmpty()` needs no arguments, yet the field and the rule
// are in the encoded error (and so in logs and spans).
const fixed = <const S extends string>(value: S) =>
  Schema.Literal(value).pipe(Schema.propertySignature, Schema.withConstructorDefault(() => value))

/**
 * The AppID is not an unsigned 32-bit integer greater than 0 (the vendor's makers report error 1).
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect, Redacted } from "effect"
 *
 * const program = Token04.generateWith(
 *   { appId: 0, serverSecret: Redacted.make("0123456789abcdef0123456789abcdef") },
 *   { userId: "alice", lifetime: "1 hour" }
 * ).pipe(Effect.catchTag("AppIdInvalid", (error) => Effect.succeed(error.rule)))
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class AppIdInvalid extends Schema.TaggedError<AppIdInvalid>()("AppIdInvalid", {
  field: fixed("appId"),
  rule: fixed("must be an unsigned 32-bit integer greater than 0 (the AppID from the ZEGOCLOUD console)")
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}`
  }
}

/**
 * The ServerSecret is not 32 bytes long: it is the AES-256 key (the vendor's makers report error 5). `bytes` is
 * the length found, never the value.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect, Redacted } from "effect"
 *
 * const program = Token04.generateWith(
 *   { appId: 1234567890, serverSecret: Redacted.make("too short") },
 *   { userId: "alice", lifetime: "1 hour" }
 * ).pipe(Effect.catchTag("SecretNot32Bytes", (error) => Effect.succeed(error.bytes)))
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class SecretNot32Bytes extends Schema.TaggedError<SecretNot32Bytes>()("SecretNot32Bytes", {
  field: fixed("serverSecret"),
  rule: fixed("must be 32 bytes (the 32 characters of the ServerSecret from the ZEGOCLOUD console)"),
  bytes: Schema.Number
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}; it has ${this.bytes}`
  }
}

/**
 * The user ID is empty (the vendor's makers report error 3).
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = Token04.generate({ userId: "", lifetime: "1 hour" }).pipe(
 *   Effect.catchTag("UserIdEmpty", (error) => Effect.succeed(error.message))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class UserIdEmpty extends Schema.TaggedError<UserIdEmpty>()("UserIdEmpty", {
  field: fixed("userId"),
  rule: fixed("must not be empty (1 to 64 characters)")
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}`
  }
}

/**
 * The user ID is over 64 characters (Unicode code points; the vendor's makers report error 3). `length` is the
 * length found.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = Token04.generate({ userId: "x".repeat(65), lifetime: "1 hour" }).pipe(
 *   Effect.catchTag("UserIdTooLong", (error) => Effect.succeed(error.length))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class UserIdTooLong extends Schema.TaggedError<UserIdTooLong>()("UserIdTooLong", {
  field: fixed("userId"),
  rule: fixed("must be at most 64 characters"),
  length: Schema.Number
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}; it has ${this.length}`
  }
}

/**
 * The lifetime is under one second (the token counts whole seconds; the vendor's makers report error 6).
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = Token04.generate({ userId: "alice", lifetime: 0 }).pipe(
 *   Effect.catchTag("LifetimeNotPositive", (error) => Effect.succeed(error.rule))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class LifetimeNotPositive extends Schema.TaggedError<LifetimeNotPositive>()("LifetimeNotPositive", {
  field: fixed("lifetime"),
  rule: fixed("must be positive: at least 1 second (the token counts whole seconds)")
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}`
  }
}

/**
 * The lifetime is infinite, or so long that the expiry time is past 2^53 − 1 seconds (it would lose digits).
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Duration, Effect } from "effect"
 *
 * const program = Token04.generate({ userId: "alice", lifetime: Duration.infinity }).pipe(
 *   Effect.catchTag("LifetimeTooLong", (error) => Effect.succeed(error.rule))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class LifetimeTooLong extends Schema.TaggedError<LifetimeTooLong>()("LifetimeTooLong", {
  field: fixed("lifetime"),
  rule: fixed("must be finite, with the expiry time (now + lifetime) at most 2^53 - 1 seconds")
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}`
  }
}

/**
 * The room rights name no room.
 *
 * @example
 * ```ts
 * import { RoomRights, Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = Token04.generate({
 *   userId: "alice",
 *   lifetime: "1 hour",
 *   payload: RoomRights.make({ roomId: "" })
 * }).pipe(Effect.catchTag("RoomIdEmpty", (error) => Effect.succeed(error.field)))
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomIdEmpty extends Schema.TaggedError<RoomIdEmpty>()("RoomIdEmpty", {
  field: fixed("payload.roomId"),
  rule: fixed("must not be empty")
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}`
  }
}

/**
 * The room rights list an empty stream ID.
 *
 * @example
 * ```ts
 * import { RoomRights, Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = Token04.generate({
 *   userId: "alice",
 *   lifetime: "1 hour",
 *   payload: RoomRights.make({ roomId: "room1", publish: true, streamIds: [""] })
 * }).pipe(Effect.catchTag("StreamIdEmpty", (error) => Effect.succeed(error.field)))
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamIdEmpty extends Schema.TaggedError<StreamIdEmpty>()("StreamIdEmpty", {
  field: fixed("payload.streamIds"),
  rule: fixed("must not contain an empty stream ID")
}) {
  override get message(): string {
    return `Invalid token input ${this.field}: ${this.rule}`
  }
}

/**
 * Bad input to {@link Token04.generate}: nothing was made.
 *
 * @example
 * ```ts
 * import type { TokenError } from "@effect-zego/token"
 *
 * const describe = (error: TokenError.GenerateError) => `${error._tag}: ${error.field} ${error.rule}`
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export type GenerateError =
  | AppIdInvalid
  | SecretNot32Bytes
  | UserIdEmpty
  | UserIdTooLong
  | LifetimeNotPositive
  | LifetimeTooLong
  | RoomIdEmpty
  | StreamIdEmpty

/**
 * The token does not start with the version `04`.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = Token04.decode("03AAAA").pipe(
 *   Effect.catchTag("TokenVersionUnsupported", (error) => Effect.succeed(error.rule))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenVersionUnsupported extends Schema.TaggedError<TokenVersionUnsupported>()(
  "TokenVersionUnsupported",
  {
    field: fixed("version"),
    rule: fixed("must be \"04\" (the first two characters of the token)")
  }
) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}`
  }
}

/**
 * The token's bytes are not in the Token04 layout: not base64, too short, an IV that is not 12 bytes, or a
 * cipher-text length that does not match the bytes that follow. `field` names the part, `rule` what it must be.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = Token04.decode("04AAAA").pipe(
 *   Effect.catchTag("TokenLayoutInvalid", (error) => Effect.succeed(`${error.field}: ${error.rule}`))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenLayoutInvalid extends Schema.TaggedError<TokenLayoutInvalid>()("TokenLayoutInvalid", {
  field: Schema.String,
  rule: Schema.String
}) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}`
  }
}

/**
 * The token's mode byte is 0: the deprecated AES-CBC form, which this library does not read.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = (oldToken: string) =>
 *   Token04.decode(oldToken).pipe(
 *   Effect.catchTag("TokenModeDeprecated", () => Effect.succeed("make a new token"))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenModeDeprecated extends Schema.TaggedError<TokenModeDeprecated>()("TokenModeDeprecated", {
  field: fixed("mode"),
  rule: fixed("must be 1 (AES-256-GCM); 0 is the deprecated AES-CBC form")
}) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}`
  }
}

/**
 * The token's mode byte is neither 1 (AES-256-GCM) nor 0 (deprecated AES-CBC). `mode` is the byte found.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = (token: string) =>
 *   Token04.decode(token).pipe(
 *   Effect.catchTag("TokenModeUnknown", (error) => Effect.succeed(error.mode))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenModeUnknown extends Schema.TaggedError<TokenModeUnknown>()("TokenModeUnknown", {
  field: fixed("mode"),
  rule: fixed("must be 1 (AES-256-GCM)"),
  mode: Schema.Number
}) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}; it is ${this.mode}`
  }
}

/**
 * The cipher text does not decrypt and authenticate with the secret: the token was made with another secret,
 * or its IV, cipher text or tag was changed.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = (token: string) =>
 *   Token04.decode(token).pipe(
 *   Effect.catchTag("TokenAuthenticationFailed", () => Effect.succeed("not ours"))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenAuthenticationFailed extends Schema.TaggedError<TokenAuthenticationFailed>()(
  "TokenAuthenticationFailed",
  {
    field: fixed("cipherText"),
    rule: fixed("must decrypt and authenticate with the ServerSecret (another secret made it, or it was changed)")
  }
) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}`
  }
}

/**
 * The token decrypts, but what it holds is not what Token04 holds: the plain text is not the documented JSON,
 * or the expiry time in the clear header is not the one inside (the header was changed). `field` names the part,
 * `rule` what it must be; neither holds the plain text.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = (token: string) =>
 *   Token04.decode(token).pipe(
 *   Effect.catchTag("TokenContentInvalid", (error) => Effect.succeed(`${error.field}: ${error.rule}`))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenContentInvalid extends Schema.TaggedError<TokenContentInvalid>()("TokenContentInvalid", {
  field: Schema.String,
  rule: Schema.String
}) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}`
  }
}

/**
 * The token has expired: `now` (Unix seconds, from `Clock`) is at or past its `expire` (Unix seconds).
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = (token: string) =>
 *   Token04.verify(token).pipe(
 *   Effect.catchTag("TokenExpired", (error) => Effect.succeed(`expired at ${error.expire}`))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenExpired extends Schema.TaggedError<TokenExpired>()("TokenExpired", {
  field: fixed("expire"),
  rule: fixed("must be later than now"),
  expire: Schema.Number,
  now: Schema.Number
}) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}; it expired at ${this.expire}, now is ${this.now}`
  }
}

/**
 * The token is for another AppID than the one verifying it.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = (token: string) =>
 *   Token04.verify(token).pipe(
 *   Effect.catchTag("TokenAppIdMismatch", (error) => Effect.succeed(error.found))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenAppIdMismatch extends Schema.TaggedError<TokenAppIdMismatch>()("TokenAppIdMismatch", {
  field: fixed("app_id"),
  rule: fixed("must be the AppID that verifies the token"),
  expected: Schema.Number,
  found: Schema.Number
}) {
  override get message(): string {
    return `Invalid token ${this.field}: ${this.rule}; expected ${this.expected}, found ${this.found}`
  }
}

/**
 * Why {@link Token04.decode} refused a token (or the secret given to read it).
 *
 * @example
 * ```ts
 * import type { TokenError } from "@effect-zego/token"
 *
 * const describe = (error: TokenError.DecodeError) => `${error._tag}: ${error.field} ${error.rule}`
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export type DecodeError =
  | SecretNot32Bytes
  | TokenVersionUnsupported
  | TokenLayoutInvalid
  | TokenModeDeprecated
  | TokenModeUnknown
  | TokenAuthenticationFailed
  | TokenContentInvalid

/**
 * Why {@link Token04.verify} refused a token: any {@link DecodeError}, an expired token, another AppID's token,
 * or an invalid AppID given to check it.
 *
 * @example
 * ```ts
 * import type { TokenError } from "@effect-zego/token"
 *
 * const isExpired = (error: TokenError.VerifyError) => error._tag === "TokenExpired"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export type VerifyError = DecodeError | AppIdInvalid | TokenExpired | TokenAppIdMismatch
