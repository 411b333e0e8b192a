/**
 * ZIM `QueryUserInfos`: user names, avatars and extra fields by user ID, with per-user failures.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Ref from "effect/Ref"
import * as Action from "../Action.js"
import * as ReturnCodes from "../ReturnCodes.js"

/**
 * The documented limits of `UserIds`.
 *
 * @since 0.1.0
 */
export const limits = { maxUserIds: 100, maxUserIdBytes: 64 } as const

// Digits, ASCII letters, space and !#$%&()+-:;<=.>?@[]^_{}|~ (the documented set).
const allowedUserId = /^[0-9A-Za-z !#$%&()+\-:;<=.>?@[\]^_{}|~]+$/

// For this Action the vendor documents 660000002 as "user ID does not exist or logged out", so answering it for
// a malformed request would be read as "every user is absent". A parameter error therefore gets the ZIM public
// code 2 (input parameter error), with an empty ErrorList as documented for request-level failures.
const parameterError = (message: string) => Either.left(Action.failure(ReturnCodes.Zim.ParameterError, message))

const validate = (request: Action.ActionRequest): Either.Either<ReadonlyArray<string>, Action.Answer> => {
  const field: unknown = request.body["UserIds"]
  if (!Array.isArray(field)) return parameterError("UserIds is required and must be an array of strings.")
  const userIds: ReadonlyArray<unknown> = field
  if (userIds.length < 1 || userIds.length > limits.maxUserIds) {
    return parameterError(`UserIds must hold 1 to ${limits.maxUserIds} user IDs, got ${userIds.length}.`)
  }
  const valid: Array<string> = []
  for (const userId of userIds) {
    if (typeof userId !== "string") return parameterError("UserIds must hold only strings.")
    if (Action.byteLength(userId) > limits.maxUserIdBytes) {
      return parameterError(`User ID ${JSON.stringify(userId)} is longer than ${limits.maxUserIdBytes} bytes.`)
    }
    if (!allowedUserId.test(userId)) {
      return parameterError(`User ID ${JSON.stringify(userId)} is empty or holds a character that is not allowed.`)
    }
    valid.push(userId)
  }
  return Either.right(valid)
}

interface Failed {
  readonly UserId: string
  readonly SubCode: number
}

/**
 * The Action declaration.
 *
 * @since 0.1.0
 */
export const QueryUserInfos: Action.Action = Action.define({
  name: "QueryUserInfos",
  product: "zim",
  method: "POST",
  qps: 20,
  validate,
  handle: (userIds, context) =>
    Effect.map(Ref.get(context.state), (state) => {
      const result: Array<Readonly<Record<string, string>>> = []
      const errorList: Array<Failed> = []
      for (const userId of userIds) {
        const user = state.users.get(userId)
        if (user === undefined) {
          errorList.push({ UserId: userId, SubCode: ReturnCodes.Zim.UserNotRegistered })
        } else if (user.Status === "loggedOut") {
          errorList.push({ UserId: userId, SubCode: ReturnCodes.Zim.InputParameterOrUserAbsent })
        } else if (user.Status === "broken") {
          errorList.push({ UserId: userId, SubCode: ReturnCodes.Zim.UserInfoError })
        } else {
          result.push({ UserId: user.UserId, UserName: user.UserName, UserAvatar: user.UserAvatar, Extra: user.Extra })
        }
      }
      if (result.length > 0) return Action.success({ Result: result, ErrorList: errorList })
      // Every user failed: Code ≠ 0 with the full ErrorList. The code is the SubCode all failures share, else
      // 660000002, whose documented meaning here ("does not exist or logged out") covers mixed failures.
      const firstSubCode = errorList[0]?.SubCode ?? ReturnCodes.Zim.InputParameterOrUserAbsent
      const shared = errorList.every((failed) => failed.SubCode === firstSubCode)
      const code = shared ? firstSubCode : ReturnCodes.Zim.InputParameterOrUserAbsent
      return Action.failure(code, "Every queried user failed; see ErrorList.", { Result: [], ErrorList: errorList })
    })
})
