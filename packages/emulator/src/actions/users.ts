/**
 * ZIM users with state: registration (people and robots) and profile changes, visible in QueryUserInfos.
 *
 * @since 0.1.0
 */
import type { Handler } from "../FactAction.js"
import * as Params from "../Params.js"
import * as State from "../State.js"
import type { ItemFailure } from "./support.js"
import { batch, codeFor, update } from "./support.js"

/**
 * UserRegister / RobotRegister: registers each user of `UserInfo` (logged in, so QueryUserInfos returns it);
 * an already registered ID fails with its documented `UserAlreadyExists` SubCode (660700002).
 */
const register: Handler = (params, context) =>
  update(context, (initial) => {
    let state = initial
    const failures: Array<ItemFailure> = []
    let succeeded = 0
    for (const info of Params.records(params, "UserInfo")) {
      const userId = Params.string(info, "UserId")
      if (state.users.has(userId)) {
        failures.push({ key: userId, subCode: codeFor(context, "UserAlreadyExists") })
        continue
      }
      state = State.setUser(state, {
        UserId: userId,
        UserName: Params.string(info, "UserName"),
        UserAvatar: Params.string(info, "UserAvatar"),
        Extra: "",
        Status: "loggedIn"
      })
      succeeded++
    }
    return [batch(context, { succeeded, failures, listField: "ErrorList", keyField: "UserId" }), state]
  })

/**
 * ModifyUserInfo: changes the given fields of registered users; an unregistered ID fails with its documented
 * `UserNotRegistered` SubCode (660700012).
 */
const modify: Handler = (params, context) =>
  update(context, (initial) => {
    let state = initial
    const failures: Array<ItemFailure> = []
    let succeeded = 0
    for (const info of Params.records(params, "UserInfo")) {
      const userId = Params.string(info, "UserId")
      const user = state.users.get(userId)
      if (user === undefined) {
        failures.push({ key: userId, subCode: codeFor(context, "UserNotRegistered") })
        continue
      }
      state = State.setUser(state, {
        ...user,
        UserName: Params.string(info, "UserName", user.UserName),
        UserAvatar: Params.string(info, "UserAvatar", user.UserAvatar),
        Extra: Params.string(info, "Extra", user.Extra)
      })
      succeeded++
    }
    return [batch(context, { succeeded, failures, listField: "ErrorList", keyField: "UserId" }), state]
  })

/**
 * The user Actions with state, by Action name.
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, Handler>> = {
  UserRegister: register,
  RobotRegister: register,
  ModifyUserInfo: modify
}
