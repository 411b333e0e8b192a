/**
 * Every example, run as the README says (`tsx examples/<name>.ts`, here `node --import tsx`) in a child process
 * against its embedded emulator: it exits 0 and prints what it promises, span tree included.
 */
import { defaultAppId, defaultServerSecret, Emulator } from "@effect-zego/emulator"
import { RoomRights, Token04 } from "@effect-zego/token"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `examples/<name>.ts` with Node and tsx from the repository root. The variables that would point it at
 * the real API or an OTLP collector are removed, so it uses its embedded emulator.
 */
const runExample = (name: string, extraEnv: Readonly<Record<string, string>> = {}) =>
  Effect.async<Run, Error>((resume) => {
    const env: Record<string, string> = {}
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && !key.startsWith("ZEGO_") && !key.startsWith("OTEL_")) env[key] = value
    }
    const child = spawn(process.execPath, ["--import", "tsx", `examples/${name}.ts`], {
      cwd: root,
      env: { ...env, NO_COLOR: "1", ...extraEnv },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")))
    child.on("error", (error) => resume(Effect.fail(error)))
    child.on("close", (code) => resume(Effect.succeed({ code, stdout, stderr })))
    return Effect.sync(() => void child.kill("SIGKILL"))
  }).pipe(
    Effect.timeoutFail({ duration: "150 seconds", onTimeout: () => new Error(`examples/${name}.ts did not finish`) })
  )

/** Asserts a clean exit; the output is in the failure message otherwise. */
const expectSuccess = (run: Run) => expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 })

/** No line of the run is wider than 100 characters. */
const expectNarrow = (run: Run) => {
  const wide = `${run.stdout}\n${run.stderr}`.split("\n").filter((line) => Array.from(line).length > 100)
  expect(wide).toEqual([])
}

/** No stack trace is printed. */
const expectNoStack = (run: Run) => expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m)

const timeout = 180_000

describe("examples", () => {
  it.live("main.ts: the room, the profiles and groups, and the span tree", () =>
    Effect.gen(function*() {
      const run = yield* runExample("main")
      expectSuccess(run)
      const out = run.stdout
      expect(out).toContain("effect-zego main example (embedded emulator)")
      expect(out).toContain("Room live-room: 3 of 4 candidates present")
      expect(out).toMatch(/anchor\s+host\s+since 2023-02-06T09:00:19\.365Z/)
      expect(out).toMatch(/alice\s+Alice\n\s+3 groups: Team Red, Team Blue, Book Club/)
      expect(out).toContain("257 groups: Bulk group 1, Bulk group 2, Bulk group 3, …")
      // One group is "1 group".
      expect(out).toMatch(/dave\s+✗ UserNotFoundOrLoggedOut: [^✗]*RequestId [0-9a-f-]{36}\)\n\s+1 group: Team Blue\n/)
      expect(out).not.toMatch(/\b1 groups\b/)
      expect(out).toMatch(/nobody\s+✗ UserNotRegistered: [^✗]*RequestId [0-9a-f-]{36}/)
      // Every failure comes with its message.
      expect(out).toMatch(
        /✗ OperatorNotRegistered: QueryGroupsInfoOfUser: the operator user is not registered \(code\s+660500002/
      )
      expect(out).not.toMatch(/✗ \w+\s*$/m)
      expect(out).toContain("Trace of this run:")
      expect(out).toMatch(/^main example \d+\.\dms OK$/m)
      expect(out).toMatch(/ZIM\.QueryUserInfos \[client\] \d+\.\dms OK zego\.code=0/)
      expect(out).not.toMatch(/Signature=[0-9a-f]/)
      // Each batch is drawn under the first call it serves and referred to under the others: no tree of its own.
      for (const batch of ["ZIM\\.getUserInfo\\.batch", "RTC\\.getUserStatus\\.batch"]) {
        // (Normally one batch of all 4; the counts are not asserted, so that a split batch is not a failure.)
        const drawn = out.match(
          new RegExp(`^[│ ]+└─ ⤷ ${batch} \\d+\\.\\dms OK zego\\.batch\\.size=\\d links=\\d$`, "gm")
        )
        const referred = out.match(new RegExp(`^[│ ]+└─ ⤷ ${batch} \\(drawn above\\)$`, "gm"))
        expect((drawn?.length ?? 0) + (referred?.length ?? 0)).toBe(4)
        expect(drawn?.length).toBeGreaterThanOrEqual(1)
        expect(out).not.toMatch(new RegExp(`^${batch}`, "m"))
      }
      expectNarrow(run)
    }), timeout)

  it.live(
    "main.ts: only one of ZEGO_APP_ID and ZEGO_SERVER_SECRET is an error, not a fallback",
    () =>
      Effect.gen(function*() {
        for (const [set, unset] of [["ZEGO_APP_ID", "ZEGO_SERVER_SECRET"], ["ZEGO_SERVER_SECRET", "ZEGO_APP_ID"]]) {
          const run = yield* runExample("main", { [set ?? ""]: set === "ZEGO_APP_ID" ? "1234567890" : "ab".repeat(16) })
          expect(run.code).toBe(1)
          // Wrapped to 100 columns: compare with the line breaks as spaces.
          const said = run.stderr.replace(/\s+/g, " ")
          expect(said).toContain(`✗ ExampleSetupError: ${set} is set but ${unset} is not: set both`)
          expect(said).toContain("or neither to use the embedded emulator")
          expect(run.stdout).not.toContain("emulator")
          expectNoStack(run)
          expectNarrow(run)
        }
      }),
    timeout
  )

  it.live(
    "main.ts: a local server is named as such; a failure is one line, its stack only with ZEGO_EXAMPLE_DEBUG",
    () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator
        const env = (secret: string) => ({
          ZEGO_APP_ID: String(emulator.appId),
          ZEGO_SERVER_SECRET: secret,
          ZEGO_ZIM_BASE_URL: emulator.url,
          ZEGO_RTC_BASE_URL: emulator.url
        })
        const good = yield* runExample("main", env(Redacted.value(emulator.serverSecret)))
        expectSuccess(good)
        expect(good.stdout).toContain(`effect-zego main example (local server at ${emulator.url})`)
        expect(good.stdout).not.toContain("real ZEGOCLOUD API")
        expect(good.stdout).toContain("Room live-room: 3 of 4 candidates present")

        const wrong = yield* runExample("main", env("0".repeat(32)))
        expect(wrong.code).toBe(1)
        expect(wrong.stdout).toContain(`effect-zego main example (local server at ${emulator.url})`)
        // One line per distinct failure (four lookups failed the same way), then how to see more.
        expect(wrong.stderr.match(/^✗ /gm)).toHaveLength(1)
        expect(wrong.stderr).toMatch(/^✗ InvalidSignature: DescribeUsers: the signature does not match/m)
        expect(wrong.stderr).toContain("ZEGO_EXAMPLE_DEBUG=1 prints the whole cause")
        expectNoStack(wrong)
        expectNarrow(wrong)

        const debug = yield* runExample("main", { ...env("0".repeat(32)), ZEGO_EXAMPLE_DEBUG: "1" })
        expect(debug.code).toBe(1)
        expect(debug.stderr).toMatch(/^✗ InvalidSignature: /m)
        expect(debug.stderr).toMatch(/^\s+at .*transport\.ts:\d+/m)
      }).pipe(Effect.provide(Emulator.layer())),
    timeout
  )

  it.live("minimal.ts: one lookup, and the catchTag branch for an unregistered user", () =>
    Effect.gen(function*() {
      const found = yield* runExample("minimal")
      expectSuccess(found)
      expect(found.stdout).toContain(`alice is called "Alice"`)
      expect(found.stdout).toMatch(/^minimal example \d+\.\dms OK$/m)

      const missing = yield* runExample("minimal", { ZEGO_EXAMPLE_USER_ID: "nobody" })
      expectSuccess(missing)
      expect(missing.stdout).toMatch(/nobody is not registered \(code 660700015, RequestId [0-9a-f-]{36}\)/)
      expect(missing.stdout).toMatch(/^minimal example \d+\.\dms OK$/m)
    }), timeout)

  it.live("pipeline.ts: throughput, calls made, failures by kind, a readable span tree", () =>
    Effect.gen(function*() {
      const run = yield* runExample("pipeline")
      expectSuccess(run)
      const out = run.stdout
      expect(out).toMatch(/1000 users in \d+\.\d\d s \(\d+ users\/s\): 700 found, 300 failed/)
      expect(out).toMatch(/UserNotRegistered\s+150 {2}e\.g\. user-0000: /)
      expect(out).toMatch(/UserNotFoundOrLoggedOut\s+100 {2}e\.g\. user-0003: /)
      expect(out).toMatch(/UserInfoUnavailable\s+50 {2}e\.g\. user-0005: /)
      expect(out).toMatch(/200 users in \d+\.\d\d s \(\d+ users\/s; DescribeUsers allows 10 calls\/s of 10 users\)/)
      expect(out).toContain("in the room: 67 (host 34, audience 33), not in the room: 133, failed: 0")
      // Batched: 1,000 lookups in calls of up to 100, 200 in calls of up to 10 (a partial batch or two at most).
      const calls = (action: string) => Number(new RegExp(`${action}\\s+(\\d+)\\s+\\(`).exec(out)?.[1] ?? NaN)
      expect(calls("ZIM\\.QueryUserInfos")).toBeGreaterThanOrEqual(10)
      expect(calls("ZIM\\.QueryUserInfos")).toBeLessThanOrEqual(15)
      expect(calls("RTC\\.DescribeUsers")).toBeGreaterThanOrEqual(20)
      expect(calls("RTC\\.DescribeUsers")).toBeLessThanOrEqual(30)
      expect(out).toMatch(/retries: \d+/)
      expect(out).toMatch(/rate limit: \d+ calls waited for a permit/)
      expect(out).toMatch(/^pipeline example \d+\.\dms OK$/m)
      expect(out).toMatch(/└─ … \d+ more ZIM\.getUserInfo \(\d+ ok, \d+ error; longest \d+\.\dms\)$/m)
      // Repeated spans are counted, not printed: the trace stays short.
      expect(out.split("\n").length).toBeLessThan(150)
    }), timeout)

  it.live(
    "token.ts: a login token and one with room rights, offline, each readable with the secret",
    () =>
      Effect.gen(function*() {
        const run = yield* runExample("token", { ZEGO_EXAMPLE_USER_ID: "bob" })
        expectSuccess(run)
        const out = run.stdout
        expect(out).toContain("Token for bob (1 hour):")
        expect(out).toMatch(/user bob, AppID \d+, valid until \S+Z, no room rights/)
        expect(out).toContain("Token for bob with room rights (2 hours):")
        expect(out).toContain("room live-room: log in, publish (streams live-room-bob)")
        expect(out).toMatch(/✗ UserIdEmpty: Invalid token input userId: must not be empty/)
        expect(out).toMatch(/^token example \d+\.\dms OK$/m)
        expect(out).toMatch(/├─ Token04\.generate \d+\.\dms OK/)
        // The printed tokens are real: the emulator's secret reads them back, as printed.
        const tokens = [...out.matchAll(/^ {2}(04[A-Za-z0-9+/]+={0,2})$/gm)].map((match) => match[1] ?? "")
        expect(tokens).toHaveLength(2)
        const credentials = { appId: defaultAppId, serverSecret: Redacted.make(defaultServerSecret) }
        const [login, host] = yield* Effect.forEach(tokens, (token) => Token04.verifyWith(credentials, token))
        expect(login).toMatchObject({ userId: "bob", payload: Option.none() })
        expect(host).toMatchObject({
          userId: "bob",
          payload: Option.some(RoomRights.make({ roomId: "live-room", publish: true, streamIds: ["live-room-bob"] }))
        })
        expect((host?.expire ?? 0) - (host?.ctime ?? 0)).toBe(7200)
      }),
    timeout
  )

  it.live(
    "callbacks.ts: the receivers get the emulator's signed callbacks as typed events; spam is refused",
    () =>
      Effect.gen(function*() {
        const run = yield* runExample("callbacks")
        expectSuccess(run)
        const out = run.stdout
        expect(out).toContain(`← before_send_msg  alice: "hello Bob" → send`)
        expect(out).toContain(`← send_msg         alice → bob: "hello Bob" (msg_id 1)`)
        expect(out).toContain(`← group_create     callbacks-demo "Callbacks demo" members alice, bob, carol`)
        expect(out).toContain(`← send_msg         alice → group callbacks-demo: "welcome"`)
        expect(out).toContain(`← before_send_msg  carol: "buy spam" → refused (no spam here)`)
        expect(out).toMatch(/refused: .*code 111101.*no spam here/)
        expect(out).not.toContain(`send_msg         carol`)
        expect(out).toContain("← call_create      alice calls bob (30 s)")
        expect(out).toContain("7 callbacks delivered, answered 200\n")
      }),
    timeout
  )
})
