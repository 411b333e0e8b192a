/**
 * The emulator's in-memory state, indexed for the Actions: ZIM users, groups, rooms and messages, and RTC rooms.
 *
 * @since 0.1.0
 */
import type { SeedData, SeedRoom, SeedUser } from "./Seed.js"

/**
 * The creation time (Unix ms) of the seed's groups and ZIM rooms.
 *
 * @since 0.1.0
 */
export const seedCreateTimeMs = 1_675_674_000_000

/**
 * A ZIM group.
 *
 * @since 0.1.0
 */
export interface GroupState {
  readonly GroupId: string
  readonly GroupName: string
  readonly GroupAvatar: string
  readonly GroupNotice: string
  /** The owner's UserId (a seeded group's first member). */
  readonly Owner: string
  /** Member UserIds, in the order they joined (the owner included). */
  readonly Members: ReadonlyArray<string>
  /** Group nicknames set by SetGroupMembersNickname, by UserId. */
  readonly Nicknames: ReadonlyMap<string, string>
  readonly Attributes: ReadonlyArray<{ readonly Key: string; readonly Value: string }>
  /** Unix ms. */
  readonly CreateTime: number
}

/**
 * An attribute of a ZIM room.
 *
 * @since 0.1.0
 */
export interface RoomAttribute {
  readonly Value: string
  /** The room's AttributeSeq when the attribute was last set. */
  readonly Seq: number
  readonly AutoDelete: number
}

/**
 * A ZIM room.
 *
 * @since 0.1.0
 */
export interface ZimRoomState {
  readonly RoomId: string
  readonly RoomName: string
  /** Member UserIds, in the order they joined. */
  readonly Members: ReadonlyArray<string>
  readonly Attributes: ReadonlyMap<string, RoomAttribute>
  /** Grows by one with every attribute change. */
  readonly AttributeSeq: number
}

/**
 * A stored ZIM message (one-to-one, group or room).
 *
 * @since 0.1.0
 */
export interface StoredMessage {
  /** Unique among every message of the emulator. */
  readonly MsgId: number
  /** 1, 2, 3 … within its conversation, group or room. */
  readonly MsgSeq: number
  readonly Sender: string
  readonly MsgType: number
  readonly SubMsgType: number
  readonly MsgBody: string
  readonly Payload: string
  /** Unix ms, server clock. */
  readonly MsgTime: number
  readonly Recalled: boolean
}

/**
 * The state the Actions read: built from a seed, immutable (an Action that changes state builds a new one and
 * swaps it in atomically).
 *
 * @since 0.1.0
 */
export interface EmulatorState {
  /** The seed this state was built from. */
  readonly seed: SeedData
  /** Registered ZIM users by UserId. */
  readonly users: ReadonlyMap<string, SeedUser>
  /** ZIM groups by GroupId, in creation order (seed order first). */
  readonly groups: ReadonlyMap<string, GroupState>
  /** The groups each user has joined, in group creation order, by UserId (derived from `groups`). */
  readonly groupsByUser: ReadonlyMap<string, ReadonlyArray<GroupState>>
  /** Existing RTC rooms by RoomId. */
  readonly rooms: ReadonlyMap<string, SeedRoom>
  /** Existing ZIM rooms by RoomId. */
  readonly zimRooms: ReadonlyMap<string, ZimRoomState>
  /** One-to-one messages by conversation ({@link conversationKey}), oldest first. */
  readonly peerMessages: ReadonlyMap<string, ReadonlyArray<StoredMessage>>
  /** Group messages by GroupId, oldest first. */
  readonly groupMessages: ReadonlyMap<string, ReadonlyArray<StoredMessage>>
  /** Room messages by ZIM RoomId, oldest first. */
  readonly roomMessages: ReadonlyMap<string, ReadonlyArray<StoredMessage>>
  /** The MsgId of the next message. */
  readonly nextMsgId: number
}

const indexGroupsByUser = (
  groups: ReadonlyMap<string, GroupState>
): ReadonlyMap<string, ReadonlyArray<GroupState>> => {
  const groupsByUser = new Map<string, Array<GroupState>>()
  for (const group of groups.values()) {
    for (const member of group.Members) {
      const joined = groupsByUser.get(member)
      if (joined === undefined) {
        groupsByUser.set(member, [group])
      } else {
        joined.push(group)
      }
    }
  }
  return groupsByUser
}

/**
 * Builds the indexed state of a (validated) seed.
 *
 * @since 0.1.0
 */
export const fromSeed = (seed: SeedData): EmulatorState => {
  const groups = new Map(seed.groups.map((group): [string, GroupState] => [group.GroupId, {
    GroupId: group.GroupId,
    GroupName: group.GroupName,
    GroupAvatar: group.GroupAvatar,
    GroupNotice: "",
    Owner: group.Members[0] ?? "",
    Members: group.Members,
    Nicknames: new Map(),
    Attributes: [],
    CreateTime: seedCreateTimeMs
  }]))
  return {
    seed,
    users: new Map(seed.users.map((user) => [user.UserId, user])),
    groups,
    groupsByUser: indexGroupsByUser(groups),
    rooms: new Map(seed.rooms.map((room) => [room.RoomId, room])),
    zimRooms: new Map((seed.zimRooms ?? []).map((room): [string, ZimRoomState] => [room.RoomId, {
      RoomId: room.RoomId,
      RoomName: room.RoomName,
      Members: room.Members,
      Attributes: new Map(),
      AttributeSeq: 0
    }])),
    peerMessages: new Map(),
    groupMessages: new Map(),
    roomMessages: new Map(),
    nextMsgId: 1
  }
}

/**
 * The state with a group added, replaced or (with `undefined`) removed; the per-user index follows.
 *
 * @since 0.1.0
 */
export const setGroup = (state: EmulatorState, groupId: string, group: GroupState | undefined): EmulatorState => {
  const groups = new Map(state.groups)
  if (group === undefined) groups.delete(groupId)
  else groups.set(groupId, group)
  return { ...state, groups, groupsByUser: indexGroupsByUser(groups) }
}

/**
 * The state with a registered user added or replaced.
 *
 * @since 0.1.0
 */
export const setUser = (state: EmulatorState, user: SeedUser): EmulatorState => ({
  ...state,
  users: new Map(state.users).set(user.UserId, user)
})

/**
 * The state with a ZIM room added, replaced or (with `undefined`) removed. Removing a room drops its messages.
 *
 * @since 0.1.0
 */
export const setZimRoom = (state: EmulatorState, roomId: string, room: ZimRoomState | undefined): EmulatorState => {
  const zimRooms = new Map(state.zimRooms)
  if (room !== undefined) return { ...state, zimRooms: zimRooms.set(roomId, room) }
  zimRooms.delete(roomId)
  const roomMessages = new Map(state.roomMessages)
  roomMessages.delete(roomId)
  return { ...state, zimRooms, roomMessages }
}

/**
 * The state with an RTC room replaced, or removed when it has no user left (the vendor destroys an empty room)
 * or when `undefined` is given.
 *
 * @since 0.1.0
 */
export const setRoom = (state: EmulatorState, roomId: string, room: SeedRoom | undefined): EmulatorState => {
  const rooms = new Map(state.rooms)
  if (room === undefined || room.Users.length === 0) rooms.delete(roomId)
  else rooms.set(roomId, room)
  return { ...state, rooms }
}

/**
 * The key of the one-to-one conversation between two users (the same whichever sent).
 *
 * @since 0.1.0
 */
export const conversationKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`)

/**
 * Which message store a message goes to.
 *
 * @since 0.1.0
 */
export type MessageStore = "peerMessages" | "groupMessages" | "roomMessages"

/**
 * The state with a message appended to a conversation, group or room: it gets the next MsgId and the next MsgSeq
 * of its conversation. Returns the stored message too.
 *
 * @since 0.1.0
 */
export const appendMessage = (
  state: EmulatorState,
  store: MessageStore,
  key: string,
  message: Omit<StoredMessage, "MsgId" | "MsgSeq" | "Recalled">
): readonly [StoredMessage, EmulatorState] => {
  const existing = state[store].get(key) ?? []
  const stored: StoredMessage = { ...message, MsgId: state.nextMsgId, MsgSeq: existing.length + 1, Recalled: false }
  const messages = new Map(state[store]).set(key, [...existing, stored])
  return [stored, { ...state, [store]: messages, nextMsgId: state.nextMsgId + 1 }]
}

/**
 * The state with a stored message replaced (found by MsgSeq).
 *
 * @since 0.1.0
 */
export const replaceMessage = (
  state: EmulatorState,
  store: MessageStore,
  key: string,
  message: StoredMessage
): EmulatorState => {
  const existing = state[store].get(key) ?? []
  const messages = new Map(state[store]).set(
    key,
    existing.map((candidate) => candidate.MsgSeq === message.MsgSeq ? message : candidate)
  )
  return { ...state, [store]: messages }
}
