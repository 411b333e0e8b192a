/**
 * RTC rooms with state: users kicked out and rooms closed (a room whose last user leaves is gone, as the vendor
 * destroys it), visible in DescribeUsers, DescribeUserList and DescribeUserNum.
 *
 * @since 0.1.0
 */
import type { Handler, HandlerContext } from "../FactAction.js"
import * as Params from "../Params.js"
import type { SeedRoom, SeedRoomUser } from "../Seed.js"
import * as State from "../State.js"
import * as Events from "./events.js"
import type { Emission } from "./support.js"
import { emitting, fail, read, succeed, update } from "./support.js"

/** room_logout for users who left `room` because a server API removed them (`reason` 3). */
const loggedOut = (room: SeedRoom, users: ReadonlyArray<SeedRoomUser>, context: HandlerContext) =>
  users.map((user) =>
    Events.rtc("room_logout", {
      room_id: room.RoomId,
      room_seq: Events.roomSessionId(room.RoomId),
      user_account: user.UserId,
      user_nickname: user.UserId,
      session_id: `${user.LoginTime}`,
      login_time: String(user.LoginTime),
      logout_time: String(context.serverTimeMs),
      reason: "3",
      user_role: String(user.UserRole),
      user_update_seq: "1"
    })
  )

/** room_close for a room that is gone (`close_reason` 3: its last user was kicked out; 0: closed). */
const closed = (roomId: string, closeReason: number, context: HandlerContext): Emission =>
  Events.rtc("room_close", {
    room_id: roomId,
    room_session_id: Events.roomSessionDigits(roomId),
    close_reason: closeReason,
    room_close_time: String(context.serverTimeMs)
  })

/** The RTC role of a room administrator. */
const administratorRole = 4

/**
 * KickoutUser: the users of `UserId` leave the room. The Action documents no "room not found" code: kicking
 * from a room that does not exist, or users who are not in it, changes nothing and succeeds.
 */
const kickoutUser: Handler = (params, context) =>
  update(context, (state) => {
    const roomId = Params.string(params, "RoomId")
    const room = state.rooms.get(roomId)
    if (room === undefined) return [succeed(context), state]
    const kicked = new Set(Params.strings(params, "UserId"))
    const users = room.Users.filter((user) => !kicked.has(user.UserId))
    const [first, ...rest] = users
    const events = loggedOut(room, room.Users.filter((user) => kicked.has(user.UserId)), context)
    return [
      succeed(context),
      State.setRoom(state, roomId, first === undefined ? undefined : { ...room, Users: [first, ...rest] }),
      first === undefined ? [...events, closed(roomId, 3, context)] : events
    ]
  })

/** CloseRoom: the room and everyone in it are gone; a room that does not exist is `RoomNotFound` (5018). */
const closeRoom: Handler = (params, context) =>
  update(context, (state) => {
    const roomId = Params.string(params, "RoomId")
    const room = state.rooms.get(roomId)
    if (room === undefined) return [fail(context, "RoomNotFound", `No room ${JSON.stringify(roomId)}.`), state]
    const events = [...loggedOut(room, room.Users, context), closed(roomId, 0, context)]
    return [succeed(context), State.setRoom(state, roomId, undefined), events]
  })

/** DescribeUserNum: how many users (and administrators) are in each room; 0 for a room that does not exist. */
const describeUserNum: Handler = (params, context) =>
  read(context, (state) =>
    succeed(context, {
      Data: {
        UserCountList: Params.strings(params, "RoomId").map((roomId) => {
          const users = state.rooms.get(roomId)?.Users ?? []
          return {
            RoomId: roomId,
            UserCount: users.length,
            AdminUserCount: users.filter((user) => user.UserRole === administratorRole).length
          }
        })
      }
    }))

/**
 * DescribeUserList: the users of a room by login time, oldest first (`Mode` 0) or newest first (`Mode` 1),
 * `Limit` per page (200 when absent or 0); `Marker` is the offset of the next page, "" when there is none. A room
 * that does not exist has no users (the Action documents no "room not found" code).
 */
const describeUserList: Handler = (params, context) =>
  read(context, (state) => {
    const users = [...(state.rooms.get(Params.string(params, "RoomId"))?.Users ?? [])]
      .sort((a, b) => a.LoginTime - b.LoginTime)
    if (Params.number(params, "Mode", 0) === 1) users.reverse()
    const limit = Params.number(params, "Limit", 0) || 200
    const marker = Params.string(params, "Marker")
    const offset = /^[0-9]+$/.test(marker) ? Number(marker) : 0
    const slice = users.slice(offset, offset + limit)
    const next = offset + slice.length
    return succeed(context, {
      Data: {
        Marker: next < users.length ? String(next) : "",
        UserList: slice.map((user) => ({ UserId: user.UserId, UserName: user.UserId, UserRole: user.UserRole }))
      }
    })
  })

/** The fields stream_create and stream_close share. */
const streamFields = (params: Params.Params, context: HandlerContext) => {
  const roomId = Params.string(params, "RoomId")
  const userId = Params.string(params, "UserId")
  const streamId = Params.string(params, "StreamId")
  return {
    room_id: roomId,
    room_session_id: Events.roomSessionId(roomId),
    user_id: userId,
    user_name: Params.string(params, "UserName", userId),
    channel_id: roomId,
    stream_id: streamId,
    stream_sid: `s-${streamId}`,
    stream_alias: streamId,
    stream_seq: String(context.callbacks?.nextId() ?? 0),
    create_time_ms: String(context.serverTimeMs)
  }
}

/**
 * AddStream: a stream published into the room by the server (the emulator keeps no stream list: the Action
 * answers as documented and sends stream_create).
 */
const addStream: Handler = (params, context) =>
  emitting(context, succeed(context), [
    Events.rtc("stream_create", {
      ...streamFields(params, context),
      title: Params.string(params, "StreamTitle"),
      stream_attr: "",
      create_time: String(Math.floor(context.serverTimeMs / 1000)),
      extra_info: Params.string(params, "ExtraInfo"),
      recreate: "0",
      publish_id: Params.string(params, "UserId"),
      publish_name: Params.string(params, "UserName", Params.string(params, "UserId")),
      rtmp_url: [],
      hls_url: [],
      hdl_url: [],
      pic_url: []
    })
  ])

/** DeleteStream: the stream is gone; stream_close with `type` 100 (closed by the DeleteStream server API). */
const deleteStream: Handler = (params, context) =>
  emitting(context, succeed(context), [
    Events.rtc("stream_close", {
      ...streamFields(params, context),
      type: "100",
      third_define_data: "",
      destroy_timemillis: String(context.serverTimeMs)
    })
  ])

/**
 * The RTC room Actions with state, by Action name (DescribeUsers is hand-written, in its own module).
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, Handler>> = {
  KickoutUser: kickoutUser,
  CloseRoom: closeRoom,
  DescribeUserNum: describeUserNum,
  DescribeUserList: describeUserList,
  AddStream: addStream,
  DeleteStream: deleteStream
}
