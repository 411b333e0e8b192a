/**
 * ZIM `QueryGroupsInfoOfUser`: the groups a user has joined, paginated.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Ref from "effect/Ref"
import * as Action from "../Action.js"
import * as ReturnCodes from "../ReturnCodes.js"

/**
 * The documented limits of the request body.
 *
 * @since 0.1.0
 */
export const limits = { maxFromUserIdCharacters: 32, minLimit: 1, maxLimit: 100 } as const

/**
 * The `NextRsp` value meaning "no more pages".
 *
 * @since 0.1.0
 */
export const lastPageMarker = "0"

interface Params {
  readonly fromUserId: string
  readonly limit: number
  /** Offset of the first group of the page. */
  readonly offset: number
}

// This Action documents 660000002 as its parameter error.
const parameterError = (message: string) =>
  Either.left(Action.failure(ReturnCodes.Zim.InputParameterOrUserAbsent, message))

// `Next` is the offset of the page's first group as a decimal string, "" (or "0") for the first page. The
// vendor's example (`NextRsp: "3"`) suggests the same kind of cursor. Groups keep seed order, so pages are
// stable and together list every group exactly once.
const decimal = /^[0-9]{1,9}$/

const validate = (request: Action.ActionRequest): Either.Either<Params, Action.Answer> => {
  const fromUserId = request.body["FromUserId"]
  if (typeof fromUserId !== "string" || fromUserId === "") {
    return parameterError("FromUserId is required and must be a non-empty string.")
  }
  if (Action.characterLength(fromUserId) > limits.maxFromUserIdCharacters) {
    return parameterError(`FromUserId must be at most ${limits.maxFromUserIdCharacters} characters.`)
  }
  const limit = request.body["Limit"]
  if (
    typeof limit !== "number" || !Number.isInteger(limit) || limit < limits.minLimit || limit > limits.maxLimit
  ) {
    return parameterError(`Limit is required and must be an integer from ${limits.minLimit} to ${limits.maxLimit}.`)
  }
  const next = request.body["Next"] ?? ""
  if (typeof next !== "string") return parameterError("Next must be a string.")
  if (next !== "" && !decimal.test(next)) return parameterError("Next is not a NextRsp value of this API.")
  return Either.right({ fromUserId, limit, offset: next === "" ? 0 : Number(next) })
}

/**
 * The Action declaration.
 *
 * @since 0.1.0
 */
export const QueryGroupsInfoOfUser: Action.Action = Action.define({
  name: "QueryGroupsInfoOfUser",
  product: "zim",
  method: "POST",
  qps: 20,
  validate,
  handle: (params, context) =>
    Effect.map(Ref.get(context.state), (state) => {
      if (!state.users.has(params.fromUserId)) {
        return Action.failure(ReturnCodes.Zim.OperatorNotRegistered)
      }
      const joined = state.groupsByUser.get(params.fromUserId) ?? []
      if (params.offset > joined.length) {
        return Action.failure(ReturnCodes.Zim.InputParameterOrUserAbsent, "Next is past the last group.")
      }
      const page = joined.slice(params.offset, params.offset + params.limit)
      const nextOffset = params.offset + page.length
      return Action.success({
        NextRsp: nextOffset < joined.length ? String(nextOffset) : lastPageMarker,
        HasJoinGroupNum: joined.length,
        GroupInfoList: page.map((group) => ({
          GroupId: group.GroupId,
          GroupName: group.GroupName,
          GroupAvatar: group.GroupAvatar
        }))
      })
    })
})
