/**
 * The vendor's documented return codes the emulator answers with, carried as constants so that nothing reads
 * the vendor documentation at run time.
 *
 * Sources: the ZIM and RTC global return-code tables and the per-Action tables of the three seed Actions.
 *
 * @since 0.1.0
 */

/**
 * Codes of the API gateway shared by ZIM and RTC, answered before any Action runs.
 *
 * @since 0.1.0
 */
export const Gateway = {
  /** Host error in the request URL. */
  BadHost: 100000000,
  /** AppId field format error. */
  AppIdFormat: 100000001,
  /** Timestamp field is empty. */
  TimestampEmpty: 100000002,
  /** Timestamp field format error. */
  TimestampFormat: 100000003,
  /** Signature expired: the Timestamp is more than 10 minutes away from the server clock. */
  SignatureExpired: 100000004,
  /** Signature error. */
  SignatureMismatch: 100000005,
  /** Action is empty. */
  ActionEmpty: 100000006,
  /** Unsupported Action. */
  ActionUnsupported: 100000007,
  /** SignatureNonce field is empty. */
  NonceEmpty: 100000008,
  /** Signature field is empty. */
  SignatureEmpty: 100000009,
  /** Cannot load the ServerSecret. */
  ServerSecretUnavailable: 100000010,
  /** Cannot load the App configuration (an AppId this server does not know). */
  AppConfigUnavailable: 100000011,
  /** The gateway could not read the HTTP body (ZIM). */
  BodyUnreadable: 100000012,
  /** SignatureVersion field is empty. */
  SignatureVersionEmpty: 100000013,
  /** Unsupported SignatureVersion. */
  SignatureVersionUnsupported: 100000014,
  /** Gateway internal error. */
  Internal: 100000015,
  /** App not configured for the production environment. */
  NotProduction: 100000016,
  /** App has not enabled this service. */
  ServiceNotEnabled: 100000017
} as const

/**
 * ZIM public and business codes used by the emulated ZIM Actions.
 *
 * @since 0.1.0
 */
export const Zim = {
  /** Request failed / server busy. */
  Failed: 1,
  /** Input parameter error (public code). */
  ParameterError: 2,
  /** Authentication failed. */
  AuthenticationFailed: 3,
  /** Requests per second over the system limit. */
  SystemQpsExceeded: 7,
  /** General business error (retry). */
  GeneralBusinessError: 660000001,
  /**
   * Input parameter error in the global table; QueryUserInfos documents the same number as
   * "user ID does not exist or the user has logged out".
   */
  InputParameterOrUserAbsent: 660000002,
  /** Calls over the AppID-level frequency limit. */
  AppQpsExceeded: 660300005,
  /** Calls over the group/room-level frequency limit. */
  GroupQpsExceeded: 660300006,
  /** The operator user is not registered. */
  OperatorNotRegistered: 660500002,
  /** Error getting user information. */
  UserInfoError: 660700008,
  /** User is not registered. */
  UserNotRegistered: 660700015
} as const

/**
 * RTC room-signalling codes used by the emulated RTC Actions.
 *
 * @since 0.1.0
 */
export const Rtc = {
  /** Request failed. */
  Failed: 1,
  /** Input parameter error. */
  ParameterError: 2,
  /** Input parameter length too long. */
  ParameterTooLong: 3,
  /** App request QPS too high. */
  AppQpsExceeded: 206,
  /** Room request QPS too high. */
  RoomQpsExceeded: 207,
  /** Room does not exist. */
  RoomNotFound: 50001
} as const

/**
 * The product an Action belongs to; it decides which code table applies.
 *
 * @since 0.1.0
 */
export type Product = "zim" | "rtc"

const gatewayMessages: ReadonlyMap<number, string> = new Map([
  [Gateway.BadHost, "Host error in request URL header."],
  [Gateway.AppIdFormat, "AppId field format error."],
  [Gateway.TimestampEmpty, "Timestamp field is empty."],
  [Gateway.TimestampFormat, "Timestamp field format error."],
  [Gateway.SignatureExpired, "Signature expired."],
  [Gateway.SignatureMismatch, "Signature error."],
  [Gateway.ActionEmpty, "Action is empty."],
  [Gateway.ActionUnsupported, "Unsupported Action."],
  [Gateway.NonceEmpty, "SignatureNonce field is empty."],
  [Gateway.SignatureEmpty, "Signature field is empty."],
  [Gateway.ServerSecretUnavailable, "Get ServerSecret failed."],
  [Gateway.AppConfigUnavailable, "Get App configuration failed."],
  [Gateway.BodyUnreadable, "Read HTTP packet body failed."],
  [Gateway.SignatureVersionEmpty, "SignatureVersion field is empty."],
  [Gateway.SignatureVersionUnsupported, "Unsupported SignatureVersion."],
  [Gateway.Internal, "Gateway internal error."],
  [Gateway.NotProduction, "App not configured for formal environment."],
  [Gateway.ServiceNotEnabled, "App not enabled for this service."]
])

const zimMessages: ReadonlyMap<number, string> = new Map([
  [0, "success"],
  [Zim.Failed, "Request failed."],
  [Zim.ParameterError, "Input parameter error."],
  [Zim.AuthenticationFailed, "Authentication failed."],
  [Zim.SystemQpsExceeded, "The number of requests per second exceeds the system setting value."],
  [Zim.GeneralBusinessError, "Business-specific error."],
  [Zim.InputParameterOrUserAbsent, "Input parameter error."],
  [Zim.AppQpsExceeded, "The frequency of calling the interface exceeds the AppID level limit."],
  [Zim.GroupQpsExceeded, "The frequency of calling the interface exceeds the group/room limit."],
  [Zim.OperatorNotRegistered, "Operator user not registered."],
  [Zim.UserInfoError, "Get user information error."],
  [Zim.UserNotRegistered, "User not registered."]
])

const rtcMessages: ReadonlyMap<number, string> = new Map([
  [0, "success"],
  [Rtc.Failed, "Request failed."],
  [Rtc.ParameterError, "Input parameter error."],
  [Rtc.ParameterTooLong, "Input parameter length too long."],
  [Rtc.AppQpsExceeded, "App request QPS too high and was limited."],
  [Rtc.RoomQpsExceeded, "Room request QPS too high and was limited."],
  [Rtc.RoomNotFound, "Room does not exist."]
])

/**
 * The documented description of a code, used as the envelope `Message` when an answer gives none of its own.
 *
 * @since 0.1.0
 */
export const describe = (product: Product | undefined, code: number): string =>
  gatewayMessages.get(code) ??
    (product === "rtc" ? rtcMessages.get(code) : product === "zim" ? zimMessages.get(code) : undefined) ??
    (code === 0 ? "success" : "failed")

/**
 * The code a product answers with when a request goes over the AppID-level rate limit of an Action.
 *
 * @since 0.1.0
 */
export const appRateLimitCode = (product: Product): number =>
  product === "zim" ? Zim.AppQpsExceeded : Rtc.AppQpsExceeded

/**
 * The public "input parameter error" code of a product, used for encoding errors found before an Action's own
 * validation runs (wrong method, wrong Content-Type, a body that is not a JSON object).
 *
 * @since 0.1.0
 */
export const publicParameterErrorCode = (product: Product): number =>
  product === "zim" ? Zim.ParameterError : Rtc.ParameterError
