/**
 * Token04: the token a backend hands its app users to log in to ZIM and to RTC rooms, made from the AppID and
 * the ServerSecret (ZEGOCLOUD's current token version, `04`).
 *
 * The plain text is the JSON of `app_id`, `user_id`, `nonce`, `ctime`, `expire` and `payload`, encrypted with
 * AES-256-GCM under the secret's 32 bytes. Time comes from Effect's `Clock`, the nonce and IV from
 * {@link TokenRandom.TokenRandom}, so tests pin all three. Spans carry the AppID and the user ID only: never
 * the secret, the plain text or the token.
 *
 * @since 0.1.0
 */
import { ZegoConfig } from "@effect-zego/core/ZegoConfig"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Layout from "./internal/layout.js"
import * as RoomRights from "./RoomRights.js"
import {
  AppIdInvalid,
  type DecodeError,
  type GenerateError,
  LifetimeNotPositive,
  LifetimeTooLong,
  RoomIdEmpty,
  SecretNot32Bytes,
  StreamIdEmpty,
  TokenAppIdMismatch,
  TokenContentInvalid,
  TokenExpired,
  UserIdEmpty,
  UserIdTooLong,
  type VerifyError
} from "./TokenError.js"
import { TokenRandom } from "./TokenRandom.js"

/**
 * The version prefix of every Token04.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 *
 * const looksLikeToken04 = (token: string) => token.startsWith(Token04.version)
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const version: "04" = Layout.version

/**
 * The longest user ID, in characters (Unicode code points).
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 *
 * const fits = (userId: string) => [...userId].length <= Token04.maxUserIdLength
 * ```
 *
 * @since 0.1.0
 * @category constants
 */
export const maxUserIdLength = 64

/**
 * What a token may carry besides who and until when: strict room rights, or any text the app's clients and
 * ZEGOCLOUD agree on.
 *
 * @example
 * ```ts
 * import { RoomRights, type Token04 } from "@effect-zego/token"
 *
 * const rights: Token04.Payload = RoomRights.make({ roomId: "room1", publish: true })
 * const raw: Token04.Payload = "{\"custom\":true}"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Payload = RoomRights.RoomRights | string

/**
 * What a token is made for.
 *
 * @example
 * ```ts
 * import { RoomRights, type Token04 } from "@effect-zego/token"
 *
 * const options: Token04.GenerateOptions = {
 *   userId: "alice",
 *   lifetime: "2 hours",
 *   payload: RoomRights.make({ roomId: "room1" })
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface GenerateOptions {
  /** 1 to 64 characters. */
  readonly userId: string
  /** At least 1 second; whole seconds count (a remainder under a second is dropped). */
  readonly lifetime: Duration.DurationInput
  /** Default: none (the token's `payload` is `""`). */
  readonly payload?: Payload | undefined
}

/**
 * The AppID and ServerSecret a token is made or verified with: a `ZegoConfigService` is one.
 *
 * @example
 * ```ts
 * import type { Token04 } from "@effect-zego/token"
 * import { Redacted } from "effect"
 *
 * const credentials: Token04.Credentials = {
 *   appId: 1234567890,
 *   serverSecret: Redacted.make("0123456789abcdef0123456789abcdef")
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Credentials {
  readonly appId: number
  readonly serverSecret: Redacted.Redacted<string>
}

/**
 * What a token holds, read back.
 *
 * @example
 * ```ts
 * import type { Token04 } from "@effect-zego/token"
 * import { Option } from "effect"
 *
 * const roomOf = (contents: Token04.Contents) =>
 *   Option.flatMap(contents.payload, (payload) => typeof payload === "string" ? Option.none() : Option.some(payload.roomId))
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Contents {
  readonly appId: number
  readonly userId: string
  /** The token's random signed 32-bit integer. */
  readonly nonce: number
  /** When it was made, Unix seconds. */
  readonly ctime: number
  /** When it expires, Unix seconds. */
  readonly expire: number
  /**
   * The payload: `RoomRights` when its text is exactly what room rights make, the raw text otherwise, `None`
   * when the token has none (`""`).
   */
  readonly payload: Option.Option<Payload>
}

/**
 * {@link Contents} as plain JSON (for a tool's output or an HTTP answer): the payload is `null`,
 * `{"roomRights": {…}}` or `{"raw": "…"}`.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const printed = (token: string) =>
 *   Token04.decode(token).pipe(
 *   Effect.map((contents) => JSON.stringify(Token04.contentsJson(contents), null, 2))
 * )
 * ```
 *
 * @since 0.1.0
 * @category encoding
 */
export const contentsJson = (contents: Contents): {
  readonly appId: number
  readonly userId: string
  readonly nonce: number
  readonly ctime: number
  readonly expire: number
  readonly payload:
    | null
    | { readonly raw: string }
    | {
      readonly roomRights: {
        readonly roomId: string
        readonly login: boolean
        readonly publish: boolean
        readonly streamIds: ReadonlyArray<string> | null
      }
    }
} => ({
  appId: contents.appId,
  userId: contents.userId,
  nonce: contents.nonce,
  ctime: contents.ctime,
  expire: contents.expire,
  payload: Option.match(contents.payload, {
    onNone: () => null,
    onSome: (value) =>
      typeof value === "string"
        ? { raw: value }
        : {
          roomRights: { roomId: value.roomId, login: value.login, publish: value.publish, streamIds: value.streamIds }
        }
  })
})

const isAppId = (n: number) => Number.isInteger(n) && n > 0 && n <= 0xffffffff

// Code points, not UTF-16 units: "😀" is one character.
const characters = (s: string): number => {
  let count = 0
  for (const _ of s) count++
  return count
}

const keyOf = (secret: Redacted.Redacted<string>): Either.Either<Buffer, SecretNot32Bytes> => {
  const key = Buffer.from(Redacted.value(secret), "utf8")
  return key.length === 32 ? Either.right(key) : Either.left(new SecretNot32Bytes({ bytes: key.length }))
}

const checkPayload = (payload: Payload | undefined): Either.Either<string, RoomIdEmpty | StreamIdEmpty> => {
  if (payload === undefined) return Either.right("")
  if (typeof payload === "string") return Either.right(payload)
  if (payload.roomId === "") return Either.left(new RoomIdEmpty())
  if (payload.streamIds?.includes("") === true) return Either.left(new StreamIdEmpty())
  return Either.right(RoomRights.toJson(payload))
}

const payloadKind = (payload: Payload | undefined): string =>
  payload === undefined ? "none" : typeof payload === "string" ? "raw" : "room_rights"

// The vendor's plain text: these keys, in this order (JSON.stringify keeps it), without spaces.
const plainTextOf = (
  appId: number,
  userId: string,
  nonce: number,
  ctime: number,
  expire: number,
  payload: string
): string => JSON.stringify({ app_id: appId, user_id: userId, nonce, ctime, expire, payload })

/**
 * Makes a Token04 with the given AppID and ServerSecret (for tools without a `ZegoConfig`; see
 * {@link generate}). Fails with a {@link GenerateError} naming the field and the rule; makes nothing then.
 * Traced as `Token04.generate` with `zego.app_id` and `enduser.id`.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect, Redacted } from "effect"
 *
 * const token = Token04.generateWith(
 *   { appId: 1234567890, serverSecret: Redacted.make("0123456789abcdef0123456789abcdef") },
 *   { userId: "alice", lifetime: "1 hour" }
 * )
 * Effect.runPromise(token).then(console.log) // 04AAAAA…
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const generateWith: (
  credentials: Credentials,
  options: GenerateOptions
) => Effect.Effect<string, GenerateError> = Effect.fn("Token04.generate")(
  function*(credentials: Credentials, options: GenerateOptions) {
    yield* Effect.annotateCurrentSpan({
      "zego.app_id": credentials.appId,
      "enduser.id": options.userId,
      "zego.token.payload": payloadKind(options.payload)
    })
    if (!isAppId(credentials.appId)) return yield* new AppIdInvalid()
    const key = yield* keyOf(credentials.serverSecret)
    if (options.userId === "") return yield* new UserIdEmpty()
    const length = characters(options.userId)
    if (length > maxUserIdLength) return yield* new UserIdTooLong({ length })
    const lifetime = Duration.decode(options.lifetime)
    if (!Duration.isFinite(lifetime)) return yield* new LifetimeTooLong()
    const lifetimeSeconds = Math.floor(Duration.toMillis(lifetime) / 1000)
    if (lifetimeSeconds < 1) return yield* new LifetimeNotPositive()
    const payload = yield* checkPayload(options.payload)

    const ctime = Math.floor((yield* Clock.currentTimeMillis) / 1000)
    const expire = ctime + lifetimeSeconds
    if (!Number.isSafeInteger(expire)) return yield* new LifetimeTooLong()
    const random = yield* TokenRandom
    const nonce = yield* random.nonce
    const iv = yield* random.iv
    // A source that breaks its contract is a bug in the program, not bad input.
    if (!(Number.isInteger(nonce) && nonce >= -0x80000000 && nonce <= 0x7fffffff)) {
      return yield* Effect.dieMessage("TokenRandom.nonce must be a signed 32-bit integer")
    }
    if (iv.length !== Layout.ivBytes) return yield* Effect.dieMessage("TokenRandom.iv must be 12 bytes")
    yield* Effect.annotateCurrentSpan("zego.token.expire", expire)
    return Layout.seal(key, iv, expire, plainTextOf(credentials.appId, options.userId, nonce, ctime, expire, payload))
  }
)

/**
 * Makes a Token04 for a user with the AppID and ServerSecret of `ZegoConfig`: valid for `lifetime` from now
 * (`Clock`), with an optional payload (see {@link RoomRights.make} for strict room rights). Fails with a
 * {@link GenerateError} naming the field and the rule.
 *
 * @example
 * ```ts
 * import { ZegoConfig } from "@effect-zego/core"
 * import { RoomRights, Token04 } from "@effect-zego/token"
 * import { Effect, Redacted } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const login = yield* Token04.generate({ userId: "alice", lifetime: "1 hour" })
 *   const host = yield* Token04.generate({
 *     userId: "alice",
 *     lifetime: "1 hour",
 *     payload: RoomRights.make({ roomId: "room1", publish: true })
 *   })
 *   return { login, host }
 * }).pipe(
 *   Effect.provide(ZegoConfig.ZegoConfig.layer({
 *     appId: 1234567890,
 *     serverSecret: Redacted.make("0123456789abcdef0123456789abcdef")
 *   }))
 * )
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const generate = (options: GenerateOptions): Effect.Effect<string, GenerateError, ZegoConfig> =>
  Effect.flatMap(ZegoConfig, (config) => generateWith(config, options))

const Plain = Schema.parseJson(Schema.Struct({
  app_id: Schema.Int,
  user_id: Schema.String,
  nonce: Schema.Int,
  ctime: Schema.Int,
  expire: Schema.Int,
  payload: Schema.String
}))
const decodePlain = Schema.decodeUnknownOption(Plain)

const contentsOf = (plainText: string, headerExpire: bigint): Either.Either<Contents, TokenContentInvalid> => {
  // The parse error would quote the plain text: only its rule is kept.
  const plain = decodePlain(plainText)
  if (Option.isNone(plain)) {
    return Either.left(
      new TokenContentInvalid({
        field: "plainText",
        rule: "must be the JSON of app_id, user_id, nonce, ctime and expire (integers but user_id) and payload"
      })
    )
  }
  const { app_id, ctime, expire, nonce, payload, user_id } = plain.value
  // The header's copy of expire is not authenticated; the encrypted one is.
  if (BigInt(expire) !== headerExpire) {
    return Either.left(
      new TokenContentInvalid({ field: "expire", rule: "must be the same in the header and in the encrypted text" })
    )
  }
  return Either.right({
    appId: app_id,
    userId: user_id,
    nonce,
    ctime,
    expire,
    payload: payload === ""
      ? Option.none()
      : Option.some(Option.getOrElse(RoomRights.fromJson(payload), (): Payload => payload))
  })
}

const open = (serverSecret: Redacted.Redacted<string>, token: string): Effect.Effect<Contents, DecodeError> =>
  Effect.flatMap(
    keyOf(serverSecret),
    (key) => Either.flatMap(Layout.open(key, token), (opened) => contentsOf(opened.plainText, opened.headerExpire))
  )

/**
 * Reads a token with the ServerSecret alone: checks its version (`04`), mode (1 = GCM), layout and tag, and
 * returns what it holds, expired or not (see {@link verifyWith} for that). Traced as `Token04.decode`.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect, Redacted } from "effect"
 *
 * const show = (token: string) =>
 *   Effect.runPromise(Token04.decodeWith({ serverSecret: Redacted.make("0123456789abcdef0123456789abcdef") }, token))
 *     .then((c) => console.log(c.userId, new Date(c.expire * 1000)))
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeWith: (
  credentials: Pick<Credentials, "serverSecret">,
  token: string
) => Effect.Effect<Contents, DecodeError> = Effect.fn("Token04.decode")(
  function*(credentials: Pick<Credentials, "serverSecret">, token: string) {
    const contents = yield* open(credentials.serverSecret, token)
    yield* Effect.annotateCurrentSpan({ "zego.app_id": contents.appId, "enduser.id": contents.userId })
    return contents
  }
)

/**
 * {@link decodeWith} with the ServerSecret of `ZegoConfig`.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const userId = (token: string) =>
 *   Token04.decode(token).pipe(Effect.map((contents) => contents.userId))
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decode = (token: string): Effect.Effect<Contents, DecodeError, ZegoConfig> =>
  Effect.flatMap(ZegoConfig, (config) => decodeWith(config, token))

/**
 * Reads a token as {@link decodeWith} does, then checks that it is for this AppID and has not expired
 * (`Clock`): what a server does with a token presented to it. Traced as `Token04.verify`.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect, Redacted } from "effect"
 *
 * const program = (token: string) =>
 *   Token04.verifyWith(
 *   { appId: 1234567890, serverSecret: Redacted.make("0123456789abcdef0123456789abcdef") },
 *   token
 * ).pipe(Effect.catchTag("TokenExpired", () => Effect.fail("log in again")))
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const verifyWith: (credentials: Credentials, token: string) => Effect.Effect<Contents, VerifyError> = Effect
  .fn("Token04.verify")(
    function*(credentials: Credentials, token: string) {
      yield* Effect.annotateCurrentSpan("zego.app_id", credentials.appId)
      if (!isAppId(credentials.appId)) return yield* new AppIdInvalid()
      const contents = yield* open(credentials.serverSecret, token)
      yield* Effect.annotateCurrentSpan("enduser.id", contents.userId)
      if (contents.appId !== credentials.appId) {
        return yield* new TokenAppIdMismatch({ expected: credentials.appId, found: contents.appId })
      }
      const now = Math.floor((yield* Clock.currentTimeMillis) / 1000)
      if (now >= contents.expire) return yield* new TokenExpired({ expire: contents.expire, now })
      return contents
    }
  )

/**
 * {@link verifyWith} with the AppID and ServerSecret of `ZegoConfig`.
 *
 * @example
 * ```ts
 * import { Token04 } from "@effect-zego/token"
 * import { Effect } from "effect"
 *
 * const program = (token: string) =>
 *   Token04.verify(token).pipe(
 *   Effect.map((contents) => `${contents.userId} until ${new Date(contents.expire * 1000).toISOString()}`)
 * )
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const verify = (token: string): Effect.Effect<Contents, VerifyError, ZegoConfig> =>
  Effect.flatMap(ZegoConfig, (config) => verifyWith(config, token))
