/**
 * Server callbacks end to end: the emulator sends, a receiver from @effect-zego/callbacks on a real HTTP
 * server on loopback gets typed events, for every event the emulator produces; tampered deliveries are
 * rejected.
 */
import { CallbackSecret, type Events, ZegoCallbacks } from "@effect-zego/callbacks"
import { Emulator, Seed } from "@effect-zego/emulator"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as HttpRouter from "@effect/platform/HttpRouter"
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer, Redacted } from "effect"
import { createHash, randomBytes } from "node:crypto"
import * as Http from "node:http"

const secret = "e2e-callback-secret"

/** A signed call to an emulator Action (the public parameters, MD5 signature). */
const call = (emulator: Emulator["Type"], action: string, options: { query?: string; json?: unknown } = {}) =>
  Effect.flatMap(emulator.clock.now, (now) =>
    Effect.promise(async () => {
      const nonce = randomBytes(8).toString("hex")
      // Signed with the emulator's clock, which a test may set behind.
      const timestamp = String(Math.floor(now / 1000))
      const serverSecret = Redacted.value(emulator.serverSecret)
      const signature = createHash("md5").update(`${emulator.appId}${nonce}${serverSecret}${timestamp}`).digest("hex")
      const query = `Action=${action}&AppId=${emulator.appId}&SignatureNonce=${nonce}&Timestamp=${timestamp}` +
        `&SignatureVersion=2.0&Signature=${signature}${options.query === undefined ? "" : `&${options.query}`}`
      const response = await fetch(`${emulator.url}/?${query}`, {
        method: options.json === undefined ? "GET" : "POST",
        ...(options.json === undefined
          ? {}
          : { headers: { "content-type": "application/json" }, body: JSON.stringify(options.json) })
      })
      const body = await response.json() as { Code: number; CallId?: string }
      expect(body.Code, `${action}: ${JSON.stringify(body)}`).toBe(0)
      return body
    }))

/** The receivers, one per product, on a real HTTP server; the typed events they were handed, in order. */
const receivers = Effect.gen(function*() {
  const zim: Array<Events.EventOf<"zim">> = []
  const rtc: Array<Events.EventOf<"rtc">> = []
  const record = <E>(into: Array<E>) => (event: E) => Effect.sync(() => void into.push(event))
  const zimApp = ZegoCallbacks.router<"zim", never>({
    product: "zim",
    handlers: {
      user_action: record(zim),
      send_msg: record(zim),
      before_send_msg: (event) =>
        Effect.sync(() => {
          zim.push(event)
          return { result: event.msg_body === "blocked" ? 3 : 1, reason: "e2e" }
        }),
      group_create: record(zim),
      group_destroy: record(zim),
      group_join: record(zim),
      group_exit: record(zim),
      room_create: record(zim),
      room_destroy: record(zim),
      room_exit: record(zim),
      call_create: record(zim),
      call_accept: record(zim),
      call_reject: record(zim),
      Unknown: record(zim)
    }
  })
  const rtcApp = ZegoCallbacks.router<"rtc", never>({
    product: "rtc",
    handlers: {
      room_logout: record(rtc),
      room_close: record(rtc),
      stream_create: record(rtc),
      stream_close: record(rtc),
      Unknown: record(rtc)
    }
  })
  const server = yield* NodeHttpServer.make(() => Http.createServer(), { port: 0, host: "127.0.0.1" })
  yield* server.serve(HttpRouter.empty.pipe(HttpRouter.post("/zego/zim", zimApp), HttpRouter.post("/zego/rtc", rtcApp)))
  const port = server.address._tag === "TcpAddress" ? server.address.port : 0
  return { zim, rtc, base: `http://127.0.0.1:${port}` }
})

const emulatorFor = (base: string) =>
  Effect.map(
    Layer.build(Emulator.layer({
      callbacks: {
        zimUrl: `${base}/zego/zim`,
        rtcUrl: `${base}/zego/rtc`,
        secret,
        beforeSendMsg: true,
        retryDelaysMs: [20, 40, 80, 160, 320]
      }
    })),
    Context.get(Emulator)
  )

const secretLayer = Layer.orDie(CallbackSecret.layer(Redacted.make(secret)))

describe("server callbacks, emulator → receiver", () => {
  it.scopedLive("every event the emulator produces arrives typed, each delivered on the first attempt", () =>
    Effect.gen(function*() {
      const received = yield* receivers
      const emulator = yield* emulatorFor(received.base)
      const { alice, bob, carol } = Seed.users
      yield* call(emulator, "CreateGroup", {
        json: { GroupId: "e2e-group", GroupName: "E2E", GroupOwner: alice, UserId: [bob] }
      })
      yield* call(emulator, "InviteUsersIntoGroup", {
        json: { FromUserId: alice, GroupId: "e2e-group", UserIds: [carol], GroupMemberInfos: [{ UserId: carol }] }
      })
      yield* call(emulator, "SendGroupMessage", {
        json: { FromUserId: alice, GroupId: "e2e-group", MessageType: 1, Priority: 1, MessageBody: { Message: "hi" } }
      })
      yield* call(emulator, "KickoutGroupUser", { json: { FromUserId: alice, GroupId: "e2e-group", UserId: [carol] } })
      yield* call(emulator, "DismissGroup", { query: `FromUserId=${alice}&GroupId=e2e-group` })
      yield* call(emulator, "SendPeerMessage", {
        json: { FromUserId: alice, ToUserId: [bob], MessageType: 1, Priority: 1, MessageBody: { Message: "hello" } }
      })
      yield* call(emulator, "CreateRoom", { json: { FromUserId: alice, RoomId: "e2e-room", RoomName: "E2E room" } })
      yield* call(emulator, "SendRoomMessage", {
        json: {
          FromUserId: alice,
          RoomId: Seed.zimRooms.lobby,
          MessageType: 1,
          Priority: 1,
          MessageBody: { Message: "yo" }
        }
      })
      yield* call(emulator, "KickoutRoomUser", {
        query: `RoomId=${Seed.zimRooms.lobby}&UserId[]=${carol}&FromUserId=${alice}`
      })
      yield* call(emulator, "DestroyRoom", { query: `RoomId=e2e-room&FromUserId=${alice}` })
      const invite = yield* call(emulator, "CallInvite", {
        json: { FromUserId: alice, UserIds: [bob, carol], OfflinePush: { Enable: 0 } }
      })
      const callId = invite.CallId ?? ""
      yield* call(emulator, "CallAccept", { query: `FromUserId=${bob}&CallId=${callId}` })
      yield* call(emulator, "CallReject", { query: `FromUserId=${carol}&CallId=${callId}` })
      yield* call(emulator, "AddStream", { query: `RoomId=${Seed.rooms.live}&UserId=anchor&StreamId=s1` })
      yield* call(emulator, "DeleteStream", { query: `RoomId=${Seed.rooms.live}&UserId=anchor&StreamId=s1` })
      yield* call(emulator, "KickoutUser", { query: `RoomId=${Seed.rooms.quiet}&UserId[]=hermit` })
      yield* call(emulator, "CloseRoom", { query: `RoomId=${Seed.rooms.live}` })
      yield* emulator.callbacks.idle

      expect(received.zim.map((event) => event._tag)).toEqual([
        "group_create",
        "group_join",
        "before_send_msg",
        "send_msg",
        "group_exit",
        "group_destroy",
        "before_send_msg",
        "send_msg",
        "room_create",
        "before_send_msg",
        "send_msg",
        "room_exit",
        "room_destroy",
        "call_create",
        "call_accept",
        "call_reject"
      ])
      expect(received.rtc.map((event) => event._tag)).toEqual([
        "stream_create",
        "stream_close",
        "room_logout",
        "room_close",
        "room_logout",
        "room_logout",
        "room_logout",
        "room_close"
      ])
      const deliveries = yield* emulator.requests.callbacks
      expect(deliveries.every((delivery) => delivery.attempt === 1 && delivery.status === 200)).toBe(true)
      expect(deliveries).toHaveLength(24)

      // Typed values: numbers are numbers, 64-bit IDs keep every digit, lists are lists.
      const [groupCreate] = received.zim
      expect(groupCreate).toMatchObject({ _tag: "group_create", group_id: "e2e-group", user_ids: [alice, bob] })
      const sendMsg = received.zim.find((event) => event._tag === "send_msg")
      expect(sendMsg).toMatchObject({ conv_type: 2, conv_id: "e2e-group", msg_body: "hi", send_result: 0 })
      const closed = received.rtc.find((event) => event._tag === "room_close")
      const logout = received.rtc.find((event) => event._tag === "room_logout")
      if (closed?._tag !== "room_close" || logout?._tag !== "room_logout") throw new Error("no room_close")
      expect(BigInt(closed.room_session_id)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER))
      expect(closed.room_session_id).toBe(logout.room_seq)
      expect(closed).toMatchObject({ room_id: Seed.rooms.quiet, close_reason: 3 })
      const callAccept = received.zim.find((event) => event._tag === "call_accept")
      expect(callAccept).toMatchObject({ call_id: callId, user_id: bob })
    }).pipe(Effect.provide(secretLayer)))

  it.scopedLive("before_send_msg's answer decides: a refused message is not sent and has no send_msg", () =>
    Effect.gen(function*() {
      const received = yield* receivers
      const emulator = yield* emulatorFor(received.base)
      const reply = yield* Effect.promise(async () => {
        const nonce = randomBytes(8).toString("hex")
        const timestamp = String(Math.floor(Date.now() / 1000))
        const signature = createHash("md5")
          .update(`${emulator.appId}${nonce}${Redacted.value(emulator.serverSecret)}${timestamp}`)
          .digest("hex")
        const response = await fetch(
          `${emulator.url}/?Action=SendPeerMessage&AppId=${emulator.appId}&SignatureNonce=${nonce}` +
            `&Timestamp=${timestamp}&SignatureVersion=2.0&Signature=${signature}`,
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              FromUserId: Seed.users.alice,
              ToUserId: [Seed.users.bob],
              MessageType: 1,
              Priority: 1,
              MessageBody: { Message: "blocked" }
            })
          }
        )
        return await response.json() as { Code: number; Message: string }
      })
      expect(reply.Code).toBe(111101)
      yield* emulator.callbacks.idle
      expect(received.zim.map((event) => event._tag)).toEqual(["before_send_msg"])
    }).pipe(Effect.provide(secretLayer)))

  it.scopedLive("tampered deliveries are rejected with 401 and never dispatched", () =>
    Effect.gen(function*() {
      const received = yield* receivers
      const emulator = yield* emulatorFor(received.base)
      yield* call(emulator, "CallAccept", { query: `FromUserId=${Seed.users.bob}&CallId=c-1` })
      yield* emulator.callbacks.idle
      const [delivered] = yield* emulator.requests.callbacks
      if (delivered === undefined) throw new Error("nothing delivered")
      expect(received.zim).toHaveLength(1)
      const post = (text: string) =>
        Effect.promise(async () => {
          const response = await fetch(`${received.base}/zego/zim`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: text
          })
          return { status: response.status, text: await response.text() }
        })
      const original = JSON.parse(delivered.body) as Record<string, unknown>
      // A wrong signature.
      const wrong = yield* post(JSON.stringify({ ...original, signature: "0".repeat(40) }))
      expect(wrong).toMatchObject({ status: 401, text: expect.stringContaining("SignatureMismatch") })
      // A changed body: the signed timestamp, or any other field under the delivered nonce.
      const retimed = yield* post(JSON.stringify({ ...original, timestamp: Number(original["timestamp"]) + 1 }))
      expect(retimed.status).toBe(401)
      const changed = yield* post(JSON.stringify({ ...original, user_id: Seed.users.carol }))
      expect(changed).toMatchObject({ status: 401, text: expect.stringContaining("NonceReplayed") })
      // The same delivery replayed.
      expect(yield* post(delivered.body)).toMatchObject({ status: 401, text: expect.stringContaining("NonceReplayed") })
      // A stale timestamp: the emulator's clock an hour behind; its delivery and every retry are refused.
      yield* emulator.clock.setOffset(-3_600_000)
      yield* call(emulator, "CallReject", { query: `FromUserId=${Seed.users.carol}&CallId=c-1` })
      yield* emulator.callbacks.idle
      const stale = (yield* emulator.requests.callbacks).filter((delivery) => delivery.event === "call_reject")
      expect(stale.map((delivery) => delivery.status)).toEqual([401, 401, 401, 401, 401, 401])
      expect(received.zim.map((event) => event._tag)).toEqual(["call_accept"])
    }).pipe(Effect.provide(secretLayer)))
})
