/**
 * Errors that many RTC Actions share, and the common code table of each RTC API group (room signalling, media
 * service, media files, stream mixing).
 *
 * Generated from the vendor's files by `codegen/generate.ts`.
 *
 * @since 0.1.0
 */

import { ZegoError } from "@effect-zego/core"

/**
 * RTC 1, 1000: the request failed.
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
 * RTC 3: the permission this Action needs is not enabled for the app.
 *
 * @since 0.1.0
 * @category errors
 */
export class PermissionNotEnabled extends ZegoError.ApiError<PermissionNotEnabled>()("PermissionNotEnabled", {
  meaning: "the permission this Action needs is not enabled for the app"
}) {}

/**
 * RTC 3, 7, 5003, 40005, 110200003: authentication failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class AuthenticationFailed extends ZegoError.ApiError<AuthenticationFailed>()("AuthenticationFailed", {
  meaning: "authentication failed"
}) {}

/**
 * RTC 4: the CDN vendor does not match the app's configuration.
 *
 * @since 0.1.0
 * @category errors
 */
export class CdnVendorMismatch extends ZegoError.ApiError<CdnVendorMismatch>()("CdnVendorMismatch", {
  meaning: "the CDN vendor does not match the app's configuration"
}) {}

/**
 * RTC 5: the app's configuration for this service is wrong.
 *
 * @since 0.1.0
 * @category errors
 */
export class ConfigurationError extends ZegoError.ApiError<ConfigurationError>()("ConfigurationError", {
  meaning: "the app's configuration for this service is wrong"
}) {}

/**
 * RTC 207: the room exceeded its rate limit; retried with the longer backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomRateLimited extends ZegoError.ApiError<RoomRateLimited>()("RoomRateLimited", {
  meaning: "the room exceeded its rate limit",
  retry: "throttled"
}) {}

/**
 * RTC 110200001: the stream-mixing request failed; retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class MixFailed extends ZegoError.ApiError<MixFailed>()("MixFailed", {
  meaning: "the stream-mixing request failed",
  retry: "transient"
}) {}

/**
 * RTC 110200004, 110200184: the server could not parse the parameters.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnparsableParameters extends ZegoError.ApiError<UnparsableParameters>()("UnparsableParameters", {
  meaning: "the server could not parse the parameters"
}) {}

/**
 * RTC 110200190, 110200191, 110200194: stream mixing is overloaded: too many requests; retried with the longer
 * backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamMixingOverloaded extends ZegoError.ApiError<StreamMixingOverloaded>()("StreamMixingOverloaded", {
  meaning: "stream mixing is overloaded: too many requests",
  retry: "throttled"
}) {}

/**
 * RTC 3003: the app has no token configured.
 *
 * @since 0.1.0
 * @category errors
 */
export class AppTokenNotConfigured extends ZegoError.ApiError<AppTokenNotConfigured>()("AppTokenNotConfigured", {
  meaning: "the app has no token configured"
}) {}

/**
 * RTC 41003: the media file does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class FileNotFound extends ZegoError.ApiError<FileNotFound>()("FileNotFound", {
  meaning: "the media file does not exist"
}) {}

/**
 * RTC 110200150: an input stream does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class InputStreamNotFound extends ZegoError.ApiError<InputStreamNotFound>()("InputStreamNotFound", {
  meaning: "an input stream does not exist"
}) {}

/**
 * RTC 3001, 5000, 5001, 5002, 5006, 30003: the media service failed internally.
 *
 * @since 0.1.0
 * @category errors
 */
export class InternalError extends ZegoError.ApiError<InternalError>()("InternalError", {
  meaning: "the media service failed internally"
}) {}

/**
 * RTC 3000: the app is invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidApp extends ZegoError.ApiError<InvalidApp>()("InvalidApp", {
  meaning: "the app is invalid"
}) {}

/**
 * RTC 30005: the AppId is invalid for this service.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidAppId extends ZegoError.ApiError<InvalidAppId>()("InvalidAppId", {
  meaning: "the AppId is invalid for this service"
}) {}

/**
 * RTC 5004, 30001: the CDN URL is invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidCdnUrl extends ZegoError.ApiError<InvalidCdnUrl>()("InvalidCdnUrl", {
  meaning: "the CDN URL is invalid"
}) {}

/**
 * RTC 30004: the IsTest parameter is wrong for this app.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidIsTest extends ZegoError.ApiError<InvalidIsTest>()("InvalidIsTest", {
  meaning: "the IsTest parameter is wrong for this app"
}) {}

/**
 * RTC 30009: the stream ID does not follow the naming rules.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidStreamId extends ZegoError.ApiError<InvalidStreamId>()("InvalidStreamId", {
  meaning: "the stream ID does not follow the naming rules"
}) {}

/**
 * RTC 30006: the list of stream IDs is invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidStreamIdList extends ZegoError.ApiError<InvalidStreamIdList>()("InvalidStreamIdList", {
  meaning: "the list of stream IDs is invalid"
}) {}

/**
 * RTC 50012: the message is longer than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class MessageTooLong extends ZegoError.ApiError<MessageTooLong>()("MessageTooLong", {
  meaning: "the message is longer than allowed"
}) {}

/**
 * RTC 110200151: the stream-mixing or transcoding task failed; retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class MixTaskFailed extends ZegoError.ApiError<MixTaskFailed>()("MixTaskFailed", {
  meaning: "the stream-mixing or transcoding task failed",
  retry: "transient"
}) {}

/**
 * RTC 50009: the moderation failed (retry after about 5 minutes).
 *
 * @since 0.1.0
 * @category errors
 */
export class ModerationFailed extends ZegoError.ApiError<ModerationFailed>()("ModerationFailed", {
  meaning: "the moderation failed (retry after about 5 minutes)"
}) {}

/**
 * RTC 50117: the moderation service is not enabled for the app.
 *
 * @since 0.1.0
 * @category errors
 */
export class ModerationNotEnabled extends ZegoError.ApiError<ModerationNotEnabled>()("ModerationNotEnabled", {
  meaning: "the moderation service is not enabled for the app"
}) {}

/**
 * RTC 50006, 50007: the moderation service's HTTP request failed (retry after about 5 minutes).
 *
 * @since 0.1.0
 * @category errors
 */
export class ModerationRequestFailed extends ZegoError.ApiError<ModerationRequestFailed>()("ModerationRequestFailed", {
  meaning: "the moderation service's HTTP request failed (retry after about 5 minutes)"
}) {}

/**
 * RTC 9: the app is not allowed to use this Action.
 *
 * @since 0.1.0
 * @category errors
 */
export class PermissionNotGranted extends ZegoError.ApiError<PermissionNotGranted>()("PermissionNotGranted", {
  meaning: "the app is not allowed to use this Action"
}) {}

/**
 * RTC 5005: the media service found the request invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestRejected extends ZegoError.ApiError<RequestRejected>()("RequestRejected", {
  meaning: "the media service found the request invalid"
}) {}

/**
 * RTC 5018, 5024, 50001: the room does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomNotFound extends ZegoError.ApiError<RoomNotFound>()("RoomNotFound", {
  meaning: "the room does not exist"
}) {}

/**
 * RTC 123: the server could not set the stream's information; retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamInfoUpdateFailed extends ZegoError.ApiError<StreamInfoUpdateFailed>()("StreamInfoUpdateFailed", {
  meaning: "the server could not set the stream's information",
  retry: "transient"
}) {}

/**
 * RTC 138, 41004: the stream does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class StreamNotFound extends ZegoError.ApiError<StreamNotFound>()("StreamNotFound", {
  meaning: "the stream does not exist"
}) {}

/**
 * RTC 3002: the media service rejected the timestamp.
 *
 * @since 0.1.0
 * @category errors
 */
export class TimestampRejected extends ZegoError.ApiError<TimestampRejected>()("TimestampRejected", {
  meaning: "the media service rejected the timestamp"
}) {}

/**
 * RTC 50123: too many prohibition rules are in force.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyForbidRules extends ZegoError.ApiError<TooManyForbidRules>()("TooManyForbidRules", {
  meaning: "too many prohibition rules are in force"
}) {}

/**
 * RTC 50011: the request names more users than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyUsers extends ZegoError.ApiError<TooManyUsers>()("TooManyUsers", {
  meaning: "the request names more users than allowed"
}) {}

/**
 * The public codes of the room-signalling Actions (1, 2, 3) and their rate limits: per AppID (206) and per room
 * (207). Moderation and scene Actions share them.
 *
 * @since 0.1.0
 * @category code tables
 */
export const common = {
  1: RequestFailed,
  2: ZegoError.InvalidParameter,
  3: ParameterTooLong,
  206: ZegoError.AppRateLimited,
  207: RoomRateLimited
} as const

/**
 * The public codes of the media-service Actions (1, 2, 3) and their rate-limit codes (1010, 5007, 30002).
 *
 * @since 0.1.0
 * @category code tables
 */
export const mediaServiceCommon = {
  1: RequestFailed,
  2: ZegoError.InvalidParameter,
  3: AuthenticationFailed,
  1010: ZegoError.AppRateLimited,
  5007: ZegoError.AppRateLimited,
  30002: ZegoError.AppRateLimited
} as const

/**
 * The public codes of the media-file (CDN recording) Actions, their rate limit (6) included.
 *
 * @since 0.1.0
 * @category code tables
 */
export const mediaFileCommon = {
  2: ZegoError.InvalidParameter,
  3: PermissionNotEnabled,
  4: CdnVendorMismatch,
  5: ConfigurationError,
  6: ZegoError.AppRateLimited,
  7: AuthenticationFailed,
  1000: RequestFailed
} as const

/**
 * The public codes of the stream-mixing Actions and their overload codes (110200190, 110200191, 110200194).
 *
 * @since 0.1.0
 * @category code tables
 */
export const streamMixingCommon = {
  110200001: MixFailed,
  110200002: ZegoError.InvalidParameter,
  110200003: AuthenticationFailed,
  110200004: UnparsableParameters,
  110200190: StreamMixingOverloaded,
  110200191: StreamMixingOverloaded,
  110200194: StreamMixingOverloaded
} as const
