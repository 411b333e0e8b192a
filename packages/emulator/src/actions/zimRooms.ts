/**
 * ZIM rooms with state: creation and destruction, members (seeded; users join rooms from the SDK, and the server
 * API can only remove them) and room attributes; visible in QueryRoomUserList, QueryRoomMembers and
 * QueryRoomAttribute.
 *
 * @since 0.1.0
 */
import type * as Action from "../Action.js"
import type { Handler, HandlerContext } from "../FactAction.js"
import * as Params from "../Params.js"
import type { EmulatorState, RoomAttribute, ZimRoomState } from "../State.js"
import * as State from "../State.js"
import * as Events from "./events.js"
import type { ItemFailure } from "./support.js"
import { batch, codeFor, fail, read, succeed, update } from "./support.js"

/** The ZIM room named by `RoomId`, or the answer (`RoomNotFound`, else a parameter error) when there is none. */
const findRoom = (
  context: HandlerContext,
  state: EmulatorState,
  params: Params.Params
): ZimRoomState | Action.Answer => {
  const roomId = Params.string(params, "RoomId")
  return state.zimRooms.get(roomId) ?? fail(context, "RoomNotFound", `No room ${JSON.stringify(roomId)}.`)
}

const isRoom = (found: ZimRoomState | Action.Answer): found is ZimRoomState => "RoomId" in found

/**
 * CreateRoom: an empty room (the operator does not join it, as documented) with its initial attributes; a room
 * that exists is `RoomAlreadyExists`, an unregistered operator a parameter error.
 */
const createRoom: Handler = (params, context) =>
  update(context, (state) => {
    const roomId = Params.string(params, "RoomId")
    const operator = Params.string(params, "FromUserId")
    if (!state.users.has(operator)) {
      return [fail(context, "InvalidParameter", `FromUserId ${JSON.stringify(operator)} is not registered.`), state]
    }
    if (state.zimRooms.has(roomId)) {
      return [fail(context, "RoomAlreadyExists", `RoomId ${JSON.stringify(roomId)} is taken.`), state]
    }
    const attributes = new Map<string, RoomAttribute>()
    let seq = 0
    for (const attribute of Params.records(params, "Attributes")) {
      seq++
      attributes.set(Params.string(attribute, "Key"), {
        Value: Params.string(attribute, "Value"),
        Seq: seq,
        AutoDelete: Params.number(attribute, "AutoDelete", 0)
      })
    }
    const room: ZimRoomState = {
      RoomId: roomId,
      RoomName: Params.string(params, "RoomName", roomId),
      Members: [],
      Attributes: attributes,
      AttributeSeq: seq
    }
    const created = Events.zim("room_create", {
      room_id: roomId,
      operator_account: operator,
      room_name: room.RoomName,
      attributes: [...attributes].map(([key, attribute]) => ({
        key,
        value: attribute.Value,
        auto_delete: attribute.AutoDelete
      }))
    })
    return [succeed(context, { AttributeSeq: seq }), State.setZimRoom(state, roomId, room), [created]]
  })

/** DestroyRoom: the room, its members and its messages are gone. */
const destroyRoom: Handler = (params, context) =>
  update(context, (state) => {
    const found = findRoom(context, state, params)
    if (!isRoom(found)) return [found, state]
    const destroyed = Events.zim("room_destroy", {
      room_id: found.RoomId,
      user_ids: found.Members,
      operator_account: Params.string(params, "FromUserId")
    })
    return [succeed(context), State.setZimRoom(state, found.RoomId, undefined), [destroyed]]
  })

/**
 * QueryRoomUserList: the members, in join order (`Mode` 0) or the reverse (`Mode` 1), `Limit` per page (100
 * when absent or 0); `NextFlag` is the offset of the next page, "" when there is none.
 */
const queryRoomUserList: Handler = (params, context) =>
  read(context, (state) => {
    const found = findRoom(context, state, params)
    if (!isRoom(found)) return found
    const ordered = Params.number(params, "Mode", 0) === 1 ? [...found.Members].reverse() : found.Members
    const limit = Params.number(params, "Limit", 0) || 100
    const flag = Params.string(params, "NextFlag")
    const offset = /^[0-9]+$/.test(flag) ? Number(flag) : 0
    const page = ordered.slice(offset, offset + limit)
    const next = offset + page.length
    return succeed(context, {
      Count: found.Members.length,
      NextFlag: next < ordered.length ? String(next) : "",
      UserList: page.map((userId) => ({ UserId: userId, UserName: state.users.get(userId)?.UserName ?? "" }))
    })
  })

/**
 * QueryRoomMembers: which of `UserId` are in the room, with their profile; the others fail with
 * `UserNotInRoom` (or `UserNotRegistered`). A room that does not exist has no members.
 */
const queryRoomMembers: Handler = (params, context) =>
  read(context, (state) => {
    const members = new Set(state.zimRooms.get(Params.string(params, "RoomId"))?.Members ?? [])
    const userList: Array<Readonly<Record<string, unknown>>> = []
    const failures: Array<ItemFailure> = []
    for (const userId of Params.strings(params, "UserId")) {
      const user = state.users.get(userId)
      if (user === undefined) {
        failures.push({ key: userId, subCode: codeFor(context, "UserNotRegistered") })
      } else if (!members.has(userId)) {
        failures.push({ key: userId, subCode: codeFor(context, "UserNotInRoom") })
      } else {
        userList.push({ user_id: userId, user_name: user.UserName, avatar: user.UserAvatar, extra: user.Extra })
      }
    }
    return batch(context, {
      succeeded: userList.length,
      failures,
      listField: "ErrorList",
      keyField: "UserId",
      fields: { UserList: userList }
    })
  })

/**
 * KickoutRoomUser: the users of `UserId` leave the room. The answer has no per-user list, so the request fails
 * with `UserNotInRoom` only when none of them is in the room.
 */
const kickoutRoomUser: Handler = (params, context) =>
  update(context, (state) => {
    const found = findRoom(context, state, params)
    if (!isRoom(found)) return [found, state]
    const kicked = new Set(Params.strings(params, "UserId").filter((userId) => found.Members.includes(userId)))
    if (kicked.size === 0) return [fail(context, "UserNotInRoom", "None of the users is in the room."), state]
    const room = { ...found, Members: found.Members.filter((userId) => !kicked.has(userId)) }
    const exited = Events.zim("room_exit", {
      room_id: found.RoomId,
      exit_type: "Kickout",
      operator_account: Params.string(params, "FromUserId"),
      exit_user_ids: [...kicked]
    })
    return [succeed(context), State.setZimRoom(state, found.RoomId, room), [exited]]
  })

/**
 * ModifyRoomAttribute: sets (`Action` 0) or deletes (`Action` 1) attributes; each change takes the next
 * AttributeSeq. Deleting a key that is not set fails for that key (parameter error SubCode). A room that does not
 * exist is a parameter error (the only code the Action documents).
 */
const modifyRoomAttribute: Handler = (params, context) =>
  update(context, (state) => {
    const found = findRoom(context, state, params)
    if (!isRoom(found)) return [found, state]
    const attributes = new Map(found.Attributes)
    let seq = found.AttributeSeq
    const succeededKeys: Array<{ readonly Key: string; readonly Seq: number }> = []
    const failures: Array<ItemFailure> = []
    for (const change of Params.records(params, "Attributes")) {
      const key = Params.string(change, "Key")
      if (Params.number(change, "Action", 0) === 1) {
        if (!attributes.has(key)) {
          failures.push({ key, subCode: codeFor(context, "InvalidParameter") })
          continue
        }
        attributes.delete(key)
      } else {
        attributes.set(key, {
          Value: Params.string(change, "Value"),
          Seq: seq + 1,
          AutoDelete: Params.number(change, "AutoDelete", 0)
        })
      }
      seq++
      succeededKeys.push({ Key: key, Seq: seq })
    }
    const answer = batch(context, {
      succeeded: succeededKeys.length,
      failures,
      listField: "ErrKeyList",
      keyField: "Key",
      fields: { AttributeSeq: seq, SuccKeyList: succeededKeys }
    })
    return [answer, State.setZimRoom(state, found.RoomId, { ...found, Attributes: attributes, AttributeSeq: seq })]
  })

/** QueryRoomAttribute: the room's attributes and AttributeSeq. */
const queryRoomAttribute: Handler = (params, context) =>
  read(context, (state) => {
    const found = findRoom(context, state, params)
    if (!isRoom(found)) return found
    return succeed(context, {
      AttributeSeq: found.AttributeSeq,
      Attributes: [...found.Attributes].map(([key, attribute]) => ({ Key: key, ...attribute }))
    })
  })

/**
 * The ZIM room Actions with state, by Action name.
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, Handler>> = {
  CreateRoom: createRoom,
  DestroyRoom: destroyRoom,
  QueryRoomUserList: queryRoomUserList,
  QueryRoomMembers: queryRoomMembers,
  KickoutRoomUser: kickoutRoomUser,
  ModifyRoomAttribute: modifyRoomAttribute,
  QueryRoomAttribute: queryRoomAttribute
}
