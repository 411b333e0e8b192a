/**
 * The emulator's stateful Actions through the real client: every Action that changes state has its effect shown
 * through a related read Action (users → QueryUserInfos; groups → QueryGroupInfo, QueryGroupMemberList,
 * QueryGroupsInfoOfUser, QueryAppGroupList; ZIM rooms → QueryRoomUserList, QueryRoomMembers,
 * QueryRoomAttribute; messages → QueryPeerMsg, QueryGroupMsg and the recalls; RTC rooms → DescribeUsers,
 * DescribeUserList, DescribeUserNum), and the per-room / per-group limits as the client sees them.
 */
import { ZegoClient } from "@effect-zego/client"
import { Emulator, RateLimit, Seed, State } from "@effect-zego/emulator"
import { RtcService } from "@effect-zego/rtc"
import { ZimService } from "@effect-zego/zim"
import { expect, layer } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"

const { alice, bob, carol, loggedOut, unregistered } = Seed.users
const { bookClub, teamBlue, teamRed } = Seed.groups
const lobby = Seed.zimRooms.lobby

class Client extends Context.Tag("test/conformance/StateClient")<Client, {
  readonly zim: ZimService.ZimService["Type"]
  readonly rtc: RtcService.RtcService["Type"]
}>() {}

const clientLayer = Layer.scoped(
  Client,
  Effect.gen(function*() {
    const emulator = yield* Emulator
    const context = yield* Layer.build(ZegoClient.layer({
      appId: emulator.appId,
      serverSecret: emulator.serverSecret,
      zimBaseUrl: emulator.url,
      rtcBaseUrl: emulator.url,
      callOptions: { retry: false, rateLimit: false }
    })).pipe(Effect.orDie)
    return { zim: Context.get(context, ZimService.ZimService), rtc: Context.get(context, RtcService.RtcService) }
  })
)

const environment = (rateLimits: "off" | "documented") =>
  Layer.provideMerge(clientLayer, Emulator.layer({ rateLimits }))

/** Every test starts from the default seed. */
const fresh = Effect.gen(function*() {
  const emulator = yield* Emulator
  yield* Ref.set(emulator.state, State.fromSeed(Seed.defaultSeed))
  yield* emulator.rateLimits.reset
  yield* emulator.requests.reset
  return yield* Client
})

const text = (message: string) => ({ Message: message })

/** The IDs of the groups of a user, every page. */
const groupIdsOf = (zim: ZimService.ZimService["Type"], userId: string) =>
  Effect.map(
    zim.queryGroupsInfoOfUser({ FromUserId: userId, Limit: 100 }),
    (page) => page.GroupInfoList.map((group) => group.GroupId)
  )

const membersOf = (zim: ZimService.ZimService["Type"], groupId: string) =>
  Effect.map(zim.queryGroupMemberList({ GroupId: groupId, Limit: 100 }), (page) =>
    page.MemberList.map((member) => ({
      UserId: member.UserId,
      Role: member.Role,
      UserNickName: member.UserNickName
    })))

layer(environment("off"), { excludeTestServices: true })("stateful Actions, seen through read Actions", (it) => {
  // -------------------------------------------------------------------------
  // Users
  // -------------------------------------------------------------------------

  it.effect("UserRegister: the user is visible in QueryUserInfos; registering it again is UserAlreadyExists", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const before = yield* zim.queryUserInfos({ UserIds: ["newbie"] }).pipe(Effect.flip)
      expect(before._tag).toBe("UserNotRegistered")
      const registered = yield* zim.userRegister({
        UserInfo: [{ UserId: "newbie", UserName: "Newbie", UserAvatar: "https://a.example/n.png" }]
      })
      expect(registered.ErrorList).toEqual([])
      const after = yield* zim.queryUserInfos({ UserIds: ["newbie"] })
      expect(after.Result).toEqual([
        { UserId: "newbie", UserName: "Newbie", UserAvatar: "https://a.example/n.png", Extra: "" }
      ])
      const again = yield* zim.userRegister({ UserInfo: [{ UserId: "newbie" }, { UserId: alice }] }).pipe(Effect.flip)
      expect(again._tag).toBe("UserAlreadyExists")
      const mixed = yield* zim.userRegister({ UserInfo: [{ UserId: "newbie" }, { UserId: "second" }] })
      expect(mixed.ErrorList.map((failed) => [failed.UserId, failed.Error._tag])).toEqual([
        ["newbie", "UserAlreadyExists"]
      ])
    }))

  it.effect("RobotRegister: the robot is visible in QueryUserInfos", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      yield* zim.robotRegister({ UserInfo: [{ UserId: "robot-1", UserName: "Robbie" }] })
      const found = yield* zim.queryUserInfos({ UserIds: ["robot-1"] })
      expect(found.Result.map((user) => [user.UserId, user.UserName])).toEqual([["robot-1", "Robbie"]])
    }))

  it.effect("ModifyUserInfo: the new name, avatar and extra are visible in QueryUserInfos", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const modified = yield* zim.modifyUserInfo({
        UserInfo: [{ UserId: alice, UserName: "Alice II", Extra: "{\"level\":2}" }, { UserId: unregistered }]
      })
      expect(modified.ErrorList.map((failed) => [failed.UserId, failed.Error._tag])).toEqual([
        [unregistered, "UserNotRegistered"]
      ])
      const found = yield* zim.queryUserInfos({ UserIds: [alice] })
      expect(found.Result[0]).toMatchObject({ UserId: alice, UserName: "Alice II", Extra: "{\"level\":2}" })
      expect(found.Result[0]?.UserAvatar).toContain("alice")
      const nobody = yield* zim.modifyUserInfo({ UserInfo: [{ UserId: unregistered }] }).pipe(Effect.flip)
      expect(nobody._tag).toBe("UserNotRegistered")
    }))

  // -------------------------------------------------------------------------
  // Groups
  // -------------------------------------------------------------------------

  it.effect("CreateGroup: visible in QueryGroupsInfoOfUser, QueryGroupInfo and QueryGroupMemberList", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const created = yield* zim.createGroup({
        GroupId: "chess",
        GroupName: "Chess",
        GroupNotice: "Mondays",
        GroupOwner: alice,
        UserId: [bob, unregistered]
      })
      expect(created.GroupId).toBe("chess")
      expect(created.Members.map((member) => member.UserId)).toEqual([alice, bob])
      expect(created.ErrorUsers.map((failed) => [failed.UserId, failed.Error._tag])).toEqual([
        [unregistered, "GroupJoinFailed"]
      ])
      expect(yield* groupIdsOf(zim, bob)).toEqual(["chess"])
      expect(yield* groupIdsOf(zim, alice)).toContain("chess")
      const info = yield* zim.queryGroupInfo({ FromUserId: alice, GroupId: "chess" })
      expect(info).toMatchObject({ GroupId: "chess", GroupName: "Chess", GroupNotice: "Mondays" })
      expect(yield* membersOf(zim, "chess")).toEqual([
        { UserId: alice, Role: 1, UserNickName: "" },
        { UserId: bob, Role: 3, UserNickName: "" }
      ])
      const taken = yield* zim.createGroup({ GroupId: "chess", GroupOwner: bob }).pipe(Effect.flip)
      expect(taken._tag).toBe("GroupAlreadyExists")
      const ownerless = yield* zim.createGroup({ GroupOwner: unregistered }).pipe(Effect.flip)
      expect(ownerless._tag).toBe("GroupOwnerNotFound")
      const generated = yield* zim.createGroup({ GroupOwner: carol })
      expect(yield* groupIdsOf(zim, carol)).toContain(generated.GroupId)
      const all = yield* zim.queryAppGroupList({ Limit: 1000 })
      expect(all.GroupIdList.slice(-2).map((group) => group.GroupId)).toEqual(["chess", generated.GroupId])
      expect(all.TotalCount).toBe(Seed.defaultSeed.groups.length + 2)
    }))

  it.effect("InviteUsersIntoGroup: the new member is in QueryGroupMemberList and QueryGroupsInfoOfUser", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      expect(yield* groupIdsOf(zim, bob)).toEqual([])
      yield* zim.inviteUsersIntoGroup({
        FromUserId: alice,
        GroupId: teamRed,
        UserIds: [bob],
        GroupMemberInfos: [{ UserId: carol }]
      })
      expect((yield* membersOf(zim, teamRed)).map((member) => member.UserId)).toEqual([alice, bob, carol])
      expect(yield* groupIdsOf(zim, bob)).toEqual([teamRed])
      const missing = yield* zim.inviteUsersIntoGroup({
        FromUserId: alice,
        GroupId: "no-such-group",
        UserIds: [bob],
        GroupMemberInfos: [{ UserId: bob }]
      }).pipe(Effect.flip)
      expect(missing._tag).toBe("GroupNotFound")
    }))

  it.effect("KickoutGroupUser: the member is gone from QueryGroupMemberList and QueryGroupsInfoOfUser", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      expect(yield* groupIdsOf(zim, loggedOut)).toEqual([teamBlue])
      const kicked = yield* zim.kickoutGroupUser({ FromUserId: alice, GroupId: teamBlue, UserId: [loggedOut, bob] })
      expect(kicked.ErrorList.map((failed) => [failed.UserId, failed.Error._tag])).toEqual([[bob, "TargetNotInGroup"]])
      expect((yield* membersOf(zim, teamBlue)).map((member) => member.UserId)).toEqual([alice])
      expect(yield* groupIdsOf(zim, loggedOut)).toEqual([])
    }))

  it.effect("DismissGroup: the group is gone from QueryGroupsInfoOfUser, QueryGroupInfo and QueryGroupMemberList", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      expect(yield* groupIdsOf(zim, carol)).toEqual([bookClub])
      yield* zim.dismissGroup({ FromUserId: alice, GroupId: bookClub })
      expect(yield* groupIdsOf(zim, carol)).toEqual([])
      const all = yield* zim.queryAppGroupList({})
      expect(all.GroupIdList.map((group) => group.GroupId)).not.toContain(bookClub)
      expect(yield* groupIdsOf(zim, alice)).toEqual([teamRed, teamBlue])
      expect((yield* zim.queryGroupMemberList({ GroupId: bookClub }).pipe(Effect.flip))._tag).toBe("GroupNotFound")
      // QueryGroupInfo documents no "group not found": a GroupId that names no group is a parameter error.
      const info = yield* zim.queryGroupInfo({ FromUserId: alice, GroupId: bookClub }).pipe(Effect.flip)
      expect(info).toMatchObject({ _tag: "InvalidParameter", code: 660000002 })
      expect((yield* zim.dismissGroup({ FromUserId: alice, GroupId: bookClub }).pipe(Effect.flip))._tag).toBe(
        "GroupNotFound"
      )
    }))

  it.effect("UpdateGroupData: the new name and notice are visible in QueryGroupInfo and QueryGroupsInfoOfUser", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      yield* zim.updateGroupData({ FromUserId: alice, GroupId: teamRed, GroupName: "Team Crimson", GroupNotice: "Hi" })
      const info = yield* zim.queryGroupInfo({ FromUserId: alice, GroupId: teamRed })
      expect(info).toMatchObject({ GroupName: "Team Crimson", GroupNotice: "Hi" })
      const page = yield* zim.queryGroupsInfoOfUser({ FromUserId: alice, Limit: 10 })
      expect(page.GroupInfoList.find((group) => group.GroupId === teamRed)?.GroupName).toBe("Team Crimson")
    }))

  it.effect("TransferGroupOwner: the roles in QueryGroupMemberList follow; a non-member is TargetNotInGroup", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      yield* zim.transferGroupOwner({ FromUserId: alice, GroupId: teamBlue, NewOwner: loggedOut })
      expect((yield* membersOf(zim, teamBlue)).map((member) => [member.UserId, member.Role])).toEqual([
        [alice, 3],
        [loggedOut, 1]
      ])
      const stranger = yield* zim.transferGroupOwner({ FromUserId: alice, GroupId: teamBlue, NewOwner: bob }).pipe(
        Effect.flip
      )
      expect(stranger._tag).toBe("TargetNotInGroup")
    }))

  it.effect("SetGroupMembersNickname: the nickname is visible in QueryGroupMemberList", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const set = yield* zim.setGroupMembersNickname({
        FromUserId: alice,
        GroupId: teamBlue,
        UserIds: [{ UserId: loggedOut, Nickname: "Davey" }, { UserId: bob, Nickname: "Bobby" }]
      })
      expect(set.ErrorUsers.map((failed) => failed.UserId)).toEqual([bob])
      expect(yield* membersOf(zim, teamBlue)).toEqual([
        { UserId: alice, Role: 1, UserNickName: "" },
        { UserId: loggedOut, Role: 3, UserNickName: "Davey" }
      ])
    }))

  // -------------------------------------------------------------------------
  // ZIM rooms
  // -------------------------------------------------------------------------

  it.effect("CreateRoom: QueryRoomUserList and QueryRoomAttribute find the room; creating it again fails", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      expect((yield* zim.queryRoomUserList({ RoomId: "stage" }).pipe(Effect.flip))._tag).toBe("RoomNotFound")
      const created = yield* zim.createRoom({
        FromUserId: alice,
        RoomId: "stage",
        RoomName: "Stage",
        Attributes: [{ Key: "topic", Value: "jazz" }]
      })
      expect(created.AttributeSeq).toBe(1)
      // The operator does not join the room it creates.
      expect(yield* zim.queryRoomUserList({ RoomId: "stage" })).toMatchObject({ Count: 0, UserList: [] })
      const attributes = yield* zim.queryRoomAttribute({ FromUserId: alice, RoomId: "stage" })
      expect(attributes.Attributes.map((attribute) => [attribute.Key, attribute.Value])).toEqual([["topic", "jazz"]])
      const again = yield* zim.createRoom({ FromUserId: alice, RoomId: "stage" }).pipe(Effect.flip)
      expect(again._tag).toBe("RoomAlreadyExists")
    }))

  it.effect("DestroyRoom: QueryRoomUserList no longer finds the room", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      expect((yield* zim.queryRoomUserList({ RoomId: lobby })).Count).toBe(3)
      yield* zim.destroyRoom({ RoomId: lobby })
      expect((yield* zim.queryRoomUserList({ RoomId: lobby }).pipe(Effect.flip))._tag).toBe("RoomNotFound")
      expect((yield* zim.destroyRoom({ RoomId: lobby }).pipe(Effect.flip))._tag).toBe("RoomNotFound")
    }))

  it.effect("KickoutRoomUser: the user is gone from QueryRoomUserList and QueryRoomMembers", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const before = yield* zim.queryRoomMembers({ RoomId: lobby, UserId: [alice, bob] })
      expect(before.UserList.map((user) => user.user_id)).toEqual([alice, bob])
      yield* zim.kickoutRoomUser({ RoomId: lobby, UserId: [bob] })
      const list = yield* zim.queryRoomUserList({ RoomId: lobby })
      expect(list.UserList.map((user) => user.UserId)).toEqual([alice, carol])
      const after = yield* zim.queryRoomMembers({ RoomId: lobby, UserId: [alice, bob] })
      expect(after.UserList.map((user) => user.user_id)).toEqual([alice])
      expect(after.ErrorList.map((failed) => [failed.UserId, failed.Error._tag])).toEqual([[bob, "UserNotInRoom"]])
      const nobody = yield* zim.kickoutRoomUser({ RoomId: lobby, UserId: [bob] }).pipe(Effect.flip)
      expect(nobody._tag).toBe("UserNotInRoom")
    }))

  it.effect("ModifyRoomAttribute: set and deleted attributes are visible in QueryRoomAttribute", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const set = yield* zim.modifyRoomAttribute({
        FromUserId: alice,
        RoomId: lobby,
        Attributes: [{ Action: 0, Key: "mood", Value: "calm" }, { Action: 0, Key: "size", Value: "3" }]
      })
      expect(set.SuccKeyList.map((key) => [key.Key, key.Seq])).toEqual([["mood", 1], ["size", 2]])
      const deleted = yield* zim.modifyRoomAttribute({
        FromUserId: alice,
        RoomId: lobby,
        Attributes: [{ Action: 1, Key: "size" }, { Action: 1, Key: "absent" }]
      })
      expect(deleted.ErrKeyList.map((failed) => failed.Key)).toEqual(["absent"])
      const attributes = yield* zim.queryRoomAttribute({ FromUserId: alice, RoomId: lobby })
      expect(attributes.AttributeSeq).toBe(3)
      expect(attributes.Attributes.map((attribute) => [attribute.Key, attribute.Value])).toEqual([["mood", "calm"]])
    }))

  // -------------------------------------------------------------------------
  // Messages
  // -------------------------------------------------------------------------

  const peerMessage = (body: string) => ({
    FromUserId: alice,
    ToUserId: [bob],
    MessageType: 1,
    Priority: 1,
    MessageBody: text(body)
  })

  it.effect("SendPeerMessage and RevokePeerMessage: visible in QueryPeerMsg, from either side", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const first = yield* zim.sendPeerMessage(peerMessage("hello"))
      const second = yield* zim.sendPeerMessage(peerMessage("how are you?"))
      expect([first.SuccList[0]?.MsgSeq, second.SuccList[0]?.MsgSeq]).toEqual([1, 2])
      const listed = yield* zim.queryPeerMsg({ FromUserId: bob, ToUserId: alice })
      expect(listed.List.map((message) => [message.Sender, message.MsgBody, message.MsgSeq])).toEqual([
        [alice, "how are you?", 2],
        [alice, "hello", 1]
      ])
      expect(String(listed.List[1]?.MsgId)).toBe(first.SuccList[0]?.MsgId)

      const notSender = yield* zim.revokePeerMessage({ FromUserId: bob, ToUserId: alice, MsgSeq: 1 }).pipe(Effect.flip)
      expect(notSender._tag).toBe("RecallSenderMismatch")
      yield* zim.revokePeerMessage({ FromUserId: alice, ToUserId: bob, MsgSeq: 1 })
      const after = yield* zim.queryPeerMsg({ FromUserId: alice, ToUserId: bob })
      expect(after.List.map((message) => message.MsgSeq)).toEqual([2])
      const withEmpty = yield* zim.queryPeerMsg({ FromUserId: alice, ToUserId: bob, WithEmptyMsg: 1 })
      expect(withEmpty.List.map((message) => [message.MsgSeq, message.IsEmpty, message.MsgBody])).toEqual([
        [2, 0, "how are you?"],
        [1, 2, ""]
      ])
      const again = yield* zim.revokePeerMessage({ FromUserId: alice, ToUserId: bob, MsgSeq: 1 }).pipe(Effect.flip)
      expect(again._tag).toBe("MessageAlreadyRecalled")
      const missing = yield* zim.revokePeerMessage({ FromUserId: alice, ToUserId: bob, MsgSeq: 9 }).pipe(Effect.flip)
      expect(missing._tag).toBe("MessageNotFound")
    }))

  it.effect("RevokePeerMessage: a message older than two minutes on the server clock is RecallWindowExpired", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const emulator = yield* Emulator
      yield* zim.sendPeerMessage(peerMessage("soon too old"))
      yield* emulator.clock.setOffset(3 * 60 * 1000)
      const late = yield* zim.revokePeerMessage({ FromUserId: alice, ToUserId: bob, MsgSeq: 1 }).pipe(
        Effect.flip,
        Effect.ensuring(emulator.clock.setOffset(0))
      )
      expect(late._tag).toBe("RecallWindowExpired")
    }))

  it.effect("QueryPeerMsg pages with Limit and Next until Next is 0", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      for (const body of ["1", "2", "3", "4", "5"]) yield* zim.sendPeerMessage(peerMessage(body))
      const bodies: Array<string> = []
      let next = 0
      do {
        const page = yield* zim.queryPeerMsg({ FromUserId: alice, ToUserId: bob, Limit: 2, Next: next })
        for (const message of page.List) bodies.push(message.MsgBody)
        next = page.Next
      } while (next !== 0)
      expect(bodies).toEqual(["5", "4", "3", "2", "1"])
    }))

  it.effect("SendGroupMessage and RevokeGroupMessage: visible in QueryGroupMsg", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const message = { FromUserId: alice, GroupId: teamRed, MessageType: 1, Priority: 1 }
      const sent = yield* zim.sendGroupMessage({ ...message, MessageBody: text("hi team") })
      expect(sent.MsgSeq).toBe(1)
      const listed = yield* zim.queryGroupMsg({ GroupId: teamRed })
      expect(listed.List.map((item) => [item.Sender, item.MsgBody, item.MsgId])).toEqual([[
        alice,
        "hi team",
        sent.MsgId
      ]])
      yield* zim.revokeGroupMessage({ FromUserId: alice, GroupId: teamRed, MsgSeq: 1 })
      expect((yield* zim.queryGroupMsg({ GroupId: teamRed })).List).toEqual([])
      const missingGroup = yield* zim.sendGroupMessage({ ...message, GroupId: "nope", MessageBody: text("x") }).pipe(
        Effect.flip
      )
      expect(missingGroup._tag).toBe("GroupNotFound")
    }))

  it.effect("SendRoomMessage: the message is stored, as RevokeRoomMessage shows", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const recall = zim.revokeRoomMessage({ FromUserId: alice, RoomId: lobby, MsgSeq: 1 })
      expect((yield* Effect.flip(recall))._tag).toBe("MessageNotFound")
      yield* zim.sendRoomMessage({ FromUserId: alice, RoomId: lobby, MessageType: 1, Priority: 1, MessageBody: {} })
      yield* recall
      expect((yield* Effect.flip(recall))._tag).toBe("MessageAlreadyRecalled")
      const noRoom = yield* zim.sendRoomMessage({
        FromUserId: alice,
        RoomId: Seed.zimRooms.missing,
        MessageType: 1,
        Priority: 1,
        MessageBody: {}
      }).pipe(Effect.flip)
      expect(noRoom._tag).toBe("RoomNotFound")
    }))

  // -------------------------------------------------------------------------
  // RTC rooms
  // -------------------------------------------------------------------------

  it.effect("KickoutUser: seen by DescribeUsers, DescribeUserList, DescribeUserNum; the last one out ends it", () =>
    Effect.gen(function*() {
      const { rtc } = yield* fresh
      const { administrator, audience, host, soloHost } = Seed.roomUsers
      const { live, quiet } = Seed.rooms
      yield* rtc.kickoutUser({ RoomId: live, UserId: [audience] })
      const status = yield* rtc.describeUsers({ RoomId: live, UserId: [host, audience] })
      expect(status.Data.UserStatusList.map((user) => [user.UserId, user.Status])).toEqual([[host, 1], [audience, 0]])
      const list = yield* rtc.describeUserList({ RoomId: live })
      expect(list.Data.UserList.map((user) => user.UserId)).toEqual([host, administrator])
      const counts = yield* rtc.describeUserNum({ RoomId: [live, quiet] })
      expect(counts.Data.UserCountList.map((room) => [room.RoomId, room.UserCount, room.AdminUserCount])).toEqual([
        [live, 2, 1],
        [quiet, 1, 0]
      ])
      yield* rtc.kickoutUser({ RoomId: quiet, UserId: [soloHost] })
      const gone = yield* rtc.describeUsers({ RoomId: quiet, UserId: [soloHost] }).pipe(Effect.flip)
      expect(gone._tag).toBe("RoomNotFound")
    }))

  it.effect("CloseRoom: DescribeUsers no longer finds the room and DescribeUserNum counts nobody", () =>
    Effect.gen(function*() {
      const { rtc } = yield* fresh
      yield* rtc.closeRoom({ RoomId: Seed.rooms.live })
      const gone = yield* rtc.describeUsers({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] }).pipe(
        Effect.flip
      )
      expect(gone._tag).toBe("RoomNotFound")
      const counts = yield* rtc.describeUserNum({ RoomId: [Seed.rooms.live] })
      expect(counts.Data.UserCountList[0]?.UserCount).toBe(0)
      const again = yield* rtc.closeRoom({ RoomId: Seed.rooms.live }).pipe(Effect.flip)
      expect(again).toMatchObject({ _tag: "RoomNotFound", code: 5018 })
    }))
})

layer(environment("documented"), { excludeTestServices: true })("per-room and per-group limits", (it) => {
  it.effect("QueryRoomMembers: at most 5 per second for one room (660300006); another room is not held back", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const emulator = yield* Emulator
      yield* zim.createRoom({ FromUserId: alice, RoomId: "annex" })
      const results = yield* Effect.all(
        Array.from({ length: 12 }, () => Effect.either(zim.queryRoomMembers({ RoomId: lobby, UserId: [alice] }))),
        { concurrency: "unbounded" }
      )
      const refused = results.filter((result) => result._tag === "Left")
      for (const result of refused) {
        expect(result._tag === "Left" && result.left).toMatchObject({ _tag: "RoomOrGroupRateLimited", code: 660300006 })
      }
      expect(refused.length).toBeGreaterThan(0)
      const other = yield* Effect.either(zim.queryRoomMembers({ RoomId: "annex", UserId: [alice] }))
      // The annex is empty: the answer is about the user, not the limit.
      expect(other._tag === "Left" && other.left._tag).toBe("UserNotInRoom")
      const lobbyAccepted = (yield* emulator.requests.entries)
        .filter((entry) => entry.action === "QueryRoomMembers" && entry.query["RoomId"] === lobby && entry.accepted)
        .map((entry) => entry.monotonicMs)
      expect(RateLimit.maxInAnyWindow(lobbyAccepted)).toBeLessThanOrEqual(5)
      expect(lobbyAccepted.length + refused.length).toBe(12)
    }))

  it.effect("InviteUsersIntoGroup (GroupId in the JSON body): one per second per group", () =>
    Effect.gen(function*() {
      const { zim } = yield* fresh
      const invite = (groupId: string, userId: string) =>
        zim.inviteUsersIntoGroup({
          FromUserId: alice,
          GroupId: groupId,
          UserIds: [userId],
          GroupMemberInfos: [{ UserId: userId }]
        })
      yield* invite(teamRed, bob)
      const second = yield* invite(teamRed, carol).pipe(Effect.flip)
      expect(second).toMatchObject({ _tag: "RoomOrGroupRateLimited", code: 660300006 })
      yield* invite(teamBlue, carol)
      // The refused invitation changed nothing.
      expect((yield* membersOf(zim, teamRed)).map((member) => member.UserId)).toEqual([alice, bob])
    }))

  it.effect("DescribeUserList: one per second per room, answered 207", () =>
    Effect.gen(function*() {
      const { rtc } = yield* fresh
      yield* rtc.describeUserList({ RoomId: Seed.rooms.live })
      const second = yield* rtc.describeUserList({ RoomId: Seed.rooms.live }).pipe(Effect.flip)
      expect(second).toMatchObject({ _tag: "RoomRateLimited", code: 207 })
      yield* rtc.describeUserList({ RoomId: Seed.rooms.quiet })
    }))
})
