/**
 * The pure parts of `zego`: flag names and values, bulk files, rendering.
 */
import { DescribeUsers } from "@effect-zego/rtc"
import { QueryUserInfos } from "@effect-zego/zim"
import { describe, expect, it } from "vitest"
import { ActionInput, Bulk, Render } from "../src/index.js"

describe("ActionInput", () => {
  it("names a field's flag in kebab case", () => {
    expect(ActionInput.kebab("UserIds")).toBe("user-ids")
    expect(ActionInput.kebab("FromUserId")).toBe("from-user-id")
    expect(ActionInput.kebab("CDNUrl")).toBe("cdn-url")
    expect(ActionInput.kebab("RTMPDispatchV2")).toBe("rtmp-dispatch-v2")
  })

  it("reads the fields of an Action's request schema, with their kinds and documented limits", () => {
    expect(ActionInput.fieldsOf(QueryUserInfos.QueryUserInfos)).toEqual([
      {
        name: "UserIds",
        flag: "user-ids",
        kind: "strings",
        required: true,
        limits: QueryUserInfos.QueryUserInfos.limits?.["UserIds"]
      }
    ])
    expect(ActionInput.fieldsOf(DescribeUsers.DescribeUsers).map((f) => [f.flag, f.kind])).toEqual([
      ["room-id", "string"],
      ["user-id", "strings"]
    ])
  })

  it("parses flag values by kind, leaving what does not parse for the Action's rule", () => {
    expect(ActionInput.parseFlag("strings", "a,b")).toEqual(["a", "b"])
    expect(ActionInput.parseFlag("strings", "")).toEqual([])
    expect(ActionInput.parseFlag("number", "42")).toBe(42)
    expect(ActionInput.parseFlag("number", "forty")).toBe("forty")
    expect(ActionInput.parseFlag("numbers", "1,x")).toEqual([1, "x"])
    expect(ActionInput.parseFlag("boolean", "true")).toBe(true)
    expect(ActionInput.parseFlag("boolean", "yes")).toBe("yes")
    expect(ActionInput.parseFlag("json", "{\"a\":1}")).toEqual({ a: 1 })
  })
})

describe("Bulk", () => {
  it("numbers input lines from 1 and skips blank ones", () => {
    expect(Bulk.inputLines("{\"a\":1}\n\n{\"a\":2}\n")).toEqual([
      { line: 1, text: "{\"a\":1}" },
      { line: 3, text: "{\"a\":2}" }
    ])
  })

  it("counts only complete records of an output file as done", () => {
    expect([...Bulk.doneLines("{\"line\":1,\"ok\":true}\n{\"line\":3,\"ok\":false}\n{\"line\":4,\"o")]).toEqual([1, 3])
  })

  it("reports progress with the rate against the QPS and an ETA", () => {
    const progress: Bulk.Progress = { total: 100, done: 40, errors: 1, recent: [] }
    for (let i = 0; i < 40; i++) progress.recent.push(10_000 + i * 50)
    expect(Bulk.progressLine(progress, 20, 12_000)).toBe("progress: 40/100 done, 20.0/s (QPS 20), ETA 3s, 1 error")
  })
})

describe("Render", () => {
  it("gives each kind of failure its exit code", () => {
    expect(Render.exitCodeOf(
      new QueryUserInfos.UserNotFoundOrLoggedOut({
        action: "QueryUserInfos",
        code: 660000002,
        serverMessage: "",
        requestId: "r"
      })
    )).toBe(Render.ExitCode.apiError)
    expect(Render.exitCodeOf(new Error("bug"))).toBe(Render.ExitCode.unexpected)
  })

  it("renders lists as tables, errors by their tag", () => {
    const text = Render.render(
      {
        Result: [{ UserId: "a", UserName: "A" }],
        ErrorList: [{ UserId: "b", SubCode: 1, Error: new Error("x") }]
      },
      "table",
      false
    )
    expect(text).toBe(
      [
        "Result:",
        "UserId  UserName",
        "------  --------",
        "a       A",
        "",
        "ErrorList:",
        "UserId  SubCode  Error",
        "------  -------  -----",
        "b       1        Error"
      ].join("\n")
    )
  })
})
