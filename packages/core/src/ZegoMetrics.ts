/**
 * The metrics every call records, as Effect metrics (bridged to OpenTelemetry by
 * `@effect-zego/telemetry`). Attribute keys follow the OTel RPC conventions.
 *
 * @since 0.1.0
 */
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"

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
