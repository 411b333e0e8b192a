/**
 * The documented rules of the three seed Actions' parameters (SPEC.md §5 and the vendor's pages), written
 * here independently of the client's schemas, with the generators of arbitrary inputs that the property
 * tests feed the client.
 *
 * A rule that the documentation leaves open (does "32 characters" count UTF-16 units or code points? may a
 * user ID in DescribeUsers be empty?) is read both ways: an input valid under the strictest reading must be
 * accepted, an input invalid under the most lenient reading must be refused, and anything in between may go
 * either way, but what reaches the wire must satisfy the lenient reading.
 */
import * as fc from "effect/FastCheck"

/** The verdict on one input. */
export interface Verdict {
  /** Valid under the strictest reading: the client must send it. */
  readonly mustAccept: boolean
  /** Invalid under the most lenient reading: the client must refuse it. */
  readonly mustRefuse: boolean
  /** The fields (paths as `InvalidRequest` names them: `UserIds`, `UserIds[3]`) that break a rule. */
  readonly invalidFields: ReadonlyArray<string>
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const utf8Bytes = (s: string): number => Buffer.byteLength(s, "utf8")
const codePoints = (s: string): number => [...s].length
/** Well-formed UTF-16: no lone surrogate. Only such strings can be sent as UTF-8 (in a URL or a JSON body). */
const wellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

/** Undocumented parameters, as `InvalidRequest` names them (a parameter named "" is the input's own issue). */
const extraKeys = (input: Readonly<Record<string, unknown>>, known: ReadonlyArray<string>, absent = false) =>
  Object.keys(input).filter((key) => !known.includes(key) && (input[key] === undefined) === absent).map((key) =>
    key === "" ? "(input)" : key
  )

/** Undocumented keys whose value is `undefined`: absent in JSON, so refusing them or not is a matter of taste. */
const absentExtraKeys = (input: Readonly<Record<string, unknown>>, known: ReadonlyArray<string>) =>
  extraKeys(input, known, true)

// ---------------------------------------------------------------------------------------------------------
// QueryUserInfos: UserIds, 1 to 100 user IDs of at most 64 bytes, of digits, ASCII letters, space and
// !#$%&()+-:;<=.>?@[]^_{}|~
// ---------------------------------------------------------------------------------------------------------

/** The characters SPEC.md allows in a ZIM user ID. */
export const userIdCharacters =
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ !#$%&()+-:;<=.>?@[]^_{}|~"
const allowedInUserId = new Set(userIdCharacters)

const zimUserIdValid = (u: unknown): boolean =>
  typeof u === "string" && u.length > 0 && utf8Bytes(u) <= 64 && [...u].every((c) => allowedInUserId.has(c))

export const queryUserInfos = (input: unknown): Verdict => {
  if (!isRecord(input)) return refuse(["(input)"])
  const invalid: Array<string> = extraKeys(input, ["UserIds"])
  const ambiguous = absentExtraKeys(input, ["UserIds"])
  const ids = input["UserIds"]
  if (!Array.isArray(ids)) {
    invalid.push("UserIds")
  } else {
    if (ids.length < 1 || ids.length > 100) invalid.push("UserIds")
    ids.forEach((id: unknown, i) => {
      if (!zimUserIdValid(id)) invalid.push(`UserIds[${i}]`)
    })
  }
  return verdict(invalid, ambiguous)
}

/** What QueryUserInfos may carry on the wire (its JSON body). */
export const queryUserInfosWire = (body: unknown): boolean =>
  isRecord(body) && extraKeys(body, ["UserIds"]).length === 0 && Array.isArray(body["UserIds"]) &&
  body["UserIds"].length >= 1 && body["UserIds"].length <= 100 && body["UserIds"].every(zimUserIdValid)

// ---------------------------------------------------------------------------------------------------------
// QueryGroupsInfoOfUser: FromUserId (required, at most 32 characters), Limit (required, 1..100), Next
// (pagination token, a string: empty for the first page)
// ---------------------------------------------------------------------------------------------------------

export const queryGroupsInfoOfUser = (input: unknown): Verdict => {
  if (!isRecord(input)) return refuse(["(input)"])
  const invalid: Array<string> = extraKeys(input, ["FromUserId", "Limit", "Next"])
  const ambiguous: Array<string> = absentExtraKeys(input, ["FromUserId", "Limit", "Next"])
  const from = input["FromUserId"]
  if (typeof from !== "string" || from === "" || codePoints(from) > 32) {
    invalid.push("FromUserId")
  } else if (from.length > 32 || !wellFormed(from)) {
    // At most 32 code points but more UTF-16 units ("characters" either way), or a lone surrogate (JSON can
    // carry it escaped, UTF-8 cannot).
    ambiguous.push("FromUserId")
  }
  const limit = input["Limit"]
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > 100) invalid.push("Limit")
  const next = input["Next"]
  if (next !== undefined && typeof next !== "string") invalid.push("Next")
  else if (typeof next === "string" && !wellFormed(next)) ambiguous.push("Next")
  return verdict(invalid, ambiguous)
}

export const queryGroupsInfoOfUserWire = (body: unknown): boolean => {
  if (!isRecord(body) || extraKeys(body, ["FromUserId", "Limit", "Next"]).length > 0) return false
  const from = body["FromUserId"]
  const limit = body["Limit"]
  const next = body["Next"]
  return typeof from === "string" && from !== "" && codePoints(from) <= 32 &&
    typeof limit === "number" && Number.isInteger(limit) && limit >= 1 && limit <= 100 &&
    (next === undefined || typeof next === "string")
}

// ---------------------------------------------------------------------------------------------------------
// DescribeUsers: RoomId (required, not empty), UserId[] (1 to 10 user IDs)
// ---------------------------------------------------------------------------------------------------------

export const describeUsers = (input: unknown): Verdict => {
  if (!isRecord(input)) return refuse(["(input)"])
  const invalid: Array<string> = extraKeys(input, ["RoomId", "UserId"])
  const ambiguous: Array<string> = absentExtraKeys(input, ["RoomId", "UserId"])
  const room = input["RoomId"]
  if (typeof room !== "string" || room === "" || !wellFormed(room)) invalid.push("RoomId")
  const ids = input["UserId"]
  if (!Array.isArray(ids)) {
    invalid.push("UserId")
  } else {
    if (ids.length < 1 || ids.length > 10) invalid.push("UserId")
    ids.forEach((id: unknown, i) => {
      if (typeof id !== "string" || !wellFormed(id)) invalid.push(`UserId[${i}]`)
      // The page does not say whether a user ID may be empty.
      else if (id === "") ambiguous.push(`UserId[${i}]`)
    })
  }
  return verdict(invalid, ambiguous)
}

/** What DescribeUsers may carry on the wire (its decoded query). */
export const describeUsersWire = (query: Readonly<Record<string, string | ReadonlyArray<string>>>): boolean => {
  const room = query["RoomId"]
  const ids = query["UserId[]"]
  const publicKeys = ["Action", "AppId", "SignatureNonce", "Timestamp", "SignatureVersion", "Signature", "IsTest"]
  return typeof room === "string" && room !== "" && Array.isArray(ids) && ids.length >= 1 && ids.length <= 10 &&
    Object.keys(query).every((key) => publicKeys.includes(key) || key === "RoomId" || key === "UserId[]")
}

const refuse = (fields: ReadonlyArray<string>): Verdict => ({
  mustAccept: false,
  mustRefuse: true,
  invalidFields: fields
})

/** Broken rules: refused, naming any of them (or of the doubtful ones); doubtful only: either way. */
const verdict = (invalid: ReadonlyArray<string>, ambiguous: ReadonlyArray<string>): Verdict =>
  invalid.length > 0
    ? refuse([...invalid, ...ambiguous])
    : { mustAccept: ambiguous.length === 0, mustRefuse: false, invalidFields: ambiguous }

// ---------------------------------------------------------------------------------------------------------
// Generators: mostly inputs the client must refuse, with a few percent of valid ones; every field gets
// arbitrary strings (ASCII, graphemes, any UTF-16 unit), lengths and counts around the limits, and values
// of the wrong type.
// ---------------------------------------------------------------------------------------------------------

/** Any string: printable ASCII, unicode graphemes (multi-byte, astral, combining), any UTF-16 code unit. */
export const anyString = (options: { readonly minLength?: number; readonly maxLength?: number } = {}) =>
  fc.oneof(
    fc.string(options),
    fc.string({ ...options, unit: "grapheme" }),
    fc.string({ ...options, unit: "binary" }),
    fc.string({ ...options, unit: fc.constantFrom("a", "\uD800", "\uDC00", "\uD83D", "\uDE00") })
  )

/** A value of any type but the expected one (or undefined, i.e. absent). */
const wrongType = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.integer(), { maxLength: 3 })
)

/** Sometimes an extra, undocumented parameter. */
const maybeExtra = <A extends Record<string, unknown>>(base: fc.Arbitrary<A>) =>
  fc.oneof(
    { weight: 19, arbitrary: base },
    {
      weight: 1,
      arbitrary: fc.tuple(base, fc.constantFrom("AppId", "Signature", "userIds", "Extra", "__proto__x"), anyString())
        .map(([input, key, value]) => ({ ...input, [key]: value }))
    }
  )

const allowedChar = fc.constantFrom(...userIdCharacters)
const multiByte = fc.constantFrom("é", "中", "😀", "e\u0301", "\u00a0", "\u200b")

// Users of the emulator's seed, so that some valid calls find someone.
const seedUsers = fc.constantFrom("alice", "bob", "carol", "dave", "sym !#$%&()+-:;<=.>?@[]^_{}|~")

const zimUserId = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: allowedChar, minLength: 1, maxLength: 64 }) },
  { weight: 1, arbitrary: seedUsers },
  { weight: 1, arbitrary: fc.string({ unit: allowedChar, minLength: 62, maxLength: 66 }) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: anyString({ maxLength: 70 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.string({ unit: allowedChar, maxLength: 10 }), multiByte).map(([a, b]) => a + b)
  }
)

export const queryUserInfosInput: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 18,
    arbitrary: maybeExtra(
      fc.record({
        UserIds: fc.oneof(
          { weight: 4, arbitrary: fc.array(zimUserId, { minLength: 1, maxLength: 4 }) },
          { weight: 2, arbitrary: fc.array(zimUserId, { minLength: 5, maxLength: 30 }) },
          { weight: 1, arbitrary: fc.array(zimUserId, { minLength: 97, maxLength: 103 }) },
          { weight: 1, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.oneof(wrongType, anyString()) }
        )
      })
    )
  },
  { weight: 1, arbitrary: fc.oneof(wrongType, fc.record({ userIds: fc.array(anyString()) })) }
)

/** 32 "characters" give or take, counted in UTF-16 units or code points, lone surrogates included. */
const fromUserIdString = (options: { readonly minLength: number; readonly maxLength: number }) => anyString(options)

const fromUserId = fc.oneof(
  { weight: 2, arbitrary: fromUserIdString({ minLength: 1, maxLength: 32 }) },
  { weight: 1, arbitrary: fc.constantFrom("alice", "frank", "bob") },
  { weight: 1, arbitrary: fromUserIdString({ minLength: 30, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("😀", "𝄞"), minLength: 15, maxLength: 34 }) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: wrongType }
)

const limit = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 110 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 100, 101, 0.5, -0, Number.NaN, Infinity, -Infinity) },
  { weight: 1, arbitrary: fc.oneof(wrongType, fc.constantFrom("10", "1e2")) }
)

const next = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom("", "0", "1", "3", "999999999") },
  { weight: 2, arbitrary: anyString() },
  { weight: 1, arbitrary: wrongType }
)

export const queryGroupsInfoOfUserInput: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 18,
    arbitrary: maybeExtra(
      fc.record({ FromUserId: fromUserId, Limit: limit, Next: next }, { requiredKeys: ["FromUserId", "Limit"] })
    )
  },
  { weight: 1, arbitrary: wrongType }
)

const roomId = fc.oneof(
  { weight: 3, arbitrary: anyString({ minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom("live-room", "quiet-room") },
  { weight: 1, arbitrary: anyString({ minLength: 120, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: wrongType }
)

const rtcUserId = fc.oneof(
  { weight: 4, arbitrary: anyString({ minLength: 1, maxLength: 70 }) },
  { weight: 1, arbitrary: fc.constantFrom("anchor", "viewer", "hermit") },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: wrongType }
)

export const describeUsersInput: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 18,
    arbitrary: maybeExtra(
      fc.record({
        RoomId: roomId,
        UserId: fc.oneof(
          { weight: 3, arbitrary: fc.array(rtcUserId, { minLength: 1, maxLength: 10 }) },
          { weight: 2, arbitrary: fc.array(rtcUserId, { minLength: 11, maxLength: 14 }) },
          { weight: 1, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.oneof(wrongType, anyString()) }
        )
      })
    )
  },
  { weight: 1, arbitrary: wrongType }
)
