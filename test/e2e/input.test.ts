/**
 * Caller input that cannot be sent (issue 14, items 3 and 4), against the real emulator: a typed
 * `InvalidRequest` naming the field and the rule, and nothing reaches the server.
 */
import { ZegoError } from "@effect-zego/core"
import { Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { failure, setup } from "./support/e2e.js"

const message = (MessageBody: Record<string, unknown>) => ({
  FromUserId: Seed.users.alice,
  ToUserId: [Seed.users.bob],
  MessageType: 1,
  Priority: 1,
  MessageBody
})

const circular: Record<string, unknown> = { Message: "hi" }
circular["self"] = { again: circular }

const unserializable: ReadonlyArray<readonly [string, Record<string, unknown>, string, RegExp]> = [
  ["a BigInt", { Message: "hi", Count: BigInt(1) }, "MessageBody.Count", /BigInt/],
  ["a circular object", circular, "MessageBody.self.again.self", /circular/],
  [
    "a toJSON that throws",
    {
      Message: "hi",
      Items: [1, {
        toJSON: () => {
          throw new Error("no JSON for you")
        }
      }]
    },
    "MessageBody.Items[1]",
    /toJSON threw: no JSON for you/
  ]
]

describe("input that cannot be serialized", () => {
  for (const [what, body, field, rule] of unserializable) {
    it.scopedLive(`${what} inside SendPeerMessage's MessageBody: InvalidRequest naming it, nothing sent`, () =>
      Effect.gen(function*() {
        const { log, zim } = yield* setup()
        const error = yield* failure(zim.sendPeerMessage(message(body)))
        expect(error._tag).toBe("InvalidRequest")
        const invalid = error as ZegoError.InvalidRequest
        expect(invalid.field).toBe(field)
        expect(invalid.rule).toMatch(/^must be serializable to JSON/)
        expect(invalid.rule).toMatch(rule)
        expect(invalid.message).toMatch(/nothing was sent/)
        expect(yield* log()).toEqual([])
        // The client is fine afterwards.
        yield* zim.sendPeerMessage(message({ Message: "hi" }))
        expect((yield* log("SendPeerMessage")).map((entry) => entry.code)).toEqual([0])
      }))
  }
})

describe("huge invalid input", () => {
  it.scopedLive("1,000,000 invalid user IDs: rejected for the count alone, with one issue, nothing sent", () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup()
      const UserIds = Array.from({ length: 1_000_000 }, () => "")
      const error = yield* failure(zim.queryUserInfos({ UserIds }))
      expect(error._tag).toBe("InvalidRequest")
      const invalid = error as ZegoError.InvalidRequest
      // The count is checked before any item: no item was looked at, so none is reported.
      expect({ field: invalid.field, rule: invalid.rule }).toEqual({
        field: "UserIds",
        rule: "must have 1 to 100 items"
      })
      expect(invalid.issues).toHaveLength(1)
      expect(invalid.moreIssues).toBe(0)
      expect(yield* log()).toEqual([])
    }))

  it.scopedLive("100 invalid user IDs (a valid count): the first 20 issues listed, the other 80 counted", () =>
    Effect.gen(function*() {
      const { log, zim } = yield* setup()
      const UserIds = Array.from({ length: 100 }, () => "")
      const invalid = (yield* failure(zim.queryUserInfos({ UserIds }))) as ZegoError.InvalidRequest
      expect(invalid._tag).toBe("InvalidRequest")
      expect(invalid.issues).toHaveLength(ZegoError.maxListedIssues)
      expect(invalid.issues.map((issue) => issue.field)).toEqual(
        Array.from({ length: ZegoError.maxListedIssues }, (_, i) => `UserIds[${i}]`)
      )
      expect(invalid.moreIssues).toBe(100 - ZegoError.maxListedIssues)
      expect(invalid.message).toMatch(/\(and 99 more\); nothing was sent$/)
      expect(yield* log()).toEqual([])
    }))
})
