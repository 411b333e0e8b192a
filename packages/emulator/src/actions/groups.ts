/**
 * ZIM groups with state: creation, members joining, leaving and their nicknames, the owner, the group's data,
 * dismissal; visible in QueryGroupInfo, QueryGroupMemberList, QueryGroupsInfoOfUser and QueryAppGroupList.
 *
 * @since 0.1.0
 */
import type * as Action from "../Action.js"
import type { Handler, HandlerContext } from "../FactAction.js"
import * as Params from "../Params.js"
import type { EmulatorState, GroupState } from "../State.js"
import * as State from "../State.js"
import * as Events from "./events.js"
import type { Change, ItemFailure } from "./support.js"
import { batch, codeFor, fail, read, succeed, update } from "./support.js"

/** Group roles as QueryGroupMemberList reports them. */
const roles = { owner: 1, member: 3 } as const

/**
 * The operator (`FromUserId`) must be registered: the Action's `OperatorNotRegistered` code (660500002) when it
 * documents one; an Action that documents none does not check.
 */
const checkOperator = (
  context: HandlerContext,
  state: EmulatorState,
  params: Params.Params
): Action.Answer | undefined => {
  const operator = Params.string(params, "FromUserId")
  if (operator === "" || state.users.has(operator)) return undefined
  if (!context.fact.codes.some((code) => code.tag === "OperatorNotRegistered")) return undefined
  return fail(context, "OperatorNotRegistered", `FromUserId ${JSON.stringify(operator)} is not registered.`)
}

/** The group named by `GroupId`, or the answer when the operator or the group is missing. */
const findGroup = (
  context: HandlerContext,
  state: EmulatorState,
  params: Params.Params
): GroupState | Action.Answer => {
  const refused = checkOperator(context, state, params)
  if (refused !== undefined) return refused
  const groupId = Params.string(params, "GroupId")
  const group = state.groups.get(groupId)
  return group ?? fail(context, "GroupNotFound", `No group ${JSON.stringify(groupId)}.`)
}

const isGroup = (found: GroupState | Action.Answer): found is GroupState => "GroupId" in found

/** Runs `change` on the group named by `GroupId`, or answers why it cannot. */
const withGroup = (
  params: Params.Params,
  context: HandlerContext,
  change: (group: GroupState, state: EmulatorState) => Change
) =>
  update(context, (state) => {
    const found = findGroup(context, state, params)
    return isGroup(found) ? change(found, state) : [found, state]
  })

const unique = (values: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(values)]

/**
 * CreateGroup: a new group owned by `GroupOwner` (who must be registered: `GroupOwnerNotFound`), with the
 * registered users of `UserId` as members (the others fail with `GroupJoinFailed`). A `GroupId` already taken
 * is `GroupAlreadyExists`; without one, the emulator picks `group-N`.
 */
const createGroup: Handler = (params, context) =>
  update(context, (state) => {
    const owner = Params.string(params, "GroupOwner")
    if (!state.users.has(owner)) {
      return [fail(context, "GroupOwnerNotFound", `GroupOwner ${JSON.stringify(owner)} is not registered.`), state]
    }
    let groupId = Params.string(params, "GroupId")
    if (groupId !== "" && state.groups.has(groupId)) {
      return [fail(context, "GroupAlreadyExists", `GroupId ${JSON.stringify(groupId)} is taken.`), state]
    }
    for (let n = state.groups.size + 1; groupId === "" || state.groups.has(groupId); n++) groupId = `group-${n}`
    const failures: Array<ItemFailure> = []
    const members = [owner]
    for (const userId of unique(Params.strings(params, "UserId"))) {
      if (userId === owner) continue
      if (state.users.has(userId)) members.push(userId)
      else failures.push({ key: userId, subCode: codeFor(context, "GroupJoinFailed") })
    }
    const group: GroupState = {
      GroupId: groupId,
      GroupName: Params.string(params, "GroupName"),
      GroupAvatar: Params.string(params, "GroupAvatar"),
      GroupNotice: Params.string(params, "GroupNotice"),
      Owner: owner,
      Members: members,
      Nicknames: new Map(),
      Attributes: Params.records(params, "Attributes").map((attribute) => ({
        Key: Params.string(attribute, "Key"),
        Value: Params.string(attribute, "Value")
      })),
      CreateTime: Params.number(params, "CreateGroupTime", context.serverTimeMs)
    }
    const answer = batch(context, {
      // The group exists whatever happened to the other members.
      succeeded: 1,
      failures,
      listField: "ErrorUsers",
      keyField: "UserId",
      fields: {
        GroupId: groupId,
        Members: members.map((userId) => ({ UserId: userId, UserName: state.users.get(userId)?.UserName ?? "" }))
      }
    })
    const created = Events.zim("group_create", {
      group_id: groupId,
      operator_account: Params.string(params, "GroupOwner"),
      owner_account: owner,
      group_name: group.GroupName,
      attributes: group.Attributes.map((attribute) => ({ key: attribute.Key, value: attribute.Value })),
      user_ids: members
    })
    return [answer, State.setGroup(state, groupId, group), [created]]
  })

/** QueryGroupInfo: the group's data. */
const queryGroupInfo: Handler = (params, context) =>
  read(context, (state) => {
    const found = findGroup(context, state, params)
    if (!isGroup(found)) return found
    return succeed(context, {
      GroupId: found.GroupId,
      GroupName: found.GroupName,
      GroupNotice: found.GroupNotice,
      GroupAvatar: found.GroupAvatar,
      GroupDataSeq: 1,
      IsAllForbid: false,
      ForbidList: [],
      ForbidExpireTime: 0,
      GroupCreateTime: found.CreateTime,
      GroupAttributes: found.Attributes
    })
  })

/**
 * QueryGroupMemberList: the members in join order, `Limit` per page (100 when absent or 0); `Next` is the offset
 * of the page's first member, 0 in an answer when there is no further page.
 */
const queryGroupMemberList: Handler = (params, context) =>
  read(context, (state) => {
    const found = findGroup(context, state, params)
    if (!isGroup(found)) return found
    const limit = Params.number(params, "Limit", 0) || 100
    const offset = Params.number(params, "Next", 0)
    const page = found.Members.slice(offset, offset + limit)
    const next = offset + page.length
    return succeed(context, {
      TotalCount: found.Members.length,
      Next: next < found.Members.length ? next : 0,
      MemberList: page.map((userId) => ({
        UserId: userId,
        UserName: state.users.get(userId)?.UserName ?? "",
        UserNickName: found.Nicknames.get(userId) ?? "",
        Role: userId === found.Owner ? roles.owner : roles.member
      }))
    })
  })

/**
 * QueryAppGroupList: every group of the app, in creation order, `Limit` per page (1000 when absent or 0); `Next`
 * is the offset of the page's first group, 0 in an answer when there is no further page.
 */
const queryAppGroupList: Handler = (params, context) =>
  read(context, (state) => {
    const groups = [...state.groups.values()]
    const limit = Params.number(params, "Limit", 0) || 1000
    const offset = Params.number(params, "Next", 0)
    const page = groups.slice(offset, offset + limit)
    const next = offset + page.length
    return succeed(context, {
      TotalCount: groups.length,
      Next: next < groups.length ? next : 0,
      GroupIdList: page.map((group) => ({ GroupId: group.GroupId, GroupName: group.GroupName }))
    })
  })

/**
 * InviteUsersIntoGroup: the users of `UserIds` and `GroupMemberInfos` join the group; unregistered ones fail
 * (parameter error SubCode), members already in the group stay as they are.
 */
const inviteUsersIntoGroup: Handler = (params, context) =>
  withGroup(params, context, (group, state) => {
    const invited = unique([
      ...Params.strings(params, "UserIds"),
      ...Params.records(params, "GroupMemberInfos").map((info) => Params.string(info, "UserId"))
    ])
    const failures: Array<ItemFailure> = []
    const members = [...group.Members]
    let succeeded = 0
    for (const userId of invited) {
      if (!state.users.has(userId)) {
        failures.push({ key: userId, subCode: codeFor(context, "InvalidParameter") })
        continue
      }
      if (!members.includes(userId)) members.push(userId)
      succeeded++
    }
    const answer = batch(context, { succeeded, failures, listField: "ErrorUsers", keyField: "UserId" })
    const joined = members.filter((userId) => !group.Members.includes(userId))
    const events = joined.length === 0 ? [] : [Events.zim("group_join", {
      group_id: group.GroupId,
      join_type: "Invited",
      operator_account: Params.string(params, "FromUserId"),
      new_user_ids: joined
    })]
    return [
      answer,
      answer.code === 0 ? State.setGroup(state, group.GroupId, { ...group, Members: members }) : state,
      events
    ]
  })

/**
 * KickoutGroupUser: the users of `UserId` leave the group; a user not in it fails with `TargetNotInGroup`, and
 * the owner cannot be removed (parameter error SubCode: transfer the group first).
 */
const kickoutGroupUser: Handler = (params, context) =>
  withGroup(params, context, (group, state) => {
    const failures: Array<ItemFailure> = []
    const removed = new Set<string>()
    for (const userId of unique(Params.strings(params, "UserId"))) {
      if (!group.Members.includes(userId)) {
        failures.push({ key: userId, subCode: codeFor(context, "TargetNotInGroup") })
      } else if (userId === group.Owner) {
        failures.push({ key: userId, subCode: codeFor(context, "InvalidParameter") })
      } else {
        removed.add(userId)
      }
    }
    const answer = batch(context, { succeeded: removed.size, failures, listField: "ErrorList", keyField: "UserId" })
    const next = { ...group, Members: group.Members.filter((userId) => !removed.has(userId)) }
    const events = removed.size === 0 ? [] : [Events.zim("group_exit", {
      group_id: group.GroupId,
      exit_type: "Kickout",
      operator_account: Params.string(params, "FromUserId"),
      exit_user_ids: [...removed]
    })]
    return [answer, State.setGroup(state, group.GroupId, next), events]
  })

/** DismissGroup: the group and its messages are gone. */
const dismissGroup: Handler = (params, context) =>
  withGroup(params, context, (group, state) => {
    const groupMessages = new Map(state.groupMessages)
    groupMessages.delete(group.GroupId)
    const dismissed = Events.zim("group_destroy", {
      group_id: group.GroupId,
      operator_account: Params.string(params, "FromUserId"),
      owner_account: group.Owner,
      user_ids: group.Members
    })
    return [succeed(context), { ...State.setGroup(state, group.GroupId, undefined), groupMessages }, [dismissed]]
  })

/** UpdateGroupData: changes the given name, avatar and notice. */
const updateGroupData: Handler = (params, context) =>
  withGroup(params, context, (group, state) => [
    succeed(context),
    State.setGroup(state, group.GroupId, {
      ...group,
      GroupName: Params.string(params, "GroupName", group.GroupName),
      GroupAvatar: Params.string(params, "GroupAvatar", group.GroupAvatar),
      GroupNotice: Params.string(params, "GroupNotice", group.GroupNotice)
    })
  ])

/** TransferGroupOwner: `NewOwner`, a member (else `TargetNotInGroup`), owns the group. */
const transferGroupOwner: Handler = (params, context) =>
  withGroup(params, context, (group, state) => {
    const newOwner = Params.string(params, "NewOwner")
    if (!group.Members.includes(newOwner)) {
      return [fail(context, "TargetNotInGroup", `NewOwner ${JSON.stringify(newOwner)} is not a member.`), state]
    }
    return [succeed(context), State.setGroup(state, group.GroupId, { ...group, Owner: newOwner })]
  })

/** SetGroupMembersNickname: members' group nicknames; a user not in the group fails (parameter error SubCode). */
const setGroupMembersNickname: Handler = (params, context) =>
  withGroup(params, context, (group, state) => {
    const failures: Array<ItemFailure> = []
    const nicknames = new Map(group.Nicknames)
    for (const entry of Params.records(params, "UserIds")) {
      const userId = Params.string(entry, "UserId")
      if (group.Members.includes(userId)) {
        nicknames.set(userId, Params.string(entry, "Nickname"))
      } else {
        failures.push({ key: userId, subCode: codeFor(context, "InvalidParameter") })
      }
    }
    const succeeded = Params.records(params, "UserIds").length - failures.length
    const answer = batch(context, { succeeded, failures, listField: "ErrorUsers", keyField: "UserId" })
    return [answer, State.setGroup(state, group.GroupId, { ...group, Nicknames: nicknames })]
  })

/**
 * The group Actions with state, by Action name (QueryGroupsInfoOfUser is hand-written, in its own module).
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, Handler>> = {
  CreateGroup: createGroup,
  QueryGroupInfo: queryGroupInfo,
  QueryGroupMemberList: queryGroupMemberList,
  QueryAppGroupList: queryAppGroupList,
  InviteUsersIntoGroup: inviteUsersIntoGroup,
  KickoutGroupUser: kickoutGroupUser,
  DismissGroup: dismissGroup,
  UpdateGroupData: updateGroupData,
  TransferGroupOwner: transferGroupOwner,
  SetGroupMembersNickname: setGroupMembersNickname
}
