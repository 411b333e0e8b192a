/**
 * The emulator's seed: the users, groups, RTC rooms and ZIM rooms it starts with. A built-in default seed with
 * well-known IDs, a Schema for seed files, and a loader that validates them.
 *
 * @since 0.1.0
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * The ZIM state of a registered user.
 *
 * - `loggedIn`: registered and logged in; QueryUserInfos returns the user.
 * - `loggedOut`: registered but logged out; QueryUserInfos answers SubCode 660000002.
 * - `broken`: registered, but the server fails to read the user; QueryUserInfos answers SubCode 660700008.
 *
 * @since 0.1.0
 */
export const UserStatus = Schema.Literal("loggedIn", "loggedOut", "broken").annotations({
  message: (issue) => ({
    message: `Expected "loggedIn", "loggedOut" or "broken", actual ${JSON.stringify(issue.actual)}`,
    override: true
  })
})

/**
 * The type of {@link UserStatus}.
 *
 * @since 0.1.0
 */
export type UserStatus = typeof UserStatus.Type

const Id = Schema.String.pipe(Schema.minLength(1))

/**
 * A registered ZIM user.
 *
 * @since 0.1.0
 */
export const SeedUser = Schema.Struct({
  UserId: Id.pipe(Schema.maxLength(64)),
  UserName: Schema.String,
  UserAvatar: Schema.String,
  Extra: Schema.String,
  Status: UserStatus
})

/**
 * The type of {@link SeedUser}.
 *
 * @since 0.1.0
 */
export type SeedUser = typeof SeedUser.Type

/**
 * A ZIM group and its members, in the order they joined.
 *
 * @since 0.1.0
 */
export const SeedGroup = Schema.Struct({
  GroupId: Id,
  GroupName: Schema.String,
  GroupAvatar: Schema.String,
  Members: Schema.Array(Id)
})

/**
 * The type of {@link SeedGroup}.
 *
 * @since 0.1.0
 */
export type SeedGroup = typeof SeedGroup.Type

/**
 * An RTC room role: 1 host, 2 audience, 4 administrator.
 *
 * @since 0.1.0
 */
export const UserRole = Schema.Literal(1, 2, 4).annotations({
  message: (issue) => ({
    message: `Expected 1 (host), 2 (audience) or 4 (administrator), actual ${JSON.stringify(issue.actual)}`,
    override: true
  })
})

/**
 * A user present in an RTC room.
 *
 * @since 0.1.0
 */
export const SeedRoomUser = Schema.Struct({
  UserId: Id,
  UserRole,
  /** Unix milliseconds. */
  LoginTime: Schema.Int.pipe(Schema.nonNegative())
})

/**
 * The type of {@link SeedRoomUser}.
 *
 * @since 0.1.0
 */
export type SeedRoomUser = typeof SeedRoomUser.Type

/**
 * An RTC room. A room with no users does not exist (the vendor destroys it), so a seeded room has at least one.
 *
 * @since 0.1.0
 */
export const SeedRoom = Schema.Struct({
  RoomId: Id,
  Users: Schema.NonEmptyArray(SeedRoomUser)
})

/**
 * The type of {@link SeedRoom}.
 *
 * @since 0.1.0
 */
export type SeedRoom = typeof SeedRoom.Type

/**
 * A ZIM room (ZIM rooms are not RTC rooms: the products keep them apart) and the registered users in it.
 *
 * @since 0.1.0
 */
export const SeedZimRoom = Schema.Struct({
  RoomId: Id,
  RoomName: Schema.String,
  Members: Schema.Array(Id)
})

/**
 * The type of {@link SeedZimRoom}.
 *
 * @since 0.1.0
 */
export type SeedZimRoom = typeof SeedZimRoom.Type

const firstDuplicate = (values: ReadonlyArray<string>): string | undefined => {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) return value
    seen.add(value)
  }
  return undefined
}

/**
 * A whole seed, as found in a seed file. IDs must be unique, and group and ZIM room members must be registered
 * users. `zimRooms` is optional (no ZIM room when absent).
 *
 * @since 0.1.0
 */
export const SeedData = Schema.Struct({
  users: Schema.Array(SeedUser),
  groups: Schema.Array(SeedGroup),
  rooms: Schema.Array(SeedRoom),
  zimRooms: Schema.optional(Schema.Array(SeedZimRoom))
}).pipe(Schema.filter((seed) => {
  const userIds = seed.users.map((user) => user.UserId)
  const duplicateUser = firstDuplicate(userIds)
  if (duplicateUser !== undefined) return `duplicate UserId in users: ${JSON.stringify(duplicateUser)}`
  const duplicateGroup = firstDuplicate(seed.groups.map((group) => group.GroupId))
  if (duplicateGroup !== undefined) return `duplicate GroupId in groups: ${JSON.stringify(duplicateGroup)}`
  const duplicateRoom = firstDuplicate(seed.rooms.map((room) => room.RoomId))
  if (duplicateRoom !== undefined) return `duplicate RoomId in rooms: ${JSON.stringify(duplicateRoom)}`
  const registered = new Set(userIds)
  for (const group of seed.groups) {
    const duplicateMember = firstDuplicate(group.Members)
    if (duplicateMember !== undefined) {
      return `group ${JSON.stringify(group.GroupId)} lists member ${JSON.stringify(duplicateMember)} twice`
    }
    const stranger = group.Members.find((member) => !registered.has(member))
    if (stranger !== undefined) {
      return `group ${JSON.stringify(group.GroupId)} has member ${JSON.stringify(stranger)} who is not in users`
    }
  }
  for (const room of seed.rooms) {
    const duplicateRoomUser = firstDuplicate(room.Users.map((user) => user.UserId))
    if (duplicateRoomUser !== undefined) {
      return `room ${JSON.stringify(room.RoomId)} lists user ${JSON.stringify(duplicateRoomUser)} twice`
    }
  }
  const zimRooms = seed.zimRooms ?? []
  const duplicateZimRoom = firstDuplicate(zimRooms.map((room) => room.RoomId))
  if (duplicateZimRoom !== undefined) return `duplicate RoomId in zimRooms: ${JSON.stringify(duplicateZimRoom)}`
  for (const room of zimRooms) {
    const duplicateMember = firstDuplicate(room.Members)
    if (duplicateMember !== undefined) {
      return `ZIM room ${JSON.stringify(room.RoomId)} lists member ${JSON.stringify(duplicateMember)} twice`
    }
    const stranger = room.Members.find((member) => !registered.has(member))
    if (stranger !== undefined) {
      return `ZIM room ${JSON.stringify(room.RoomId)} has member ${JSON.stringify(stranger)} who is not in users`
    }
  }
  return true
}))

/**
 * The type of {@link SeedData}.
 *
 * @since 0.1.0
 */
export type SeedData = typeof SeedData.Type

/**
 * Well-known ZIM user IDs of the default seed.
 *
 * @since 0.1.0
 */
export const users = {
  /** Logged in, member of {@link groups.teamRed}, {@link groups.teamBlue} and {@link groups.bookClub}. */
  alice: "alice",
  /** Logged in, member of no group. */
  bob: "bob",
  /** Logged in, member of {@link groups.bookClub}. */
  carol: "carol",
  /** Logged in, member of {@link manyGroupsCount} groups, so listing them takes several pages. */
  manyGroups: "frank",
  /** Logged in, with every character the vendor allows in a user ID (to exercise encoding). */
  symbols: "sym !#$%&()+-:;<=.>?@[]^_{}|~",
  /** Registered but logged out: QueryUserInfos answers SubCode 660000002. */
  loggedOut: "dave",
  /** Registered, but reading the user fails: QueryUserInfos answers SubCode 660700008. */
  broken: "mallory",
  /** Not registered: QueryUserInfos answers SubCode 660700015, QueryGroupsInfoOfUser 660500002. */
  unregistered: "nobody",
  /** Another unregistered ID. */
  unregisteredOther: "ghost"
} as const

/**
 * How many groups {@link users.manyGroups} has joined in the default seed: three pages at Limit 100.
 *
 * @since 0.1.0
 */
export const manyGroupsCount = 257

/**
 * Well-known ZIM group IDs of the default seed.
 *
 * @since 0.1.0
 */
export const groups = {
  teamRed: "team-red",
  teamBlue: "team-blue",
  bookClub: "book-club",
  /** The ID of the n-th (1-based) group of {@link users.manyGroups}: `bulk-001` … `bulk-257`. */
  bulk: (n: number): string => `bulk-${String(n).padStart(3, "0")}`
} as const

/**
 * Well-known RTC room IDs of the default seed.
 *
 * @since 0.1.0
 */
export const rooms = {
  /** Holds a host, an audience member and an administrator ({@link roomUsers}). */
  live: "live-room",
  /** Holds only {@link roomUsers.soloHost}. */
  quiet: "quiet-room",
  /** No such room: DescribeUsers answers 50001. */
  missing: "no-such-room"
} as const

/**
 * Well-known ZIM room IDs of the default seed.
 *
 * @since 0.1.0
 */
export const zimRooms = {
  /** A ZIM room holding {@link users.alice}, {@link users.bob} and {@link users.carol}. */
  lobby: "lobby",
  /** No such ZIM room. */
  missing: "no-such-zim-room"
} as const

/**
 * Well-known RTC user IDs of the default seed.
 *
 * @since 0.1.0
 */
export const roomUsers = {
  /** In {@link rooms.live} with UserRole 1. */
  host: "anchor",
  /** In {@link rooms.live} with UserRole 2. */
  audience: "viewer",
  /** In {@link rooms.live} with UserRole 4. */
  administrator: "recorder",
  /** In {@link rooms.quiet} with UserRole 1. */
  soloHost: "hermit",
  /** In no room. */
  absent: "outsider"
} as const

/**
 * Login times (Unix ms) of the default seed's room users.
 *
 * @since 0.1.0
 */
export const loginTimes = {
  host: 1_675_674_019_365,
  audience: 1_675_674_019_455,
  administrator: 1_675_674_020_001,
  soloHost: 1_675_674_100_000
} as const

const user = (UserId: string, UserName: string, Status: UserStatus): SeedUser => ({
  UserId,
  UserName,
  UserAvatar: `https://avatars.example.invalid/${encodeURIComponent(UserId)}.png`,
  Extra: JSON.stringify({ seeded: true }),
  Status
})

const bulkGroups: ReadonlyArray<SeedGroup> = Array.from({ length: manyGroupsCount }, (_, index) => ({
  GroupId: groups.bulk(index + 1),
  GroupName: `Bulk group ${index + 1}`,
  GroupAvatar: `https://avatars.example.invalid/groups/${groups.bulk(index + 1)}.png`,
  Members: [users.manyGroups]
}))

/**
 * The built-in seed, holding every well-known ID of this module.
 *
 * @since 0.1.0
 */
export const defaultSeed: SeedData = {
  users: [
    user(users.alice, "Alice", "loggedIn"),
    user(users.bob, "Bob", "loggedIn"),
    user(users.carol, "Carol", "loggedIn"),
    user(users.manyGroups, "Frank", "loggedIn"),
    user(users.symbols, "Symbols", "loggedIn"),
    user(users.loggedOut, "Dave", "loggedOut"),
    user(users.broken, "Mallory", "broken")
  ],
  groups: [
    {
      GroupId: groups.teamRed,
      GroupName: "Team Red",
      GroupAvatar: "https://avatars.example.invalid/groups/team-red.png",
      Members: [users.alice]
    },
    {
      GroupId: groups.teamBlue,
      GroupName: "Team Blue",
      GroupAvatar: "https://avatars.example.invalid/groups/team-blue.png",
      Members: [users.alice, users.loggedOut]
    },
    {
      GroupId: groups.bookClub,
      GroupName: "Book Club",
      GroupAvatar: "",
      Members: [users.carol, users.alice]
    },
    ...bulkGroups
  ],
  rooms: [
    {
      RoomId: rooms.live,
      Users: [
        { UserId: roomUsers.host, UserRole: 1, LoginTime: loginTimes.host },
        { UserId: roomUsers.audience, UserRole: 2, LoginTime: loginTimes.audience },
        { UserId: roomUsers.administrator, UserRole: 4, LoginTime: loginTimes.administrator }
      ]
    },
    {
      RoomId: rooms.quiet,
      Users: [{ UserId: roomUsers.soloHost, UserRole: 1, LoginTime: loginTimes.soloHost }]
    }
  ],
  zimRooms: [{ RoomId: zimRooms.lobby, RoomName: "Lobby", Members: [users.alice, users.bob, users.carol] }]
}

/**
 * A seed that could not be read or is not valid.
 *
 * @since 0.1.0
 */
export class SeedError extends Data.TaggedError("SeedError")<{
  /** Where the seed came from (a file path, or a description). */
  readonly source: string
  /** What is wrong, readable by a person. */
  readonly reason: string
}> {
  override get message(): string {
    return `Invalid emulator seed (${this.source}): ${this.reason}`
  }
}

const decodeSeed = Schema.decodeUnknown(SeedData, { errors: "all", onExcessProperty: "error" })

/**
 * One line per problem, each with the path of the offending value (e.g. `rooms.0.Users.0.UserRole: …`).
 */
const formatIssues = (error: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(error)
    .map((issue) => `${issue.path.length === 0 ? "(seed)" : issue.path.join(".")}: ${issue.message}`)
    .join("\n  ")

/**
 * Validates an already-parsed JSON value as a seed.
 *
 * @since 0.1.0
 */
export const fromUnknown = (value: unknown, source = "seed value"): Effect.Effect<SeedData, SeedError> =>
  decodeSeed(value).pipe(
    Effect.mapError((error) => new SeedError({ source, reason: `\n  ${formatIssues(error)}` }))
  )

/**
 * Parses and validates the JSON text of a seed.
 *
 * @since 0.1.0
 */
export const fromJsonString = (text: string, source = "seed JSON"): Effect.Effect<SeedData, SeedError> =>
  Effect.try({
    try: (): unknown => JSON.parse(text),
    catch: (cause) =>
      new SeedError({ source, reason: `not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}` })
  }).pipe(Effect.flatMap((value) => fromUnknown(value, source)))

/**
 * Reads, parses and validates a seed file.
 *
 * @since 0.1.0
 */
export const fromFile = (path: string): Effect.Effect<SeedData, SeedError, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const text = yield* fs.readFileString(path).pipe(
      Effect.mapError((error) => new SeedError({ source: path, reason: `cannot read the file: ${error.message}` }))
    )
    return yield* fromJsonString(text, path)
  })
