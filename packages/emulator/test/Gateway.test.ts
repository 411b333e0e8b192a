import { describe, expect, it, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import { Emulator, Gateway, Query, ReturnCodes, Seed, Signature } from "../src/index.js"
import { call, codeOf, md5Signature, post } from "./helpers.js"

const vector = {
  appId: "12345",
  nonce: "4fd24687296dd9f3",
  serverSecret: "9193cc662a4c0ec135ec71fb57194b38",
  timestamp: "1615186943",
  signature: "43e5cfcca828314675f91b001390566a"
} as const

describe("Signature", () => {
  it("computes the vendor's test vector", () => {
    expect(Signature.expectedSignature(vector)).toBe(vector.signature)
    expect(md5Signature(vector.appId, vector.nonce, vector.serverSecret, vector.timestamp)).toBe(vector.signature)
  })

  it("verifies the vendor's test vector and nothing else", () => {
    expect(Signature.verify(vector)).toBe(true)
    expect(Signature.verify({ ...vector, signature: vector.signature.toUpperCase() })).toBe(false)
    expect(Signature.verify({ ...vector, timestamp: "1615186944" })).toBe(false)
    expect(Signature.verify({ ...vector, signature: "" })).toBe(false)
  })

  it("the gateway accepts the test vector at its own time", () => {
    const query = Query.parseQuery(
      `Action=A&AppId=${vector.appId}&SignatureNonce=${vector.nonce}&Timestamp=${vector.timestamp}` +
        `&SignatureVersion=2.0&Signature=${vector.signature}`
    )
    const config = { appId: 12345, serverSecret: vector.serverSecret }
    const at = Number(vector.timestamp) * 1000
    expect(Gateway.check(query, config, at, (name) => name)).toEqual(Either.right("A"))
    expect(Gateway.check(query, config, at + 601_000, (name) => name)).toEqual(
      Either.left({ code: 100000004, message: "Signature expired." })
    )
  })
})

// The vendor's vector, sent over the wire to an emulator whose clock is set to the vector's time.
layer(Emulator.layer({ appId: 12345, serverSecret: vector.serverSecret, rateLimits: "off" }))(
  "the vendor's test vector over HTTP",
  (it) => {
    it.effect("is accepted when the server clock matches its Timestamp", () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator
        yield* emulator.clock.setOffset(Number(vector.timestamp) * 1000 + 30_000 - Date.now())
        const reply = yield* call(emulator, "QueryUserInfos", {
          method: "POST",
          json: { UserIds: [Seed.users.alice] },
          params: {
            SignatureNonce: vector.nonce,
            Timestamp: vector.timestamp,
            Signature: vector.signature
          }
        })
        expect(codeOf(reply)).toBe(0)
        const dateMs = Date.parse(reply.date ?? "")
        expect(Math.abs(dateMs - (Number(vector.timestamp) * 1000 + 30_000))).toBeLessThan(60_000)
        yield* emulator.clock.setOffset(0)
        const late = yield* call(emulator, "QueryUserInfos", {
          method: "POST",
          json: { UserIds: [Seed.users.alice] },
          params: { SignatureNonce: vector.nonce, Timestamp: vector.timestamp, Signature: vector.signature }
        })
        expect(codeOf(late)).toBe(ReturnCodes.Gateway.SignatureExpired)
      }))
  }
)

layer(Emulator.layer({ rateLimits: "off" }))("gateway codes", (it) => {
  const gatewayCode = (
    action: string | undefined,
    params: Readonly<Record<string, string | undefined>>,
    extra: { readonly timestamp?: number; readonly path?: string } = {}
  ) =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const reply = yield* call(emulator, action, {
        method: "POST",
        json: { UserIds: [Seed.users.alice] },
        params,
        ...extra
      })
      expect(reply.status).toBe(200)
      expect(reply.contentType).toBe("application/json")
      expect(typeof reply.body["Message"]).toBe("string")
      expect(typeof reply.body["RequestId"]).toBe("string")
      return codeOf(reply)
    })

  it.effect("a well-signed request passes", () =>
    Effect.gen(function*() {
      expect(yield* gatewayCode("QueryUserInfos", {})).toBe(0)
    }))

  it.effect("Action empty or missing: 100000006; unknown: 100000007", () =>
    Effect.gen(function*() {
      expect(yield* gatewayCode(undefined, {})).toBe(100000006)
      expect(yield* gatewayCode("", {})).toBe(100000006)
      expect(yield* gatewayCode("NoSuchAction", {})).toBe(100000007)
      expect(yield* gatewayCode("queryuserinfos", {})).toBe(100000007)
      expect(yield* gatewayCode("QueryUserInfos", {}, { path: "/v2" })).toBe(100000007)
    }))

  it.effect("AppId missing or not a uint32: 100000001; another app: 100000011", () =>
    Effect.gen(function*() {
      expect(yield* gatewayCode("QueryUserInfos", { AppId: undefined })).toBe(100000001)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "" })).toBe(100000001)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "12ab" })).toBe(100000001)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "-1" })).toBe(100000001)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "1.5" })).toBe(100000001)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "4294967296" })).toBe(100000001)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "4294967295" })).toBe(100000011)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "42" })).toBe(100000011)
    }))

  it.effect("SignatureNonce empty or not 16 lowercase hex: 100000008", () =>
    Effect.gen(function*() {
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: undefined })).toBe(100000008)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: "" })).toBe(100000008)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: "4FD24687296DD9F3" })).toBe(100000008)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: "4fd24687296dd9f" })).toBe(100000008)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: "4fd24687296dd9f3a" })).toBe(100000008)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: "zzzzzzzzzzzzzzzz" })).toBe(100000008)
    }))

  it.effect("Timestamp empty: 100000002; not an integer: 100000003; > 10 minutes off: 100000004", () =>
    Effect.gen(function*() {
      const now = Math.floor(Date.now() / 1000)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: undefined })).toBe(100000002)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: "" })).toBe(100000002)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: "12a" })).toBe(100000003)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: `${now}.5` })).toBe(100000003)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: String(now * 1000) })).toBe(100000004)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: String(now - 660) })).toBe(100000004)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: String(now + 660) })).toBe(100000004)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: String(now - 540) })).toBe(0)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: String(now + 540) })).toBe(0)
    }))

  it.effect("SignatureVersion empty: 100000013; not 2.0: 100000014", () =>
    Effect.gen(function*() {
      expect(yield* gatewayCode("QueryUserInfos", { SignatureVersion: undefined })).toBe(100000013)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureVersion: "" })).toBe(100000013)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureVersion: "1.0" })).toBe(100000014)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureVersion: "2" })).toBe(100000014)
    }))

  it.effect("Signature empty: 100000009; wrong: 100000005", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      expect(yield* gatewayCode("QueryUserInfos", { Signature: undefined })).toBe(100000009)
      expect(yield* gatewayCode("QueryUserInfos", { Signature: "" })).toBe(100000009)
      expect(yield* gatewayCode("QueryUserInfos", { Signature: "0".repeat(32) })).toBe(100000005)
      // Signed with another secret.
      const otherSecret = yield* call(emulator, "QueryUserInfos", {
        json: { UserIds: [Seed.users.alice] },
        secret: "ffffffffffffffffffffffffffffffff"
      })
      expect(codeOf(otherSecret)).toBe(100000005)
      // The right signature in uppercase is not the documented lowercase hex.
      const nonce = "0123456789abcdef"
      const timestamp = String(Math.floor(Date.now() / 1000))
      const upper = md5Signature(String(emulator.appId), nonce, Redacted.value(emulator.serverSecret), timestamp)
        .toUpperCase()
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: nonce, Timestamp: timestamp, Signature: upper }))
        .toBe(100000005)
    }))

  it.effect("checks run in gateway order", () =>
    Effect.gen(function*() {
      // Everything is wrong: the Action is checked first.
      expect(yield* gatewayCode("Nope", { AppId: "x", SignatureNonce: "", Timestamp: "", Signature: "" }))
        .toBe(100000007)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "x", SignatureNonce: "", Timestamp: "" })).toBe(100000001)
      expect(yield* gatewayCode("QueryUserInfos", { AppId: "7", SignatureNonce: "" })).toBe(100000011)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureNonce: "", Timestamp: "" })).toBe(100000008)
      expect(yield* gatewayCode("QueryUserInfos", { Timestamp: "", SignatureVersion: "" })).toBe(100000002)
      expect(yield* gatewayCode("QueryUserInfos", { SignatureVersion: "", Signature: "" })).toBe(100000013)
    }))

  it.effect("every answer has a fresh RequestId and a Date header", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const first = yield* post(emulator, "QueryUserInfos", { UserIds: [Seed.users.alice] })
      const second = yield* call(emulator, "NoSuchAction")
      expect(first.body["RequestId"]).not.toBe(second.body["RequestId"])
      for (const reply of [first, second]) {
        expect(Math.abs(Date.parse(reply.date ?? "") - Date.now())).toBeLessThan(60_000)
      }
    }))
})
