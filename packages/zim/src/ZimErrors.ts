/**
 * Errors that any ZIM Action can answer: the ZIM public codes, and business codes shared by many
 * Actions.
 *
 * @since 0.1.0
 */
import { ZegoError } from "@effect-zego/core"

/**
 * ZIM 1: the request failed because the server is busy; retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class ServerBusy extends ZegoError.ApiError<ServerBusy>()("ServerBusy", {
  meaning: "the request failed: the server is busy",
  retry: "transient"
}) {}

/**
 * ZIM 3: authentication failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class AuthenticationFailed extends ZegoError.ApiError<AuthenticationFailed>()("AuthenticationFailed", {
  meaning: "authentication failed"
}) {}

/**
 * ZIM 7: requests per second exceed the system-wide limit; retried with the longer backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class SystemRateLimited extends ZegoError.ApiError<SystemRateLimited>()("SystemRateLimited", {
  meaning: "requests per second exceed the system limit",
  retry: "throttled"
}) {}

/**
 * ZIM 660000001: a server-side error in the business logic; retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class ServerError extends ZegoError.ApiError<ServerError>()("ServerError", {
  meaning: "the server failed to process the request",
  retry: "transient"
}) {}

/**
 * The public codes of every ZIM Action (1, 2, 3, 7) and the AppID-level rate limit (660300005).
 *
 * @since 0.1.0
 * @category code tables
 */
export const common = {
  1: ServerBusy,
  2: ZegoError.InvalidParameter,
  3: AuthenticationFailed,
  7: SystemRateLimited,
  660300005: ZegoError.AppRateLimited
} as const
