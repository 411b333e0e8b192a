/**
 * The emulator's in-memory state, indexed for the Actions.
 *
 * @since 0.1.0
 */
import type { SeedData, SeedGroup, SeedRoom, SeedUser } from "./Seed.js"

/**
 * The state the Actions read: built from a seed, immutable (an Action that changes state builds a new one).
 *
 * @since 0.1.0
 */
export interface EmulatorState {
  /** The seed this state was built from. */
  readonly seed: SeedData
  /** Registered ZIM users by UserId. */
  readonly users: ReadonlyMap<string, SeedUser>
  /** The groups each user has joined, in a stable order (seed order), by UserId. */
  readonly groupsByUser: ReadonlyMap<string, ReadonlyArray<SeedGroup>>
  /** Existing RTC rooms by RoomId. */
  readonly rooms: ReadonlyMap<string, SeedRoom>
}

/**
 * Builds the indexed state of a (validated) seed.
 *
 * @since 0.1.0
 */
export const fromSeed = (seed: SeedData): EmulatorState => {
  const groupsByUser = new Map<string, Array<SeedGroup>>()
  for (const group of seed.groups) {
    for (const member of group.Members) {
      const joined = groupsByUser.get(member)
      if (joined === undefined) {
        groupsByUser.set(member, [group])
      } else {
        joined.push(group)
      }
    }
  }
  return {
    seed,
    users: new Map(seed.users.map((user) => [user.UserId, user])),
    groupsByUser,
    rooms: new Map(seed.rooms.map((room) => [room.RoomId, room]))
  }
}
