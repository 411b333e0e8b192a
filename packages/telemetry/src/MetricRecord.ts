/**
 * Plain-data snapshots of collected OpenTelemetry metrics, for assertions in tests.
 *
 * @since 0.1.0
 */
import type { MetricData, ResourceMetrics } from "@opentelemetry/sdk-metrics"
import { DataPointType } from "@opentelemetry/sdk-metrics"
import type { AttributeRecord } from "./SpanRecord.js"
import { attributeRecord } from "./SpanRecord.js"

/**
 * Fields every metric has.
 *
 * @since 0.1.0
 * @category models
 */
export interface Base {
  readonly name: string
  readonly description: string
  readonly unit: string
  /** Instrumentation scope; Effect metrics come from `@effect/opentelemetry/Metrics`. */
  readonly scope: string
}

/**
 * A data point holding one number (sums and gauges).
 *
 * @since 0.1.0
 * @category models
 */
export interface NumberPoint {
  readonly attributes: AttributeRecord
  readonly value: number
}

/**
 * An explicit-bucket histogram data point. `bucketCounts` has one more entry than `boundaries`:
 * the last bucket counts values above the highest boundary.
 *
 * @since 0.1.0
 * @category models
 */
export interface HistogramPoint {
  readonly attributes: AttributeRecord
  readonly count: number
  readonly sum: number | undefined
  readonly min: number | undefined
  readonly max: number | undefined
  readonly boundaries: ReadonlyArray<number>
  readonly bucketCounts: ReadonlyArray<number>
}

/**
 * An exponential histogram data point, reduced to its summary.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExponentialHistogramPoint {
  readonly attributes: AttributeRecord
  readonly count: number
  readonly sum: number | undefined
  readonly min: number | undefined
  readonly max: number | undefined
}

/**
 * A counter or up-down counter (Effect counters; frequencies; summaries' count and sum).
 *
 * @since 0.1.0
 * @category models
 */
export interface Sum extends Base {
  readonly _tag: "Sum"
  readonly monotonic: boolean
  readonly points: ReadonlyArray<NumberPoint>
}

/**
 * A gauge.
 *
 * @since 0.1.0
 * @category models
 */
export interface Gauge extends Base {
  readonly _tag: "Gauge"
  readonly points: ReadonlyArray<NumberPoint>
}

/**
 * An explicit-bucket histogram (Effect histograms).
 *
 * @since 0.1.0
 * @category models
 */
export interface Histogram extends Base {
  readonly _tag: "Histogram"
  readonly points: ReadonlyArray<HistogramPoint>
}

/**
 * An exponential histogram (only from OTel instruments configured for it).
 *
 * @since 0.1.0
 * @category models
 */
export interface ExponentialHistogram extends Base {
  readonly _tag: "ExponentialHistogram"
  readonly points: ReadonlyArray<ExponentialHistogramPoint>
}

/**
 * A collected metric.
 *
 * @since 0.1.0
 * @category models
 */
export type MetricRecord = Sum | Gauge | Histogram | ExponentialHistogram

const fromMetricData = (scope: string, data: MetricData): MetricRecord => {
  const base: Base = {
    name: data.descriptor.name,
    description: data.descriptor.description,
    unit: data.descriptor.unit,
    scope
  }
  switch (data.dataPointType) {
    case DataPointType.SUM:
      return {
        _tag: "Sum",
        ...base,
        monotonic: data.isMonotonic,
        points: data.dataPoints.map((point) => ({ attributes: attributeRecord(point.attributes), value: point.value }))
      }
    case DataPointType.GAUGE:
      return {
        _tag: "Gauge",
        ...base,
        points: data.dataPoints.map((point) => ({ attributes: attributeRecord(point.attributes), value: point.value }))
      }
    case DataPointType.HISTOGRAM:
      return {
        _tag: "Histogram",
        ...base,
        points: data.dataPoints.map((point) => ({
          attributes: attributeRecord(point.attributes),
          count: point.value.count,
          sum: point.value.sum,
          min: point.value.min,
          max: point.value.max,
          boundaries: point.value.buckets.boundaries.slice(),
          bucketCounts: point.value.buckets.counts.slice()
        }))
      }
    case DataPointType.EXPONENTIAL_HISTOGRAM:
      return {
        _tag: "ExponentialHistogram",
        ...base,
        points: data.dataPoints.map((point) => ({
          attributes: attributeRecord(point.attributes),
          count: point.value.count,
          sum: point.value.sum,
          min: point.value.min,
          max: point.value.max
        }))
      }
  }
}

/**
 * Flattens a collection result (all scopes) into metric records.
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromResourceMetrics = (resourceMetrics: ResourceMetrics): ReadonlyArray<MetricRecord> =>
  resourceMetrics.scopeMetrics.flatMap((scopeMetrics) =>
    scopeMetrics.metrics.map((data) => fromMetricData(scopeMetrics.scope.name, data))
  )
