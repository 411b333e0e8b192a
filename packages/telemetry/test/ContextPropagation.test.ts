import { describe, expect, it } from "@effect/vitest"
import * as OtelApi from "@opentelemetry/api"
import { Effect, Runtime } from "effect"
import * as TelemetryTest from "../src/TelemetryTest.js"

const activeSpanId = () => OtelApi.trace.getActiveSpan()?.spanContext().spanId

describe("OTel context around Effect code (contextSafeTracer)", () => {
  it.live("a span of other instrumentation active when Effect code is run is the parent of its root spans", () =>
    Effect.gen(function*() {
      const runtime = yield* Effect.runtime<never>()
      const server = OtelApi.trace.getTracer("http-server").startSpan("GET /users", { kind: OtelApi.SpanKind.SERVER })
      const inServer = OtelApi.trace.setSpan(OtelApi.context.active(), server)
      yield* Effect.promise(() =>
        OtelApi.context.with(
          inServer,
          () => Runtime.runPromise(runtime)(Effect.sleep("1 millis").pipe(Effect.withSpan("zim.call")))
        )
      )
      server.end()
      const call = yield* TelemetryTest.span("zim.call")
      expect(call.parentSpanId).toBe(server.spanContext().spanId)
      expect(call.traceId).toBe(server.spanContext().traceId)
    }).pipe(Effect.provide(TelemetryTest.layer())))

  it.live("inside an Effect span, OTel code sees that span as active, also after an await", () =>
    Effect.gen(function*() {
      const seen = yield* Effect.gen(function*() {
        const span = yield* Effect.currentSpan
        const sync = yield* Effect.sync(activeSpanId)
        yield* Effect.sleep("1 millis")
        const resumed = yield* Effect.sync(activeSpanId)
        const afterAwait = yield* Effect.promise(async () => {
          await new Promise((resolve) => setTimeout(resolve, 1))
          return activeSpanId()
        })
        return { expected: span.spanId, sync, resumed, afterAwait }
      }).pipe(Effect.withSpan("outer"))
      expect(seen.sync).toBe(seen.expected)
      expect(seen.resumed).toBe(seen.expected)
      expect(seen.afterAwait).toBe(seen.expected)
      // Outside the span, no span of ours is active.
      expect(yield* Effect.sync(activeSpanId)).toBeUndefined()
    }).pipe(Effect.provide(TelemetryTest.layer())))

  it.live("the caller's context is unchanged once a fiber started from it suspends inside a span", () =>
    Effect.gen(function*() {
      const runtime = yield* Effect.runtime<never>()
      const key = OtelApi.createContextKey("caller")
      const caller = OtelApi.ROOT_CONTEXT.setValue(key, "caller")
      const result = yield* Effect.promise(() =>
        OtelApi.context.with(caller, () => {
          const done = Runtime.runPromise(runtime)(Effect.sleep("5 millis").pipe(Effect.withSpan("suspended")))
          const after = OtelApi.context.active()
          return done.then(() => ({ same: after === caller, span: OtelApi.trace.getSpan(after) }))
        })
      )
      expect(result.same).toBe(true)
      expect(result.span).toBeUndefined()
    }).pipe(Effect.provide(TelemetryTest.layer())))
})
