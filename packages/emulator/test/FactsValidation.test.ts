/**
 * The facts-driven Actions: every Action of the facts file is served; parameters are checked against every
 * kind of documented limit, with the code rules of `FactAction.violationCode`; the success answer is built from
 * the response schema.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { Actions, Emulator, FactAction, Facts, Params, Query, Synthesize } from "../src/index.js"
import type { EmulatorService } from "../src/index.js"
import type { Reply } from "./helpers.js"
import { call, codeOf, post } from "./helpers.js"

const fact = (name: string) => Facts.get(name)

describe("the facts file", () => {
  it("holds 122 Actions, each served by the emulator with its documented method and limits", () => {
    expect(Facts.facts.actions).toHaveLength(122)
    expect(Actions.all).toHaveLength(122)
    for (const documented of Facts.facts.actions) {
      const served = Actions.byName.get(documented.name)
      expect([documented.name, served?.method, served?.product, served?.qps]).toEqual([
        documented.name,
        documented.method,
        documented.product,
        documented.qps ?? Infinity
      ])
      expect([documented.name, served?.rateLimitCode]).toEqual([documented.name, documented.rateLimitCode])
      expect([documented.name, served?.scopedLimit]).toEqual([
        documented.name,
        documented.scopedLimit === null ? undefined : {
          field: documented.scopedLimit.field,
          qps: documented.scopedLimit.qps,
          code: documented.scopedRateLimitCode
        }
      ])
    }
  })

  it("names only documented Actions in the handler table, none of them hand-written", () => {
    const handwritten = new Set(Actions.handwritten.map((action) => action.name))
    expect([...handwritten].sort()).toEqual(["DescribeUsers", "QueryGroupsInfoOfUser", "QueryUserInfos"])
    for (const name of Object.keys(Actions.handlers)) {
      expect([name, Facts.factOf(name) !== undefined, handwritten.has(name)]).toEqual([name, true, false])
    }
    expect(Object.keys(Actions.handlers).length).toBeGreaterThanOrEqual(30)
  })

  it("refuses a file of the wrong shape", () => {
    expect(() => Facts.decode({ products: {}, actions: [] })).toThrow()
    expect(() => Facts.decode({ ...Facts.facts, actions: [{ name: "X" }] })).toThrow()
  })
})

describe("Params.check: every kind of limit", () => {
  const violationOf = (schema: Facts.ValueFact, value: unknown) => Params.check(schema, value, "X")?.kind

  it("types", () => {
    expect(violationOf({ type: "string" }, 1)).toBe("type")
    expect(violationOf({ type: "integer" }, "1")).toBe("type")
    expect(violationOf({ type: "integer" }, 1.5)).toBe("integer")
    expect(violationOf({ type: "number" }, 1.5)).toBeUndefined()
    expect(violationOf({ type: "boolean" }, "true")).toBe("type")
    expect(violationOf({ type: "array" }, {})).toBe("type")
    expect(violationOf({ type: "object" }, [])).toBe("type")
    expect(violationOf({ type: ["string", "object"] }, { a: 1 })).toBeUndefined()
    expect(violationOf({ type: ["string", "object"] }, 1)).toBe("type")
  })

  it("enums, lengths in characters and in UTF-8 bytes, character sets", () => {
    expect(violationOf({ type: "string", enum: ["a", "b"] }, "c")).toBe("enum")
    expect(violationOf({ type: "integer", enum: [1, 2] }, 3)).toBe("enum")
    expect(violationOf({ type: "string", minLength: 1 }, "")).toBe("minLength")
    // "é" and "😀" are one character each; "é" is 2 bytes, "😀" 4.
    expect(violationOf({ type: "string", maxLength: 2 }, "é😀")).toBeUndefined()
    expect(violationOf({ type: "string", maxLength: 2 }, "abc")).toBe("maxLength")
    expect(violationOf({ type: "string", maxBytes: 5 }, "é😀")).to.equal("maxBytes")
    expect(violationOf({ type: "string", maxBytes: 6 }, "é😀")).toBeUndefined()
    const charset = { type: "string", pattern: "^[0-9A-Za-z_]*$", charset: "only digits, letters and _" }
    expect(violationOf(charset, "a_1")).toBeUndefined()
    expect(Params.check(charset, "a*", "X")).toEqual({ path: "X", kind: "pattern", rule: charset.charset })
  })

  it("ranges and item counts", () => {
    expect(violationOf({ type: "integer", minimum: 1, maximum: 100 }, 0)).toBe("minimum")
    expect(violationOf({ type: "integer", minimum: 1, maximum: 100 }, 101)).toBe("maximum")
    expect(violationOf({ type: "integer", minimum: 1, maximum: 100 }, 100)).toBeUndefined()
    expect(violationOf({ type: "array", minItems: 1 }, [])).toBe("minItems")
    expect(violationOf({ type: "array", maxItems: 2 }, [1, 2, 3])).toBe("maxItems")
  })

  it("nested objects and lists, with the path of the broken value", () => {
    const schema: Facts.ValueFact = {
      type: "array",
      items: {
        type: "object",
        properties: { UserId: { type: "string", minLength: 1 }, Tags: { type: "array", items: { type: "integer" } } },
        required: ["UserId"]
      }
    }
    expect(Params.check(schema, [{ UserId: "a" }, {}], "UserInfo")).toMatchObject({
      path: "UserInfo[1].UserId",
      kind: "required"
    })
    expect(Params.check(schema, [{ UserId: "a", Tags: [1, "x"] }], "UserInfo")).toMatchObject({
      path: "UserInfo[0].Tags[1]",
      kind: "type"
    })
    const map: Facts.ValueFact = { type: "object", additionalProperties: { type: "string", maxLength: 1 } }
    expect(Params.check(map, { a: "x", b: "yy" }, "M")).toMatchObject({ path: "M.b", kind: "maxLength" })
  })
})

describe("Params.read", () => {
  const request = (query: string, body: Readonly<Record<string, unknown>> = {}) => ({
    query: Query.parseQuery(query),
    body
  })

  it("reads GET lists from repeated bracket keys, converts numbers, refuses a bare key", () => {
    const read = Params.read(fact("KickoutUser"), request("RoomId=r&UserId%5B%5D=a&UserId[]=b"))
    expect(read).toEqual(Either.right({ RoomId: "r", UserId: ["a", "b"] }))
    const bare = Params.read(fact("KickoutUser"), request("RoomId=r&UserId=a"))
    expect(Either.isLeft(bare) && bare.left).toMatchObject({ path: "UserId", kind: "encoding" })
    const limit = Params.read(fact("DescribeUserList"), request("RoomId=r&Limit=12&Mode=1"))
    expect(limit).toEqual(Either.right({ RoomId: "r", Limit: 12, Mode: 1 }))
    const notANumber = Params.read(fact("DescribeUserList"), request("RoomId=r&Limit=twelve"))
    expect(Either.isLeft(notANumber) && notANumber.left).toMatchObject({ path: "Limit", kind: "type" })
  })

  it("reads GET lists of objects from indexed-dot keys", () => {
    const read = Params.read(
      fact("DeleteMedia"),
      request("Vendor=Tencent&Media.0.FileId=f1&Media.0.Resolution.0=360p&Media.1.FileId=f2&ClearCache=true")
    )
    expect(read).toEqual(Either.right({
      Vendor: "Tencent",
      Media: [{ FileId: "f1", Resolution: ["360p"] }, { FileId: "f2" }],
      ClearCache: true
    }))
    const gap = Params.read(fact("DeleteMedia"), request("Vendor=Tencent&Media.1.FileId=f"))
    expect(Either.isLeft(gap) && gap.left.kind).toBe("encoding")
    const bad = Params.read(fact("DeleteMedia"), request("Vendor=Tencent&Media.0.FileId=f&Media.0.Resolution.0=1080p"))
    expect(Either.isLeft(bad) && bad.left).toMatchObject({ path: "Media[0].Resolution[0]", kind: "enum" })
  })

  it("reads POST parameters from the body, ignoring undocumented ones and null", () => {
    const read = Params.read(
      fact("QueryGroupInfo"),
      request("", { FromUserId: "a", GroupId: "g", Extra: 1, NotDocumented: true })
    )
    expect(read).toEqual(Either.right({ FromUserId: "a", GroupId: "g" }))
    const missing = Params.read(fact("QueryGroupInfo"), request("", { FromUserId: "a", GroupId: null }))
    expect(Either.isLeft(missing) && missing.left).toMatchObject({ path: "GroupId", kind: "required" })
  })
})

describe("FactAction.violationCode: one rule for every Action", () => {
  const codeOf = (name: string, violation: Params.Violation) => FactAction.violationCode(fact(name), violation)
  const required = (path: string): Params.Violation => ({ path, kind: "required", rule: "is required" })
  const tooLong = (path: string): Params.Violation => ({ path, kind: "maxBytes", rule: "…" })
  const tooMany = (path: string): Params.Violation => ({ path, kind: "maxItems", rule: "…" })

  it("the Action's own InvalidParameter code, else its table's, else the product's 2", () => {
    expect(codeOf("CreateGroup", required("GroupOwner"))).toBe(660000002)
    expect(codeOf("RTMPDispatchV2", required("StreamId"))).toBe(1006)
    expect(codeOf("StartMix", required("TaskId"))).toBe(110200002)
    expect(codeOf("SendPeerMessage", required("FromUserId"))).toBe(2)
    expect(codeOf("DescribeUserList", required("RoomId"))).toBe(2)
    // QueryUserInfos documents 660000002 as "user absent", not as a parameter error.
    expect(FactAction.parameterErrorCode(fact("QueryUserInfos"))).toBe(2)
  })

  it("too long or too many: the Action's code for that limit, else its table's 'too long' code", () => {
    expect(codeOf("KickoutUser", tooMany("UserId"))).toBe(50011)
    expect(codeOf("KickoutGroupUser", tooMany("UserId"))).toBe(660000011)
    expect(codeOf("UserRegister", tooLong("UserInfo[0].UserId"))).toBe(660000012)
    expect(codeOf("UserRegister", tooLong("UserInfo[0].UserName"))).toBe(660700006)
    expect(codeOf("UserRegister", tooLong("UserInfo[0].UserAvatar"))).toBe(660700007)
    expect(codeOf("SendBarrageMessage", tooLong("MessageContent"))).toBe(50012)
    expect(codeOf("DescribeUserNum", tooMany("RoomId"))).toBe(3)
    expect(codeOf("GenerateIdentifyToken", tooLong("UserId"))).toBe(3)
    // Tables without a "too long" code keep the parameter-error code.
    expect(codeOf("CreateGroup", tooLong("GroupNotice"))).toBe(660000002)
    expect(codeOf("DeleteMedia", tooMany("FileId"))).toBe(2)
  })
})

describe("Synthesize.response", () => {
  it("fills every documented field, echoes the request's IDs, one item per list, no failed items", () => {
    const fields = Synthesize.response(fact("DescribeUserNum"), { RoomId: ["r1", "r2"] })
    expect(fields).toEqual({ Data: { UserCountList: [{ RoomId: "r1", UserCount: 1, AdminUserCount: 1 }] } })
    const created = Synthesize.response(fact("AddFriends"), { FromUserId: "a" })
    expect(created["ErrorList"]).toEqual([])
    const task = Synthesize.response(fact("GetMixTaskInfo"), { TaskId: "task-7" })
    expect(JSON.stringify(task)).toContain("\"TaskId\":\"task-7\"")
  })

  it("gives enums their first value and cursors 'no more pages'", () => {
    const page = Synthesize.response(fact("QueryGroupMemberList"), { GroupId: "g" })
    expect(page["Next"]).toBe(0)
    const members = page["MemberList"]
    expect(Array.isArray(members) && members[0]).toMatchObject({ Role: 1 })
    expect(Synthesize.response(fact("DescribeUserList"), { RoomId: "r", Marker: "9" })).toMatchObject({
      Data: { Marker: "" }
    })
    expect(Synthesize.response(fact("QueryAppGroupList"), { Next: 5 })["Next"]).toBe(0)
  })
})

const emulatorCall = <A, E>(f: (emulator: EmulatorService) => Effect.Effect<A, E>) => Effect.flatMap(Emulator, f)

layer(Emulator.layer({ rateLimits: "off" }))("facts-driven Actions over HTTP", (it) => {
  it.effect("a documented limit of each kind is refused with the Action's code", () =>
    Effect.gen(function*() {
      const cases: ReadonlyArray<readonly [string, Effect.Effect<Reply, Error, Emulator>]> = [
        // required (ZIM: the Action's 660000002)
        ["660000002", emulatorCall((e) => post(e, "CreateGroup", { GroupName: "x" }))],
        // character set
        ["660000002", emulatorCall((e) => post(e, "CreateGroup", { GroupOwner: "alice", GroupId: "a*b" }))],
        // bytes, with the Action's own code for a user ID
        ["660000012", emulatorCall((e) => post(e, "UserRegister", { UserInfo: [{ UserId: "é".repeat(17) }] }))],
        // item count, with the Action's own "too many users"
        ["50011", emulatorCall((e) => call(e, "KickoutUser", { query: `RoomId=r&${"UserId[]=u&".repeat(6)}` }))],
        // item count, RTC "too long"
        ["3", emulatorCall((e) => call(e, "DescribeUserNum", { query: "RoomId[]=r&".repeat(11) }))],
        // enum, GET
        ["2", emulatorCall((e) => call(e, "DescribeUserList", { query: "RoomId=r&Mode=2" }))],
        // range, GET
        ["2", emulatorCall((e) => call(e, "DescribeUserList", { query: "RoomId=r&Limit=201" }))],
        // integer, POST
        ["660000002", emulatorCall((e) => post(e, "QueryGroupMemberList", { GroupId: "g", Limit: 1.5 }))],
        // type, POST
        [
          "2",
          emulatorCall((e) =>
            post(e, "SendPeerMessage", {
              FromUserId: "a",
              ToUserId: ["b"],
              MessageType: 1,
              Priority: 1,
              MessageBody: "hi"
            })
          )
        ],
        // nested enum in an indexed-dot list
        [
          "2",
          emulatorCall((e) =>
            call(e, "DeleteMedia", { query: "Vendor=Tencent&Media.0.FileId=f&Media.0.Resolution.0=1080p" })
          )
        ],
        // stream mixing's own parameter code
        ["110200002", emulatorCall((e) => post(e, "StopMix", {}))]
      ]
      for (const [expected, request] of cases) {
        const reply = yield* request
        expect([expected, String(codeOf(reply))]).toEqual([expected, expected])
      }
    }))

  it.effect("the message names the field and the rule", () =>
    Effect.gen(function*() {
      const reply = yield* emulatorCall((e) => post(e, "UserRegister", { UserInfo: [{ UserId: "ok" }, {}] }))
      expect(reply.body).toMatchObject({ Code: 660000002, Message: "UserInfo[1].UserId is required." })
    }))

  it.effect("a valid request of an Action without state gets the documented answer, IDs echoed", () =>
    Effect.gen(function*() {
      const reply = yield* emulatorCall((e) => post(e, "StopMix", { TaskId: "task-42" }))
      expect(codeOf(reply)).toBe(0)
      const task = yield* emulatorCall((e) => call(e, "GetMixTaskInfo", { query: "TaskId=mix-1" }))
      expect(task.body).toMatchObject({ Code: 0 })
      expect(JSON.stringify(task.body["Data"])).toContain("\"TaskId\":\"mix-1\"")
    }))

  it.effect("the method is the documented one", () =>
    Effect.gen(function*() {
      const reply = yield* emulatorCall((e) => call(e, "StopMix", { method: "GET", query: "TaskId=t" }))
      expect(codeOf(reply)).toBe(2)
      expect(reply.body["Message"]).toContain("POST")
    }))
})
