/**
 * The OpenTelemetry setup of P6: the real SDK (`@effect-zego/telemetry`'s sdk-node layer) with exporters
 * that accept everything and send nothing, so that what is measured is the SDK's work, not a network.
 *
 * @since 0.1.0
 */
import { Telemetry } from "@effect-zego/telemetry"
import type * as Layer from "effect/Layer"

type SpanExporter = NonNullable<Telemetry.Options["spanExporters"]>[number]
type MetricExporter = NonNullable<Telemetry.Options["metricExporters"]>[number]

/** Accepts every batch of spans (behind the SDK's `BatchSpanProcessor`). */
const spanExporter: SpanExporter = {
  export: (_spans, done) => done({ code: 0 }),
  shutdown: () => Promise.resolve()
}

/** Accepts every metric collection. */
const metricExporter: MetricExporter = {
  export: (_metrics, done) => done({ code: 0 }),
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve()
}

/** sdk-node with a batch span processor and a periodic metric reader, both over no-op exporters. */
export const layer: Layer.Layer<Telemetry.Telemetry> = Telemetry.layer({
  serviceName: "effect-zego-bench",
  envExporters: "never",
  spanExporters: [spanExporter],
  metricExporters: [metricExporter]
})
