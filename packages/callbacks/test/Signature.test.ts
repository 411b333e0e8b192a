import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Redacted, TestClock } from "effect"
import * as NonceStore from "../src/NonceStore.js"
import * as Signature from "../src/Signature.js"

// SPEC §8's documented vector.
const vector = { secret: Redacted.make("secret"), timestamp: "1470820198", nonce: "123412" }
const vectorSignature = "5bd59fd62953a8059fb7eaba95720f66d19e4517"

describe("Signature", () => {
  it("signs SPEC §8's vector exactly", () => {
    expect(Signature.sign(vector.secret, vector.timestamp, vector.nonce)).toBe(vectorSignature)
  })

  it("accepts the vector's signature, upper-case hex too, and rejects any change", () => {
    const fields = { signature: vectorSignature, timestamp: vector.timestamp, nonce: vector.nonce }
    expect(Signature.isValid(vector.secret, fields)).toBe(true)
    expect(Signature.isValid(vector.secret, { ...fields, signature: vectorSignature.toUpperCase() })).toBe(true)
    expect(Signature.isValid(Redacted.make("secreT"), fields)).toBe(false)
    expect(Signature.isValid(vector.secret, { ...fields, nonce: "123413" })).toBe(false)
    expect(Signature.isValid(vector.secret, { ...fields, timestamp: "1470820199" })).toBe(false)
    expect(Signature.isValid(vector.secret, { ...fields, signature: vectorSignature.slice(0, 39) })).toBe(false)
    expect(Signature.isValid(vector.secret, { ...fields, signature: vectorSignature + "00" })).toBe(false)
    expect(Signature.isValid(vector.secret, { ...fields, signature: "z".repeat(40) })).toBe(false)
  })

  it("signs the values as received: a 19-digit nonce is its text, not a rounded number", () => {
    const nonce = "7254119327986670314"
    const signature = Signature.sign(vector.secret, vector.timestamp, nonce)
    expect(Signature.isValid(vector.secret, { signature, timestamp: vector.timestamp, nonce })).toBe(true)
    const rounded = String(Number(nonce))
    expect(Signature.isValid(vector.secret, { signature, timestamp: vector.timestamp, nonce: rounded })).toBe(false)
  })

  it.effect("verify: fresh within the window (either way), stale or future beyond it, with the Clock", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(1470820198 * 1000)
      const fields = { signature: vectorSignature, timestamp: vector.timestamp, nonce: vector.nonce }
      yield* Signature.verify(vector.secret, fields)
      yield* TestClock.adjust(Duration.minutes(5))
      yield* Signature.verify(vector.secret, fields)
      yield* TestClock.adjust(Duration.seconds(2))
      const stale = yield* Effect.flip(Signature.verify(vector.secret, fields))
      expect(stale._tag).toBe("TimestampOutOfWindow")
      expect(stale).toMatchObject({ ageSeconds: 302, maxAgeSeconds: 300 })
      // A wider window accepts it.
      yield* Signature.verify(vector.secret, fields, { maxAge: "10 minutes" })
      // From the future.
      yield* TestClock.setTime((1470820198 - 301) * 1000)
      const future = yield* Effect.flip(Signature.verify(vector.secret, fields))
      expect(future).toMatchObject({ _tag: "TimestampOutOfWindow", ageSeconds: -301 })
    }))

  it.effect("verify: a wrong signature is SignatureMismatch before any timestamp check", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        Signature.verify(vector.secret, { signature: "0".repeat(40), timestamp: "x", nonce: "1" })
      )
      expect(error._tag).toBe("SignatureMismatch")
      const bad = { timestamp: "1470820198.5", nonce: "1" }
      const invalid = yield* Effect.flip(
        Signature.verify(vector.secret, { ...bad, signature: Signature.sign(vector.secret, bad.timestamp, bad.nonce) })
      )
      expect(invalid._tag).toBe("TimestampInvalid")
    }))
})

describe("NonceStore (memory)", () => {
  it.effect("a nonce claimed once is a replay until its ttl has passed, and released nonces are free", () =>
    Effect.gen(function*() {
      const store = yield* NonceStore.makeMemory
      const ttl = Duration.minutes(10)
      expect(yield* store.claim("a", ttl)).toBe(true)
      expect(yield* store.claim("a", ttl)).toBe(false)
      expect(yield* store.claim("b", ttl)).toBe(true)
      yield* store.release("b")
      expect(yield* store.claim("b", ttl)).toBe(true)
      yield* TestClock.adjust(Duration.minutes(11))
      expect(yield* store.claim("a", ttl)).toBe(true)
    }))

  it.effect("memory stays bounded: entries older than the ttl are dropped", () =>
    Effect.gen(function*() {
      const store = yield* NonceStore.makeMemory
      const ttl = Duration.seconds(5)
      for (let i = 0; i < 300; i++) {
        yield* store.claim(`n${i}`, ttl)
        yield* TestClock.adjust(Duration.millis(100))
      }
      // 30 s of claims, 10 per second, a 5 s ttl: about 50 of the 300 are still remembered.
      const size = yield* store.size
      expect(size).toBeLessThanOrEqual(51)
      expect(size).toBeGreaterThanOrEqual(49)
    }))
})
