import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as FiberRef from "effect/FiberRef"
import type * as Tracer from "effect/Tracer"

interface RuntimeDefaults {
  /** Effect's built-in tracer: its spans are seen by nobody. */
  readonly tracer: Tracer.Tracer
  /** Effect's live clock. */
  readonly clock: Clock.Clock
}

let runtimeDefaults: RuntimeDefaults | undefined

/**
 * The tracer and clock a fiber has unless something replaced them.
 *
 * @internal
 */
export const defaults = (): RuntimeDefaults =>
  runtimeDefaults ??= Effect.runSync(
    Effect.zipWith(Effect.tracer, Effect.clock, (tracer, clock) => ({ tracer, clock }))
  )

/**
 * Whether spans made by this fiber reach anyone: tracing is on and the tracer is not Effect's built-in one
 * (whose spans nothing exports). Spans, their attributes, events and links are skipped when not.
 *
 * @internal
 */
export const isTraced = (fiber: Fiber.RuntimeFiber<unknown, unknown>): boolean =>
  fiber.getFiberRef(FiberRef.currentTracerEnabled) && fiber.currentTracer !== defaults().tracer

/**
 * The fiber's clock.
 *
 * @internal
 */
export const clockOf = (fiber: Fiber.RuntimeFiber<unknown, unknown>): Clock.Clock =>
  Context.get(fiber.currentDefaultServices, Clock.Clock)
