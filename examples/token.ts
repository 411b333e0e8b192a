/**
 * Client tokens (Token04) for an app user: one to log in to ZIM and RTC, one with strict room rights, each read
 * back as the server would. Nothing goes over the network: a token is made from the AppID and ServerSecret alone.
 *
 *   npx tsx examples/token.ts                              # with the emulator's AppID and secret
 *   ZEGO_EXAMPLE_USER_ID=bob npx tsx examples/token.ts
 *   ZEGO_APP_ID=… ZEGO_SERVER_SECRET=… npx tsx examples/token.ts
 */
import { ZegoConfig } from "@effect-zego/core"
import { defaultAppId, defaultServerSecret } from "@effect-zego/emulator"
import { RoomRights, Token04 } from "@effect-zego/token"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { input, target, telemetry } from "./support/ExampleEnv.js"

const userId = input("ZEGO_EXAMPLE_USER_ID", "alice")

const describePayload = (payload: Option.Option<Token04.Payload>): string =>
  Option.match(payload, {
    onNone: () => "no room rights",
    onSome: (value) => {
      if (typeof value === "string") return `payload ${JSON.stringify(value)}`
      const rights = [value.login ? "log in" : undefined, value.publish ? "publish" : undefined]
        .filter((right) => right !== undefined)
      const streams = value.streamIds === null ? "" : ` (streams ${value.streamIds.join(", ")})`
      return `room ${value.roomId}: ${rights.join(", ") || "nothing"}${streams}`
    }
  })

const show = (label: string, token: string) =>
  Effect.gen(function*() {
    // What a server does with a presented token: decrypt with the secret, check the AppID and the expiry.
    const contents = yield* Token04.verify(token)
    yield* Console.log(`${label}:\n  ${token}`)
    yield* Console.log(
      `  user ${contents.userId}, AppID ${contents.appId}, valid until ${
        new Date(contents.expire * 1000).toISOString()
      }` +
        `, ${describePayload(contents.payload)}`
    )
  })

const program = Effect.gen(function*() {
  // Log in to ZIM and to RTC rooms, for an hour.
  const login = yield* Token04.generate({ userId, lifetime: "1 hour" })
  yield* show(`Token for ${userId} (1 hour)`, login)

  // Strict room rights: only room "live-room", where the user may publish one stream.
  const host = yield* Token04.generate({
    userId,
    lifetime: "2 hours",
    payload: RoomRights.make({ roomId: "live-room", publish: true, streamIds: [`live-room-${userId}`] })
  })
  yield* show(`Token for ${userId} with room rights (2 hours)`, host)

  // Bad input is a typed error naming the field and the rule; nothing is made.
  yield* Token04.generate({ userId: "", lifetime: "1 hour" }).pipe(
    Effect.flatMap((token) => Console.log(`unexpected token ${token}`)),
    Effect.catchTag("UserIdEmpty", (error) => Console.log(`✗ ${error._tag}: ${error.message}`))
  )
})

// The real AppID and secret from the environment (both or neither), or the emulator's (tokens then check
// against it).
const config = Either.match(target, {
  onLeft: (error) => Layer.fail(error),
  onRight: (t) =>
    t._tag === "Configured" ? ZegoConfig.ZegoConfig.layerConfig() : ZegoConfig.ZegoConfig.layer({
      appId: defaultAppId,
      serverSecret: Redacted.make(defaultServerSecret)
    })
})

program.pipe(
  Effect.withSpan("token example"),
  Effect.provide(Layer.mergeAll(config, telemetry("effect-zego-token-example"))),
  NodeRuntime.runMain
)
