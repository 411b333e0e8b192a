/**
 * Errors that many ZIM Actions share: the ZIM public codes, the business codes of several Actions, and the common
 * code table.
 *
 * Generated from the vendor's files by `codegen/generate.ts`.
 *
 * @since 0.1.0
 */

import { ZegoError } from "@effect-zego/core"

/**
 * ZIM 1: the request failed: the server is busy; retried.
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
 * ZIM 7: requests per second exceed the system limit; retried with the longer backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class SystemRateLimited extends ZegoError.ApiError<SystemRateLimited>()("SystemRateLimited", {
  meaning: "requests per second exceed the system limit",
  retry: "throttled"
}) {}

/**
 * ZIM 660000001: the server failed to process the request; retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class ServerError extends ZegoError.ApiError<ServerError>()("ServerError", {
  meaning: "the server failed to process the request",
  retry: "transient"
}) {}

/**
 * ZIM 660500003, 660600004, 660600005, 660600007, 660600010, 660700001: this Action's own call-frequency limit was
 * exceeded; retried with the longer backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class ActionRateLimited extends ZegoError.ApiError<ActionRateLimited>()("ActionRateLimited", {
  meaning: "this Action's own call-frequency limit was exceeded",
  retry: "throttled"
}) {}

/**
 * ZIM 660600033, 660800041, 660800042, 660800054: the operation failed for every item; see the failure list.
 *
 * @since 0.1.0
 * @category errors
 */
export class AllItemsFailed extends ZegoError.ApiError<AllItemsFailed>()("AllItemsFailed", {
  meaning: "the operation failed for every item; see the failure list"
}) {}

/**
 * ZIM 660800025: none of the target users is registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class AllTargetsNotRegistered extends ZegoError.ApiError<AllTargetsNotRegistered>()("AllTargetsNotRegistered", {
  meaning: "none of the target users is registered"
}) {}

/**
 * ZIM 660800027: the target user is already a friend.
 *
 * @since 0.1.0
 * @category errors
 */
export class AlreadyFriends extends ZegoError.ApiError<AlreadyFriends>()("AlreadyFriends", {
  meaning: "the target user is already a friend"
}) {}

/**
 * ZIM 660800024: the attributes' keys and values are longer than allowed in total.
 *
 * @since 0.1.0
 * @category errors
 */
export class AttributesTooLong extends ZegoError.ApiError<AttributesTooLong>()("AttributesTooLong", {
  meaning: "the attributes' keys and values are longer than allowed in total"
}) {}

/**
 * ZIM 660900005: the call has ended.
 *
 * @since 0.1.0
 * @category errors
 */
export class CallEnded extends ZegoError.ApiError<CallEnded>()("CallEnded", {
  meaning: "the call has ended"
}) {}

/**
 * ZIM 660900004: the server could not get the call (it may not exist).
 *
 * @since 0.1.0
 * @category errors
 */
export class CallNotFound extends ZegoError.ApiError<CallNotFound>()("CallNotFound", {
  meaning: "the server could not get the call (it may not exist)"
}) {}

/**
 * ZIM 660900006: the call invitation has timed out.
 *
 * @since 0.1.0
 * @category errors
 */
export class CallTimedOut extends ZegoError.ApiError<CallTimedOut>()("CallTimedOut", {
  meaning: "the call invitation has timed out"
}) {}

/**
 * ZIM 660800032: the attributes repeat a key.
 *
 * @since 0.1.0
 * @category errors
 */
export class DuplicateAttributeKeys extends ZegoError.ApiError<DuplicateAttributeKeys>()("DuplicateAttributeKeys", {
  meaning: "the attributes repeat a key"
}) {}

/**
 * ZIM 660800022: the request repeats a user ID.
 *
 * @since 0.1.0
 * @category errors
 */
export class DuplicateUserIds extends ZegoError.ApiError<DuplicateUserIds>()("DuplicateUserIds", {
  meaning: "the request repeats a user ID"
}) {}

/**
 * ZIM 661000005: the server could not edit the message.
 *
 * @since 0.1.0
 * @category errors
 */
export class EditFailed extends ZegoError.ApiError<EditFailed>()("EditFailed", {
  meaning: "the server could not edit the message"
}) {}

/**
 * ZIM 661000001: the message is too old to edit.
 *
 * @since 0.1.0
 * @category errors
 */
export class EditWindowExpired extends ZegoError.ApiError<EditWindowExpired>()("EditWindowExpired", {
  meaning: "the message is too old to edit"
}) {}

/**
 * ZIM 660800028: the user has reached the number of friends allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class FriendLimitReached extends ZegoError.ApiError<FriendLimitReached>()("FriendLimitReached", {
  meaning: "the user has reached the number of friends allowed"
}) {}

/**
 * ZIM 660800021: a friend alias or wording is longer than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class FriendTextTooLong extends ZegoError.ApiError<FriendTextTooLong>()("FriendTextTooLong", {
  meaning: "a friend alias or wording is longer than allowed"
}) {}

/**
 * ZIM 660600009: the server could not get the group's information (the group may not exist).
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupInfoUnavailable extends ZegoError.ApiError<GroupInfoUnavailable>()("GroupInfoUnavailable", {
  meaning: "the server could not get the group's information (the group may not exist)"
}) {}

/**
 * ZIM 660600001: the group does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupNotFound extends ZegoError.ApiError<GroupNotFound>()("GroupNotFound", {
  meaning: "the group does not exist"
}) {}

/**
 * ZIM 660400103: the server could not set the receipts of the group messages.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupReceiptFailed extends ZegoError.ApiError<GroupReceiptFailed>()("GroupReceiptFailed", {
  meaning: "the server could not set the receipts of the group messages"
}) {}

/**
 * ZIM 660600028: the server could not update the group's data.
 *
 * @since 0.1.0
 * @category errors
 */
export class GroupUpdateFailed extends ZegoError.ApiError<GroupUpdateFailed>()("GroupUpdateFailed", {
  meaning: "the server could not update the group's data"
}) {}

/**
 * ZIM 660800023: an attribute key is not one of k0 to k4.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidAttributeKey extends ZegoError.ApiError<InvalidAttributeKey>()("InvalidAttributeKey", {
  meaning: "an attribute key is not one of k0 to k4"
}) {}

/**
 * ZIM 660000025: IsBase64 is 1 but the message is not valid base64.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidBase64Message extends ZegoError.ApiError<InvalidBase64Message>()("InvalidBase64Message", {
  meaning: "IsBase64 is 1 but the message is not valid base64"
}) {}

/**
 * ZIM 660800026: the friend attributes are invalid.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidFriendAttributes extends ZegoError.ApiError<InvalidFriendAttributes>()("InvalidFriendAttributes", {
  meaning: "the friend attributes are invalid"
}) {}

/**
 * ZIM 660000023: the message was already recalled.
 *
 * @since 0.1.0
 * @category errors
 */
export class MessageAlreadyRecalled extends ZegoError.ApiError<MessageAlreadyRecalled>()("MessageAlreadyRecalled", {
  meaning: "the message was already recalled"
}) {}

/**
 * ZIM 660000022: the message does not exist or was deleted.
 *
 * @since 0.1.0
 * @category errors
 */
export class MessageNotFound extends ZegoError.ApiError<MessageNotFound>()("MessageNotFound", {
  meaning: "the message does not exist or was deleted"
}) {}

/**
 * ZIM 660400001: the message is larger than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class MessageTooLarge extends ZegoError.ApiError<MessageTooLarge>()("MessageTooLarge", {
  meaning: "the message is larger than allowed"
}) {}

/**
 * ZIM 660800034: the target user is not a friend of FromUserId.
 *
 * @since 0.1.0
 * @category errors
 */
export class NotAFriend extends ZegoError.ApiError<NotAFriend>()("NotAFriend", {
  meaning: "the target user is not a friend of FromUserId"
}) {}

/**
 * ZIM 660900008: the operator user was not invited to the call.
 *
 * @since 0.1.0
 * @category errors
 */
export class NotInvitedToCall extends ZegoError.ApiError<NotInvitedToCall>()("NotInvitedToCall", {
  meaning: "the operator user was not invited to the call"
}) {}

/**
 * ZIM 660600024: the operator user is not in the group.
 *
 * @since 0.1.0
 * @category errors
 */
export class OperatorNotInGroup extends ZegoError.ApiError<OperatorNotInGroup>()("OperatorNotInGroup", {
  meaning: "the operator user is not in the group"
}) {}

/**
 * ZIM 660500002, 660800001: the operator user is not registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class OperatorNotRegistered extends ZegoError.ApiError<OperatorNotRegistered>()("OperatorNotRegistered", {
  meaning: "the operator user is not registered"
}) {}

/**
 * ZIM 660400104: the server could not set the receipts of the one-to-one messages.
 *
 * @since 0.1.0
 * @category errors
 */
export class PeerReceiptFailed extends ZegoError.ApiError<PeerReceiptFailed>()("PeerReceiptFailed", {
  meaning: "the server could not set the receipts of the one-to-one messages"
}) {}

/**
 * ZIM 660600032: the operator user is not allowed to do this.
 *
 * @since 0.1.0
 * @category errors
 */
export class PermissionDenied extends ZegoError.ApiError<PermissionDenied>()("PermissionDenied", {
  meaning: "the operator user is not allowed to do this"
}) {}

/**
 * ZIM 660000026: the message to recall was not sent by FromUserId.
 *
 * @since 0.1.0
 * @category errors
 */
export class RecallSenderMismatch extends ZegoError.ApiError<RecallSenderMismatch>()("RecallSenderMismatch", {
  meaning: "the message to recall was not sent by FromUserId"
}) {}

/**
 * ZIM 660000024: the message is too old to recall.
 *
 * @since 0.1.0
 * @category errors
 */
export class RecallWindowExpired extends ZegoError.ApiError<RecallWindowExpired>()("RecallWindowExpired", {
  meaning: "the message is too old to recall"
}) {}

/**
 * ZIM 660300001: the room does not exist.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomNotFound extends ZegoError.ApiError<RoomNotFound>()("RoomNotFound", {
  meaning: "the room does not exist"
}) {}

/**
 * ZIM 660300006: the room or group exceeded its rate limit; retried with the longer backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class RoomOrGroupRateLimited extends ZegoError.ApiError<RoomOrGroupRateLimited>()("RoomOrGroupRateLimited", {
  meaning: "the room or group exceeded its rate limit",
  retry: "throttled"
}) {}

/**
 * ZIM 660600030, 660800020, 660800033, 660800038: the operator cannot be its own target.
 *
 * @since 0.1.0
 * @category errors
 */
export class TargetIsOperator extends ZegoError.ApiError<TargetIsOperator>()("TargetIsOperator", {
  meaning: "the operator cannot be its own target"
}) {}

/**
 * ZIM 660600008, 660600024: the target user is not in the group.
 *
 * @since 0.1.0
 * @category errors
 */
export class TargetNotInGroup extends ZegoError.ApiError<TargetNotInGroup>()("TargetNotInGroup", {
  meaning: "the target user is not in the group"
}) {}

/**
 * ZIM 660800046: a timestamp is later than the server's current time.
 *
 * @since 0.1.0
 * @category errors
 */
export class TimestampInFuture extends ZegoError.ApiError<TimestampInFuture>()("TimestampInFuture", {
  meaning: "a timestamp is later than the server's current time"
}) {}

/**
 * ZIM 660400102: the request names more messages than a receipt call allows.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyReceiptMessages extends ZegoError.ApiError<TooManyReceiptMessages>()("TooManyReceiptMessages", {
  meaning: "the request names more messages than a receipt call allows"
}) {}

/**
 * ZIM 660000011, 660800019, 660800039, 660900007: the request names more users than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class TooManyUsers extends ZegoError.ApiError<TooManyUsers>()("TooManyUsers", {
  meaning: "the request names more users than allowed"
}) {}

/**
 * ZIM 660700002: the user (or bot) is already registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserAlreadyExists extends ZegoError.ApiError<UserAlreadyExists>()("UserAlreadyExists", {
  meaning: "the user (or bot) is already registered"
}) {}

/**
 * ZIM 660700007: a user avatar URL is longer than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserAvatarTooLong extends ZegoError.ApiError<UserAvatarTooLong>()("UserAvatarTooLong", {
  meaning: "a user avatar URL is longer than allowed"
}) {}

/**
 * ZIM 660000012: a user ID is longer than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserIdTooLong extends ZegoError.ApiError<UserIdTooLong>()("UserIdTooLong", {
  meaning: "a user ID is longer than allowed"
}) {}

/**
 * ZIM 660700008, 660700013, 660800001: the server could not get the user's information.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserInfoUnavailable extends ZegoError.ApiError<UserInfoUnavailable>()("UserInfoUnavailable", {
  meaning: "the server could not get the user's information"
}) {}

/**
 * ZIM 660700006: a user name is longer than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserNameTooLong extends ZegoError.ApiError<UserNameTooLong>()("UserNameTooLong", {
  meaning: "a user name is longer than allowed"
}) {}

/**
 * ZIM 660300002, 660300012: the user is not in the room.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserNotInRoom extends ZegoError.ApiError<UserNotInRoom>()("UserNotInRoom", {
  meaning: "the user is not in the room"
}) {}

/**
 * ZIM 660200001, 660700012, 660700015: the user is not registered.
 *
 * @since 0.1.0
 * @category errors
 */
export class UserNotRegistered extends ZegoError.ApiError<UserNotRegistered>()("UserNotRegistered", {
  meaning: "the user is not registered"
}) {}

/**
 * The public codes of every ZIM Action (1, 2, 3, 7), the global server error (660000001, retried) and the
 * AppID-level rate limit (660300005).
 *
 * @since 0.1.0
 * @category code tables
 */
export const common = {
  1: ServerBusy,
  2: ZegoError.InvalidParameter,
  3: AuthenticationFailed,
  7: SystemRateLimited,
  660000001: ServerError,
  660300005: ZegoError.AppRateLimited
} as const
