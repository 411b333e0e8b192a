import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import * as Signer from "../src/Signer.js"
import { ZegoConfig } from "../src/ZegoConfig.js"

const vector = {
  appId: 12345,
  nonce: "4fd24687296dd9f3",
  secret: "9193cc662a4c0ec135ec71fb57194b38",
  timestamp: 1615186943,
  signature: "43e5cfcca828314675f91b001390566a"
}

const config = ZegoConfig.layer({ appId: vector.appId, serverSecret: Redacted.make(vector.secret) })

describe("Signer", () => {
  it("reproduces the vendor's test vector", () => {
    const signature = Signer.signature(vector.appId, vector.nonce, Redacted.make(vector.secret), vector.timestamp)
    expect(Redacted.value(signature)).toBe(vector.signature)
  })

  it.effect("signs with the pinned nonce and the Clock's time, in seconds", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(vector.timestamp * 1000 + 999)
      const signer = yield* Signer.Signer
      const signed = yield* signer.sign
      expect(signed).toMatchObject({
        AppId: "12345",
        SignatureNonce: vector.nonce,
        Timestamp: String(vector.timestamp),
        SignatureVersion: "2.0"
      })
      expect(Redacted.value(signed.Signature)).toBe(vector.signature)
    }).pipe(
      Effect.provide(Signer.Signer.layerWith({ nonce: Effect.succeed(vector.nonce) }).pipe(Layer.provide(config)))
    ))

  it.effect("draws a fresh 16-hex-character nonce for every request", () =>
    Effect.gen(function*() {
      const signer = yield* Signer.Signer
      const nonces = new Set<string>()
      for (let i = 0; i < 1000; i++) {
        const signed = yield* signer.sign
        expect(signed.SignatureNonce).toMatch(/^[0-9a-f]{16}$/)
        nonces.add(signed.SignatureNonce)
      }
      expect(nonces.size).toBe(1000)
    }).pipe(Effect.provide(Signer.Signer.layer.pipe(Layer.provide(config)))))

  it.effect("never prints the signature when the parameters are logged or serialized", () =>
    Effect.gen(function*() {
      const signer = yield* Signer.Signer
      const signed = yield* signer.sign
      const value = Redacted.value(signed.Signature)
      expect(JSON.stringify(signed)).not.toContain(value)
      expect(String(signed.Signature)).not.toContain(value)
    }).pipe(Effect.provide(Signer.Signer.layer.pipe(Layer.provide(config)))))
})
