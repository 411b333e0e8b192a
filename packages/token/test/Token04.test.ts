import { ZegoConfig } from "@effect-zego/core"
import { describe, expect, it } from "@effect/vitest"
import { Cause, Duration, Effect, Either, Exit, Option, Redacted, TestClock } from "effect"
import * as fc from "effect/FastCheck"
import * as Crypto from "node:crypto"
import * as RoomRights from "../src/RoomRights.js"
import * as Token04 from "../src/Token04.js"
import * as TokenRandom from "../src/TokenRandom.js"

// SPEC §7's test vector.
const vector = {
  appId: 1234567890,
  userId: "user1",
  secret: "0123456789abcdef0123456789abcdef",
  ctime: 1700000000,
  lifetimeSeconds: 3600,
  nonce: 123456789,
  iv: Uint8Array.from({ length: 12 }, (_, i) => i),
  payload: `{"room_id":"room1","privilege":{"1":1,"2":0},"stream_id_list":null}`,
  token: "04AAAAAGVT/xAADAABAgMEBQYHCAkKCwDMVsfaDKlHu8iK5kCMQvvkMtEwOrcQngH4Ra7k3dwHlqbI2FNseJc7Mv9K1T+/jvkLHtipxD6" +
    "HrfsEYVc6dXZ6XJczUwEGE2ubbVl4MdsUdEhtpadSflzS1LCAd+yUf6N5zuB68eHA/3Ik0hVomQKn/V3E0B7b4NIXudjlWAUYAm0zDoMXXMj" +
    "ZvKG3nzx+if47Vd2FbAubzXYmsijLjF2d8Vqyazffo66qCNpZm+GL2WaNqrG9LsVPXFBehBQl7q74+xiaGBv70lwGT16cAQ=="
} as const

const credentials: Token04.Credentials = { appId: vector.appId, serverSecret: Redacted.make(vector.secret) }
const pinned = TokenRandom.fixed({ nonce: vector.nonce, iv: vector.iv })

/** The vector's token, made with the vector's clock, nonce and IV. */
const vectorToken = Effect.gen(function*() {
  yield* TestClock.setTime(vector.ctime * 1000)
  return yield* Token04.generateWith(credentials, {
    userId: vector.userId,
    lifetime: Duration.seconds(vector.lifetimeSeconds),
    payload: RoomRights.make({ roomId: "room1" })
  })
}).pipe(Effect.provideService(TokenRandom.TokenRandom, pinned))

const failureOf = <A, E>(exit: Exit.Exit<A, E>): E | undefined =>
  Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined

/** The token's bytes after the version, and back. */
const bytesOf = (token: string) => Buffer.from(token.slice(2), "base64")
const tokenOf = (bytes: Buffer) => "04" + bytes.toString("base64")

describe("Token04.generate", () => {
  it.effect("makes SPEC §7's vector byte for byte, with the IV, nonce and clock injected", () =>
    Effect.gen(function*() {
      expect(yield* vectorToken).toBe(vector.token)
    }))

  it.effect("encrypts exactly SPEC §7's plain text and payload text", () =>
    Effect.gen(function*() {
      expect(RoomRights.toJson(RoomRights.make({ roomId: "room1" }))).toBe(vector.payload)
      const bytes = bytesOf(yield* vectorToken)
      const decipher = Crypto.createDecipheriv("aes-256-gcm", Buffer.from(vector.secret), bytes.subarray(10, 22))
      const length = bytes.readUInt16BE(22)
      decipher.setAuthTag(bytes.subarray(24 + length - 16, 24 + length))
      const plain = Buffer.concat([decipher.update(bytes.subarray(24, 24 + length - 16)), decipher.final()])
      expect(plain.toString("utf8")).toBe(
        `{"app_id":1234567890,"user_id":"user1","nonce":123456789,"ctime":1700000000,"expire":1700003600,` +
          `"payload":${JSON.stringify(vector.payload)}}`
      )
      expect(bytes.readBigInt64BE(0)).toBe(1700003600n)
      expect(bytes[bytes.length - 1]).toBe(1)
    }))

  it.effect("takes the AppID and secret from ZegoConfig", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(vector.ctime * 1000)
      const token = yield* Token04.generate({
        userId: vector.userId,
        lifetime: "1 hour",
        payload: RoomRights.make({ roomId: "room1" })
      })
      expect(token).toBe(vector.token)
    }).pipe(
      Effect.provideService(TokenRandom.TokenRandom, pinned),
      Effect.provide(ZegoConfig.ZegoConfig.layer(credentials))
    ))

  it.effect("draws a fresh nonce and IV from node:crypto by default", () =>
    Effect.gen(function*() {
      const tokens = yield* Effect.all(
        Array.from({ length: 8 }, () => Token04.generateWith(credentials, { userId: "alice", lifetime: "1 hour" }))
      )
      const ivs = new Set(tokens.map((token) => bytesOf(token).subarray(10, 22).toString("hex")))
      expect(ivs.size).toBe(8)
      const nonces = yield* Effect.forEach(tokens, (token) => Token04.decodeWith(credentials, token))
      expect(new Set(nonces.map((c) => c.nonce)).size).toBe(8)
      for (const { nonce } of nonces) expect(nonce === (nonce | 0)).toBe(true)
    }))

  it.effect("drops a lifetime's remainder under a second", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(vector.ctime * 1000 + 999)
      const token = yield* Token04.generateWith(credentials, { userId: "alice", lifetime: "1999 millis" })
      const contents = yield* Token04.decodeWith(credentials, token)
      expect([contents.ctime, contents.expire]).toEqual([vector.ctime, vector.ctime + 1])
      expect(contents.payload).toEqual(Option.none())
    }))

  const refused = (
    name: string,
    input: { readonly credentials?: Token04.Credentials; readonly options: Token04.GenerateOptions },
    expected: { readonly _tag: string; readonly field: string; readonly rule: RegExp }
  ) =>
    it.effect(`refuses ${name} with ${expected._tag}`, () =>
      Effect.gen(function*() {
        yield* TestClock.setTime(vector.ctime * 1000)
        const error = yield* Effect.flip(Token04.generateWith(input.credentials ?? credentials, input.options))
        expect(error._tag).toBe(expected._tag)
        expect(error.field).toBe(expected.field)
        expect(error.rule).toMatch(expected.rule)
        expect(error.message).toContain(error.field)
        expect(error.message).toContain(error.rule)
      }))

  const ok = { userId: "alice", lifetime: "1 hour" } as const
  refused("an empty user ID", { options: { ...ok, userId: "" } }, {
    _tag: "UserIdEmpty",
    field: "userId",
    rule: /must not be empty/
  })
  refused("a 65-character user ID", { options: { ...ok, userId: "u".repeat(65) } }, {
    _tag: "UserIdTooLong",
    field: "userId",
    rule: /at most 64 characters/
  })
  refused("a zero lifetime", { options: { ...ok, lifetime: 0 } }, {
    _tag: "LifetimeNotPositive",
    field: "lifetime",
    rule: /must be positive/
  })
  refused("a negative lifetime", { options: { ...ok, lifetime: "-5 seconds" } }, {
    _tag: "LifetimeNotPositive",
    field: "lifetime",
    rule: /must be positive/
  })
  refused("a lifetime under one second", { options: { ...ok, lifetime: "999 millis" } }, {
    _tag: "LifetimeNotPositive",
    field: "lifetime",
    rule: /at least 1 second/
  })
  refused("an infinite lifetime", { options: { ...ok, lifetime: Duration.infinity } }, {
    _tag: "LifetimeTooLong",
    field: "lifetime",
    rule: /finite/
  })
  refused("a lifetime past 2^53 seconds", { options: { ...ok, lifetime: Duration.seconds(2 ** 53) } }, {
    _tag: "LifetimeTooLong",
    field: "lifetime",
    rule: /2\^53/
  })
  refused("a 31-byte secret", {
    credentials: { appId: vector.appId, serverSecret: Redacted.make(vector.secret.slice(1)) },
    options: ok
  }, { _tag: "SecretNot32Bytes", field: "serverSecret", rule: /32 bytes/ })
  refused("a secret of 32 characters but more bytes", {
    credentials: { appId: vector.appId, serverSecret: Redacted.make("é" + vector.secret.slice(1)) },
    options: ok
  }, { _tag: "SecretNot32Bytes", field: "serverSecret", rule: /32 bytes/ })
  refused("AppID 0", { credentials: { ...credentials, appId: 0 }, options: ok }, {
    _tag: "AppIdInvalid",
    field: "appId",
    rule: /unsigned 32-bit integer/
  })
  refused("an AppID over 2^32 - 1", { credentials: { ...credentials, appId: 2 ** 32 }, options: ok }, {
    _tag: "AppIdInvalid",
    field: "appId",
    rule: /unsigned 32-bit integer/
  })
  refused("room rights without a room", { options: { ...ok, payload: RoomRights.make({ roomId: "" }) } }, {
    _tag: "RoomIdEmpty",
    field: "payload.roomId",
    rule: /must not be empty/
  })
  refused("room rights with an empty stream ID", {
    options: { ...ok, payload: RoomRights.make({ roomId: "r", publish: true, streamIds: ["s1", ""] }) }
  }, { _tag: "StreamIdEmpty", field: "payload.streamIds", rule: /empty stream ID/ })

  it.effect("accepts a user ID of 64 characters that are each two UTF-16 units", () =>
    Effect.gen(function*() {
      const userId = "😀".repeat(64)
      const token = yield* Token04.generateWith(credentials, { userId, lifetime: "1 hour" })
      expect((yield* Token04.decodeWith(credentials, token)).userId).toBe(userId)
      const error = yield* Effect.flip(Token04.generateWith(credentials, { userId: userId + "x", lifetime: "1 hour" }))
      expect(error).toMatchObject({ _tag: "UserIdTooLong", length: 65 })
    }))
})

describe("RoomRights", () => {
  it("writes the vendor's JSON for every combination", () => {
    expect(RoomRights.toJson(RoomRights.make({ roomId: "r", publish: true, streamIds: ["a", "b"] }))).toBe(
      `{"room_id":"r","privilege":{"1":1,"2":1},"stream_id_list":["a","b"]}`
    )
    expect(RoomRights.toJson(RoomRights.make({ roomId: "r", login: false }))).toBe(
      `{"room_id":"r","privilege":{"1":0,"2":0},"stream_id_list":null}`
    )
  })

  it("reads back only the exact text it writes", () => {
    expect(RoomRights.fromJson(vector.payload)).toEqual(Option.some(RoomRights.make({ roomId: "room1" })))
    for (
      const other of [
        `{"room_id":"room1","privilege":{"1":1,"2":0},"stream_id_list":null,"x":1}`,
        `{"room_id": "room1","privilege":{"1":1,"2":0},"stream_id_list":null}`,
        `{"privilege":{"1":1,"2":0},"room_id":"room1","stream_id_list":null}`,
        `{"room_id":"room1","privilege":{"1":2,"2":0},"stream_id_list":null}`,
        `{"room_id":"room1","privilege":{"1":1},"stream_id_list":null}`,
        "room1",
        ""
      ]
    ) expect(RoomRights.fromJson(other)).toEqual(Option.none())
  })
})

const payloadArbitrary: fc.Arbitrary<Token04.Payload | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.string({ minLength: 1, unit: "binary" }),
  fc.record({
    roomId: fc.string({ minLength: 1, maxLength: 128 }),
    login: fc.boolean(),
    publish: fc.boolean(),
    streamIds: fc.option(fc.array(fc.string({ minLength: 1, maxLength: 32 }), { maxLength: 5 }), { nil: null })
  }).map(RoomRights.make)
)

const contentsArbitrary = {
  userId: fc.string({ minLength: 1, maxLength: 64, unit: "binary" }),
  nonce: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
  iv: fc.uint8Array({ minLength: 12, maxLength: 12 }),
  ctime: fc.integer({ min: 0, max: 4_000_000_000 }),
  lifetime: fc.integer({ min: 1, max: 10 * 365 * 86400 }),
  payload: payloadArbitrary
}

describe("round trips", () => {
  it.effect.prop(
    "decode gives back what generate was given, and verify accepts it until it expires",
    contentsArbitrary,
    ({ ctime, iv, lifetime, nonce, payload, userId }) =>
      Effect.gen(function*() {
        yield* TestClock.setTime(ctime * 1000)
        const token = yield* Token04.generateWith(credentials, {
          userId,
          lifetime: Duration.seconds(lifetime),
          payload
        })
        const contents = yield* Token04.decodeWith(credentials, token)
        expect(contents).toEqual({
          appId: vector.appId,
          userId,
          nonce,
          ctime,
          expire: ctime + lifetime,
          payload: payload === undefined || payload === "" ? Option.none() : Option.some(payload)
        })
        expect(yield* Token04.verifyWith(credentials, token)).toEqual(contents)
        yield* TestClock.setTime((ctime + lifetime) * 1000 - 1)
        expect(yield* Token04.verifyWith(credentials, token)).toEqual(contents)
        yield* TestClock.setTime((ctime + lifetime) * 1000)
        expect(yield* Effect.flip(Token04.verifyWith(credentials, token))).toMatchObject({
          _tag: "TokenExpired",
          expire: ctime + lifetime,
          now: ctime + lifetime
        })
      }).pipe(Effect.provideService(TokenRandom.TokenRandom, TokenRandom.fixed({ nonce, iv }))),
    { fastCheck: { numRuns: 100 } }
  )

  it.effect.prop(
    "a token with any one byte changed is refused with a typed error, never read",
    { at: fc.nat(), flip: fc.integer({ min: 1, max: 255 }), userId: fc.string({ minLength: 1, maxLength: 64 }) },
    ({ at, flip, userId }) =>
      Effect.gen(function*() {
        const bytes = bytesOf(yield* Token04.generateWith(credentials, { userId, lifetime: "1 hour" }))
        const index = at % bytes.length
        bytes[index] = (bytes[index] ?? 0) ^ flip
        const exit = yield* Effect.exit(Token04.decodeWith(credentials, tokenOf(bytes)))
        const error = failureOf(exit)
        expect(error?._tag).toMatch(
          /^(TokenLayoutInvalid|TokenModeDeprecated|TokenModeUnknown|TokenAuthenticationFailed|TokenContentInvalid)$/
        )
      }),
    { fastCheck: { numRuns: 200 } }
  )
})

describe("tampered tokens", () => {
  const decodeError = (token: string, secret: string = vector.secret) =>
    Effect.flip(Token04.decodeWith({ serverSecret: Redacted.make(secret) }, token))

  const flipped = (token: string, index: number) => {
    const bytes = bytesOf(token)
    bytes[index] = (bytes[index] ?? 0) ^ 0x01
    return tokenOf(bytes)
  }

  // Regions of the vector's bytes: expire 0-7, IV length 8-9, IV 10-21, cipher-text length 22-23, cipher text
  // 24-(n-18), tag (n-17)-(n-2), mode n-1.
  const n = bytesOf(vector.token).length

  it.effect("a flipped byte in each region", () =>
    Effect.gen(function*() {
      expect(yield* decodeError(flipped(vector.token, 3))).toMatchObject({
        _tag: "TokenContentInvalid",
        field: "expire"
      })
      expect(yield* decodeError(flipped(vector.token, 9))).toMatchObject({
        _tag: "TokenLayoutInvalid",
        field: "length"
      })
      for (const index of [10, 15, 21]) {
        expect(yield* decodeError(flipped(vector.token, index))).toMatchObject({ _tag: "TokenAuthenticationFailed" })
      }
      expect(yield* decodeError(flipped(vector.token, 23))).toMatchObject({
        _tag: "TokenLayoutInvalid",
        field: "length"
      })
      for (const index of [24, 100, n - 18]) {
        expect(yield* decodeError(flipped(vector.token, index))).toMatchObject({ _tag: "TokenAuthenticationFailed" })
      }
      for (const index of [n - 17, n - 2]) {
        expect(yield* decodeError(flipped(vector.token, index))).toMatchObject({ _tag: "TokenAuthenticationFailed" })
      }
      // The untouched vector is read: the failures above are the flips'.
      expect((yield* Token04.decodeWith(credentials, vector.token)).userId).toBe(vector.userId)
    }))

  it.effect("a wrong secret", () =>
    Effect.gen(function*() {
      expect(yield* decodeError(vector.token, "0123456789abcdef0123456789abcdee")).toMatchObject({
        _tag: "TokenAuthenticationFailed",
        field: "cipherText"
      })
      expect(yield* decodeError(vector.token, "short")).toMatchObject({ _tag: "SecretNot32Bytes", bytes: 5 })
    }))

  it.effect("a truncated token", () =>
    Effect.gen(function*() {
      // Cut inside the base64: no longer base64.
      expect(yield* decodeError(vector.token.slice(0, -3))).toMatchObject({
        _tag: "TokenLayoutInvalid",
        field: "body"
      })
      // Cut by whole bytes: the lengths no longer add up, or it is too short to hold the layout.
      expect(yield* decodeError(tokenOf(bytesOf(vector.token).subarray(0, n - 3)))).toMatchObject({
        _tag: "TokenLayoutInvalid",
        field: "length"
      })
      expect(yield* decodeError(tokenOf(bytesOf(vector.token).subarray(0, 30)))).toMatchObject({
        _tag: "TokenLayoutInvalid",
        field: "length"
      })
      expect(yield* decodeError("04")).toMatchObject({ _tag: "TokenLayoutInvalid", field: "length" })
      expect(yield* decodeError("")).toMatchObject({ _tag: "TokenVersionUnsupported" })
    }))

  it.effect("lengths that add up around an IV that is not 12 bytes (the CBC form's is 16)", () =>
    Effect.gen(function*() {
      const build = (ivLength: number, mode: number) => {
        const bytes = Buffer.alloc(8 + 2 + ivLength + 2 + 32 + 1)
        bytes.writeUInt16BE(ivLength, 8)
        bytes.writeUInt16BE(32, 10 + ivLength)
        bytes[bytes.length - 1] = mode
        return tokenOf(bytes)
      }
      expect(yield* decodeError(build(16, 1))).toMatchObject({ _tag: "TokenLayoutInvalid", field: "ivLength" })
      expect(yield* decodeError(build(16, 0))).toMatchObject({ _tag: "TokenModeDeprecated" })
      expect(yield* decodeError(build(12, 1))).toMatchObject({ _tag: "TokenAuthenticationFailed" })
    }))

  it.effect("a wrong version", () =>
    Effect.gen(function*() {
      for (const version of ["03", "05", "4A", "AA"]) {
        expect(yield* decodeError(version + vector.token.slice(2))).toMatchObject({
          _tag: "TokenVersionUnsupported",
          field: "version"
        })
      }
    }))

  it.effect("a wrong mode: 0 is the deprecated AES-CBC form, anything else unknown", () =>
    Effect.gen(function*() {
      const withMode = (mode: number) => {
        const bytes = bytesOf(vector.token)
        bytes[n - 1] = mode
        return tokenOf(bytes)
      }
      expect(yield* decodeError(withMode(0))).toMatchObject({ _tag: "TokenModeDeprecated", field: "mode" })
      expect(yield* decodeError(withMode(2))).toMatchObject({ _tag: "TokenModeUnknown", field: "mode", mode: 2 })
    }))

  it.effect("text that decrypts but is not Token04's plain text", () =>
    Effect.gen(function*() {
      // Sealed with the right key, in the right layout, around the wrong JSON.
      const seal = (plain: string) => {
        const iv = Buffer.alloc(12)
        const cipher = Crypto.createCipheriv("aes-256-gcm", Buffer.from(vector.secret), iv)
        const text = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()])
        const head = Buffer.alloc(24)
        head.writeBigInt64BE(1700003600n, 0)
        head.writeUInt16BE(12, 8)
        head.writeUInt16BE(text.length, 22)
        return tokenOf(Buffer.concat([head, text, Buffer.from([1])]))
      }
      const error = yield* decodeError(seal(`{"app_id":"1","user_id":"secret-plain-text"}`))
      expect(error).toMatchObject({ _tag: "TokenContentInvalid", field: "plainText" })
      expect(error.message).not.toContain("secret-plain-text")
      expect(
        yield* Effect.either(
          Token04.decodeWith(
            credentials,
            seal(`{"app_id":1,"user_id":"u","nonce":1,"ctime":1700000000,"expire":1700003600,"payload":""}`)
          )
        )
      ).toEqual(
        Either.right({ appId: 1, userId: "u", nonce: 1, ctime: 1700000000, expire: 1700003600, payload: Option.none() })
      )
    }))
})

describe("Token04.verify", () => {
  it.effect("accepts the vector before it expires, with the AppID and secret of ZegoConfig", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime((vector.ctime + 10) * 1000)
      const contents = yield* Token04.verify(vector.token)
      expect(contents).toEqual({
        appId: vector.appId,
        userId: vector.userId,
        nonce: vector.nonce,
        ctime: vector.ctime,
        expire: vector.ctime + vector.lifetimeSeconds,
        payload: Option.some(RoomRights.make({ roomId: "room1" }))
      })
      yield* TestClock.adjust("3590 seconds")
      expect(yield* Effect.flip(Token04.verify(vector.token))).toMatchObject({
        _tag: "TokenExpired",
        field: "expire",
        expire: 1700003600,
        now: 1700003600
      })
      // decode reads it all the same: expiry is verify's check.
      expect((yield* Token04.decode(vector.token)).userId).toBe(vector.userId)
    }).pipe(Effect.provide(ZegoConfig.ZegoConfig.layer(credentials))))

  it.effect("refuses another AppID's token, and an invalid AppID", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(vector.ctime * 1000)
      expect(yield* Effect.flip(Token04.verifyWith({ ...credentials, appId: 42 }, vector.token))).toMatchObject({
        _tag: "TokenAppIdMismatch",
        expected: 42,
        found: vector.appId
      })
      expect(yield* Effect.flip(Token04.verifyWith({ ...credentials, appId: -1 }, vector.token))).toMatchObject({
        _tag: "AppIdInvalid",
        field: "appId"
      })
    }))
})

describe("Token04.contentsJson", () => {
  it("writes the payload as null, raw text or room rights", () => {
    const base = { appId: 1, userId: "u", nonce: -1, ctime: 10, expire: 20 }
    expect(Token04.contentsJson({ ...base, payload: Option.none() })).toEqual({ ...base, payload: null })
    expect(Token04.contentsJson({ ...base, payload: Option.some("x") })).toEqual({ ...base, payload: { raw: "x" } })
    expect(Token04.contentsJson({ ...base, payload: Option.some(RoomRights.make({ roomId: "r", publish: true })) }))
      .toEqual({
        ...base,
        payload: { roomRights: { roomId: "r", login: true, publish: true, streamIds: null } }
      })
  })
})
