/**
 * The generated QueryUserInfos, QueryGroupsInfoOfUser and DescribeUsers against the hand-written seeds they
 * replace (kept in test/fixtures/handwritten): the same exported names, the same types in both directions,
 * and the same behaviour (validation, decoding, code tables, partial results).
 */
import type { ZegoError } from "@effect-zego/core"
import { Action } from "@effect-zego/core"
import { DescribeUsers } from "@effect-zego/rtc"
import { QueryGroupsInfoOfUser, QueryUserInfos } from "@effect-zego/zim"
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as HandDescribeUsers from "./fixtures/handwritten/DescribeUsers.js"
import * as HandQueryGroupsInfoOfUser from "./fixtures/handwritten/QueryGroupsInfoOfUser.js"
import * as HandQueryUserInfos from "./fixtures/handwritten/QueryUserInfos.js"

// ---------------------------------------------------------------------------
// Types, both directions
// ---------------------------------------------------------------------------

/**
 * Compiles only when each type is assignable to the other. The error classes of the two versions are
 * separate declarations with the same tags and fields: they are equal as structures, not as names, so
 * the types that hold them are compared this way.
 */
const mutual = <X, Y>(
  ..._: [X] extends [Y] ? [Y] extends [X] ? [] : ["Y is not assignable to X"] : ["X is not assignable to Y"]
) => {}

describe("types", () => {
  it("QueryUserInfos", () => {
    type G = typeof QueryUserInfos.QueryUserInfos
    type H = typeof HandQueryUserInfos.QueryUserInfos
    expectTypeOf<Action.Input<G>>().toEqualTypeOf<Action.Input<H>>()
    expectTypeOf<Schema.Schema.Encoded<G["request"]>>().toEqualTypeOf<Schema.Schema.Encoded<H["request"]>>()
    expectTypeOf<Schema.Schema.Type<G["response"]>>().toEqualTypeOf<Schema.Schema.Type<H["response"]>>()
    expectTypeOf<Schema.Schema.Encoded<G["response"]>>().toEqualTypeOf<Schema.Schema.Encoded<H["response"]>>()
    mutual<Action.Success<G>, Action.Success<H>>()
    mutual<Action.Error<G>, Action.Error<H>>()
    mutual<QueryUserInfos.Result, HandQueryUserInfos.Result>()
    mutual<QueryUserInfos.FailedUser, HandQueryUserInfos.FailedUser>()
    mutual<QueryUserInfos.Error, HandQueryUserInfos.Error>()
    mutual<
      InstanceType<typeof QueryUserInfos.UserNotRegistered>,
      InstanceType<typeof HandQueryUserInfos.UserNotRegistered>
    >()
    expectTypeOf<QueryUserInfos.UserInfo>().toEqualTypeOf<HandQueryUserInfos.UserInfo>()
    expectTypeOf<keyof typeof QueryUserInfos.errors>().toEqualTypeOf<keyof typeof HandQueryUserInfos.errors>()
    expectTypeOf<Action.Error<G>["_tag"]>().toEqualTypeOf<Action.Error<H>["_tag"]>()
    expectTypeOf<QueryUserInfos.FailedUser["Error"]["_tag"]>().toEqualTypeOf<
      HandQueryUserInfos.FailedUser["Error"]["_tag"]
    >()
    expectTypeOf<Schema.Schema.Type<typeof QueryUserInfos.UserId>>().toEqualTypeOf<string>()
  })

  it("QueryGroupsInfoOfUser", () => {
    type G = typeof QueryGroupsInfoOfUser.QueryGroupsInfoOfUser
    type H = typeof HandQueryGroupsInfoOfUser.QueryGroupsInfoOfUser
    expectTypeOf<Action.Input<G>>().toEqualTypeOf<Action.Input<H>>()
    expectTypeOf<Schema.Schema.Encoded<G["request"]>>().toEqualTypeOf<Schema.Schema.Encoded<H["request"]>>()
    expectTypeOf<Schema.Schema.Type<G["response"]>>().toEqualTypeOf<Schema.Schema.Type<H["response"]>>()
    expectTypeOf<Schema.Schema.Encoded<G["response"]>>().toEqualTypeOf<Schema.Schema.Encoded<H["response"]>>()
    expectTypeOf<Action.Success<G>>().toEqualTypeOf<Action.Success<H>>()
    mutual<Action.Error<G>, Action.Error<H>>()
    expectTypeOf<Action.Error<G>["_tag"]>().toEqualTypeOf<Action.Error<H>["_tag"]>()
    expectTypeOf<QueryGroupsInfoOfUser.GroupInfo>().toEqualTypeOf<HandQueryGroupsInfoOfUser.GroupInfo>()
    expectTypeOf<keyof typeof QueryGroupsInfoOfUser.errors>().toEqualTypeOf<
      keyof typeof HandQueryGroupsInfoOfUser.errors
    >()
  })

  it("DescribeUsers", () => {
    type G = typeof DescribeUsers.DescribeUsers
    type H = typeof HandDescribeUsers.DescribeUsers
    expectTypeOf<Action.Input<G>>().toEqualTypeOf<Action.Input<H>>()
    expectTypeOf<Schema.Schema.Encoded<G["request"]>>().toEqualTypeOf<Schema.Schema.Encoded<H["request"]>>()
    expectTypeOf<Schema.Schema.Type<G["response"]>>().toEqualTypeOf<Schema.Schema.Type<H["response"]>>()
    expectTypeOf<Schema.Schema.Encoded<G["response"]>>().toEqualTypeOf<Schema.Schema.Encoded<H["response"]>>()
    expectTypeOf<Action.Success<G>>().toEqualTypeOf<Action.Success<H>>()
    mutual<Action.Error<G>, Action.Error<H>>()
    expectTypeOf<Action.Error<G>["_tag"]>().toEqualTypeOf<Action.Error<H>["_tag"]>()
    expectTypeOf<DescribeUsers.UserStatus>().toEqualTypeOf<HandDescribeUsers.UserStatus>()
    expectTypeOf<keyof typeof DescribeUsers.errors>().toEqualTypeOf<keyof typeof HandDescribeUsers.errors>()
  })
})

// ---------------------------------------------------------------------------
// Behaviour
// ---------------------------------------------------------------------------

const seeds: ReadonlyArray<{
  readonly name: string
  readonly generated: Record<string, unknown>
  readonly handwritten: Record<string, unknown>
  readonly g: Action.Any
  readonly h: Action.Any
  readonly inputs: ReadonlyArray<unknown>
  readonly bodies: ReadonlyArray<unknown>
}> = [
  {
    name: "QueryUserInfos",
    generated: QueryUserInfos,
    handwritten: HandQueryUserInfos,
    g: QueryUserInfos.QueryUserInfos,
    h: HandQueryUserInfos.QueryUserInfos,
    inputs: [
      { UserIds: ["alice", "b ob", "x".repeat(64)] },
      { UserIds: [] },
      { UserIds: Array.from({ length: 101 }, (_, i) => `u${i}`) },
      { UserIds: ["ok", "x".repeat(65)] },
      { UserIds: ["a*b", ""] },
      { UserIds: ["é".repeat(32), "é".repeat(33)] },
      { UserIds: [1] },
      { UserIds: ["a"], Extra: 1 },
      {},
      "not an object"
    ],
    bodies: [
      { Code: 0, Message: "success", RequestId: "r" },
      { Result: [{ UserId: "a" }], ErrorList: [{ UserId: "b", SubCode: 660000002 }, { UserId: "c", SubCode: 1 }] },
      { Result: [{ UserId: "a", UserName: "A", UserAvatar: "x", Extra: "e" }], ErrorList: [] },
      { Result: [{ UserName: "no id" }] },
      { ErrorList: [{ UserId: "b" }] },
      { Result: "nope" }
    ]
  },
  {
    name: "QueryGroupsInfoOfUser",
    generated: QueryGroupsInfoOfUser,
    handwritten: HandQueryGroupsInfoOfUser,
    g: QueryGroupsInfoOfUser.QueryGroupsInfoOfUser,
    h: HandQueryGroupsInfoOfUser.QueryGroupsInfoOfUser,
    inputs: [
      { FromUserId: "a", Limit: 10 },
      { FromUserId: "a", Limit: 10, Next: "" },
      { FromUserId: "a", Limit: 100, Next: "12" },
      { FromUserId: "", Limit: 10 },
      { FromUserId: "x".repeat(33), Limit: 10 },
      { FromUserId: "a", Limit: 0 },
      { FromUserId: "a", Limit: 101 },
      { FromUserId: "a", Limit: 1.5 },
      { FromUserId: "a" },
      { FromUserId: "a", Limit: 1, Next: 3 }
    ],
    bodies: [
      {},
      { NextRsp: "3", HasJoinGroupNum: 21, GroupInfoList: [{ GroupId: "g", GroupName: "G" }] },
      { GroupInfoList: [{ GroupName: "no id" }] },
      { NextRsp: 3 }
    ]
  },
  {
    name: "DescribeUsers",
    generated: DescribeUsers,
    handwritten: HandDescribeUsers,
    g: DescribeUsers.DescribeUsers,
    h: HandDescribeUsers.DescribeUsers,
    inputs: [
      { RoomId: "r", UserId: ["a", "b&c"] },
      { RoomId: "", UserId: ["a"] },
      { RoomId: "r", UserId: [] },
      { RoomId: "r", UserId: Array.from({ length: 11 }, (_, i) => `u${i}`) },
      { RoomId: "r", UserId: [""] },
      { RoomId: "r" }
    ],
    bodies: [
      {},
      { Data: {} },
      { Data: { UserStatusList: [{ UserId: "a", Status: 1, LoginTime: 5, UserRole: 2 }, { UserId: "b" }] } },
      { Data: { UserStatusList: [{ Status: 1 }] } },
      { Data: null }
    ]
  }
]

const outcome = (effect: Effect.Effect<unknown, ZegoError.InvalidRequest>) =>
  Effect.runSync(Effect.either(effect)).pipe(
    Either.match({
      onLeft: (e) => ({ left: { field: e.field, rule: e.rule, issues: e.issues } }),
      onRight: (r) => ({ right: r })
    })
  )

const decoded = (action: Action.Any, body: unknown) =>
  Either.match(Schema.decodeUnknownEither(action.response, { errors: "all" })(body), {
    onLeft: (e) => ({ left: e.message }),
    onRight: (r) => ({ right: r })
  })

describe("behaviour", () => {
  for (const seed of seeds) {
    describe(seed.name, () => {
      it("exports every name the hand-written module exported, of the same kind", () => {
        for (const [name, value] of Object.entries(seed.handwritten)) {
          expect([name, typeof seed.generated[name]]).toEqual([name, typeof value])
        }
      })

      it("declares the same Action", () => {
        const pick = (a: Action.Any) => ({
          product: a.product,
          name: a.name,
          method: a.method,
          qps: a.qps,
          scopedLimit: a.scopedLimit,
          idempotent: a.idempotent
        })
        expect(pick(seed.g)).toEqual(pick(seed.h))
      })

      it("has the same code table: codes, tags, meanings and retry classes", () => {
        const table = (a: Action.Any) =>
          Object.entries(a.errors).map(([code, cls]) => [
            Number(code),
            cls._tag,
            cls.meaning,
            cls.retryClass,
            cls.isThrottling
          ])
        expect(table(seed.g)).toEqual(table(seed.h))
      })

      it("validates and encodes every input the same way", () => {
        for (const input of seed.inputs) {
          expect(outcome(Action.validate(seed.g, input))).toEqual(outcome(Action.validate(seed.h, input)))
        }
      })

      it("decodes every body the same way, and finalizes it the same way", () => {
        for (const body of seed.bodies) {
          const g = decoded(seed.g, body)
          expect(g).toEqual(decoded(seed.h, body))
          if ("right" in g) {
            const context = (action: Action.Any) => ({
              requestId: "rid",
              errorFor: (code: number) => Action.errorFor(action, code, { serverMessage: "m", requestId: "rid" })
            })
            const finalized = (action: Action.Any) =>
              JSON.parse(JSON.stringify(
                (action.finalize as (d: unknown, c: Action.ResponseContext<unknown>) => unknown)(
                  g.right,
                  context(action)
                ),
                (key, value: unknown) =>
                  key === "Error" && typeof value === "object" && value !== null && "_tag" in value ? value._tag : value
              ))
            expect(finalized(seed.g)).toEqual(finalized(seed.h))
          }
        }
      })
    })
  }
})
