/**
 * Every ZIM Action, by the name of its `ZimService` method (the Action's name in camelCase). `ZimService` maps
 * this record to its methods, so that each keeps its precise input, success and error types.
 *
 * Generated from the vendor's files by `codegen/generate.ts`.
 *
 * @since 0.1.0
 */

import * as AddFriends from "./AddFriends.js"
import * as AddUsersToBlacklist from "./AddUsersToBlacklist.js"
import * as C2cDeliveryReceipt from "./C2cDeliveryReceipt.js"
import * as C2cReadReceipt from "./C2cReadReceipt.js"
import * as CallAccept from "./CallAccept.js"
import * as CallInvite from "./CallInvite.js"
import * as CallReject from "./CallReject.js"
import * as CgiDescribeZIMAudioLicense from "./CgiDescribeZIMAudioLicense.js"
import * as CheckFriendsRelation from "./CheckFriendsRelation.js"
import * as CheckUsersIsInBlacklist from "./CheckUsersIsInBlacklist.js"
import * as ClearConversationUnread from "./ClearConversationUnread.js"
import * as ClearMemberGroupMessage from "./ClearMemberGroupMessage.js"
import * as ClearPeerMessage from "./ClearPeerMessage.js"
import * as ConvPinned from "./ConvPinned.js"
import * as CreateGroup from "./CreateGroup.js"
import * as CreateRoom from "./CreateRoom.js"
import * as DeleteAllFriends from "./DeleteAllFriends.js"
import * as DeleteConv from "./DeleteConv.js"
import * as DeleteFriends from "./DeleteFriends.js"
import * as DestroyRoom from "./DestroyRoom.js"
import * as DismissGroup from "./DismissGroup.js"
import * as EditC2cMsgBody from "./EditC2cMsgBody.js"
import * as EditGroupMsgBody from "./EditGroupMsgBody.js"
import * as FetchForbidGroupList from "./FetchForbidGroupList.js"
import * as GroupDeliveryReceipt from "./GroupDeliveryReceipt.js"
import * as GroupReadReceipt from "./GroupReadReceipt.js"
import * as ImportGroupMsg from "./ImportGroupMsg.js"
import * as ImportPeerMsg from "./ImportPeerMsg.js"
import * as InviteUsersIntoGroup from "./InviteUsersIntoGroup.js"
import * as KickoutGroupUser from "./KickoutGroupUser.js"
import * as KickoutRoomUser from "./KickoutRoomUser.js"
import * as ModifyGroupAttribute from "./ModifyGroupAttribute.js"
import * as ModifyGroupLimit from "./ModifyGroupLimit.js"
import * as ModifyRoomAttribute from "./ModifyRoomAttribute.js"
import * as ModifyUserInfo from "./ModifyUserInfo.js"
import * as MuteGroup from "./MuteGroup.js"
import * as MuteGroupMembers from "./MuteGroupMembers.js"
import * as QueryAppCommunityList from "./QueryAppCommunityList.js"
import * as QueryAppGroupList from "./QueryAppGroupList.js"
import * as QueryBlacklist from "./QueryBlacklist.js"
import * as QueryConversationList from "./QueryConversationList.js"
import * as QueryFriendList from "./QueryFriendList.js"
import * as QueryGroupInfo from "./QueryGroupInfo.js"
import * as QueryGroupMemberList from "./QueryGroupMemberList.js"
import * as QueryGroupMsg from "./QueryGroupMsg.js"
import * as QueryGroupsInfoOfUser from "./QueryGroupsInfoOfUser.js"
import * as QueryMessagesByMsgSeq from "./QueryMessagesByMsgSeq.js"
import * as QueryPeerMsg from "./QueryPeerMsg.js"
import * as QueryRoomAttribute from "./QueryRoomAttribute.js"
import * as QueryRoomMembers from "./QueryRoomMembers.js"
import * as QueryRoomUserList from "./QueryRoomUserList.js"
import * as QueryUserInfos from "./QueryUserInfos.js"
import * as QueryUserOnlineState from "./QueryUserOnlineState.js"
import * as RemoveUsersFromBlacklist from "./RemoveUsersFromBlacklist.js"
import * as RevokeGroupMessage from "./RevokeGroupMessage.js"
import * as RevokePeerMessage from "./RevokePeerMessage.js"
import * as RevokeRoomMessage from "./RevokeRoomMessage.js"
import * as RobotRegister from "./RobotRegister.js"
import * as SendFriendApplication from "./SendFriendApplication.js"
import * as SendGroupMessage from "./SendGroupMessage.js"
import * as SendMessageToAllUsers from "./SendMessageToAllUsers.js"
import * as SendPeerMessage from "./SendPeerMessage.js"
import * as SendRoomMessage from "./SendRoomMessage.js"
import * as SetConvMark from "./SetConvMark.js"
import * as SetGroupMemberRole from "./SetGroupMemberRole.js"
import * as SetGroupMembersNickname from "./SetGroupMembersNickname.js"
import * as SilenceConvNotification from "./SilenceConvNotification.js"
import * as TransferGroupOwner from "./TransferGroupOwner.js"
import * as UpdateFriendAttributes from "./UpdateFriendAttributes.js"
import * as UpdateFriendsAlias from "./UpdateFriendsAlias.js"
import * as UpdateGroupData from "./UpdateGroupData.js"
import * as UserRegister from "./UserRegister.js"

/**
 * The 72 ZIM Actions.
 *
 * @since 0.1.0
 * @category registry
 */
export const actions = {
  addFriends: AddFriends.AddFriends,
  addUsersToBlacklist: AddUsersToBlacklist.AddUsersToBlacklist,
  c2cDeliveryReceipt: C2cDeliveryReceipt.C2cDeliveryReceipt,
  c2cReadReceipt: C2cReadReceipt.C2cReadReceipt,
  callAccept: CallAccept.CallAccept,
  callInvite: CallInvite.CallInvite,
  callReject: CallReject.CallReject,
  cgiDescribeZIMAudioLicense: CgiDescribeZIMAudioLicense.CgiDescribeZIMAudioLicense,
  checkFriendsRelation: CheckFriendsRelation.CheckFriendsRelation,
  checkUsersIsInBlacklist: CheckUsersIsInBlacklist.CheckUsersIsInBlacklist,
  clearConversationUnread: ClearConversationUnread.ClearConversationUnread,
  clearMemberGroupMessage: ClearMemberGroupMessage.ClearMemberGroupMessage,
  clearPeerMessage: ClearPeerMessage.ClearPeerMessage,
  convPinned: ConvPinned.ConvPinned,
  createGroup: CreateGroup.CreateGroup,
  createRoom: CreateRoom.CreateRoom,
  deleteAllFriends: DeleteAllFriends.DeleteAllFriends,
  deleteConv: DeleteConv.DeleteConv,
  deleteFriends: DeleteFriends.DeleteFriends,
  destroyRoom: DestroyRoom.DestroyRoom,
  dismissGroup: DismissGroup.DismissGroup,
  editC2cMsgBody: EditC2cMsgBody.EditC2cMsgBody,
  editGroupMsgBody: EditGroupMsgBody.EditGroupMsgBody,
  fetchForbidGroupList: FetchForbidGroupList.FetchForbidGroupList,
  groupDeliveryReceipt: GroupDeliveryReceipt.GroupDeliveryReceipt,
  groupReadReceipt: GroupReadReceipt.GroupReadReceipt,
  importGroupMsg: ImportGroupMsg.ImportGroupMsg,
  importPeerMsg: ImportPeerMsg.ImportPeerMsg,
  inviteUsersIntoGroup: InviteUsersIntoGroup.InviteUsersIntoGroup,
  kickoutGroupUser: KickoutGroupUser.KickoutGroupUser,
  kickoutRoomUser: KickoutRoomUser.KickoutRoomUser,
  modifyGroupAttribute: ModifyGroupAttribute.ModifyGroupAttribute,
  modifyGroupLimit: ModifyGroupLimit.ModifyGroupLimit,
  modifyRoomAttribute: ModifyRoomAttribute.ModifyRoomAttribute,
  modifyUserInfo: ModifyUserInfo.ModifyUserInfo,
  muteGroup: MuteGroup.MuteGroup,
  muteGroupMembers: MuteGroupMembers.MuteGroupMembers,
  queryAppCommunityList: QueryAppCommunityList.QueryAppCommunityList,
  queryAppGroupList: QueryAppGroupList.QueryAppGroupList,
  queryBlacklist: QueryBlacklist.QueryBlacklist,
  queryConversationList: QueryConversationList.QueryConversationList,
  queryFriendList: QueryFriendList.QueryFriendList,
  queryGroupInfo: QueryGroupInfo.QueryGroupInfo,
  queryGroupMemberList: QueryGroupMemberList.QueryGroupMemberList,
  queryGroupMsg: QueryGroupMsg.QueryGroupMsg,
  queryGroupsInfoOfUser: QueryGroupsInfoOfUser.QueryGroupsInfoOfUser,
  queryMessagesByMsgSeq: QueryMessagesByMsgSeq.QueryMessagesByMsgSeq,
  queryPeerMsg: QueryPeerMsg.QueryPeerMsg,
  queryRoomAttribute: QueryRoomAttribute.QueryRoomAttribute,
  queryRoomMembers: QueryRoomMembers.QueryRoomMembers,
  queryRoomUserList: QueryRoomUserList.QueryRoomUserList,
  queryUserInfos: QueryUserInfos.QueryUserInfos,
  queryUserOnlineState: QueryUserOnlineState.QueryUserOnlineState,
  removeUsersFromBlacklist: RemoveUsersFromBlacklist.RemoveUsersFromBlacklist,
  revokeGroupMessage: RevokeGroupMessage.RevokeGroupMessage,
  revokePeerMessage: RevokePeerMessage.RevokePeerMessage,
  revokeRoomMessage: RevokeRoomMessage.RevokeRoomMessage,
  robotRegister: RobotRegister.RobotRegister,
  sendFriendApplication: SendFriendApplication.SendFriendApplication,
  sendGroupMessage: SendGroupMessage.SendGroupMessage,
  sendMessageToAllUsers: SendMessageToAllUsers.SendMessageToAllUsers,
  sendPeerMessage: SendPeerMessage.SendPeerMessage,
  sendRoomMessage: SendRoomMessage.SendRoomMessage,
  setConvMark: SetConvMark.SetConvMark,
  setGroupMemberRole: SetGroupMemberRole.SetGroupMemberRole,
  setGroupMembersNickname: SetGroupMembersNickname.SetGroupMembersNickname,
  silenceConvNotification: SilenceConvNotification.SilenceConvNotification,
  transferGroupOwner: TransferGroupOwner.TransferGroupOwner,
  updateFriendAttributes: UpdateFriendAttributes.UpdateFriendAttributes,
  updateFriendsAlias: UpdateFriendsAlias.UpdateFriendsAlias,
  updateGroupData: UpdateGroupData.UpdateGroupData,
  userRegister: UserRegister.UserRegister
}

/**
 * The registry's type.
 *
 * @since 0.1.0
 * @category registry
 */
export type Actions = typeof actions
