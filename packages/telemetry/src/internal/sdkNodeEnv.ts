/**
 * The OTEL_* environment handling, delegated to `@opentelemetry/sdk-node` wherever it exposes it.
 *
 * `NodeSDK` reads the environment only when it is given no span processors / metric readers at
 * all, so exporters from the environment and programmatic ones cannot be combined through its
 * constructor. sdk-node's own helpers (`build/src/utils.js`, pinned with the exact sdk-node version
 * in package.json) build the environment's span processors and OTLP metric exporter; only the
 * `OTEL_METRICS_EXPORTER` list is walked here, because sdk-node builds those readers without a way
 * to attach Effect's metric producer.
 *
 * @internal
 */
import type { IMetricReader, MetricProducer, PushMetricExporter } from "@opentelemetry/sdk-metrics"
import { core, metrics as sdkMetrics } from "@opentelemetry/sdk-node"
import {
  getNonNegativeNumberFromEnv,
  getOtlpMetricExporterFromEnv,
  getSpanProcessorsFromEnv
} from "@opentelemetry/sdk-node/build/src/utils.js"
import type { SpanProcessor } from "@opentelemetry/sdk-trace-base"

/** @internal */
export type Signal = "traces" | "metrics" | "logs"

/** @internal */
export const sdkDisabled = (): boolean => core.getBooleanFromEnv("OTEL_SDK_DISABLED")

/** @internal */
export const serviceNameFromEnv = (): string | undefined => core.getStringFromEnv("OTEL_SERVICE_NAME")

/**
 * Whether the environment says anything about where a signal goes: its exporter list or an OTLP
 * endpoint (shared or per signal).
 *
 * @internal
 */
export const envConfigures = (signal: Signal): boolean => {
  const upper = signal.toUpperCase()
  return core.getStringFromEnv(`OTEL_${upper}_EXPORTER`) !== undefined ||
    core.getStringFromEnv("OTEL_EXPORTER_OTLP_ENDPOINT") !== undefined ||
    core.getStringFromEnv(`OTEL_EXPORTER_OTLP_${upper}_ENDPOINT`) !== undefined
}

/**
 * Span processors for `OTEL_TRACES_EXPORTER` (default `otlp`), exactly as `NodeSDK` builds them.
 *
 * @internal
 */
export const spanProcessorsFromEnv = (): ReadonlyArray<SpanProcessor> => getSpanProcessorsFromEnv(undefined)

const periodicReaderFromEnv = (
  exporter: PushMetricExporter,
  producer: MetricProducer
): IMetricReader => {
  // Same defaults and clamping as sdk-node's getPeriodicExportingMetricReaderFromEnv.
  const exportIntervalMillis = getNonNegativeNumberFromEnv("OTEL_METRIC_EXPORT_INTERVAL") ?? 60_000
  const exportTimeoutMillis = Math.min(
    getNonNegativeNumberFromEnv("OTEL_METRIC_EXPORT_TIMEOUT") ?? 30_000,
    exportIntervalMillis
  )
  return new sdkMetrics.PeriodicExportingMetricReader({
    exporter,
    exportIntervalMillis,
    exportTimeoutMillis,
    metricProducers: [producer]
  })
}

/**
 * Metric readers for `OTEL_METRICS_EXPORTER` (default `otlp`; `none` disables), each also reading
 * `producer` (Effect's metrics). Returns warnings for values that cannot be honoured.
 *
 * @internal
 */
export const metricReadersFromEnv = (producer: MetricProducer): {
  readonly readers: ReadonlyArray<IMetricReader>
  readonly warnings: ReadonlyArray<string>
} => {
  const names = Array.from(new Set(core.getStringListFromEnv("OTEL_METRICS_EXPORTER") ?? []))
  if (names.includes("none")) {
    return { readers: [], warnings: [] }
  }
  const readers: Array<IMetricReader> = []
  const warnings: Array<string> = []
  for (const name of names.length === 0 ? ["otlp"] : names) {
    switch (name) {
      case "otlp":
        readers.push(periodicReaderFromEnv(getOtlpMetricExporterFromEnv(), producer))
        break
      case "console":
        readers.push(
          new sdkMetrics.PeriodicExportingMetricReader({
            exporter: new sdkMetrics.ConsoleMetricExporter(),
            metricProducers: [producer]
          })
        )
        break
      default:
        // "prometheus" needs @opentelemetry/exporter-prometheus; pass it as a metric reader instead.
        warnings.push(
          `OTEL_METRICS_EXPORTER value "${name}" is not supported by @effect-zego/telemetry (otlp, console, none); ` +
            "pass a reader through the metricReaders option instead"
        )
    }
  }
  return { readers, warnings }
}
