/**
 * Receiving ZEGOCLOUD's server callbacks: a small Effect HTTP server mounts one receiver per product, and the
 * embedded emulator sends it the callbacks of what this program does (messages, a group, a call invitation).
 * Every callback is signed, verified, decoded to a typed event and handed to its handler, which prints it;
 * `before_send_msg` decides whether a message is sent.
 *
 *   npx tsx examples/callbacks.ts
 */
import { CallbackSecret, ZegoCallbacks } from "@effect-zego/callbacks"
import { ZegoClient, ZimService } from "@effect-zego/client"
import { Emulator, Seed } from "@effect-zego/emulator"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServer from "@effect/platform/HttpServer"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Http from "node:http"

// In production: CallbackSecret.layerConfig() reads ZEGO_CALLBACK_SECRET.
const secret = Redacted.make("example-callback-secret")

const zimReceiver = ZegoCallbacks.router({
  product: "zim",
  handlers: {
    before_send_msg: (event) => {
      const decision = event.msg_body.includes("spam")
        ? { result: 3, reason: "no spam here" }
        : { result: 1, reason: "" }
      return Console.log(
        `← before_send_msg  ${event.from_user_id}: ${JSON.stringify(event.msg_body)} → ${
          decision.result === 3 ? `refused (${decision.reason})` : "send"
        }`
      ).pipe(Effect.as(decision))
    },
    send_msg: (event) =>
      Console.log(
        `← send_msg         ${event.from_user_id} → ${event.conv_type === 2 ? "group " : ""}${event.conv_id}: ` +
          `${JSON.stringify(event.msg_body)} (msg_id ${event.msg_id})`
      ),
    group_create: (event) =>
      Console.log(`← group_create     ${event.group_id} "${event.group_name}" members ${event.user_ids.join(", ")}`),
    call_create: (event) =>
      Console.log(`← call_create      ${event.caller} calls ${event.user_ids.join(", ")} (${event.timeout} s)`),
    Unknown: (event) => Console.log(`← ${event.event ?? "?"} (not a documented event; raw body kept)`)
  }
})

const rtcReceiver = ZegoCallbacks.router({
  product: "rtc",
  handlers: {
    stream_create: (event) =>
      Console.log(`← stream_create    ${event.stream_id} in ${event.room_id} by ${event.user_id}`)
  }
})

const routes = HttpRouter.empty.pipe(
  HttpRouter.post("/zego/zim", zimReceiver),
  HttpRouter.post("/zego/rtc", rtcReceiver)
)

const program = Effect.gen(function*() {
  const zim = yield* ZimService.ZimService
  const emulator = yield* Emulator
  const { alice, bob, carol } = Seed.users
  yield* Console.log("→ sendPeerMessage alice → bob: \"hello Bob\"")
  yield* zim.sendPeerMessage({
    FromUserId: alice,
    ToUserId: [bob],
    MessageType: 1,
    Priority: 1,
    MessageBody: { Message: "hello Bob" }
  })
  yield* Console.log("→ createGroup \"Callbacks demo\"")
  const group = yield* zim.createGroup({
    GroupId: "callbacks-demo",
    GroupName: "Callbacks demo",
    GroupOwner: alice,
    UserId: [bob, carol]
  })
  yield* Console.log("→ sendGroupMessage alice → callbacks-demo: \"welcome\"")
  yield* zim.sendGroupMessage({
    FromUserId: alice,
    GroupId: group.GroupId,
    MessageType: 1,
    Priority: 1,
    MessageBody: { Message: "welcome" }
  })
  yield* Console.log("→ sendPeerMessage carol → bob: \"buy spam\"")
  const refused = yield* Effect.either(zim.sendPeerMessage({
    FromUserId: carol,
    ToUserId: [bob],
    MessageType: 1,
    Priority: 1,
    MessageBody: { Message: "buy spam" }
  }))
  if (refused._tag === "Left") yield* Console.log(`  refused: ${refused.left.message}`)
  yield* Console.log("→ callInvite alice → bob")
  yield* zim.callInvite({ FromUserId: alice, UserIds: [bob], Timeout: 30, OfflinePush: { Enable: 0 } })
  // The callbacks travel over HTTP in the background; wait until all were answered.
  yield* emulator.callbacks.idle
  const deliveries = yield* emulator.requests.callbacks
  yield* Console.log(
    `${deliveries.length} callbacks delivered, answered ${[...new Set(deliveries.map((d) => d.status))].join(", ")}`
  )
})

// The receivers' HTTP server on a free loopback port; the emulator sends its callbacks there.
const ServerLive = NodeHttpServer.layer(() => Http.createServer(), { port: 0, host: "127.0.0.1" })

const EmulatorLive = Layer.unwrapEffect(
  Effect.map(HttpServer.addressFormattedWith(Effect.succeed), (base) =>
    Emulator.layer({
      callbacks: {
        zimUrl: `${base}/zego/zim`,
        rtcUrl: `${base}/zego/rtc`,
        secret,
        beforeSendMsg: true
      }
    }))
)

const ClientLive = Layer.unwrapEffect(
  Effect.map(Emulator, (emulator) =>
    ZegoClient.layer({
      appId: emulator.appId,
      serverSecret: emulator.serverSecret,
      zimBaseUrl: emulator.url,
      rtcBaseUrl: emulator.url
    }))
)

const AppLive = HttpServer.serve(routes).pipe(
  Layer.provide(Layer.orDie(CallbackSecret.layer(secret)))
)

program.pipe(
  Effect.provide(ClientLive.pipe(Layer.provideMerge(EmulatorLive))),
  Effect.provide(Layer.merge(AppLive, HttpServer.layerContext)),
  Effect.provide(ServerLive),
  Effect.tap(() => Console.log("done")),
  NodeRuntime.runMain
)
