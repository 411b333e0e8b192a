/**
 * Errors that the RTC room-signalling Actions share.
 *
 * @since 0.1.0
 */
import { ZegoError } from "@effect-zego/core"

/**
 * RTC 1: the request failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestFailed extends ZegoError.ApiError<RequestFailed>()("RequestFailed", {
  meaning: "the request failed"
}) {}

/**
 * RTC 3: a parameter is too long.
 *
 * @since 0.1.0
 * @category errors
 */
export class ParameterTooLong extends ZegoError.ApiError<ParameterTooLong>()("ParameterTooLong", {
  meaning: "a parameter is too long"
}) {}

/**
 * RTC 207: the room's rate limit was exceeded; retried with the longer backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomRateLimited extends ZegoError.ApiError<RoomRateLimited>()("RoomRateLimited", {
  meaning: "the room exceeded its rate limit",
  retry: "throttled"
}) {}

/**
 * RTC 50001 (also 104 and 5024, the same check): the room does not exist. A room is destroyed when its
 * last user leaves or times out.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomNotFound extends ZegoError.ApiError<RoomNotFound>()("RoomNotFound", {
  meaning: "the room does not exist"
}) {}

/**
 * The public codes of the room-signalling Actions and the AppID-level rate limit (206).
 *
 * @since 0.1.0
 * @category code tables
 */
export const common = {
  1: RequestFailed,
  2: ZegoError.InvalidParameter,
  3: ParameterTooLong,
  206: ZegoError.AppRateLimited
} as const
