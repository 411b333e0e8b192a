/**
 * The conformance suite of one product through the REAL client against the REAL emulator, iterating the
 * client's registry (`ZimActions.actions` / `RtcActions.actions`). For every Action:
 * (a) a valid input built from the facts (the smallest, and one with every optional parameter) succeeds and
 *     decodes, from a fresh copy of the seed state (Actions that need a seeded user, group or room get its ID);
 * (b) every documented code, forced by the emulator's `forcedCode` fault, comes back as its tagged error;
 * (c) every input that breaks a documented limit is refused by the client before sending: the emulator's request
 *     log stays empty;
 * (d) the same bad inputs, sent on the wire without the client, get one of the Action's documented
 *     parameter-error codes from the emulator.
 * The emulator runs with rate limits off; scoped limits have their own tests (emulator-state.test.ts).
 */
import { ZegoClient } from "@effect-zego/client"
import type { Action as ClientAction, CallOptions } from "@effect-zego/core"
import { ZegoError } from "@effect-zego/core"
import { Actions, Emulator, Faults, Seed, State } from "@effect-zego/emulator"
import type { EmulatorService } from "@effect-zego/emulator"
import { RtcActions, RtcService } from "@effect-zego/rtc"
import { ZimActions, ZimService } from "@effect-zego/zim"
import { expect, layer } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import { createHash, randomBytes } from "node:crypto"
import {
  type ActionFact,
  facts,
  type LooseMethod,
  methodOf,
  validInput,
  type Violation,
  violations
} from "./support.js"

const quiet: CallOptions.CallOptions = { retry: false, rateLimit: false }

/** The client's services, built against the emulator of the layer. */
class Services extends Context.Tag("test/conformance/Services")<Services, {
  readonly zim: object
  readonly rtc: object
}>() {}

const servicesLayer = Layer.scoped(
  Services,
  Effect.gen(function*() {
    const emulator = yield* Emulator
    const context = yield* Layer.build(ZegoClient.layer({
      appId: emulator.appId,
      serverSecret: emulator.serverSecret,
      zimBaseUrl: emulator.url,
      rtcBaseUrl: emulator.url,
      callOptions: quiet
    })).pipe(Effect.orDie)
    return { zim: Context.get(context, ZimService.ZimService), rtc: Context.get(context, RtcService.RtcService) }
  })
)

const environment = Layer.provideMerge(servicesLayer, Emulator.layer({ rateLimits: "off" }))

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

const { alice, bob, loggedOut } = Seed.users

/**
 * IDs of seeded things, merged over the facts-built inputs of the Actions whose success depends on state (a
 * registered operator, an existing group or room, a member to remove…).
 */
const seeded: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  // ZIM users
  ModifyUserInfo: { UserInfo: [{ UserId: alice }] },
  QueryUserInfos: { UserIds: [alice] },
  // ZIM groups
  QueryGroupsInfoOfUser: { FromUserId: alice, Next: "" },
  CreateGroup: { GroupOwner: alice },
  QueryGroupInfo: { FromUserId: alice, GroupId: Seed.groups.teamRed },
  QueryGroupMemberList: { GroupId: Seed.groups.teamRed },
  InviteUsersIntoGroup: {
    FromUserId: alice,
    GroupId: Seed.groups.teamRed,
    UserIds: [bob],
    GroupMemberInfos: [{ UserId: bob }]
  },
  KickoutGroupUser: { FromUserId: alice, GroupId: Seed.groups.teamBlue, UserId: [loggedOut] },
  DismissGroup: { FromUserId: alice, GroupId: Seed.groups.bookClub },
  UpdateGroupData: { FromUserId: alice, GroupId: Seed.groups.teamRed },
  TransferGroupOwner: { FromUserId: alice, GroupId: Seed.groups.teamBlue, NewOwner: loggedOut },
  SetGroupMembersNickname: { FromUserId: alice, GroupId: Seed.groups.teamRed, UserIds: [{ UserId: alice }] },
  // ZIM rooms
  CreateRoom: { FromUserId: alice },
  DestroyRoom: { RoomId: Seed.zimRooms.lobby },
  QueryRoomUserList: { RoomId: Seed.zimRooms.lobby },
  QueryRoomMembers: { RoomId: Seed.zimRooms.lobby, UserId: [alice] },
  KickoutRoomUser: { RoomId: Seed.zimRooms.lobby, UserId: [bob] },
  ModifyRoomAttribute: { FromUserId: alice, RoomId: Seed.zimRooms.lobby },
  QueryRoomAttribute: { FromUserId: alice, RoomId: Seed.zimRooms.lobby },
  // ZIM messages
  SendPeerMessage: { FromUserId: alice, ToUserId: [bob] },
  QueryPeerMsg: { FromUserId: alice, ToUserId: bob },
  RevokePeerMessage: { FromUserId: alice, ToUserId: bob, MsgSeq: 1 },
  SendGroupMessage: { FromUserId: alice, GroupId: Seed.groups.teamRed },
  QueryGroupMsg: { GroupId: Seed.groups.teamRed },
  RevokeGroupMessage: { FromUserId: alice, GroupId: Seed.groups.teamRed, MsgSeq: 1 },
  SendRoomMessage: { FromUserId: alice, RoomId: Seed.zimRooms.lobby },
  RevokeRoomMessage: { FromUserId: alice, RoomId: Seed.zimRooms.lobby, MsgSeq: 1 },
  // RTC rooms
  DescribeUsers: { RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] },
  DescribeUserList: { RoomId: Seed.rooms.live },
  DescribeUserNum: { RoomId: [Seed.rooms.live] },
  KickoutUser: { RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.audience] },
  CloseRoom: { RoomId: Seed.rooms.quiet }
}

/** The Action whose call must come first (with its own valid input): a recall needs a message, MsgSeq 1. */
const prerequisites: Readonly<Record<string, string>> = {
  RevokePeerMessage: "SendPeerMessage",
  RevokeGroupMessage: "SendGroupMessage",
  RevokeRoomMessage: "SendRoomMessage"
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** `override` over `base`: objects key by key, lists item by item (keeping the base's length when longer). */
const merge = (base: unknown, override: unknown): unknown => {
  if (isRecord(base) && isRecord(override)) {
    const out: Record<string, unknown> = { ...base }
    for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value)
    return out
  }
  if (Array.isArray(base) && Array.isArray(override)) {
    const length = Math.max(base.length, override.length)
    return Array.from({ length }, (_, index) => merge(base[index], override[index]))
  }
  return override === undefined ? base : override
}

/** A valid input of an Action for the emulator: the facts-built one, with seeded IDs where state matters. */
const inputOf = (fact: ActionFact, full: boolean): unknown => merge(validInput(fact, full), seeded[fact.name] ?? {})

// ---------------------------------------------------------------------------
// The wire, without the client
// ---------------------------------------------------------------------------

const enc = encodeURIComponent
const scalar = (value: unknown): string => typeof value === "object" ? JSON.stringify(value) : String(value)

const flatten = (prefix: string, value: unknown, parts: Array<string>): void => {
  if (Array.isArray(value)) value.forEach((item, index) => flatten(`${prefix}.${index}`, item, parts))
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      flatten(`${prefix}.${key}`, item, parts)
    }
  } else if (value !== undefined && value !== null) parts.push(`${enc(prefix)}=${enc(scalar(value))}`)
}

/** The business query of a GET input: `Key[]=v` lists, `Name.0.Key=v` lists of objects, scalars. */
const wireQuery = (fact: ActionFact, input: Record<string, unknown>): string => {
  const parts: Array<string> = []
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue
    const param = fact.request.find((candidate) => candidate.name === key)
    if (param?.serialization === "indexed-dot") flatten(key, value, parts)
    else if (Array.isArray(value)) { for (const item of value) parts.push(`${enc(key)}%5B%5D=${enc(scalar(item))}`) }
    else parts.push(`${enc(key)}=${enc(scalar(value))}`)
  }
  return parts.join("&")
}

/** Sends an input on the wire, signed by this test (md5 of AppId, nonce, secret, timestamp), and reads the Code. */
const sendRaw = (emulator: EmulatorService, fact: ActionFact, input: Record<string, unknown>) =>
  Effect.promise(async () => {
    const nonce = randomBytes(8).toString("hex")
    const timestamp = String(Math.floor(Date.now() / 1000))
    const appId = String(emulator.appId)
    const signature = createHash("md5")
      .update(`${appId}${nonce}${Redacted.value(emulator.serverSecret)}${timestamp}`)
      .digest("hex")
    const business = fact.method === "GET" ? wireQuery(fact, input) : ""
    const url = `${emulator.url}/?Action=${fact.name}&AppId=${appId}&SignatureNonce=${nonce}&Timestamp=${timestamp}` +
      `&SignatureVersion=2.0&Signature=${signature}${business === "" ? "" : `&${business}`}`
    const response = await fetch(
      url,
      fact.method === "GET"
        ? {}
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }
    )
    const body: unknown = await response.json()
    return isRecord(body) ? body["Code"] : undefined
  })

/**
 * Whether a bad input can be told apart on the wire. Unknown parameters are ignored (as a server does); in a
 * query string every value is text, so "a number where a string goes" is a string, and an empty list of an
 * optional parameter is no parameter at all.
 */
const representable = (fact: ActionFact, violation: Violation): boolean => {
  if (violation.rule === "is not a parameter of this Action") return false
  if (fact.method === "POST") return true
  if (violation.rule === "must be a string") return false
  const param = fact.request.find((candidate) => candidate.name === violation.field)
  return !(param !== undefined && !param.required && violation.what.endsWith("fewer than 1 items"))
}

/** The tags of codes that say "a parameter is wrong" in some way. */
const parameterTags = new Set([
  "InvalidParameter",
  "ParameterTooLong",
  "TooManyUsers",
  "UserIdTooLong",
  "UserNameTooLong",
  "UserAvatarTooLong",
  "MessageTooLong"
])

// ---------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------

const registryOf = (product: "zim" | "rtc"): Readonly<Record<string, ClientAction.Any>> =>
  product === "zim" ? ZimActions.actions : RtcActions.actions

/** Runs the suite for every Action of a product's client registry. */
export const emulatorConformance = (product: "zim" | "rtc"): void => {
  const registry = registryOf(product)
  const factsByName = new Map(facts.actions.map((fact) => [fact.name, fact]))

  layer(environment, { excludeTestServices: true })(`${product.toUpperCase()} against the emulator`, (it) => {
    const serviceOf = Effect.map(Services, (services) => product === "zim" ? services.zim : services.rtc)
    const methodNamed = (name: string) =>
      Effect.map(Services, (services) => {
        const entry = Object.entries(ZimActions.actions).find(([, action]) => action.name === name) ??
          Object.entries(RtcActions.actions).find(([, action]) => action.name === name)
        if (entry === undefined) throw new Error(`no client method for ${name}`)
        return methodOf(entry[1].product === "zim" ? services.zim : services.rtc, entry[0])
      })
    const resetState = Effect.flatMap(Emulator, (emulator) => Ref.set(emulator.state, State.fromSeed(Seed.defaultSeed)))

    it.effect("the emulator serves every Action of the registry, as the facts declare it", () =>
      Effect.sync(() => {
        const names = Object.values(registry).map((action) => action.name)
        expect(names.length).toBe(facts.actions.filter((fact) => fact.product === product).length)
        for (const action of Object.values(registry)) {
          const served = Actions.byName.get(action.name)
          expect(served, action.name).toBeDefined()
          expect([action.name, served?.method, served?.product]).toEqual([action.name, action.method, action.product])
          expect([action.name, served?.qps]).toEqual([action.name, action.qps ?? Infinity])
          expect([action.name, served?.scopedLimit?.field, served?.scopedLimit?.qps]).toEqual([
            action.name,
            action.scopedLimit?.field,
            action.scopedLimit?.qps
          ])
        }
      }))

    for (const [methodName, action] of Object.entries(registry)) {
      const fact = factsByName.get(action.name)
      const name = action.name

      it.effect(`${name}: valid inputs succeed through the client and decode`, () =>
        Effect.gen(function*() {
          if (fact === undefined) return expect.unreachable(`${name} has no facts`)
          const emulator = yield* Emulator
          const method: LooseMethod = methodOf(yield* serviceOf, methodName)
          for (const full of [false, true]) {
            yield* resetState
            const before = prerequisites[name]
            const beforeFact = before === undefined ? undefined : factsByName.get(before)
            if (before !== undefined && beforeFact !== undefined) {
              const prepare = yield* methodNamed(before)
              yield* prepare(inputOf(beforeFact, false))
            }
            yield* emulator.requests.reset
            const input = inputOf(fact, full)
            const result = yield* Effect.either(method.withResponse(input))
            const label = `${name} (${full ? "full" : "minimal"} input ${JSON.stringify(input)})`
            expect(result._tag === "Right" ? "success" : result.left.message, label).toBe("success")
            if (result._tag === "Left") continue
            const entries = yield* emulator.requests.entries
            expect(entries.map((entry) => [entry.action, entry.code]), label).toEqual([[name, 0]])
            expect(result.right.response.requestId, label).toBe(entries[0]?.requestId)
          }
        }))

      it.effect(`${name}: every documented code is its tagged error`, () =>
        Effect.gen(function*() {
          if (fact === undefined) return expect.unreachable(`${name} has no facts`)
          const emulator = yield* Emulator
          const method = methodOf(yield* serviceOf, methodName)
          const input = inputOf(fact, false)
          expect(fact.codes.length).toBeGreaterThan(0)
          for (const { code, retry, tag } of fact.codes) {
            yield* emulator.faults.set(name, { fault: Faults.forcedCode(code, `forced ${code}`) })
            const error = yield* Effect.flip(method(input))
            expect([code, error._tag, error.retryClass]).toEqual([code, tag, retry])
            expect(error).toMatchObject({ action: name, code })
          }
          yield* emulator.faults.clear(name)
        }))

      it.effect(`${name}: bad input is refused before sending`, () =>
        Effect.gen(function*() {
          if (fact === undefined) return expect.unreachable(`${name} has no facts`)
          const emulator = yield* Emulator
          const method = methodOf(yield* serviceOf, methodName)
          yield* emulator.requests.reset
          const cases = violations(fact)
          expect(cases.length).toBeGreaterThan(0)
          for (const c of cases) {
            const error = yield* Effect.flip(method(c.input))
            expect([c.what, error._tag]).toEqual([c.what, "InvalidRequest"])
            expect(error instanceof ZegoError.InvalidRequest && error.action).toBe(name)
          }
          expect(yield* emulator.requests.entries).toEqual([])
        }))

      it.effect(`${name}: the emulator refuses the same bad input with a documented parameter code`, () =>
        Effect.gen(function*() {
          if (fact === undefined) return expect.unreachable(`${name} has no facts`)
          const emulator = yield* Emulator
          const allowed = fact.codes.filter((code) => parameterTags.has(code.tag)).map((code) => code.code)
          expect(allowed.length).toBeGreaterThan(0)
          const onWire = violations(fact).filter((c) => representable(fact, c))
          if (onWire.length === 0) {
            // Only an Action without parameters has no bad input the wire can carry; an unknown parameter is
            // ignored, as a server does.
            expect(fact.request).toEqual([])
            expect(yield* sendRaw(emulator, fact, { NotAParameter: "x" })).toBe(0)
            return
          }
          const codes = yield* Effect.forEach(
            onWire,
            (c) => Effect.map(sendRaw(emulator, fact, isRecord(c.input) ? c.input : {}), (code) => [c.what, code]),
            { concurrency: 8 }
          )
          for (const [what, code] of codes) {
            expect([what, typeof code === "number" && allowed.includes(code) ? "documented" : code]).toEqual([
              what,
              "documented"
            ])
          }
        }))
    }
  })
}
