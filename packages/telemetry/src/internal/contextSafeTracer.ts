import * as Tracer from "@effect/opentelemetry/Tracer"
import * as OtelApi from "@opentelemetry/api"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as EffectTracer from "effect/Tracer"

/**
 * `@effect/opentelemetry`'s tracer, with one leak closed.
 *
 * That tracer runs a fiber's code inside the OTel context of the fiber's current span. Async callbacks
 * (undici's, for one) capture that context, and the fiber resumes inside it; once the fiber has left its
 * spans it still runs in the stale context, and a later span with no Effect parent would take a finished
 * span of an unrelated call as its parent. A fiber without a current span now runs with any span that
 * Effect itself created removed from the active context, while spans of other instrumentation (an HTTP
 * server's, say) stay the parent as before.
 *
 * @internal
 */
export const layer: Layer.Layer<never, never, Tracer.OtelTracer> = Layer.unwrapEffect(
  Effect.map(Tracer.make, (base) => {
    const created = new WeakSet<OtelApi.Span>()
    const otelSpanOf = (span: EffectTracer.Span): OtelApi.Span | undefined =>
      "span" in span && typeof span.span === "object" && span.span !== null ? span.span as OtelApi.Span : undefined
    return Layer.setTracer(EffectTracer.make({
      span(name, parent, context, links, startTime, kind, options) {
        const span = base.span(name, parent, context, links, startTime, kind, options)
        const otel = otelSpanOf(span)
        if (otel !== undefined) created.add(otel)
        return span
      },
      context(execution, fiber) {
        if (fiber.currentSpan === undefined) {
          const active = OtelApi.context.active()
          const stale = OtelApi.trace.getSpan(active)
          if (stale !== undefined && created.has(stale)) {
            return OtelApi.context.with(OtelApi.trace.deleteSpan(active), execution)
          }
        }
        return base.context(execution, fiber)
      }
    }))
  })
)
