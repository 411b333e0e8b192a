/**
 * The curated naming table: which error class each documented code gets.
 *
 * A class is one meaning. The key is the product, the code and the vendor's description (normalized:
 * lower case, trailing punctuation dropped), so that
 * - the same meaning shares one class across Actions (and across codes: RTC 104, 5018, 5024 and 50001
 *   are all `RoomNotFound`), and
 * - different meanings of one number get different classes (ZIM 660000002 is `UserNotFoundOrLoggedOut` in
 *   QueryUserInfos and `InvalidParameter` elsewhere; 660600024 names the operator in some Actions and
 *   the target user in others).
 * A code whose description matches no variant stops the generator: a new file needs a person to name it.
 *
 * Retry classes follow DESIGN.md: `transient` for server-side failures that can succeed later, `throttled`
 * for rate-limit and overload codes, `never` for everything the caller must change first.
 */
import type { RetryClass } from "./emit-util.js"

/** An error class to declare. */
export interface ErrorClass {
  readonly name: string
  /** What the code means, in a few words (our own): it opens the error's message. */
  readonly meaning: string
  readonly retry?: RetryClass
}

/** Classes declared in `@effect-zego/core` (`ZegoError`), shared by both products. */
export const CORE_CLASSES: ReadonlyMap<string, ErrorClass> = new Map([
  ["InvalidParameter", { name: "InvalidParameter", meaning: "the server rejected a parameter" }],
  ["AppRateLimited", {
    name: "AppRateLimited",
    meaning: "the AppID exceeded this Action's rate limit",
    retry: "throttled"
  }]
])

const c = (name: string, meaning: string, retry?: RetryClass): ErrorClass =>
  retry === undefined ? { name, meaning } : { name, meaning, retry }

/** The classes of each product, by name. The seeds' classes keep their exact meanings. */
export const CLASSES: Readonly<Record<"zim" | "rtc", ReadonlyArray<ErrorClass>>> = {
  zim: [
    c("ServerBusy", "the request failed: the server is busy", "transient"),
    c("AuthenticationFailed", "authentication failed"),
    c("SystemRateLimited", "requests per second exceed the system limit", "throttled"),
    c("ServerError", "the server failed to process the request", "transient"),
    c("UserNotFoundOrLoggedOut", "the user does not exist or has logged out"),
    c("UserInfoUnavailable", "the server could not get the user's information"),
    c("UserNotRegistered", "the user is not registered"),
    c("OperatorNotRegistered", "the operator user is not registered"),
    c("ProcessingError", "the server failed while processing the request", "transient"),
    c("TooManyUsers", "the request names more users than allowed"),
    c("UserIdTooLong", "a user ID is longer than allowed"),
    c("MessageNotFound", "the message does not exist or was deleted"),
    c("MessageAlreadyRecalled", "the message was already recalled"),
    c("RecallWindowExpired", "the message is too old to recall"),
    c("InvalidBase64Message", "IsBase64 is 1 but the message is not valid base64"),
    c("RecallSenderMismatch", "the message to recall was not sent by FromUserId"),
    c("RoomMessageStorageDisabled", "room messages are not stored for this app, so they cannot be recalled"),
    c("UserNotLoggedIn", "the user does not exist, has logged out, or has never logged in"),
    c("RoomNotFound", "the room does not exist"),
    c("UserNotInRoom", "the user is not in the room"),
    c("RoomOrGroupRateLimited", "the room or group exceeded its rate limit", "throttled"),
    c("RoomUnavailable", "the server could not get the room"),
    c("RoomUserListUnavailable", "the room's user list is empty or unavailable (the room may be closing)"),
    c("RoomMessageReceiptUnsupported", "room messages do not support receipts"),
    c("RoomAlreadyExists", "the room already exists"),
    c("TooManyRooms", "the app has reached its number of rooms"),
    c("GroupAttributesTooLong", "the group attributes' values are longer than allowed in total"),
    c("MessageTooLarge", "the message is larger than allowed"),
    c("TooManyReceiptMessages", "the request names more messages than a receipt call allows"),
    c("GroupReceiptFailed", "the server could not set the receipts of the group messages"),
    c("PeerReceiptFailed", "the server could not set the receipts of the one-to-one messages"),
    c("ActionRateLimited", "this Action's own call-frequency limit was exceeded", "throttled"),
    c("GroupNotFound", "the group does not exist"),
    c("GroupMemberListUnavailable", "the server could not read the group's member list", "transient"),
    c("GroupListUnavailable", "the server could not read the app's group list", "transient"),
    c("TargetNotInGroup", "the target user is not in the group"),
    c("OperatorNotInGroup", "the operator user is not in the group"),
    c("GroupInfoUnavailable", "the server could not get the group's information (the group may not exist)"),
    c("GroupAlreadyExists", "the group already exists"),
    c("TooManyGroups", "the app has reached its number of groups"),
    c("GroupOwnerNotFound", "the group owner does not exist"),
    c("GroupOwnerListUpdateFailed", "the server could not update the owner's list of groups"),
    c("StorageError", "the server's database operation failed", "transient"),
    c("TooManyGroupMembers", "the group would have more members than allowed"),
    c("GroupJoinFailed", "a user could not join the group while it was created"),
    c("TooManyGroupAttributes", "the request has more group attributes than allowed"),
    c("InvalidGroupAttributeLength", "a group attribute's key or value has a length that is not allowed"),
    c("GroupUpdateFailed", "the server could not update the group's data"),
    c("OwnerRoleNotAssignable", "role 1 (owner) cannot be given this way"),
    c("TargetIsOperator", "the operator cannot be its own target"),
    c("PermissionDenied", "the operator user is not allowed to do this"),
    c("AllItemsFailed", "the operation failed for every item; see the failure list"),
    c("UserAlreadyExists", "the user (or bot) is already registered"),
    c("UserNameTooLong", "a user name is longer than allowed"),
    c("UserAvatarTooLong", "a user avatar URL is longer than allowed"),
    c("UserInfoSyncFailed", "the server could not synchronize the user's information"),
    c("UserInfoUpdateFailed", "the server could not update the user's information"),
    c("PeerNotRegistered", "the user of the target one-to-one conversation is not registered"),
    c("ConversationNotFound", "the conversation does not exist or is not among the user's latest 1000"),
    c("FriendTextTooLong", "a friend alias or wording is longer than allowed"),
    c("DuplicateUserIds", "the request repeats a user ID"),
    c("InvalidAttributeKey", "an attribute key is not one of k0 to k4"),
    c("AttributesTooLong", "the attributes' keys and values are longer than allowed in total"),
    c("AllTargetsNotRegistered", "none of the target users is registered"),
    c("InvalidFriendAttributes", "the friend attributes are invalid"),
    c("AlreadyFriends", "the target user is already a friend"),
    c("FriendLimitReached", "the user has reached the number of friends allowed"),
    c("MuteListFull", "the user's do-not-disturb list is full"),
    c("DuplicateAttributeKeys", "the attributes repeat a key"),
    c("NotAFriend", "the target user is not a friend of FromUserId"),
    c("AlreadyBlocked", "the user is already on the blocklist"),
    c("BlocklistFull", "the user's blocklist is full"),
    c("AlreadyUnblocked", "the user was already removed from the blocklist"),
    c("NotBlocked", "the user is not on the blocklist"),
    c("TimestampInFuture", "a timestamp is later than the server's current time"),
    c("PinListFull", "the pinned-conversation list is full (100)"),
    c("AlreadyMuted", "the conversation is already muted"),
    c("AlreadyUnmuted", "the conversation is already unmuted"),
    c("ConversationListUnavailable", "the server could not read the conversation list"),
    c("CalleesNotRegistered", "every callee must be registered"),
    c("CallNotFound", "the server could not get the call (it may not exist)"),
    c("CallEnded", "the call has ended"),
    c("CallTimedOut", "the call invitation has timed out"),
    c("NotInvitedToCall", "the operator user was not invited to the call"),
    c("EditWindowExpired", "the message is too old to edit"),
    c("EditFailed", "the server could not edit the message"),
    c("InvalidCertificate", "the license certificate is invalid"),
    c("LicenseServiceError", "the license service failed", "transient"),
    c("AuthorizationInvalid", "the authorization information is wrong")
  ],
  rtc: [
    c("RequestFailed", "the request failed"),
    c("ParameterTooLong", "a parameter is too long"),
    c("RoomRateLimited", "the room exceeded its rate limit", "throttled"),
    c("RoomNotFound", "the room does not exist"),
    c("PermissionNotGranted", "the app is not allowed to use this Action"),
    c("StreamInfoUpdateFailed", "the server could not set the stream's information", "transient"),
    c("StreamDeleteFailed", "the server could not delete the stream's information", "transient"),
    c("StreamNotFound", "the stream does not exist"),
    c("BroadcastSaveFailed", "the server could not save the broadcast message"),
    c("MessageIdFailed", "the server could not generate a message ID", "transient"),
    c("BroadcastPushFailed", "the server could not push the broadcast message", "transient"),
    c("BroadcastEncodeFailed", "the server could not encode the broadcast message", "transient"),
    c("ListUnavailable", "the server could not read the list", "transient"),
    c("EmptyMessageContent", "MessageContent is empty"),
    c("StreamConflict", "several users are operating on the same stream"),
    c("UserOffline", "the user is not online"),
    c("TooManyUsers", "the request names more users than allowed"),
    c("MessageTooLong", "the message is longer than allowed"),
    c("CustomMessageFailed", "the server could not send the custom message", "transient"),
    c("TooManyForbidRules", "too many prohibition rules are in force"),
    c("PermissionNotEnabled", "the permission this Action needs is not enabled for the app"),
    c("CdnVendorMismatch", "the CDN vendor does not match the app's configuration"),
    c("ConfigurationError", "the app's configuration for this service is wrong"),
    c("AuthenticationFailed", "authentication failed"),
    c("AuthConfigUnavailable", "the server could not get the authentication configuration"),
    c("FileNotFound", "the media file does not exist"),
    c("DispatchFailed", "the dispatch failed", "transient"),
    c("NoPublishNode", "no publishing node is available", "transient"),
    c("NoPlayNode", "no playing node is available", "transient"),
    c("AppOffline", "the app is not online"),
    c("InvalidApp", "the app is invalid"),
    c("InternalError", "the media service failed internally"),
    c("TimestampRejected", "the media service rejected the timestamp"),
    c("AppTokenNotConfigured", "the app has no token configured"),
    c("InvalidCdnUrl", "the CDN URL is invalid"),
    c("RequestRejected", "the media service found the request invalid"),
    c("InvalidIsTest", "the IsTest parameter is wrong for this app"),
    c("InvalidAppId", "the AppId is invalid for this service"),
    c("InvalidStreamIdList", "the list of stream IDs is invalid"),
    c("InvalidStreamId", "the stream ID does not follow the naming rules"),
    c("InvalidDispatchType", "the dispatch type is invalid"),
    c("InvalidClientIp", "the client IP address is invalid"),
    c("StreamClosed", "the stream exists but is closed"),
    c("BatchForbidFailed", "the server could not forbid the streams", "transient"),
    c("BatchResumeFailed", "the server could not resume the streams", "transient"),
    c("ModerationRequestFailed", "the moderation service's HTTP request failed (retry after about 5 minutes)"),
    c("ModerationFailed", "the moderation failed (retry after about 5 minutes)"),
    c("ModerationNotEnabled", "the moderation service is not enabled for the app"),
    c("MixFailed", "the stream-mixing request failed", "transient"),
    c("UnparsableParameters", "the server could not parse the parameters"),
    c("MixStartBusy", "the same user is starting stream mixing too often", "throttled"),
    c("MixStopBusy", "the same user is stopping stream mixing too often", "throttled"),
    c("InputStreamNotFound", "an input stream does not exist"),
    c("MixTaskFailed", "the stream-mixing or transcoding task failed", "transient"),
    c("StreamMixingNotEnabled", "stream mixing is not enabled for the app"),
    c("TooManyInputStreams", "the task has more input streams than allowed"),
    c("DuplicateInputStream", "an input stream is repeated"),
    c("TargetRoomJoinFailed", "the output stream could not be added to the target room"),
    c("StreamMixingOverloaded", "stream mixing is overloaded: too many requests", "throttled"),
    c("MixTaskNotFound", "the stream-mixing task does not exist"),
    c("TemplateAlreadyExists", "the scene template already exists")
  ]
}

/** One way to read a code: a description pattern (normalized) and the class it gives. */
type Variant = readonly [pattern: RegExp, className: string]

/** `code → class name`, or `code → variants` when the number means different things. */
type CodeNames = Readonly<Record<number, string | ReadonlyArray<Variant>>>

/** The naming table. */
export const NAMES: Readonly<Record<"zim" | "rtc", CodeNames>> = {
  zim: {
    1: "ServerBusy",
    2: "InvalidParameter",
    3: "AuthenticationFailed",
    7: "SystemRateLimited",
    910001: "InvalidParameter",
    910002: "InvalidCertificate",
    910003: "LicenseServiceError",
    910004: "AuthorizationInvalid",
    660000001: "ServerError",
    660000002: [
      [/non-existent user id|logged out/, "UserNotFoundOrLoggedOut"],
      [/parameter/, "InvalidParameter"]
    ],
    660000003: "ProcessingError",
    660000011: "TooManyUsers",
    660000012: "UserIdTooLong",
    660000022: "MessageNotFound",
    660000023: "MessageAlreadyRecalled",
    660000024: "RecallWindowExpired",
    660000025: "InvalidBase64Message",
    660000026: "RecallSenderMismatch",
    660000027: "RoomMessageStorageDisabled",
    660200001: [
      [/^user not registered$/, "UserNotRegistered"],
      [/non-existent user id/, "UserNotLoggedIn"]
    ],
    660300001: "RoomNotFound",
    660300002: "UserNotInRoom",
    660300005: "AppRateLimited",
    660300006: "RoomOrGroupRateLimited",
    660300007: "RoomUnavailable",
    660300008: "RoomUserListUnavailable",
    660300012: "UserNotInRoom",
    660300013: "RoomMessageReceiptUnsupported",
    660300014: "RoomAlreadyExists",
    660300015: "TooManyRooms",
    660300019: "GroupAttributesTooLong",
    660400001: "MessageTooLarge",
    660400102: "TooManyReceiptMessages",
    660400103: "GroupReceiptFailed",
    660400104: "PeerReceiptFailed",
    660500002: "OperatorNotRegistered",
    660500003: "ActionRateLimited",
    660600001: "GroupNotFound",
    660600003: "GroupMemberListUnavailable",
    660600004: "ActionRateLimited",
    660600005: "ActionRateLimited",
    660600006: "GroupListUnavailable",
    660600007: "ActionRateLimited",
    660600008: "TargetNotInGroup",
    660600009: "GroupInfoUnavailable",
    660600010: "ActionRateLimited",
    660600011: "GroupAlreadyExists",
    660600012: "TooManyGroups",
    660600013: "GroupOwnerNotFound",
    660600014: "GroupOwnerListUpdateFailed",
    660600015: "StorageError",
    660600016: "TooManyGroupMembers",
    660600017: "GroupJoinFailed",
    660600019: "TooManyGroupAttributes",
    660600020: "InvalidGroupAttributeLength",
    660600024: [
      [/^fromuserid is not in/, "OperatorNotInGroup"],
      [/^touserid is not in|receiving the transfer/, "TargetNotInGroup"]
    ],
    660600028: "GroupUpdateFailed",
    660600029: "OwnerRoleNotAssignable",
    660600030: "TargetIsOperator",
    660600032: "PermissionDenied",
    660600033: "AllItemsFailed",
    660700001: "ActionRateLimited",
    660700002: "UserAlreadyExists",
    660700006: "UserNameTooLong",
    660700007: "UserAvatarTooLong",
    660700008: "UserInfoUnavailable",
    660700012: "UserNotRegistered",
    660700013: "UserInfoUnavailable",
    660700015: "UserNotRegistered",
    660700016: "UserInfoSyncFailed",
    660700017: "UserInfoUpdateFailed",
    660800001: [
      [/fromuserid is not registered/, "OperatorNotRegistered"],
      [/pinning a one-on-one conversation/, "PeerNotRegistered"],
      [/error querying user information/, "UserInfoUnavailable"]
    ],
    660800002: "ConversationNotFound",
    660800019: "TooManyUsers",
    660800020: "TargetIsOperator",
    660800021: "FriendTextTooLong",
    660800022: "DuplicateUserIds",
    660800023: "InvalidAttributeKey",
    660800024: "AttributesTooLong",
    660800025: "AllTargetsNotRegistered",
    660800026: "InvalidFriendAttributes",
    660800027: "AlreadyFriends",
    660800028: "FriendLimitReached",
    660800030: "MuteListFull",
    660800032: "DuplicateAttributeKeys",
    660800033: "TargetIsOperator",
    660800034: "NotAFriend",
    660800037: "AlreadyBlocked",
    660800038: "TargetIsOperator",
    660800039: "TooManyUsers",
    660800040: "BlocklistFull",
    660800041: "AllItemsFailed",
    660800042: "AllItemsFailed",
    660800043: "AlreadyUnblocked",
    660800044: "NotBlocked",
    660800046: "TimestampInFuture",
    660800048: "PinListFull",
    660800051: "AlreadyMuted",
    660800052: "AlreadyUnmuted",
    660800053: "ConversationListUnavailable",
    660800054: "AllItemsFailed",
    660900003: "CalleesNotRegistered",
    660900004: "CallNotFound",
    660900005: "CallEnded",
    660900006: "CallTimedOut",
    660900007: "TooManyUsers",
    660900008: "NotInvitedToCall",
    661000001: "EditWindowExpired",
    661000005: "EditFailed"
  },
  rtc: {
    1: "RequestFailed",
    2: "InvalidParameter",
    3: [
      [/parameter length too long/, "ParameterTooLong"],
      [/permission/, "PermissionNotEnabled"],
      [/authentication failed/, "AuthenticationFailed"]
    ],
    4: "CdnVendorMismatch",
    5: "ConfigurationError",
    6: "AppRateLimited",
    7: "AuthenticationFailed",
    8: "AuthConfigUnavailable",
    9: "PermissionNotGranted",
    104: "RoomNotFound",
    121: "BroadcastSaveFailed",
    122: "MessageIdFailed",
    123: "StreamInfoUpdateFailed",
    124: "StreamDeleteFailed",
    138: "StreamNotFound",
    151: "BroadcastPushFailed",
    154: "ListUnavailable",
    206: "AppRateLimited",
    207: "RoomRateLimited",
    1000: "RequestFailed",
    1001: "DispatchFailed",
    1002: "NoPublishNode",
    1003: "NoPlayNode",
    1005: "AppOffline",
    1006: "InvalidParameter",
    1008: "EmptyMessageContent",
    1010: "AppRateLimited",
    1012: "StreamConflict",
    3000: "InvalidApp",
    3001: "InternalError",
    3002: "TimestampRejected",
    3003: "AppTokenNotConfigured",
    5000: "InternalError",
    5001: "InternalError",
    5002: "InternalError",
    5003: "AuthenticationFailed",
    5004: "InvalidCdnUrl",
    5005: "RequestRejected",
    5006: "InternalError",
    5007: "AppRateLimited",
    5018: "RoomNotFound",
    5024: "RoomNotFound",
    5201: "BroadcastEncodeFailed",
    5202: "MessageIdFailed",
    30001: "InvalidCdnUrl",
    30002: "AppRateLimited",
    30003: "InternalError",
    30004: "InvalidIsTest",
    30005: "InvalidAppId",
    30006: "InvalidStreamIdList",
    30009: "InvalidStreamId",
    30010: "InvalidDispatchType",
    30011: "InvalidClientIp",
    40005: "AuthenticationFailed",
    41003: "FileNotFound",
    41004: "StreamNotFound",
    41006: "StreamClosed",
    42003: "BatchForbidFailed",
    42004: "BatchResumeFailed",
    50001: "RoomNotFound",
    50003: "UserOffline",
    50006: "ModerationRequestFailed",
    50007: "ModerationRequestFailed",
    50009: "ModerationFailed",
    50011: "TooManyUsers",
    50012: "MessageTooLong",
    50013: "CustomMessageFailed",
    50117: "ModerationNotEnabled",
    50123: "TooManyForbidRules",
    110200001: "MixFailed",
    110200002: "InvalidParameter",
    110200003: "AuthenticationFailed",
    110200004: "UnparsableParameters",
    110200005: "MixStartBusy",
    110200006: "MixStopBusy",
    110200150: "InputStreamNotFound",
    110200151: "MixTaskFailed",
    110200157: "StreamMixingNotEnabled",
    110200158: "TooManyInputStreams",
    110200175: "DuplicateInputStream",
    110200184: "UnparsableParameters",
    110200190: "StreamMixingOverloaded",
    110200191: "StreamMixingOverloaded",
    110200194: "StreamMixingOverloaded",
    110200197: "TargetRoomJoinFailed",
    110209001: "MixTaskNotFound",
    340004003: "TemplateAlreadyExists",
    340006003: "InvalidParameter"
  }
}

/** Normalized description: the key of a variant. */
export const normalize = (description: string): string =>
  description.toLowerCase().replace(/[。.]+\s*$/, "").replace(/\s+/g, " ").trim()

/** The class name of a documented code. Throws when the table has no entry or no matching variant. */
export const classNameOf = (product: "zim" | "rtc", code: number, description: string, action: string): string => {
  const entry = NAMES[product][code]
  if (entry === undefined) {
    throw new Error(`naming table: no entry for ${product} ${code} (${action}: "${description}")`)
  }
  if (typeof entry === "string") return entry
  const text = normalize(description)
  const found = entry.find(([pattern]) => pattern.test(text))
  if (found === undefined) {
    throw new Error(`naming table: ${product} ${code} in ${action}: no variant matches "${text}"`)
  }
  return found[1]
}

/** A product's common table: the codes every Action of the API groups can answer. */
export interface CommonTable {
  /** Export name in ZimErrors / RtcErrors. */
  readonly name: string
  readonly groups: ReadonlyArray<string> | "*"
  readonly doc: string
  readonly codes: Readonly<Record<number, string>>
  /** The code the server answers when this group's app-level rate limit is exceeded. */
  readonly rateLimitCode: number
}

/** The common tables of each product. `common` keeps the seeds' name and content. */
export const COMMON: Readonly<Record<"zim" | "rtc", ReadonlyArray<CommonTable>>> = {
  zim: [{
    name: "common",
    groups: "*",
    doc: "The public codes of every ZIM Action (1, 2, 3, 7), the global server error (660000001, retried) and the " +
      "AppID-level rate limit (660300005).",
    codes: {
      1: "ServerBusy",
      2: "InvalidParameter",
      3: "AuthenticationFailed",
      7: "SystemRateLimited",
      660000001: "ServerError",
      660300005: "AppRateLimited"
    },
    rateLimitCode: 660300005
  }],
  rtc: [
    {
      name: "common",
      groups: ["room", "moderation", "scene"],
      doc: "The public codes of the room-signalling Actions (1, 2, 3) and their rate limits: per AppID (206) " +
        "and per room (207). Moderation and scene Actions share them.",
      codes: {
        1: "RequestFailed",
        2: "InvalidParameter",
        3: "ParameterTooLong",
        206: "AppRateLimited",
        207: "RoomRateLimited"
      },
      rateLimitCode: 206
    },
    {
      name: "mediaServiceCommon",
      groups: ["media-service"],
      doc: "The public codes of the media-service Actions (1, 2, 3) and their rate-limit codes (1010, 5007, 30002).",
      codes: {
        1: "RequestFailed",
        2: "InvalidParameter",
        3: "AuthenticationFailed",
        1010: "AppRateLimited",
        5007: "AppRateLimited",
        30002: "AppRateLimited"
      },
      rateLimitCode: 30002
    },
    {
      name: "mediaFileCommon",
      groups: ["cdn"],
      doc: "The public codes of the media-file (CDN recording) Actions, their rate limit (6) included.",
      codes: {
        2: "InvalidParameter",
        3: "PermissionNotEnabled",
        4: "CdnVendorMismatch",
        5: "ConfigurationError",
        6: "AppRateLimited",
        7: "AuthenticationFailed",
        1000: "RequestFailed"
      },
      rateLimitCode: 6
    },
    {
      name: "streamMixingCommon",
      groups: ["stream-mixing"],
      doc: "The public codes of the stream-mixing Actions and their overload codes (110200190, 110200191, 110200194).",
      codes: {
        110200001: "MixFailed",
        110200002: "InvalidParameter",
        110200003: "AuthenticationFailed",
        110200004: "UnparsableParameters",
        110200190: "StreamMixingOverloaded",
        110200191: "StreamMixingOverloaded",
        110200194: "StreamMixingOverloaded"
      },
      rateLimitCode: 110200194
    }
  ]
}

/** The code for a scoped (per-room / per-group) limit. */
export const SCOPED_RATE_LIMIT_CODE: Readonly<Record<"zim" | "rtc", number>> = { zim: 660300006, rtc: 207 }

/** The common table of an Action's API group. */
export const commonOf = (product: "zim" | "rtc", group: string): CommonTable => {
  const table = COMMON[product].find((t) => t.groups === "*" || t.groups.includes(group))
  if (table === undefined) throw new Error(`no common table for ${product}/${group}`)
  return table
}

/** The RTC 1/2/3 meanings of the room-signalling page, for the return-codes check. */
export const RETRY_OF = (product: "zim" | "rtc", className: string): RetryClass => {
  const core = CORE_CLASSES.get(className)
  if (core !== undefined) return core.retry ?? "never"
  const cls = CLASSES[product].find((x) => x.name === className)
  if (cls === undefined) throw new Error(`class ${className} is not declared for ${product}`)
  return cls.retry ?? "never"
}
