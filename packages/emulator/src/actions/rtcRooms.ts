/**
 * RTC rooms with state: users kicked out and rooms closed (a room whose last user leaves is gone, as the vendor
 * destroys it), visible in DescribeUsers, DescribeUserList and DescribeUserNum.
 *
 * @since 0.1.0
 */
import type { Handler } from "../FactAction.js"
import * as Params from "../Params.js"
import * as State from "../State.js"
import { fail, read, succeed, update } from "./support.js"

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
    return [
      succeed(context),
      State.setRoom(state, roomId, first === undefined ? undefined : { ...room, Users: [first, ...rest] })
    ]
  })

/** CloseRoom: the room and everyone in it are gone; a room that does not exist is `RoomNotFound` (5018). */
const closeRoom: Handler = (params, context) =>
  update(context, (state) => {
    const roomId = Params.string(params, "RoomId")
    if (!state.rooms.has(roomId)) return [fail(context, "RoomNotFound", `No room ${JSON.stringify(roomId)}.`), state]
    return [succeed(context), State.setRoom(state, roomId, undefined)]
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

/**
 * The RTC room Actions with state, by Action name (DescribeUsers is hand-written, in its own module).
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, Handler>> = {
  KickoutUser: kickoutUser,
  CloseRoom: closeRoom,
  DescribeUserNum: describeUserNum,
  DescribeUserList: describeUserList
}
