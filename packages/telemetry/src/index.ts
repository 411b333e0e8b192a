/**
 * OpenTelemetry wiring for effect-zego: the `NodeSDK` layer, a console span tree and in-memory
 * telemetry for tests.
 *
 * @since 0.1.0
 */

/**
 * A span processor that prints a readable span tree per root span.
 *
 * @since 0.1.0
 */
export * as ConsoleTrace from "./ConsoleTrace.js"

/**
 * Plain-data snapshots of collected metrics.
 *
 * @since 0.1.0
 */
export * as MetricRecord from "./MetricRecord.js"

/**
 * Plain-data snapshots of finished spans.
 *
 * @since 0.1.0
 */
export * as SpanRecord from "./SpanRecord.js"

/**
 * The pure span tree renderer.
 *
 * @since 0.1.0
 */
export * as SpanTree from "./SpanTree.js"

/**
 * The `NodeSDK` layer bridging Effect's tracer and metrics.
 *
 * @since 0.1.0
 */
export * as Telemetry from "./Telemetry.js"

/**
 * In-memory telemetry for tests.
 *
 * @since 0.1.0
 */
export * as TelemetryTest from "./TelemetryTest.js"
