/**
 * ZIM call invitations: the emulator keeps no call state; CallInvite answers a new CallId, and the invitation
 * Actions send their callbacks (call_create, call_accept, call_reject).
 *
 * @since 0.1.0
 */
import type { Handler } from "../FactAction.js"
import * as Params from "../Params.js"
import * as Events from "./events.js"
import { emitting, succeed } from "./support.js"

/** CallInvite: a call with a new CallId; call_create. */
const callInvite: Handler = (params, context) => {
  const callId = `call-${context.callbacks?.nextId() ?? 1}`
  const createTime = Math.floor(context.serverTimeMs / 1000)
  return emitting(context, succeed(context, { CallId: callId, CreateTime: createTime, ErrorUsers: [] }), [
    Events.zim("call_create", {
      call_id: callId,
      user_ids: Params.strings(params, "UserIds"),
      create_time: createTime,
      payload: Params.string(params, "ExtendedData"),
      caller: Params.string(params, "FromUserId"),
      timeout: Params.number(params, "Timeout", 90)
    })
  ])
}

/** CallAccept and CallReject: `FromUserId` answers the call `CallId`. */
const answer = (event: "call_accept" | "call_reject"): Handler => (params, context) =>
  emitting(context, succeed(context), [
    Events.zim(event, {
      call_id: Params.string(params, "CallId"),
      user_id: Params.string(params, "FromUserId"),
      extend_data: Params.string(params, "ExtendedData")
    })
  ])

/**
 * The call invitation Actions, by Action name.
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, Handler>> = {
  CallInvite: callInvite,
  CallAccept: answer("call_accept"),
  CallReject: answer("call_reject")
}
