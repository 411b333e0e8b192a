import { CallbackSecret, NonceStore, Signature, ZegoCallbacks } from "@effect-zego/callbacks"
import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Layer, Redacted } from "effect"
import { CallbackNonceStore, RedisServer } from "../src/index.js"
import { inspector, needsRedis, skipWithoutRedis } from "./support.js"

const secret = Redacted.make("redis-callback-secret")

const delivery = (nonce: string) => {
  const timestamp = String(Math.floor(Date.now() / 1000))
  return JSON.stringify({
    appid: "1",
    event: "call_timeout",
    timestamp: Number(timestamp),
    nonce,
    signature: Signature.sign(secret, timestamp, nonce),
    call_id: "c1",
    user_ids: ["u1"]
  })
}

/** A receiver "replica": its own Redis connection, the same Redis. */
const replica = (url: string) =>
  Effect.map(
    Layer.build(
      Layer.merge(CallbackNonceStore.layer({ url, prefix: "test" }), Layer.orDie(CallbackSecret.layer(secret)))
    ),
    (context) => {
      const receive = ZegoCallbacks.receiver({ product: "zim", handlers: {} })
      return (body: string) => Effect.provide(receive(body, "application/json"), context)
    }
  )

describe("CallbackNonceStore on a real redis-server", () => {
  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("a delivery handled by one replica is a replay at another; the key expires with the window"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const a = yield* replica(server.url)
        const b = yield* replica(server.url)
        const body = delivery("7254119327986670314")
        expect((yield* a(body)).status).toBe(200)
        const replayed = yield* b(body)
        expect(replayed.status).toBe(401)
        expect(replayed.body).toContain("NonceReplayed")
        const redis = yield* inspector(server.url)
        const keys = yield* Effect.promise(() => redis.keys("test:callback-nonce:*"))
        expect(keys).toHaveLength(1)
        expect(keys[0]).toMatch(/:7254119327986670314$/)
        // Remembered for twice the default 5-minute window (a timestamp may be up to 5 minutes ahead), no longer.
        const ttl = yield* Effect.promise(() => redis.pttl(keys[0] ?? ""))
        expect(ttl).toBeGreaterThan(0)
        expect(ttl).toBeLessThanOrEqual(Duration.toMillis(Duration.minutes(10)))
      })
  )

  it.scopedLive.skipIf(skipWithoutRedis)(
    needsRedis("claim is SET NX PX, release frees it; an unreachable Redis is NonceStoreUnavailable (503)"),
    () =>
      Effect.gen(function*() {
        const server = yield* RedisServer.make()
        const store = yield* CallbackNonceStore.make({ url: server.url })
        expect(yield* store.claim("n1", Duration.seconds(30))).toBe(true)
        expect(yield* store.claim("n1", Duration.seconds(30))).toBe(false)
        yield* store.release("n1")
        expect(yield* store.claim("n1", Duration.seconds(30))).toBe(true)
        yield* server.stop
        const error = yield* Effect.flip(store.claim("n2", Duration.seconds(30)))
        expect(error).toBeInstanceOf(NonceStore.NonceStoreUnavailable)
        const a = yield* replica(server.url)
        const reply = yield* a(delivery("42"))
        expect(reply.status).toBe(503)
      })
  )
})
