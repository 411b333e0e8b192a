/**
 * @since 0.1.0
 */

/**
 * RTC `DescribeUsers`.
 *
 * @since 0.1.0
 */
export * as DescribeUsers from "./DescribeUsers.js"

/**
 * Errors shared by RTC Actions.
 *
 * @since 0.1.0
 */
export * as RtcErrors from "./RtcErrors.js"

/**
 * The RTC service.
 *
 * @since 0.1.0
 */
export * as RtcService from "./RtcService.js"
