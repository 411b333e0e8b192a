import * as Tracer from "@effect/opentelemetry/Tracer"
import * as OtelApi from "@opentelemetry/api"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as EffectTracer from "effect/Tracer"

/**
 * What the fiber run loop returns (from the tracer's `context` hook) when it stops: the fiber suspended,
 * yielded or ended. Effect 3 declares it with `Symbol.for`.
 */
const YieldedOp = Symbol.for("effect/internal/fiberRuntime/YieldedOp")

const unset: unique symbol = Symbol("unset")

/**
 * One uninterrupted run of a fiber on the thread (from its resumption to the op that suspends or ends it):
 * the OTel context found when it started, and the context attached for its current span, if any.
 */
interface Segment {
  readonly fiber: unknown
  readonly outer: OtelApi.Context
  span: EffectTracer.AnySpan | undefined | typeof unset
  token: OtelApi.ContextManagementToken | undefined
  /** The segment of the fiber that ran this one synchronously (`Effect.runSync` inside an op). */
  readonly prev: Segment | undefined
}

/** Whether the global context manager implements `attach` (AsyncLocalStorageContextManager ≥ 2.x does). */
const attachWorks = (): boolean => {
  if (typeof OtelApi.context.attach !== "function") return false
  const probe = OtelApi.ROOT_CONTEXT.setValue(Symbol("effect-zego/attach-probe"), true)
  const token = OtelApi.context.attach(probe)
  const works = OtelApi.context.active() === probe
  token.dispose()
  return works
}

/**
 * OTel's `recordException` takes an exception's `code`, when it has one, for `exception.type` (meant for
 * Node's `ENOENT` and the like). A tagged error with a numeric code (ZEGOCLOUD's `660700015`) is named by its
 * name instead (`UserNotRegistered`); its message still holds the code. For a span that is ending.
 */
const recordExceptionsByName = (otel: OtelApi.Span): void => {
  const record = otel.recordException
  otel.recordException = (exception, time) =>
    record.call(
      otel,
      typeof exception === "object" && typeof exception.code === "number" && "_tag" in exception &&
        typeof exception.name === "string"
        ? {
          name: exception.name,
          ...(exception.message === undefined ? {} : { message: exception.message }),
          ...(exception.stack === undefined ? {} : { stack: exception.stack })
        }
        : exception,
      time
    )
}

/**
 * `@effect/opentelemetry`'s tracer, with one leak closed, the cost of its context switching removed, and
 * exceptions with a numeric code named by their name.
 *
 * That tracer runs every op of a fiber (some 45 per effect-zego call) inside `context.with` of an OTel
 * context made anew for the fiber's current span: an AsyncLocalStorage `run` and a context object per op.
 * Here the context is attached once when a run of the fiber starts or its current span changes, and the
 * context found at the start is restored when the run stops (the op that suspends, yields or ends the
 * fiber), so code after it on the same thread does not see the fiber's spans. Inside the run, OTel code
 * (and async work it starts, which captures the context) sees the same active context as before.
 *
 * The leak: async callbacks (undici's, for one) capture the context of the op that started them, and a
 * fiber resumed from one starts in it; once the fiber has left its spans it would still run in that stale
 * context, and a later span with no Effect parent would take a finished span of an unrelated call as its
 * parent. A fiber without a current span runs with any span that Effect itself created removed from the
 * active context, while spans of other instrumentation (an HTTP server's, say) stay the parent as before.
 *
 * Without a context manager that can `attach` (a foreign one registered first), the per-op switching of
 * `@effect/opentelemetry` is kept.
 *
 * @internal
 */
export const layer: Layer.Layer<never, never, Tracer.OtelTracer> = Layer.unwrapEffect(
  Effect.map(Tracer.make, (base) => {
    const created = new WeakSet<OtelApi.Span>()
    const otelSpanOf = (span: EffectTracer.Span): OtelApi.Span | undefined =>
      "span" in span && typeof span.span === "object" && span.span !== null ? span.span as OtelApi.Span : undefined
    const span: EffectTracer.Tracer["span"] = (name, parent, context, links, startTime, kind, options) => {
      const span = base.span(name, parent, context, links, startTime, kind, options)
      const otel = otelSpanOf(span)
      if (otel !== undefined) {
        created.add(otel)
        const end = span.end
        span.end = (endTime, exit) => {
          if (exit._tag === "Failure") recordExceptionsByName(otel)
          end.call(span, endTime, exit)
        }
      }
      return span
    }
    const strip = (context: OtelApi.Context): OtelApi.Context => {
      const stale = OtelApi.trace.getSpan(context)
      return stale !== undefined && created.has(stale) ? OtelApi.trace.deleteSpan(context) : context
    }

    if (!attachWorks()) {
      return Layer.setTracer(EffectTracer.make({
        span,
        context(execution, fiber) {
          if (fiber.currentSpan === undefined) {
            const active = OtelApi.context.active()
            const stripped = strip(active)
            if (stripped !== active) return OtelApi.context.with(stripped, execution)
          }
          return base.context(execution, fiber)
        }
      }))
    }

    const active = () => OtelApi.context.active()
    let segment: Segment | undefined
    return Layer.setTracer(EffectTracer.make({
      span,
      context(execution, fiber) {
        let s = segment
        if (s === undefined || s.fiber !== fiber) {
          s = segment = { fiber, outer: OtelApi.context.active(), span: unset, token: undefined, prev: s }
        }
        const current = fiber.currentSpan
        if (current !== s.span) {
          s.span = current
          if (s.token !== undefined) {
            s.token.dispose()
            s.token = undefined
          }
          // The base tracer's context for the span (none when its propagation is disabled), over `outer`.
          let desired = current === undefined ? s.outer : base.context(active, fiber)
          if (desired === s.outer) desired = strip(s.outer)
          if (desired !== s.outer) s.token = OtelApi.context.attach(desired)
        }
        const result = execution()
        if (result === YieldedOp) {
          if (s.token !== undefined) s.token.dispose()
          segment = s.prev
        }
        return result
      }
    }))
  })
)
