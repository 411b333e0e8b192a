/** @since 0.1.0 */

/**
 * ZIM `AddFriends`: adds up to 20 friends to a user at once, with alias, wording and attributes.
 *
 * @since 0.1.0
 */
export * as AddFriends from "./AddFriends.js"

/**
 * ZIM `AddUsersToBlacklist`: puts up to 20 users on a user's blocklist.
 *
 * @since 0.1.0
 */
export * as AddUsersToBlacklist from "./AddUsersToBlacklist.js"

/**
 * ZIM `C2cDeliveryReceipt`: marks up to 10 one-to-one messages as delivered to their receiver.
 *
 * @since 0.1.0
 */
export * as C2cDeliveryReceipt from "./C2cDeliveryReceipt.js"

/**
 * ZIM `C2cReadReceipt`: marks one-to-one messages as read by their receiver.
 *
 * @since 0.1.0
 */
export * as C2cReadReceipt from "./C2cReadReceipt.js"

/**
 * ZIM `CallAccept`: accepts a call invitation on behalf of a callee.
 *
 * @since 0.1.0
 */
export * as CallAccept from "./CallAccept.js"

/**
 * ZIM `CallInvite`: invites up to 9 users to a call.
 *
 * @since 0.1.0
 */
export * as CallInvite from "./CallInvite.js"

/**
 * ZIM `CallReject`: rejects a call invitation on behalf of a callee.
 *
 * @since 0.1.0
 */
export * as CallReject from "./CallReject.js"

/**
 * ZIM `CgiDescribeZIMAudioLicense`: the ZIM Audio licence file of the app (served by the authentication host).
 *
 * @since 0.1.0
 */
export * as CgiDescribeZIMAudioLicense from "./CgiDescribeZIMAudioLicense.js"

/**
 * ZIM `CheckFriendsRelation`: tells, for up to 20 users, how each relates to a user as a friend.
 *
 * @since 0.1.0
 */
export * as CheckFriendsRelation from "./CheckFriendsRelation.js"

/**
 * ZIM `CheckUsersIsInBlacklist`: tells, for up to 20 users, whether each is on a user's blocklist.
 *
 * @since 0.1.0
 */
export * as CheckUsersIsInBlacklist from "./CheckUsersIsInBlacklist.js"

/**
 * ZIM `ClearConversationUnread`: sets a conversation's unread count to zero for a user.
 *
 * @since 0.1.0
 */
export * as ClearConversationUnread from "./ClearConversationUnread.js"

/**
 * ZIM `ClearMemberGroupMessage`: deletes every message one member sent in a group.
 *
 * @since 0.1.0
 */
export * as ClearMemberGroupMessage from "./ClearMemberGroupMessage.js"

/**
 * ZIM `ClearPeerMessage`: deletes every one-to-one message one user sent to another.
 *
 * @since 0.1.0
 */
export * as ClearPeerMessage from "./ClearPeerMessage.js"

/**
 * ZIM `ConvPinned`: pins or unpins up to 20 conversations for a user.
 *
 * @since 0.1.0
 */
export * as ConvPinned from "./ConvPinned.js"

/**
 * ZIM `CreateGroup`: creates a group with its owner, members and attributes.
 *
 * @since 0.1.0
 */
export * as CreateGroup from "./CreateGroup.js"

/**
 * ZIM `CreateRoom`: creates a room, optionally with attributes.
 *
 * @since 0.1.0
 */
export * as CreateRoom from "./CreateRoom.js"

/**
 * ZIM `DeleteAllFriends`: removes every friend of a user, one way or both ways.
 *
 * @since 0.1.0
 */
export * as DeleteAllFriends from "./DeleteAllFriends.js"

/**
 * ZIM `DeleteConv`: deletes one conversation of a user.
 *
 * @since 0.1.0
 */
export * as DeleteConv from "./DeleteConv.js"

/**
 * ZIM `DeleteFriends`: removes up to 20 friends of a user, one way or both ways.
 *
 * @since 0.1.0
 */
export * as DeleteFriends from "./DeleteFriends.js"

/**
 * ZIM `DestroyRoom`: destroys a room.
 *
 * @since 0.1.0
 */
export * as DestroyRoom from "./DestroyRoom.js"

/**
 * ZIM `DismissGroup`: disbands a group.
 *
 * @since 0.1.0
 */
export * as DismissGroup from "./DismissGroup.js"

/**
 * ZIM `EditC2cMsgBody`: edits a one-to-one message already sent.
 *
 * @since 0.1.0
 */
export * as EditC2cMsgBody from "./EditC2cMsgBody.js"

/**
 * ZIM `EditGroupMsgBody`: edits a group message already sent.
 *
 * @since 0.1.0
 */
export * as EditGroupMsgBody from "./EditGroupMsgBody.js"

/**
 * ZIM `FetchForbidGroupList`: one page of the groups that have a mute in force.
 *
 * @since 0.1.0
 */
export * as FetchForbidGroupList from "./FetchForbidGroupList.js"

/**
 * ZIM `GroupDeliveryReceipt`: marks up to 10 group messages as delivered to a member.
 *
 * @since 0.1.0
 */
export * as GroupDeliveryReceipt from "./GroupDeliveryReceipt.js"

/**
 * ZIM `GroupReadReceipt`: marks group messages as read by a member.
 *
 * @since 0.1.0
 */
export * as GroupReadReceipt from "./GroupReadReceipt.js"

/**
 * ZIM `ImportGroupMsg`: imports one historical message into a group.
 *
 * @since 0.1.0
 */
export * as ImportGroupMsg from "./ImportGroupMsg.js"

/**
 * ZIM `ImportPeerMsg`: imports one historical one-to-one message.
 *
 * @since 0.1.0
 */
export * as ImportPeerMsg from "./ImportPeerMsg.js"

/**
 * ZIM `InviteUsersIntoGroup`: adds up to 100 users to a group.
 *
 * @since 0.1.0
 */
export * as InviteUsersIntoGroup from "./InviteUsersIntoGroup.js"

/**
 * ZIM `KickoutGroupUser`: removes up to 50 users from a group.
 *
 * @since 0.1.0
 */
export * as KickoutGroupUser from "./KickoutGroupUser.js"

/**
 * ZIM `KickoutRoomUser`: removes up to 50 users from a room.
 *
 * @since 0.1.0
 */
export * as KickoutRoomUser from "./KickoutRoomUser.js"

/**
 * ZIM `ModifyGroupAttribute`: sets or deletes group attributes.
 *
 * @since 0.1.0
 */
export * as ModifyGroupAttribute from "./ModifyGroupAttribute.js"

/**
 * ZIM `ModifyGroupLimit`: changes a group's join, invite and size rules.
 *
 * @since 0.1.0
 */
export * as ModifyGroupLimit from "./ModifyGroupLimit.js"

/**
 * ZIM `ModifyRoomAttribute`: sets or deletes room attributes.
 *
 * @since 0.1.0
 */
export * as ModifyRoomAttribute from "./ModifyRoomAttribute.js"

/**
 * ZIM `ModifyUserInfo`: changes the name, avatar or extra field of up to 100 users.
 *
 * @since 0.1.0
 */
export * as ModifyUserInfo from "./ModifyUserInfo.js"

/**
 * ZIM `MuteGroup`: mutes or unmutes a whole group or some of its roles.
 *
 * @since 0.1.0
 */
export * as MuteGroup from "./MuteGroup.js"

/**
 * ZIM `MuteGroupMembers`: mutes or unmutes up to 20 members of a group.
 *
 * @since 0.1.0
 */
export * as MuteGroupMembers from "./MuteGroupMembers.js"

/**
 * ZIM `QueryAppCommunityList`: one page of the app's communities.
 *
 * @since 0.1.0
 */
export * as QueryAppCommunityList from "./QueryAppCommunityList.js"

/**
 * ZIM `QueryAppGroupList`: one page of the app's groups.
 *
 * @since 0.1.0
 */
export * as QueryAppGroupList from "./QueryAppGroupList.js"

/**
 * ZIM `QueryBlacklist`: one page of a user's blocklist.
 *
 * @since 0.1.0
 */
export * as QueryBlacklist from "./QueryBlacklist.js"

/**
 * ZIM `QueryConversationList`: one page of a user's conversations.
 *
 * @since 0.1.0
 */
export * as QueryConversationList from "./QueryConversationList.js"

/**
 * ZIM `QueryFriendList`: one page of a user's friends, with their aliases and attributes.
 *
 * @since 0.1.0
 */
export * as QueryFriendList from "./QueryFriendList.js"

/**
 * ZIM `QueryGroupInfo`: a group's name, notice, avatar, mute state, limits and attributes.
 *
 * @since 0.1.0
 */
export * as QueryGroupInfo from "./QueryGroupInfo.js"

/**
 * ZIM `QueryGroupMemberList`: one page of a group's members with their roles.
 *
 * @since 0.1.0
 */
export * as QueryGroupMemberList from "./QueryGroupMemberList.js"

/**
 * ZIM `QueryGroupMsg`: one page of a group's message history.
 *
 * @since 0.1.0
 */
export * as QueryGroupMsg from "./QueryGroupMsg.js"

/**
 * ZIM `QueryGroupsInfoOfUser`: one page of the groups a user has joined.
 *
 * @since 0.1.0
 */
export * as QueryGroupsInfoOfUser from "./QueryGroupsInfoOfUser.js"

/**
 * ZIM `QueryMessagesByMsgSeq`: up to 20 messages of a conversation, by sequence number.
 *
 * @since 0.1.0
 */
export * as QueryMessagesByMsgSeq from "./QueryMessagesByMsgSeq.js"

/**
 * ZIM `QueryPeerMsg`: one page of the one-to-one messages between two users.
 *
 * @since 0.1.0
 */
export * as QueryPeerMsg from "./QueryPeerMsg.js"

/**
 * ZIM `QueryRoomAttribute`: every attribute of a room.
 *
 * @since 0.1.0
 */
export * as QueryRoomAttribute from "./QueryRoomAttribute.js"

/**
 * ZIM `QueryRoomMembers`: which of up to 10 users are in a room.
 *
 * @since 0.1.0
 */
export * as QueryRoomMembers from "./QueryRoomMembers.js"

/**
 * ZIM `QueryRoomUserList`: one page of a room's users.
 *
 * @since 0.1.0
 */
export * as QueryRoomUserList from "./QueryRoomUserList.js"

/**
 * ZIM `QueryUserInfos`: user name, avatar and extra field of up to 100 users.
 *
 * @since 0.1.0
 */
export * as QueryUserInfos from "./QueryUserInfos.js"

/**
 * ZIM `QueryUserOnlineState`: whether each of up to 100 users is online.
 *
 * @since 0.1.0
 */
export * as QueryUserOnlineState from "./QueryUserOnlineState.js"

/**
 * ZIM `RemoveUsersFromBlacklist`: takes up to 20 users off a user's blocklist.
 *
 * @since 0.1.0
 */
export * as RemoveUsersFromBlacklist from "./RemoveUsersFromBlacklist.js"

/**
 * ZIM `RevokeGroupMessage`: recalls a group message.
 *
 * @since 0.1.0
 */
export * as RevokeGroupMessage from "./RevokeGroupMessage.js"

/**
 * ZIM `RevokePeerMessage`: recalls a one-to-one message.
 *
 * @since 0.1.0
 */
export * as RevokePeerMessage from "./RevokePeerMessage.js"

/**
 * ZIM `RevokeRoomMessage`: recalls a room message.
 *
 * @since 0.1.0
 */
export * as RevokeRoomMessage from "./RevokeRoomMessage.js"

/**
 * ZIM `RobotRegister`: registers up to 20 bots (user IDs starting with @RBT#).
 *
 * @since 0.1.0
 */
export * as RobotRegister from "./RobotRegister.js"

/**
 * ZIM `SendFriendApplication`: sends friend requests from a user to up to 20 users.
 *
 * @since 0.1.0
 */
export * as SendFriendApplication from "./SendFriendApplication.js"

/**
 * ZIM `SendGroupMessage`: sends a message to a group.
 *
 * @since 0.1.0
 */
export * as SendGroupMessage from "./SendGroupMessage.js"

/**
 * ZIM `SendMessageToAllUsers`: broadcasts a message to every user of the app.
 *
 * @since 0.1.0
 */
export * as SendMessageToAllUsers from "./SendMessageToAllUsers.js"

/**
 * ZIM `SendPeerMessage`: sends a one-to-one message to up to 100 users.
 *
 * @since 0.1.0
 */
export * as SendPeerMessage from "./SendPeerMessage.js"

/**
 * ZIM `SendRoomMessage`: sends a message to a room.
 *
 * @since 0.1.0
 */
export * as SendRoomMessage from "./SendRoomMessage.js"

/**
 * ZIM `SetConvMark`: sets or clears conversation marks for up to 100 users.
 *
 * @since 0.1.0
 */
export * as SetConvMark from "./SetConvMark.js"

/**
 * ZIM `SetGroupMemberRole`: gives a group member a role.
 *
 * @since 0.1.0
 */
export * as SetGroupMemberRole from "./SetGroupMemberRole.js"

/**
 * ZIM `SetGroupMembersNickname`: sets the in-group nickname of several members.
 *
 * @since 0.1.0
 */
export * as SetGroupMembersNickname from "./SetGroupMembersNickname.js"

/**
 * ZIM `SilenceConvNotification`: turns do-not-disturb on or off for up to 10 conversations of a user.
 *
 * @since 0.1.0
 */
export * as SilenceConvNotification from "./SilenceConvNotification.js"

/**
 * ZIM `TransferGroupOwner`: makes another member the owner of a group.
 *
 * @since 0.1.0
 */
export * as TransferGroupOwner from "./TransferGroupOwner.js"

/**
 * ZIM `UpdateFriendAttributes`: sets the attributes (k0 to k4) a user keeps on one friend.
 *
 * @since 0.1.0
 */
export * as UpdateFriendAttributes from "./UpdateFriendAttributes.js"

/**
 * ZIM `UpdateFriendsAlias`: changes the alias a user gives to up to 20 friends.
 *
 * @since 0.1.0
 */
export * as UpdateFriendsAlias from "./UpdateFriendsAlias.js"

/**
 * ZIM `UpdateGroupData`: changes a group's name, notice or avatar.
 *
 * @since 0.1.0
 */
export * as UpdateGroupData from "./UpdateGroupData.js"

/**
 * ZIM `UserRegister`: registers up to 100 users.
 *
 * @since 0.1.0
 */
export * as UserRegister from "./UserRegister.js"

/**
 * Every ZIM Action, by method name.
 *
 * @since 0.1.0
 */
export * as ZimActions from "./ZimActions.js"

/**
 * Errors shared by ZIM Actions.
 *
 * @since 0.1.0
 */
export * as ZimErrors from "./ZimErrors.js"

/**
 * The ZIM service.
 *
 * @since 0.1.0
 */
export * as ZimService from "./ZimService.js"
