import { ZimService } from "@effect-zego/zim"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { build } from "./support/harness.js"
import * as ScriptedServer from "./support/ScriptedServer.js"

describe("smoke", () => {
  it.scopedLive("QueryUserInfos round trip", () =>
    Effect.gen(function*() {
      const server = yield* ScriptedServer.make
      server.script(() =>
        ScriptedServer.envelope(0, {
          Result: [{ UserId: "alice", UserName: "Alice", UserAvatar: "", Extra: "" }],
          ErrorList: [{ UserId: "bob", SubCode: 660700015 }]
        })
      )
      const zim = Context.get(yield* build(server.url), ZimService.ZimService)
      const result = yield* zim.queryUserInfos({ UserIds: ["alice", "bob"] })
      expect(result.Result[0]?.UserName).toBe("Alice")
      expect(result.ErrorList[0]?.Error._tag).toBe("UserNotRegistered")
      expect(server.received[0]?.json).toEqual({ UserIds: ["alice", "bob"] })
    }))
})
