import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { spawn } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import { fileURLToPath } from "node:url"
import { Cli, Facts, Faults } from "../src/index.js"

const parsed = (argv: ReadonlyArray<string>) => Either.getOrThrowWith(Cli.parseArgs(argv), (error) => error)
const failure = (argv: ReadonlyArray<string>) =>
  Either.match(Cli.parseArgs(argv), { onLeft: (error) => error.reason, onRight: () => "parsed" })

describe("Cli.parseArgs", () => {
  it("has defaults", () => {
    expect(parsed([])).toEqual({
      help: false,
      port: Cli.defaultPort,
      host: undefined,
      appId: undefined,
      serverSecret: undefined,
      seedPath: undefined,
      rateLimits: "documented",
      clockOffsetMs: 0,
      faults: {}
    })
  })

  it("reads every option, in both --flag value and --flag=value forms", () => {
    const options = parsed([
      "--port",
      "9000",
      "--app-id=42",
      "--secret",
      "ab".repeat(16),
      "--seed",
      "seed.json",
      "--rate-limits",
      "off",
      "--clock-offset=-5000",
      "--host",
      "0.0.0.0"
    ])
    expect(options).toMatchObject({
      port: 9000,
      appId: 42,
      serverSecret: "ab".repeat(16),
      seedPath: "seed.json",
      rateLimits: "off",
      clockOffsetMs: -5000,
      host: "0.0.0.0"
    })
    expect(parsed(["--rate-limits", "QueryUserInfos=5,DescribeUsers=off"]).rateLimits).toEqual({
      QueryUserInfos: 5,
      DescribeUsers: "off"
    })
    expect(parsed(["--help"]).help).toBe(true)
  })

  it("reads fault specifications", () => {
    const options = parsed([
      "--fault",
      "latency:200",
      "--fault",
      "QueryUserInfos=code:660000001@0.25*3",
      "--fault",
      "DescribeUsers=status:503:empty",
      "--fault",
      "body:truncatedJson",
      "--fault",
      "drop@0.1",
      "--fault",
      "ratelimit",
      "--fault-seed",
      "9"
    ])
    expect(options.faults).toEqual({
      [Faults.allActions]: [
        { fault: Faults.latency(200), seed: 9 },
        { fault: Faults.malformedBody("truncatedJson"), seed: 9 },
        { fault: Faults.dropConnection, rate: 0.1, seed: 9 },
        { fault: Faults.rateLimited, seed: 9 }
      ],
      QueryUserInfos: [{ fault: Faults.forcedCode(660000001), rate: 0.25, count: 3, seed: 9 }],
      DescribeUsers: [{ fault: Faults.httpError(503, "empty"), seed: 9 }]
    })
  })

  it("refuses what it does not understand", () => {
    expect(failure(["--port", "abc"])).toContain("--port")
    expect(failure(["--port"])).toContain("needs a value")
    expect(failure(["--verbose", "1"])).toContain("unknown option")
    expect(failure(["serve"])).toContain("unexpected argument")
    expect(failure(["--fault", "explode"])).toContain("unknown fault kind")
    expect(failure(["--fault", "latency"])).toContain("latency needs")
    expect(failure(["--fault", "ratelimit@1.5"])).toContain("--fault")
    expect(failure(["--fault", "body:xml"])).toContain("body needs")
    expect(failure(["--rate-limits", "QueryUserInfos=fast"])).toContain("QueryUserInfos")
  })

  it("names an unknown option as unknown, with or without a value, and lists the valid ones", () => {
    const all = Cli.flags.map((flag) => flag.name)
    for (const argv of [["--bogus"], ["--bogus", "1"], ["--bogus=1"]]) {
      const reason = failure(argv)
      expect(reason).toMatch(/^unknown option --bogus; the options are /)
      expect(reason).not.toContain("needs a value")
      for (const name of [...all, "--help"]) expect(reason).toContain(name)
    }
    expect(all).toContain("--clock-offset")
    // A near miss is suggested.
    expect(failure(["--prot", "9000"])).toContain("unknown option --prot (did you mean --port?)")
    // A known option without its value still says so, with the value's form.
    expect(failure(["--fault"])).toBe("--fault needs a value: --fault SPEC")
    // Every option of the table is in the usage text.
    for (const name of all) expect(Cli.usage).toContain(`  ${name} `)
  })

  it("refuses a fault or rate limit for an Action the emulator does not have, suggesting close names", () => {
    expect(failure(["--fault", "QueryUserInfo=drop"])).toBe(
      `--fault QueryUserInfo=drop: unknown Action "QueryUserInfo" (did you mean QueryUserInfos?); ` +
        "Actions are named as the API names them, e.g. QueryUserInfos"
    )
    expect(failure(["--fault", "describeusers=code:1"])).toMatch(
      /^--fault describeusers=code:1: unknown Action "describeusers" \(did you mean DescribeUsers\b.*\); Action names are case-sensitive$/
    )
    expect(failure(["--fault", "Nothing=drop"])).toContain(`unknown Action "Nothing"; `)
    expect(failure(["--rate-limits", "QueryUserInfos=5,DescribeUser=off"])).toContain(
      `--rate-limits: unknown Action "DescribeUser" (did you mean DescribeUsers`
    )
    // Every Action of the facts is accepted, ZIM and RTC.
    for (const name of Facts.byName.keys()) {
      expect(parsed(["--fault", `${name}=drop`]).faults[name]).toHaveLength(1)
    }
  })

  it("suggests at most three close names, closest first", () => {
    expect(Cli.closest("QueryUserInfo", ["QueryUserInfos", "DescribeUsers", "QueryGroupsInfoOfUser"])).toEqual([
      "QueryUserInfos"
    ])
    expect(Cli.closest("xyz", ["QueryUserInfos"])).toEqual([])
    expect(Cli.closest("--prot", ["--port", "--host", "--seed"])[0]).toBe("--port")
  })
})

const binPath = fileURLToPath(new URL("../src/bin.ts", import.meta.url))
const packageDir = fileURLToPath(new URL("..", import.meta.url))

describe("bin", () => {
  it.live("starts, prints how to use it, serves, and stops on SIGINT", () =>
    Effect.gen(function*() {
      const secret = "0123456789abcdef0123456789abcdef"
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          binPath,
          "--port",
          "0",
          "--app-id",
          "12345",
          "--secret",
          secret,
          "--fault",
          "DescribeUsers=code:1*1"
        ],
        { cwd: packageDir, stdio: ["ignore", "pipe", "pipe"] }
      )
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
      yield* Effect.addFinalizer(() => Effect.sync(() => child.kill("SIGKILL")))
      let output = ""
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8")
      })
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8")
      })
      const url = yield* Effect.promise(() =>
        new Promise<string>((resolve, reject) => {
          // Starting tsx and the emulator took 33 s on a busy machine.
          const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 150_000)
          const poll = setInterval(() => {
            const match = /listening on (http:\/\/\S+)/.exec(output)
            if (match?.[1] !== undefined) {
              clearInterval(poll)
              clearTimeout(timer)
              resolve(match[1])
            }
          }, 50)
        })
      )
      expect(output).toContain("AppID:        12345")
      expect(output).toContain(`ZEGO_ZIM_BASE_URL=${url}`)
      expect(output).toContain(`ZEGO_RTC_BASE_URL=${url}`)

      const describeUsers = () => {
        const nonce = randomBytes(8).toString("hex")
        const timestamp = String(Math.floor(Date.now() / 1000))
        const signature = createHash("md5").update(`12345${nonce}${secret}${timestamp}`).digest("hex")
        return Effect.promise(async () => {
          const response = await fetch(
            `${url}/?Action=DescribeUsers&AppId=12345&SignatureNonce=${nonce}&Timestamp=${timestamp}` +
              `&SignatureVersion=2.0&Signature=${signature}&RoomId=live-room&UserId[]=anchor`
          )
          return (await response.json()) as { readonly Code?: unknown }
        })
      }
      expect((yield* describeUsers()).Code).toBe(1)
      expect((yield* describeUsers()).Code).toBe(0)

      child.kill("SIGINT")
      const code = yield* Effect.promise(() => exited)
      expect(code).toBe(0)
    }).pipe(Effect.scoped), 180_000)
})
