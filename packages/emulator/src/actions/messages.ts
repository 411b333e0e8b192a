/**
 * ZIM messages with state: one-to-one, group and room messages are stored with their MsgId and MsgSeq, listed by
 * QueryPeerMsg and QueryGroupMsg, and recalled by the Revoke… Actions (a room message has no query Action: its
 * recall shows that it was stored).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Ref from "effect/Ref"
import type * as Action from "../Action.js"
import type { Handler, HandlerContext } from "../FactAction.js"
import * as Params from "../Params.js"
import type { EmulatorState, MessageStore, StoredMessage } from "../State.js"
import * as State from "../State.js"
import * as Events from "./events.js"
import { fail, read, succeed, update } from "./support.js"

/**
 * How long after it was sent a one-to-one or group message can be recalled (the vendor's default: 2 minutes).
 *
 * @since 0.1.0
 */
export const recallWindowMs = 2 * 60 * 1000

/**
 * The stored form of a message: `MessageBody.Message` when it is a string (a text message), else the whole body
 * as JSON; `MessageBody.ExtendedData` is its payload.
 */
const contentOf = (
  params: Params.Params,
  context: HandlerContext
): Omit<StoredMessage, "MsgId" | "MsgSeq" | "Recalled"> => {
  const body = Params.record(params, "MessageBody") ?? {}
  const text = body["Message"]
  const extended = body["ExtendedData"]
  return {
    Sender: Params.string(params, "FromUserId"),
    MsgType: Params.number(params, "MessageType", 1),
    SubMsgType: Params.number(params, "SubMsgType", 0),
    MsgBody: typeof text === "string" ? text : JSON.stringify(body),
    Payload: typeof extended === "string" ? extended : "",
    MsgTime: context.serverTimeMs
  }
}

/**
 * The operator (`FromUserId`, when the Action has one) must be registered, when the Action documents
 * `OperatorNotRegistered`.
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

/**
 * A page of messages, newest first: `Limit` per page (10 when absent), `Next` the number already listed (0 for the
 * first page; 0 in an answer when there is no further page). Recalled messages are listed only with
 * `WithEmptyMsg` 1, as empty messages (`IsEmpty` 2).
 */
const page = (params: Params.Params, messages: ReadonlyArray<StoredMessage>) => {
  const withEmpty = Params.number(params, "WithEmptyMsg", 0) === 1
  const listed = [...messages].reverse().filter((message) => withEmpty || !message.Recalled)
  const limit = Params.number(params, "Limit", 10)
  const offset = Params.number(params, "Next", 0)
  const slice = listed.slice(offset, offset + limit)
  const next = offset + slice.length
  return {
    Next: next < listed.length ? next : 0,
    List: slice.map((message) => ({
      Sender: message.Sender,
      MsgType: message.MsgType,
      SubMsgType: message.SubMsgType,
      MsgBody: message.Recalled ? "" : message.MsgBody,
      MsgId: message.MsgId,
      MsgSeq: message.MsgSeq,
      Payload: message.Recalled ? "" : message.Payload,
      MsgTime: message.MsgTime,
      IsEmpty: message.Recalled ? 2 : 0
    }))
  }
}

/**
 * Recalls the message `MsgSeq` of a conversation, group or room: `MessageNotFound`, `MessageAlreadyRecalled`,
 * and, where the Action documents them, `RecallSenderMismatch` (only its sender may recall it) and
 * `RecallWindowExpired` (older than {@link recallWindowMs}).
 */
const recall = (
  params: Params.Params,
  context: HandlerContext,
  state: EmulatorState,
  store: MessageStore,
  key: string
): readonly [Action.Answer, EmulatorState] => {
  const msgSeq = Params.number(params, "MsgSeq", 0)
  const message = (state[store].get(key) ?? []).find((candidate) => candidate.MsgSeq === msgSeq)
  if (message === undefined) return [fail(context, "MessageNotFound", `No message with MsgSeq ${msgSeq}.`), state]
  if (message.Recalled) return [fail(context, "MessageAlreadyRecalled", `MsgSeq ${msgSeq}.`), state]
  const documents = (tag: string) => context.fact.codes.some((code) => code.tag === tag)
  if (documents("RecallSenderMismatch") && message.Sender !== Params.string(params, "FromUserId")) {
    return [fail(context, "RecallSenderMismatch", `MsgSeq ${msgSeq} was sent by someone else.`), state]
  }
  if (documents("RecallWindowExpired") && context.serverTimeMs - message.MsgTime > recallWindowMs) {
    return [fail(context, "RecallWindowExpired", `MsgSeq ${msgSeq} is older than 2 minutes.`), state]
  }
  return [succeed(context), State.replaceMessage(state, store, key, { ...message, Recalled: true })]
}

/**
 * The code a sender gets when the `before_send_msg` callback answers "do not send" (the documented SDK error;
 * the server API documents none).
 *
 * @since 0.1.0
 */
export const rejectedByCallbackCode = 111101

/** The conversation types of `send_msg` and `before_send_msg`. */
const convTypes = { peer: 0, room: 1, group: 2 } as const

/** The send_msg callback of a stored message. */
const sent = (
  params: Params.Params,
  context: HandlerContext,
  conv: { readonly type: number; readonly id: string },
  stored: StoredMessage,
  userList?: ReadonlyArray<{ readonly UserId: string; readonly MsgId: string; readonly MsgSeq: number }>
) =>
  Events.zim("send_msg", {
    from_user_id: Params.string(params, "FromUserId"),
    conv_type: conv.type,
    conv_id: conv.id,
    msg_type: stored.MsgType,
    sub_msg_type: stored.SubMsgType,
    msg_body: stored.MsgBody,
    msg_id: String(stored.MsgId),
    msg_seq: stored.MsgSeq,
    payload: stored.Payload,
    msg_time: context.serverTimeMs,
    send_result: 0,
    ...(userList === undefined ? {} : { user_list: userList })
  })

/**
 * Runs `send` as the `before_send_msg` callback decides, when the emulator asks it: 3 refuses the message
 * ({@link rejectedByCallbackCode}, the callback's reason as the message), 2 answers success and stores nothing
 * (a silent send: nobody receives it), 0 and 1 send. A request the Action refuses anyway is not asked about.
 */
const gated = (
  params: Params.Params,
  context: HandlerContext,
  conv: { readonly type: number; readonly id: string },
  refusal: (state: EmulatorState) => Action.Answer | undefined,
  send: Effect.Effect<Action.Answer>
): Effect.Effect<Action.Answer> =>
  Effect.gen(function*() {
    const state = yield* Ref.get(context.state)
    const refused = refusal(state)
    if (refused !== undefined) return refused
    if (context.callbacks === undefined) return yield* send
    const content = contentOf(params, context)
    const decision = yield* context.callbacks.decide({
      request_id: String(context.callbacks.nextId()),
      from_user_id: content.Sender,
      conv_id: conv.id,
      conv_type: conv.type,
      msg_id: String(state.nextMsgId),
      payload: content.Payload,
      msg_type: content.MsgType,
      sub_msg_type: content.SubMsgType,
      msg_body: content.MsgBody
    })
    if (decision?.result === 3) {
      return { code: rejectedByCallbackCode, message: `Rejected by the before_send_msg callback: ${decision.reason}` }
    }
    if (decision?.result === 2) return succeed(context)
    return yield* send
  })

/** SendPeerMessage: one message in the conversation with each of `ToUserId`. */
const sendPeerMessage: Handler = (params, context) => {
  const recipients = [...new Set(Params.strings(params, "ToUserId"))]
  const conv = { type: convTypes.peer, id: recipients.length === 1 ? recipients[0] ?? "" : "" }
  return gated(params, context, conv, () => undefined, storePeerMessage(params, context, conv))
}

const storePeerMessage = (
  params: Params.Params,
  context: HandlerContext,
  conv: { readonly type: number; readonly id: string }
) =>
  update(context, (initial) => {
    let state = initial
    const from = Params.string(params, "FromUserId")
    const succeeded: Array<{ readonly UserId: string; readonly MsgId: string; readonly MsgSeq: number }> = []
    let last: StoredMessage | undefined
    for (const to of new Set(Params.strings(params, "ToUserId"))) {
      const [stored, next] = State.appendMessage(
        state,
        "peerMessages",
        State.conversationKey(from, to),
        contentOf(params, context)
      )
      state = next
      succeeded.push({ UserId: to, MsgId: String(stored.MsgId), MsgSeq: stored.MsgSeq })
      last = stored
    }
    const events = last === undefined ? [] : [sent(params, context, conv, last, succeeded)]
    return [succeed(context, { SuccList: succeeded, ErrorList: [], AuditInfos: [] }), state, events]
  })

/** QueryPeerMsg: the conversation between `FromUserId` and `ToUserId`, newest first. */
const queryPeerMsg: Handler = (params, context) =>
  read(context, (state) => {
    const refused = checkOperator(context, state, params)
    if (refused !== undefined) return refused
    const key = State.conversationKey(Params.string(params, "FromUserId"), Params.string(params, "ToUserId"))
    return succeed(context, page(params, state.peerMessages.get(key) ?? []))
  })

/** RevokePeerMessage: recalls a message of the conversation between `FromUserId` and `ToUserId`. */
const revokePeerMessage: Handler = (params, context) =>
  update(context, (state) => {
    const key = State.conversationKey(Params.string(params, "FromUserId"), Params.string(params, "ToUserId"))
    return recall(params, context, state, "peerMessages", key)
  })

/** Checks the operator and that the group `GroupId` exists. */
const checkGroup = (context: HandlerContext, state: EmulatorState, params: Params.Params) => {
  const refused = checkOperator(context, state, params)
  if (refused !== undefined) return refused
  const groupId = Params.string(params, "GroupId")
  return state.groups.has(groupId) ? undefined : fail(context, "GroupNotFound", `No group ${JSON.stringify(groupId)}.`)
}

/** SendGroupMessage: a message in the group. */
const sendGroupMessage: Handler = (params, context) => {
  const conv = { type: convTypes.group, id: Params.string(params, "GroupId") }
  const refusal = (state: EmulatorState) => checkGroup(context, state, params)
  return gated(
    params,
    context,
    conv,
    refusal,
    update(context, (state) => {
      const refused = refusal(state)
      if (refused !== undefined) return [refused, state]
      const [stored, next] = State.appendMessage(state, "groupMessages", conv.id, contentOf(params, context))
      const answer = succeed(context, { MsgId: stored.MsgId, MsgSeq: stored.MsgSeq, AuditInfos: [] })
      return [answer, next, [sent(params, context, conv, stored)]]
    })
  )
}

/** QueryGroupMsg: the group's messages, newest first. */
const queryGroupMsg: Handler = (params, context) =>
  read(context, (state) => {
    const refused = checkGroup(context, state, params)
    if (refused !== undefined) return refused
    return succeed(context, page(params, state.groupMessages.get(Params.string(params, "GroupId")) ?? []))
  })

/** RevokeGroupMessage: recalls a message of the group. */
const revokeGroupMessage: Handler = (params, context) =>
  update(context, (state) => {
    const refused = checkGroup(context, state, params)
    if (refused !== undefined) return [refused, state]
    return recall(params, context, state, "groupMessages", Params.string(params, "GroupId"))
  })

/** Checks the operator and that the ZIM room `RoomId` exists. */
const checkRoom = (context: HandlerContext, state: EmulatorState, params: Params.Params) => {
  const refused = checkOperator(context, state, params)
  if (refused !== undefined) return refused
  const roomId = Params.string(params, "RoomId")
  return state.zimRooms.has(roomId) ? undefined : fail(context, "RoomNotFound", `No room ${JSON.stringify(roomId)}.`)
}

/** SendRoomMessage: a message in the ZIM room; its MsgSeq is the room's count of messages. */
const sendRoomMessage: Handler = (params, context) => {
  const conv = { type: convTypes.room, id: Params.string(params, "RoomId") }
  const refusal = (state: EmulatorState) => checkRoom(context, state, params)
  return gated(
    params,
    context,
    conv,
    refusal,
    update(context, (state) => {
      const refused = refusal(state)
      if (refused !== undefined) return [refused, state]
      const [stored, next] = State.appendMessage(state, "roomMessages", conv.id, contentOf(params, context))
      return [succeed(context, { AuditInfos: [] }), next, [sent(params, context, conv, stored)]]
    })
  )
}

/** RevokeRoomMessage: recalls a message of the ZIM room. */
const revokeRoomMessage: Handler = (params, context) =>
  update(context, (state) => {
    const refused = checkRoom(context, state, params)
    if (refused !== undefined) return [refused, state]
    return recall(params, context, state, "roomMessages", Params.string(params, "RoomId"))
  })

/**
 * The message Actions with state, by Action name.
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, Handler>> = {
  SendPeerMessage: sendPeerMessage,
  QueryPeerMsg: queryPeerMsg,
  RevokePeerMessage: revokePeerMessage,
  SendGroupMessage: sendGroupMessage,
  QueryGroupMsg: queryGroupMsg,
  RevokeGroupMessage: revokeGroupMessage,
  SendRoomMessage: sendRoomMessage,
  RevokeRoomMessage: revokeRoomMessage
}
