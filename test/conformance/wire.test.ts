/**
 * Wire forms of the generated Actions beyond JSON bodies and `Key[]` lists: lists of objects in a GET
 * query (`Media.0.FileId=…`, the vendor's recursive-indexed-dot serialization).
 */
import { RtcService } from "@effect-zego/rtc"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { build } from "../support/harness.js"
import * as ScriptedServer from "../support/ScriptedServer.js"

const setup = Effect.gen(function*() {
  const server = yield* ScriptedServer.make
  const context = yield* build(server.url, { retry: false, rateLimit: false })
  return { server, rtc: Context.get(context, RtcService.RtcService) }
})

describe("indexed-dot GET parameters", () => {
  it.scopedLive("DeleteMedia: Media.N.FileId and Media.N.Resolution.M", () =>
    Effect.gen(function*() {
      const { rtc, server } = yield* setup
      server.script(() => ScriptedServer.envelope(0, { Data: { Deleted: ["a"] } }))
      const result = yield* rtc.deleteMedia({
        Vendor: "Tencent",
        Media: [{ FileId: "f1", Resolution: ["360p", "720p"] }, { FileId: "f2" }],
        ClearCache: true
      })
      expect(result.Data.Deleted).toEqual(["a"])
      const query = server.received[0]?.query
      expect(
        query &&
          Object.fromEntries(
            [...query].filter(([k]) => k !== "Signature" && k !== "SignatureNonce" && k !== "Timestamp")
          )
      ).toEqual({
        Action: ["DeleteMedia"],
        AppId: ["12345"],
        SignatureVersion: ["2.0"],
        Vendor: ["Tencent"],
        "Media.0.FileId": ["f1"],
        "Media.0.Resolution.0": ["360p"],
        "Media.0.Resolution.1": ["720p"],
        "Media.1.FileId": ["f2"],
        ClearCache: ["true"]
      })
    }))

  it.scopedLive("MergeMedia: HandleMediaArgs.N.*, next to an ordinary InputFileId[] list", () =>
    Effect.gen(function*() {
      const { rtc, server } = yield* setup
      server.script(() => ScriptedServer.envelope(0, { Data: { Tencent: { TaskId: "t" } } }))
      yield* rtc.mergeMedia({
        Vendor: "Tencent",
        Type: "1",
        HandleMediaArgs: [{ FileId: "a", StartTime: 1.5, EndTime: 3 }],
        OutputFileName: "out"
      })
      const query = server.received[0]?.query
      expect(query?.get("HandleMediaArgs.0.FileId")).toEqual(["a"])
      expect(query?.get("HandleMediaArgs.0.StartTime")).toEqual(["1.5"])
      expect(query?.get("HandleMediaArgs.0.EndTime")).toEqual(["3"])
      server.script(() => ScriptedServer.envelope(0))
      yield* rtc.mergeMedia({ Vendor: "Huawei", InputFileId: ["x", "y"] })
      expect(server.received[1]?.query.get("InputFileId[]")).toEqual(["x", "y"])
    }))

  it.scopedLive("a bad nested value is refused with its path, nothing sent", () =>
    Effect.gen(function*() {
      const { rtc, server } = yield* setup
      const error = yield* Effect.flip(
        rtc.deleteMedia({ Vendor: "Tencent", Media: [{ FileId: "f", Resolution: ["1080p"] }] })
      )
      expect(error._tag).toBe("InvalidRequest")
      if (error._tag === "InvalidRequest") expect(error.field).toBe("Media[0].Resolution[0]")
      expect(server.received).toHaveLength(0)
    }))
})
