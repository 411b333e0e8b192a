/**
 * RTC `DescribeUsers`: whether users are in a room, their role and login time.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Ref from "effect/Ref"
import * as Action from "../Action.js"
import * as ReturnCodes from "../ReturnCodes.js"

/**
 * The limits of the query. `maxUserIds` is documented by the Action; the byte limits are the RTC SDK's limits
 * on room and user IDs, which the server API shares.
 *
 * @since 0.1.0
 */
export const limits = { maxUserIds: 10, maxRoomIdBytes: 128, maxUserIdBytes: 64 } as const

interface Params {
  readonly roomId: string
  readonly userIds: ReadonlyArray<string>
}

// Missing or empty values are input parameter errors (2); values over a limit, the number of user IDs
// included, are "input parameter length too long" (3), the code whose wording fits a list that is too long.
const parameterError = (message: string) => Either.left(Action.failure(ReturnCodes.Rtc.ParameterError, message))
const tooLong = (message: string) => Either.left(Action.failure(ReturnCodes.Rtc.ParameterTooLong, message))

const validate = (request: Action.ActionRequest): Either.Either<Params, Action.Answer> => {
  const roomId = request.query.scalars.get("RoomId") ?? ""
  if (roomId === "") return parameterError("RoomId is required.")
  if (Action.byteLength(roomId) > limits.maxRoomIdBytes) {
    return tooLong(`RoomId must be at most ${limits.maxRoomIdBytes} bytes.`)
  }
  // Arrays travel as repeated bracket keys; a bare `UserId=a` is not the documented encoding.
  const userIds = request.query.lists.get("UserId") ?? []
  if (userIds.length === 0) {
    return parameterError("UserId[] is required: send UserId[]=a&UserId[]=b.")
  }
  if (userIds.length > limits.maxUserIds) {
    return tooLong(`UserId[] must hold at most ${limits.maxUserIds} user IDs, got ${userIds.length}.`)
  }
  if (userIds.some((userId) => userId === "")) return parameterError("UserId[] must not hold an empty user ID.")
  if (userIds.some((userId) => Action.byteLength(userId) > limits.maxUserIdBytes)) {
    return tooLong(`Each UserId[] must be at most ${limits.maxUserIdBytes} bytes.`)
  }
  return Either.right({ roomId, userIds })
}

/**
 * The Action declaration.
 *
 * @since 0.1.0
 */
export const DescribeUsers: Action.Action = Action.define({
  name: "DescribeUsers",
  product: "rtc",
  method: "GET",
  qps: 10,
  validate,
  handle: (params, context) =>
    Effect.map(Ref.get(context.state), (state) => {
      const room = state.rooms.get(params.roomId)
      if (room === undefined) return Action.failure(ReturnCodes.Rtc.RoomNotFound)
      const present = new Map(room.Users.map((user) => [user.UserId, user]))
      return Action.success({
        Data: {
          UserStatusList: params.userIds.map((userId) => {
            const user = present.get(userId)
            // A user not in the room has Status 0; there is no login time or role to report, so both are 0.
            return user === undefined
              ? { UserId: userId, Status: 0, LoginTime: 0, UserRole: 0 }
              : { UserId: userId, Status: 1, LoginTime: user.LoginTime, UserRole: user.UserRole }
          })
        }
      })
    })
})
