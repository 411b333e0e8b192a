import { expect, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { connect } from "node:net"
import { Emulator, Seed } from "../src/index.js"
import type { EmulatorService } from "../src/index.js"
import { call, codeOf, post, signedQuery } from "./helpers.js"

interface RawReply {
  readonly status: number
  readonly body: string
}

/** Sends raw bytes over TCP (no URL normalisation by a client library) and reads until the server closes. */
const rawRequest = (
  emulator: EmulatorService,
  bytes: string | Buffer,
  options: { readonly abortAfterWrite?: boolean } = {}
) =>
  Effect.async<RawReply>((resume) => {
    const socket = connect(emulator.port, "127.0.0.1")
    const chunks: Array<Buffer> = []
    socket.on("data", (chunk: Buffer) => chunks.push(chunk))
    socket.on("error", () => {})
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8")
      const statusMatch = /^HTTP\/1\.1 (\d{3})/.exec(text)
      const headerEnd = text.indexOf("\r\n\r\n")
      resume(Effect.succeed({
        status: statusMatch === null ? 0 : Number(statusMatch[1]),
        body: headerEnd === -1 ? "" : text.slice(headerEnd + 4)
      }))
    })
    socket.write(bytes, () => {
      if (options.abortAfterWrite === true) socket.destroy()
    })
    return Effect.sync(() => socket.destroy())
  })

const rawGet = (emulator: EmulatorService, target: string) =>
  rawRequest(emulator, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)

const envelopeCode = (reply: RawReply): unknown => {
  const parsed: unknown = JSON.parse(reply.body)
  return typeof parsed === "object" && parsed !== null && "Code" in parsed ? parsed.Code : undefined
}

const stillServing = Effect.gen(function*() {
  const emulator = yield* Emulator
  const reply = yield* post(emulator, "QueryUserInfos", { UserIds: [Seed.users.alice] })
  expect(codeOf(reply)).toBe(0)
})

layer(Emulator.layer({ rateLimits: "off" }))("robustness", (it) => {
  it.effect("garbage query strings get gateway codes in an envelope", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const cases: ReadonlyArray<readonly [string, number]> = [
        ["/?%%%&&==", 100000006],
        ["/?Action=%ZZ", 100000007],
        ["/?Action=%E2%82", 100000007],
        ["/?Action=QueryUserInfos&AppId=%FF%FE", 100000001],
        ["/?Action=QueryUserInfos&AppId=1234567890&SignatureNonce=%00", 100000008],
        ["/?Action=DescribeUsers&UserId[]=%&RoomId[]=x", 100000001],
        [`/?${"a=b&".repeat(3000)}`, 100000006],
        ["/?Action=Query%20UserInfos", 100000007],
        ["/?Action=%F0%9F%98%80", 100000007],
        ["/", 100000006],
        ["/favicon.ico", 100000007]
      ]
      for (const [target, code] of cases) {
        const reply = yield* rawGet(emulator, target)
        expect(reply.status, target).toBe(200)
        expect(envelopeCode(reply), target).toBe(code)
      }
      yield* stillServing
    }))

  it.effect("repeated public parameters: the first value counts", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const query = signedQuery(emulator, "DescribeUsers", {
        query: `RoomId=${Seed.rooms.live}&UserId[]=${Seed.roomUsers.host}&AppId=1&Action=Nope`
      })
      const reply = yield* rawGet(emulator, `/?${query}`)
      expect(envelopeCode(reply)).toBe(0)
    }))

  it.effect("an oversize body gets 100000012, a large one under the limit is served", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const huge = yield* call(emulator, "QueryUserInfos", {
        method: "POST",
        rawBody: JSON.stringify({ UserIds: ["alice"], Padding: "x".repeat(2 * 1024 * 1024) })
      })
      expect(huge.status).toBe(200)
      expect(codeOf(huge)).toBe(100000012)
      const [entry] = (yield* emulator.requests.entries).slice(-1)
      expect(entry?.body._tag).toBe("TooLarge")
      const large = yield* call(emulator, "QueryUserInfos", {
        method: "POST",
        rawBody: JSON.stringify({ UserIds: ["alice"], Padding: "x".repeat(900 * 1024) })
      })
      expect(codeOf(large)).toBe(0)
    }))

  it.effect("pathological JSON bodies are parameter errors", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (
        const rawBody of [
          "[".repeat(200_000),
          "null",
          "\"UserIds\"",
          "{\"UserIds\": {\"0\": \"alice\"}}",
          "\u0000\u0001\u0002",
          "{\"UserIds\": [\"alice\"]} trailing"
        ]
      ) {
        const reply = yield* call(emulator, "QueryUserInfos", { method: "POST", rawBody })
        expect(codeOf(reply), rawBody.slice(0, 20)).toBe(2)
      }
      const binary = yield* call(emulator, "QueryUserInfos", {
        method: "POST",
        rawBody: new Uint8Array([0xff, 0xfe, 0x00, 0x80])
      })
      expect(codeOf(binary)).toBe(2)
      yield* stillServing
    }))

  it.effect("other methods get the input parameter error", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
        const reply = yield* call(emulator, "DescribeUsers", {
          method,
          query: `RoomId=${Seed.rooms.live}&UserId[]=${Seed.roomUsers.host}`
        })
        expect(codeOf(reply), method).toBe(2)
      }
      const head = yield* call(emulator, "DescribeUsers", { method: "HEAD" })
      expect(head.status).toBe(200)
      expect(head.text).toBe("")
    }))

  it.effect("broken HTTP and aborted uploads do not take the server down", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const garbage = yield* rawRequest(emulator, "THIS IS NOT HTTP\r\n\r\n")
      expect(garbage.status).toBe(400)
      yield* rawRequest(
        emulator,
        `POST /?${signedQuery(emulator, "QueryUserInfos")} HTTP/1.1\r\nHost: x\r\n` +
          "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"UserIds\":",
        { abortAfterWrite: true }
      )
      yield* rawRequest(emulator, Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00]))
      yield* stillServing
    }))

  it.effect("many concurrent requests all get envelopes", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator
      const requests = Array.from({ length: 60 }, (_, index) => {
        switch (index % 4) {
          case 0:
            return post(emulator, "QueryUserInfos", { UserIds: [Seed.users.alice] })
          case 1:
            return post(emulator, "QueryGroupsInfoOfUser", { FromUserId: Seed.users.manyGroups, Limit: 100 })
          case 2:
            return call(emulator, "DescribeUsers", { query: `RoomId=${Seed.rooms.live}&UserId[]=x` })
          default:
            return call(emulator, "Nope")
        }
      })
      const replies = yield* Effect.all(requests, { concurrency: "unbounded" })
      expect(replies.map(codeOf)).toEqual(Array.from({ length: 60 }, (_, index) => index % 4 === 3 ? 100000007 : 0))
    }))
})
