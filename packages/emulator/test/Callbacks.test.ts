import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Either, Exit, Layer } from "effect"
import { createHash } from "node:crypto"
import * as Http from "node:http"
import * as Callbacks from "../src/Callbacks.js"
import * as Cli from "../src/Cli.js"
import { Emulator, type EmulatorOptions } from "../src/Emulator.js"
import * as Seed from "../src/Seed.js"
import { call, codeOf, post } from "./helpers.js"

interface Received {
  readonly body: Record<string, unknown>
  readonly text: string
}

/** A receiver on loopback that records every request and answers with `answer(n)` (n from 0). */
const receiver = (answer: (n: number, body: Record<string, unknown>) => { status: number; body?: string }) =>
  Effect.acquireRelease(
    Effect.async<{ url: string; received: Array<Received>; server: Http.Server }>((resume) => {
      const received: Array<Received> = []
      const server = Http.createServer((request, response) => {
        let text = ""
        request.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")))
        request.on("end", () => {
          const body = JSON.parse(text) as Record<string, unknown>
          const reply = answer(received.length, body)
          received.push({ body, text })
          response.writeHead(reply.status, { "content-type": "application/json" })
          response.end(reply.body ?? "")
        })
      })
      server.listen(0, "127.0.0.1", () => {
        const address = server.address()
        const port = typeof address === "object" && address !== null ? address.port : 0
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}/zim`, received, server }))
      })
    }),
    ({ server }) =>
      Effect.async<void>((resume) => {
        server.close(() => resume(Effect.void))
      })
  )

/** An emulator for the scope. */
const withEmulator = (options: EmulatorOptions) =>
  Effect.map(Layer.build(Emulator.layer(options)), Context.get(Emulator))

const secret = "callback-secret"
const invitation = { FromUserId: Seed.users.alice, UserIds: [Seed.users.bob], OfflinePush: { Enable: 0 } }
const fast = [10, 20, 30, 40, 50]

describe("emulator server callbacks", () => {
  it("signs as documented: SPEC §8's vector", () => {
    expect(Callbacks.sign("secret", "1470820198", "123412")).toBe("5bd59fd62953a8059fb7eaba95720f66d19e4517")
  })

  it.scopedLive("sends a signed group_create with the documented fields, and logs the delivery", () =>
    Effect.gen(function*() {
      const capture = yield* receiver(() => ({ status: 200 }))
      const emulator = yield* withEmulator({ callbacks: { zimUrl: capture.url, secret, retryDelaysMs: fast } })
      const reply = yield* post(emulator, "CreateGroup", {
        GroupId: "g-cb",
        GroupName: "Callbacks",
        GroupOwner: Seed.users.alice,
        UserId: [Seed.users.bob]
      })
      expect(codeOf(reply)).toBe(0)
      yield* emulator.callbacks.idle
      expect(capture.received).toHaveLength(1)
      const { body, text } = capture.received[0] ?? { body: {}, text: "" }
      expect(body).toMatchObject({
        appid: String(emulator.appId),
        event: "group_create",
        group_id: "g-cb",
        owner_account: Seed.users.alice,
        group_name: "Callbacks",
        user_ids: [Seed.users.alice, Seed.users.bob]
      })
      expect(typeof body["timestamp"]).toBe("number")
      // A 19-digit nonce, signed as text.
      const nonce = /"nonce":"([0-9]+)"/.exec(text)?.[1] ?? ""
      expect(nonce).toHaveLength(19)
      const expected = createHash("sha1").update([secret, String(body["timestamp"]), nonce].sort().join("")).digest(
        "hex"
      )
      expect(body["signature"]).toBe(expected)
      const log = yield* emulator.requests.callbacks
      expect(log.map((entry) => [entry.event, entry.attempt, entry.status])).toEqual([["group_create", 1, 200]])
    }))

  it.scopedLive("retries on non-2xx after the configured delays, at most 5 times, each attempt logged", () =>
    Effect.gen(function*() {
      const capture = yield* receiver((n) => ({ status: n < 2 ? 500 : 200 }))
      const emulator = yield* withEmulator({ callbacks: { zimUrl: capture.url, secret, retryDelaysMs: fast } })
      const invited = yield* post(emulator, "CallInvite", invitation)
      expect(codeOf(invited)).toBe(0)
      yield* emulator.callbacks.idle
      const log = yield* emulator.requests.callbacks
      expect(log.map((entry) => [entry.event, entry.attempt, entry.status])).toEqual([
        ["call_create", 1, 500],
        ["call_create", 2, 500],
        ["call_create", 3, 200]
      ])
      // Every attempt carries the same body.
      expect(new Set(capture.received.map((r) => r.text)).size).toBe(1)

      const failing = yield* receiver(() => ({ status: 503 }))
      const giving = yield* withEmulator({ callbacks: { zimUrl: failing.url, secret, retryDelaysMs: fast } })
      yield* post(giving, "CallInvite", invitation)
      yield* giving.callbacks.idle
      expect(failing.received).toHaveLength(6)
      // A receiver that is not there: attempts without a status, with the reason.
      const absent = yield* withEmulator({
        callbacks: { zimUrl: "http://127.0.0.1:9/zim", secret, retryDelaysMs: [5] }
      })
      yield* post(absent, "CallInvite", invitation)
      yield* absent.callbacks.idle
      const attempts = yield* absent.requests.callbacks
      expect(attempts.map((entry) => entry.status)).toEqual([undefined, undefined])
      expect(attempts[0]?.error).toBeTruthy()
    }))

  it.scopedLive("can be turned off, and sends nothing without a URL for the product", () =>
    Effect.gen(function*() {
      const capture = yield* receiver(() => ({ status: 200 }))
      const emulator = yield* withEmulator({ callbacks: { zimUrl: capture.url, secret, enabled: false } })
      yield* post(emulator, "CallInvite", invitation)
      yield* call(emulator, "CloseRoom", { query: `RoomId=${Seed.rooms.quiet}` })
      yield* emulator.callbacks.idle
      expect(capture.received).toHaveLength(0)
      yield* emulator.callbacks.setEnabled(true)
      yield* post(emulator, "CallInvite", invitation)
      yield* call(emulator, "CloseRoom", { query: `RoomId=${Seed.rooms.live}` })
      yield* emulator.callbacks.idle
      // No rtcUrl: the RTC events are not sent.
      expect(capture.received.map((r) => r.body["event"])).toEqual(["call_create"])
    }))

  it.scopedLive("before_send_msg: 3 refuses the message, 2 stores it nowhere, 1 sends it (with send_msg)", () =>
    Effect.gen(function*() {
      const decisions = new Map([["refuse", { result: 3, reason: "no links" }], ["silent", { result: 2, reason: "" }]])
      const capture = yield* receiver((_, body) => {
        if (body["event"] !== "before_send_msg") return { status: 200 }
        const decision = decisions.get(String(body["msg_body"])) ?? { result: 1, reason: "" }
        return { status: 200, body: JSON.stringify(decision) }
      })
      const emulator = yield* withEmulator({
        callbacks: { zimUrl: capture.url, secret, retryDelaysMs: fast, beforeSendMsg: true }
      })
      const send = (text: string) =>
        post(emulator, "SendGroupMessage", {
          FromUserId: Seed.users.alice,
          GroupId: Seed.groups.teamRed,
          MessageType: 1,
          Priority: 1,
          MessageBody: { Message: text }
        })
      const refused = yield* send("refuse")
      expect(codeOf(refused)).toBe(111101)
      expect(refused.body["Message"]).toContain("no links")
      expect(codeOf(yield* send("silent"))).toBe(0)
      expect(codeOf(yield* send("hello"))).toBe(0)
      yield* emulator.callbacks.idle
      const listed = yield* post(emulator, "QueryGroupMsg", {
        FromUserId: Seed.users.alice,
        GroupId: Seed.groups.teamRed,
        Limit: 10
      })
      const list = listed.body["List"] as ReadonlyArray<Record<string, unknown>>
      expect(list.map((message) => message["MsgBody"])).toEqual(["hello"])
      expect(capture.received.map((r) => [r.body["event"], r.body["msg_body"]])).toEqual([
        ["before_send_msg", "refuse"],
        ["before_send_msg", "silent"],
        ["before_send_msg", "hello"],
        ["send_msg", "hello"]
      ])
      expect(capture.received[3]?.body).toMatchObject({ conv_type: 2, conv_id: Seed.groups.teamRed })
    }))

  it.effect("refuses callback options that cannot work, naming the option", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(withEmulator({ callbacks: { zimUrl: "not a url", secret } }).pipe(Effect.scoped))
      expect(Exit.isFailure(exit) && JSON.stringify(exit.cause)).toContain("callbacks.zimUrl")
      const empty = yield* Effect.exit(withEmulator({ callbacks: { secret: "" } }).pipe(Effect.scoped))
      expect(Exit.isFailure(empty) && JSON.stringify(empty.cause)).toContain("callbacks.secret")
    }))

  it("CLI: --callback-url P=URL (repeatable) and --callback-secret", () => {
    const options = Either.getOrThrow(
      Cli.parseArgs([
        "--callback-url",
        "zim=http://h/zim",
        "--callback-url=rtc=http://h/rtc?a=b",
        "--callback-secret",
        "s"
      ])
    )
    expect(options.callbacks).toEqual({ zimUrl: "http://h/zim", rtcUrl: "http://h/rtc?a=b", secret: "s" })
    expect(Either.isLeft(Cli.parseArgs(["--callback-url", "zim=http://h/zim"]))).toBe(true)
    expect(Either.isLeft(Cli.parseArgs(["--callback-url", "chat=http://h", "--callback-secret", "s"]))).toBe(true)
    expect(Either.getOrThrow(Cli.parseArgs([])).callbacks).toBeUndefined()
  })
})
