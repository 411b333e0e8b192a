/**
 * The built `zego` bin, run under plain node as a child process against the emulator on loopback.
 */
import { Signature } from "@effect-zego/callbacks"
import { Action } from "@effect-zego/core"
import { Emulator, type EmulatorService, Faults, type RequestLog } from "@effect-zego/emulator"
import { RoomRights, Token04 } from "@effect-zego/token"
import { QueryUserInfos } from "@effect-zego/zim"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as TestContext from "effect/TestContext"
import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import { buildBin, cleanEnv, run, runOnTerminal, start, stripAnsi, tempDir } from "./support.js"

// Each test starts node processes several times; on a busy machine that takes a while.
vi.setConfig({ testTimeout: 240_000 })

let bin = ""
let emulator: EmulatorService
let runtime: ManagedRuntime.ManagedRuntime<Emulator, unknown>
let dir = ""
let env: Record<string, string> = {}

const requests = (action?: string): Promise<ReadonlyArray<RequestLog.RequestRecord>> =>
  runtime.runPromise(emulator.requests.entries).then((all) =>
    action === undefined ? all : all.filter((r) => r.action === action)
  )

const bodyOf = (record: RequestLog.RequestRecord): Record<string, unknown> =>
  record.body._tag === "Json" && typeof record.body.value === "object" && record.body.value !== null
    ? record.body.value as Record<string, unknown>
    : {}

const zego = (args: ReadonlyArray<string>, stdin?: string, extraEnv: Record<string, string> = {}) =>
  run(bin, args, { ...env, ...extraEnv }, stdin)

beforeAll(async () => {
  bin = buildBin()
  runtime = ManagedRuntime.make(Emulator.layer({ rateLimits: "documented" }))
  emulator = await runtime.runPromise(Emulator)
  dir = tempDir()
  const secretFile = path.join(dir, "secret")
  fs.writeFileSync(secretFile, `${Redacted.value(emulator.serverSecret)}\n`, { mode: 0o600 })
  env = {
    ...cleanEnv(),
    XDG_CONFIG_HOME: path.join(dir, "config"),
    ZEGO_APP_ID: String(emulator.appId),
    ZEGO_SERVER_SECRET_FILE: secretFile,
    ZEGO_ZIM_BASE_URL: emulator.url,
    ZEGO_RTC_BASE_URL: emulator.url
  }
}, 600_000)

afterAll(async () => {
  await runtime?.dispose()
  if (dir !== "") fs.rmSync(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  await runtime.runPromise(Effect.zipRight(emulator.requests.reset, emulator.rateLimits.reset))
})

describe("zego <product> <Action>", () => {
  it("calls a ZIM Action, with the request from flags", async () => {
    const result = await zego(["zim", "QueryUserInfos", "--user-ids", "alice"])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      Result: [expect.objectContaining({ UserId: "alice", UserName: "Alice" })],
      ErrorList: []
    })
    const sent = await requests("QueryUserInfos")
    expect(sent.map(bodyOf)).toEqual([{ UserIds: ["alice"] }])
  })

  it("calls an RTC Action, with the request from --json, and prints a table", async () => {
    const result = await zego([
      "rtc",
      "DescribeUsers",
      "--json",
      JSON.stringify({ RoomId: "live-room", UserId: ["anchor"] }),
      "--output",
      "table"
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/UserId\s+.*\n-+.*\nanchor\s/)
    expect((await requests("DescribeUsers")).length).toBe(1)
  })

  it("reads the request from standard input and --file", async () => {
    const piped = await zego(["zim", "QueryUserInfos"], JSON.stringify({ UserIds: ["bob"] }))
    expect(piped.code).toBe(0)
    expect(JSON.parse(piped.stdout).Result[0].UserId).toBe("bob")
    const file = path.join(dir, "request.json")
    fs.writeFileSync(file, JSON.stringify({ UserIds: ["carol"] }))
    const fromFile = await zego(["zim", "QueryUserInfos", "--file", file])
    expect(JSON.parse(fromFile.stdout).Result[0].UserId).toBe("carol")
  })

  it("shows a partial failure's ErrorList beside the results, with each item's typed error", async () => {
    const result = await zego(["zim", "QueryUserInfos", "--user-ids", "alice,nobody"])
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout)
    expect(out.Result.map((u: { UserId: string }) => u.UserId)).toEqual(["alice"])
    expect(out.ErrorList).toEqual([
      expect.objectContaining({
        UserId: "nobody",
        SubCode: 660700015,
        Error: expect.objectContaining({ _tag: "UserNotRegistered", code: 660700015 })
      })
    ])
    const table = await zego(["zim", "QueryUserInfos", "--user-ids", "alice,nobody", "--output", "table"])
    expect(table.stdout).toContain("ErrorList:")
    expect(table.stdout).toMatch(/nobody\s+660700015\s+UserNotRegistered/)
  })

  it("refuses invalid input with the library's InvalidRequest wording, exit code 3, and sends nothing", async () => {
    const bad = { UserIds: ["alice", "x".repeat(65)] }
    const expected = Either.flip(Effect.runSync(Effect.either(Action.validate(QueryUserInfos.QueryUserInfos, bad))))
    const message = Either.getOrThrow(expected).message
    const result = await zego(["zim", "QueryUserInfos", "--json", JSON.stringify(bad)])
    expect(result.code).toBe(3)
    expect(result.stderr.trim()).toBe(`InvalidRequest: ${message}`)
    expect(result.stdout).toBe("")
    const flags = await zego(["zim", "QueryUserInfos", "--user-ids", ""])
    expect(flags.code).toBe(3)
    expect(flags.stderr).toContain("UserIds: must have 1 to 100 items; nothing was sent")
    expect(await requests()).toEqual([])
  })

  it("ends with one exit code per outcome, and prints a failure as one line (details with --verbose)", async () => {
    const api = await zego(["zim", "QueryUserInfos", "--user-ids", "nobody"])
    expect(api.code).toBe(4)
    expect(api.stderr.trim().split("\n")).toHaveLength(1)
    expect(api.stderr).toMatch(/^UserNotRegistered: .*code 660700015.*RequestId \S+/)
    const verbose = await zego(["zim", "QueryUserInfos", "--user-ids", "nobody", "--verbose"])
    expect(verbose.code).toBe(4)
    expect(verbose.stderr).toContain("\"errorList\"")

    const transport = await zego([
      "zim",
      "QueryUserInfos",
      "--user-ids",
      "alice",
      "--zim-base-url",
      "http://127.0.0.1:1"
    ])
    expect(transport.code).toBe(5)
    expect(transport.stderr).toMatch(/^TransportError: /)

    const usage = await zego(["zim", "QueryUserInfos", "--no-such-flag", "x"])
    expect(usage.code).toBe(2)
    const noAction = await zego(["zim", "NoSuchAction"])
    expect(noAction.code).toBe(2)
  })
})

describe("settings", () => {
  it("refuses a secret file that group or others can read, as ssh does", async () => {
    const open = path.join(dir, "open-secret")
    fs.writeFileSync(open, Redacted.value(emulator.serverSecret), { mode: 0o644 })
    fs.chmodSync(open, 0o644)
    const result = await zego(["zim", "QueryUserInfos", "--user-ids", "alice", "--secret-file", open])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("permissions 0644")
    expect(result.stderr).toContain("chmod 600")
    expect(await requests()).toEqual([])
  })

  it("writes a profile with zego configure and calls with it, without any ZEGO_* variable", async () => {
    const configHome = path.join(dir, "profiles")
    const base = { ...cleanEnv(), XDG_CONFIG_HOME: configHome }
    const configured = await run(bin, [
      "configure",
      "--profile",
      "emu",
      "--app-id",
      String(emulator.appId),
      "--secret-file",
      env["ZEGO_SERVER_SECRET_FILE"] ?? "",
      "--zim-base-url",
      emulator.url,
      "--rtc-base-url",
      emulator.url
    ], base)
    expect(configured.code).toBe(0)
    const file = path.join(configHome, "zego", "config.json")
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.readFileSync(file, "utf8")).not.toContain(Redacted.value(emulator.serverSecret))
    const call = await run(bin, ["zim", "QueryUserInfos", "--user-ids", "alice", "--profile", "emu"], base)
    expect(call.code).toBe(0)
    expect(JSON.parse(call.stdout).Result[0].UserId).toBe("alice")
    const missing = await run(bin, ["zim", "QueryUserInfos", "--user-ids", "alice", "--profile", "nope"], base)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("no profile named nope")
  })

  it("--debug prints the attempt log with the Signature redacted", async () => {
    const result = await zego(["zim", "QueryUserInfos", "--user-ids", "alice", "--debug"])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain("ZEGOCLOUD attempt succeeded")
    expect(result.stderr).toContain("Signature=REDACTED")
    const [sent] = await requests("QueryUserInfos")
    const signature = new URLSearchParams(sent?.rawQuery ?? "").get("Signature") ?? ""
    expect(signature).toMatch(/^[0-9a-f]{32}$/)
    expect(result.stderr).not.toContain(signature)
  })
})

describe("paging and batching", () => {
  it("zego zim groups-of-user streams every group, all pages", async () => {
    const result = await zego(["zim", "groups-of-user", "frank"])
    expect(result.code).toBe(0)
    const groups = result.stdout.trim().split("\n").map((line) => JSON.parse(line))
    expect(groups).toHaveLength(257)
    expect(new Set(groups.map((g: { GroupId: string }) => g.GroupId)).size).toBe(257)
    expect((await requests("QueryGroupsInfoOfUser")).length).toBe(3)
  })

  it("zego zim user-info looks users up in one batched QueryUserInfos call", async () => {
    const result = await zego(["zim", "user-info", "alice", "bob", "nobody"])
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout)
    expect(out.Result.map((u: { UserId: string }) => u.UserId).sort()).toEqual(["alice", "bob"])
    expect(out.ErrorList).toEqual([{ UserId: "nobody", Error: expect.objectContaining({ _tag: "UserNotRegistered" }) }])
    const sent = await requests("QueryUserInfos")
    expect(sent.map(bodyOf)).toEqual([{ UserIds: expect.arrayContaining(["alice", "bob", "nobody"]) }])
  })

  it("zego rtc user-status looks users up in one batched DescribeUsers call", async () => {
    const result = await zego(["rtc", "user-status", "live-room", "anchor", "viewer"])
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout)
    expect(out.Result.map((u: { UserId: string }) => u.UserId).sort()).toEqual(["anchor", "viewer"])
    expect((await requests("DescribeUsers")).length).toBe(1)
  })
})

const readResults = (file: string): ReadonlyArray<{ line: number; ok: boolean }> =>
  fs.readFileSync(file, "utf8").trim().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l))

describe("zego bulk", () => {
  it("runs 100 lines at QueryUserInfos' 20/s with no rejection at the emulator, logging progress", async () => {
    const input = path.join(dir, "bulk-100.ndjson")
    const output = path.join(dir, "bulk-100.results.ndjson")
    fs.writeFileSync(
      input,
      Array.from({ length: 100 }, (_, i) => JSON.stringify({ UserIds: ["alice", `user-${i + 1}`] })).join("\n")
    )
    const result = await zego([
      "bulk",
      "zim",
      "QueryUserInfos",
      "--input",
      input,
      "--output",
      output,
      "--concurrency",
      "20",
      "--progress-interval",
      "1"
    ])
    expect(result.code).toBe(0)
    const lines = readResults(output)
    expect(lines.map((r) => r.line).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(lines.every((r) => r.ok)).toBe(true)
    const sent = await requests("QueryUserInfos")
    // Every answer the emulator gave was a success: no rate-limit rejection (nor any other code).
    const answered = sent.filter((r) => !r.clientAborted)
    expect(answered.filter((r) => !r.accepted || r.code !== 0).map((r) => [r.sequence, r.status, r.code])).toEqual([])
    // One answered request per line; an attempt the client gave up on (its timeout, on a busy machine) is
    // retried, and the emulator logs it as aborted.
    expect(answered).toHaveLength(100)
    expect(result.stderr).toMatch(/^progress: \d+\/100 done, [\d.]+\/s \(QPS 20\), ETA \S+, 0 errors$/m)
    expect(result.stderr).toContain("bulk: 100/100 lines done, 0 errors")
  })

  it("--resume after Ctrl-C does every line exactly once", async () => {
    const input = path.join(dir, "bulk-resume.ndjson")
    const output = path.join(dir, "bulk-resume.results.ndjson")
    fs.writeFileSync(
      input,
      Array.from({ length: 100 }, (_, i) => JSON.stringify({ UserIds: ["alice", `user-${i + 1}`] })).join("\n")
    )
    const args = ["bulk", "zim", "QueryUserInfos", "--input", input, "--output", output, "--concurrency", "5"]
    const first = start(bin, args, env)
    // Interrupt once some lines are written.
    for (let i = 0; i < 6000; i++) {
      if (fs.existsSync(output) && readResults(output).length >= 10) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    first.kill("SIGINT")
    const interrupted = await first.done
    expect(interrupted.code).toBe(130)
    expect(interrupted.stderr).toContain("bulk: interrupted;")
    const firstLines = readResults(output)
    expect(firstLines.length).toBeGreaterThanOrEqual(10)
    expect(firstLines.length).toBeLessThan(100)

    const rerun = await zego(["bulk", "zim", "QueryUserInfos", "--input", input, "--output", output, "--resume"])
    expect(rerun.code).toBe(0)
    const all = readResults(output)
    expect(all.map((r) => r.line).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    // No line written by the first run was sent again.
    const sent = (await requests("QueryUserInfos")).map((r) => (bodyOf(r)["UserIds"] as Array<string>)[1])
    for (const { line } of firstLines) expect(sent.filter((id) => id === `user-${line}`)).toHaveLength(1)
    // Without --resume an existing output is never overwritten.
    const again = await zego(["bulk", "zim", "QueryUserInfos", "--input", input, "--output", output])
    expect(again.code).toBe(2)
  })

  it("retries a state-changing Action only with --retry-non-idempotent", async () => {
    const input = path.join(dir, "bulk-register.ndjson")
    fs.writeFileSync(
      input,
      [1, 2, 3].map((n) => JSON.stringify({ UserInfo: [{ UserId: `new-${n}`, UserName: `New ${n}` }] })).join("\n")
    )
    await runtime.runPromise(emulator.faults.set("UserRegister", { fault: Faults.httpError(503, "html") }))
    try {
      const once = path.join(dir, "register-once.ndjson")
      const plain = await zego(["bulk", "zim", "UserRegister", "--input", input, "--output", once])
      expect(plain.code).toBe(6)
      expect(readResults(once).every((r) => !r.ok)).toBe(true)
      expect(await requests("UserRegister")).toHaveLength(3)

      await runtime.runPromise(emulator.requests.reset)
      const retried = path.join(dir, "register-retried.ndjson")
      const opted = await zego([
        "bulk",
        "zim",
        "UserRegister",
        "--input",
        input,
        "--output",
        retried,
        "--retry-non-idempotent"
      ])
      expect(opted.code).toBe(6)
      expect((await requests("UserRegister")).length).toBeGreaterThan(3)
    } finally {
      await runtime.runPromise(emulator.faults.clear())
    }
  })
})

describe("on a terminal", () => {
  it("prints pretty JSON", async () => {
    const result = await runOnTerminal(bin, ["zim", "QueryUserInfos", "--user-ids", "alice"], env)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("{\r\n  \"Result\": [\r\n    {")
  })

  it("draws a bulk progress bar: done/total, the rate against the QPS, the ETA and the errors", async () => {
    const input = path.join(dir, "bulk-tty.ndjson")
    const output = path.join(dir, "bulk-tty.results.ndjson")
    fs.writeFileSync(input, Array.from({ length: 40 }, () => JSON.stringify({ UserIds: ["alice"] })).join("\n"))
    const result = await runOnTerminal(
      bin,
      ["bulk", "zim", "QueryUserInfos", "--input", input, "--output", output],
      env
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/\r\[[#-]{24}\] \d+\/40 {2}[\d.]+\/s of 20\/s {2}ETA \S+ {2}errors 0/)
    expect(result.stdout).toContain("[########################] 40/40")
    expect(readResults(output)).toHaveLength(40)
  })
})

describe("tracing", () => {
  it("OTEL_* variables export the run's spans through @effect-zego/telemetry", async () => {
    const result = await zego(["zim", "QueryUserInfos", "--user-ids", "alice"], undefined, {
      OTEL_TRACES_EXPORTER: "console",
      OTEL_METRICS_EXPORTER: "none",
      OTEL_LOGS_EXPORTER: "none"
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("name: 'ZIM.QueryUserInfos'")
  })
})

describe("help", () => {
  it("shows a ZIM Action's summary, documented limits and QPS", async () => {
    const result = await zego(["zim", "QueryUserInfos", "--help"])
    expect(result.code).toBe(0)
    expect(stripAnsi(result.stdout)).toMatchSnapshot()
  })

  it("shows an RTC Action's summary, documented limits and QPS", async () => {
    const result = await zego(["rtc", "DescribeUsers", "--help"])
    expect(result.code).toBe(0)
    expect(stripAnsi(result.stdout)).toMatchSnapshot()
  })

  it("lists every Action of both products", async () => {
    const zim = await zego(["zim", "--help"])
    const rtc = await zego(["rtc", "--help"])
    const names = (text: string) => text.split("\n").filter((l) => /^ {2}[A-Z]/.test(l)).length
    expect(names(zim.stdout) + names(rtc.stdout)).toBe(122)
  })
})

describe("zego emulator", () => {
  it("takes the emulator's own flags", async () => {
    const bad = await zego(["emulator", "--bogus", "1"])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("unknown option --bogus")
    const running = start(bin, ["emulator", "--port", "0", "--app-id", "42", "--rate-limits", "off"], env)
    for (let i = 0; i < 6000 && !running.stdout().includes("Press Ctrl+C"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    running.kill("SIGINT")
    const done = await running.done
    expect(done.stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/)
    expect(done.stdout).toContain("AppID:        42")
  })
})

describe("zego token", () => {
  const credentials = () => ({ appId: emulator.appId, serverSecret: emulator.serverSecret })
  const verify = (token: string) => Effect.runPromise(Token04.verifyWith(credentials(), token))

  it("prints a Token04 that the library's verifyWith accepts, with and without room rights", async () => {
    const plain = await zego(["token", "--user", "alice", "--ttl", "2h"])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(/^04\S+\n$/)
    const login = await verify(plain.stdout.trim())
    expect(login.appId).toBe(emulator.appId)
    expect(login.userId).toBe("alice")
    expect(login.expire - login.ctime).toBe(7200)
    expect(login.payload).toEqual(Option.none())

    const rights = await zego([
      "token",
      "--user",
      "bob",
      "--ttl",
      "15m",
      "--room",
      "room1",
      "--login",
      "--publish",
      "--stream",
      "s1",
      "--stream",
      "s2"
    ])
    expect(rights.code).toBe(0)
    const host = await verify(rights.stdout.trim())
    expect(host.userId).toBe("bob")
    expect(host.expire - host.ctime).toBe(900)
    expect(host.payload).toEqual(
      Option.some(RoomRights.make({ roomId: "room1", login: true, publish: true, streamIds: ["s1", "s2"] }))
    )
    const viewer = await zego(["token", "--user", "carol", "--room", "room2", "--login"])
    expect((await verify(viewer.stdout.trim())).payload).toEqual(
      Option.some(RoomRights.make({ roomId: "room2", login: true, publish: false }))
    )
  })

  it("refuses bad input with the library's typed error on one line and exit code 3", async () => {
    const cases: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
      [["--user", ""], "UserIdEmpty"],
      [["--user", "x".repeat(65)], "UserIdTooLong"],
      [["--user", "alice", "--ttl", "0s"], "LifetimeNotPositive"],
      [["--user", "alice", "--room", ""], "RoomIdEmpty"]
    ]
    for (const [args, tag] of cases) {
      const result = await zego(["token", ...args])
      expect(result.code, tag).toBe(3)
      expect(result.stdout, tag).toBe("")
      expect(result.stderr.trim().split("\n"), tag).toHaveLength(1)
      expect(result.stderr, tag).toMatch(new RegExp(`^${tag}: `))
    }
    // The command line itself is wrong: the usage code.
    expect((await zego(["token"])).code).toBe(2)
    expect((await zego(["token", "--user", "alice", "--ttl", "soon"])).code).toBe(2)
    expect((await zego(["token", "--user", "alice", "--publish"])).code).toBe(2)
  })

  it("zego token decode prints the contents as JSON; a tampered or (with --verify) expired token is refused", async () => {
    const token = await Effect.runPromise(
      Token04.generateWith(credentials(), {
        userId: "dave",
        lifetime: "1 hour",
        payload: RoomRights.make({ roomId: "room9", publish: true })
      })
    )
    const expected = Token04.contentsJson(await verify(token))
    const decoded = await zego(["token", "decode", token])
    expect(decoded.code).toBe(0)
    expect(JSON.parse(decoded.stdout)).toEqual(expected)
    const verified = await zego(["token", "decode", token, "--verify", "--output", "table"])
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain("payload.roomRights.roomId: room9")

    // One character of the encrypted body changed: the GCM tag no longer matches.
    const at = 40
    const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`
    const refused = await zego(["token", "decode", tampered])
    expect(refused.code).toBe(7)
    expect(refused.stdout).toBe("")
    expect(refused.stderr).toMatch(/^Token[A-Za-z]+: /)

    // Made at the TestClock's time 0: it expired in 1970.
    const old = await Effect.runPromise(
      Token04.generateWith(credentials(), { userId: "erin", lifetime: "1 hour" }).pipe(
        Effect.provide(TestContext.TestContext)
      )
    )
    const readable = await zego(["token", "decode", old])
    expect(readable.code).toBe(0)
    expect(JSON.parse(readable.stdout)).toMatchObject({ userId: "erin", ctime: 0, expire: 3600 })
    const expired = await zego(["token", "decode", old, "--verify"])
    expect(expired.code).toBe(7)
    expect(expired.stderr).toMatch(/^TokenExpired: /)
  })
})

describe("zego callback verify", () => {
  // The signature example of ZEGOCLOUD's callback documentation.
  const vector = [
    "--signature",
    "5bd59fd62953a8059fb7eaba95720f66d19e4517",
    "--timestamp",
    "1470820198",
    "--nonce",
    "123412"
  ]
  const secretEnv = { ZEGO_CALLBACK_SECRET: "secret" }

  it("accepts the documented example within --max-age, and a fresh signature by default", async () => {
    const example = await zego(["callback", "verify", ...vector, "--max-age", "36500d"], undefined, secretEnv)
    expect(example.stderr).toBe("")
    expect(example.code).toBe(0)
    expect(example.stdout.trim()).toBe("valid")

    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = String(Math.floor(Math.random() * 1_000_000))
    const signature = Signature.sign(Redacted.make("secret"), timestamp, nonce)
    const file = path.join(dir, "callback-secret")
    fs.writeFileSync(file, "secret\n", { mode: 0o600 })
    const fresh = await zego([
      "callback",
      "verify",
      "--signature",
      signature,
      "--timestamp",
      timestamp,
      "--nonce",
      nonce,
      "--callback-secret-file",
      file
    ])
    expect(fresh.code).toBe(0)
    expect(fresh.stdout.trim()).toBe("valid")
  })

  it("refuses a wrong signature or a stale timestamp with its typed error and exit code 7", async () => {
    const stale = await zego(["callback", "verify", ...vector], undefined, secretEnv)
    expect(stale.code).toBe(7)
    expect(stale.stdout).toBe("")
    expect(stale.stderr).toMatch(/^TimestampOutOfWindow: .*at most 300 s/)

    const wrong = await zego(["callback", "verify", ...vector, "--max-age", "36500d"], undefined, {
      ZEGO_CALLBACK_SECRET: "not-the-secret"
    })
    expect(wrong.code).toBe(7)
    expect(wrong.stderr).toMatch(/^SignatureMismatch: /)

    const badTimestamp = Signature.sign(Redacted.make("secret"), "soon", "1")
    const invalid = await zego(
      ["callback", "verify", "--signature", badTimestamp, "--timestamp", "soon", "--nonce", "1"],
      undefined,
      secretEnv
    )
    expect(invalid.code).toBe(7)
    expect(invalid.stderr).toMatch(/^TimestampInvalid: /)

    const noSecret = await zego(["callback", "verify", ...vector])
    expect(noSecret.code).toBe(2)
    expect(noSecret.stderr).toContain("no callback secret")
  })
})
