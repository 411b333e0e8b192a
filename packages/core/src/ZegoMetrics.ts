/**
 * The metrics every call records, as Effect metrics (bridged to OpenTelemetry by
 * `@effect-zego/telemetry`). Attribute keys follow the OTel RPC conventions.
 *
 * @since 0.1.0
 */
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricKey from "effect/MetricKey"
import * as MetricLabel from "effect/MetricLabel"

/**
 * OpenTelemetry's advice for HTTP client durations, in seconds.
 *
 * @since 0.1.0
 * @category boundaries
 */
export const durationBoundaries: ReadonlyArray<number> = [
  0.005,
  0.01,
  0.025,
  0.05,
  0.075,
  0.1,
  0.25,
  0.5,
  0.75,
  1,
  2.5,
  5,
  7.5,
  10
]

/**
 * Duration of a logical call (permits, attempts and backoffs), in seconds; attributes `rpc.service`,
 * `rpc.method`, `outcome` (`success` or the error's tag).
 *
 * @since 0.1.0
 * @category metrics
 */
export const callDuration = Metric.histogram(
  "zego.client.call.duration",
  MetricBoundaries.fromIterable(durationBoundaries),
  "Duration of ZEGOCLOUD API calls, retries included, in seconds"
)
const callDurationKey = MetricKey.histogram(
  "zego.client.call.duration",
  MetricBoundaries.fromIterable(durationBoundaries),
  "Duration of ZEGOCLOUD API calls, retries included, in seconds"
)

/**
 * Calls by Action and outcome.
 *
 * @since 0.1.0
 * @category metrics
 */
export const calls = Metric.counter("zego.client.calls", {
  description: "ZEGOCLOUD API calls by Action and outcome",
  incremental: true
})
const callsKey = MetricKey.counter("zego.client.calls", {
  description: "ZEGOCLOUD API calls by Action and outcome",
  incremental: true
})

/**
 * Retries by Action and the error that caused them.
 *
 * @since 0.1.0
 * @category metrics
 */
export const retries = Metric.counter("zego.client.retries", {
  description: "Retries of ZEGOCLOUD API calls, by Action and the error retried",
  incremental: true
})
const retriesKey = MetricKey.counter("zego.client.retries", {
  description: "Retries of ZEGOCLOUD API calls, by Action and the error retried",
  incremental: true
})

/**
 * Time spent waiting for a rate-limit permit, in seconds.
 *
 * @since 0.1.0
 * @category metrics
 */
export const rateLimitWait = Metric.histogram(
  "zego.client.rate_limit.wait",
  MetricBoundaries.fromIterable([0, ...durationBoundaries]),
  "Time ZEGOCLOUD API calls waited for a client-side rate-limit permit, in seconds"
)
const rateLimitWaitKey = MetricKey.histogram(
  "zego.client.rate_limit.wait",
  MetricBoundaries.fromIterable([0, ...durationBoundaries]),
  "Time ZEGOCLOUD API calls waited for a client-side rate-limit permit, in seconds"
)

/**
 * The metrics of one Action, with their attributes in the metric key: `Metric.tagged` builds and hashes a
 * new key on every update, a key-level tag resolves its registry entry once.
 *
 * @internal
 */
export interface ActionMetrics {
  /** Records a finished call: its duration (seconds) and one more call, under `outcome`. */
  readonly call: (outcome: string, seconds: number, labels: ReadonlyArray<MetricLabel.MetricLabel>) => void
  /** The retries counter for one error tag. */
  readonly retries: (errorTag: string) => Metric.Metric.Counter<number>
  readonly rateLimitWait: Metric.Metric.Histogram<number>
}

const labels = (tags: ReadonlyArray<readonly [string, string]>) => tags.map(([k, v]) => MetricLabel.make(k, v))
const histogramWith = (
  key: MetricKey.MetricKey.Histogram,
  tags: ReadonlyArray<readonly [string, string]>
): Metric.Metric.Histogram<number> => Metric.fromMetricKey(MetricKey.taggedWithLabels(key, labels(tags)))
const counterWith = (
  key: MetricKey.MetricKey.Counter<number>,
  tags: ReadonlyArray<readonly [string, string]>
): Metric.Metric.Counter<number> => Metric.fromMetricKey(MetricKey.taggedWithLabels(key, labels(tags)))

/**
 * The metrics of an Action, tagged `rpc.service` and `rpc.method`.
 *
 * @internal
 */
export const forAction = (service: string, method: string): ActionMetrics => {
  const base: ReadonlyArray<readonly [string, string]> = [["rpc.service", service], ["rpc.method", method]]
  const byOutcome = new Map<
    string,
    { readonly duration: Metric.Metric.Histogram<number>; readonly calls: Metric.Metric.Counter<number> }
  >()
  const byError = new Map<string, Metric.Metric.Counter<number>>()
  return {
    call: (outcome, seconds, labels) => {
      let metrics = byOutcome.get(outcome)
      if (metrics === undefined) {
        const tags = [...base, ["outcome", outcome] as const]
        metrics = { duration: histogramWith(callDurationKey, tags), calls: counterWith(callsKey, tags) }
        byOutcome.set(outcome, metrics)
      }
      metrics.duration.unsafeUpdate(seconds, labels)
      metrics.calls.unsafeUpdate(1, labels)
    },
    retries: (errorTag) => {
      let counter = byError.get(errorTag)
      if (counter === undefined) {
        counter = counterWith(retriesKey, [...base, ["error.type", errorTag]])
        byError.set(errorTag, counter)
      }
      return counter
    },
    rateLimitWait: histogramWith(rateLimitWaitKey, base)
  }
}
