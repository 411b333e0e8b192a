/**
 * The smallest useful program: look a user up, and say so when the user is not registered.
 *
 *   npx tsx examples/minimal.ts                          # against the embedded emulator
 *   ZEGO_EXAMPLE_USER_ID=nobody npx tsx examples/minimal.ts
 *   ZEGO_APP_ID=… ZEGO_SERVER_SECRET=… ZEGO_EXAMPLE_USER_ID=… npx tsx examples/minimal.ts
 */
import { ZimService } from "@effect-zego/client"
import { Seed } from "@effect-zego/emulator"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { client, input, runMain, telemetry } from "./support/ExampleEnv.js"

const userId = input("ZEGO_EXAMPLE_USER_ID", Seed.users.alice)

const program = Effect.gen(function*() {
  const zim = yield* ZimService.ZimService
  const user = yield* zim.getUserInfo(userId)
  yield* Console.log(`${user.UserId} is called ${JSON.stringify(user.UserName)}`)
}).pipe(
  // Every other failure (bad credentials, network …) is typed too, and ends the program with its message.
  Effect.catchTag(
    "UserNotRegistered",
    (error) => Console.log(`${userId} is not registered (code ${error.code}, RequestId ${error.requestId})`)
  )
)

program.pipe(
  Effect.withSpan("minimal example"),
  Effect.provide(Layer.mergeAll(client(), telemetry("effect-zego-minimal-example"))),
  runMain
)
