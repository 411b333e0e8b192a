/**
 * Issue 14, item 12, end to end: the standalone emulator started with `--clock-offset` (its clock 15 minutes
 * ahead of ours, then 15 minutes behind), in its own process, and the real client against it. Every call
 * succeeds: the first is refused once (`SignatureExpired`), the client learns the offset from the `Date` header
 * and signs the retry with it, and every later call is signed with it from the start.
 */
import { RtcService, ZegoClient, ZimService } from "@effect-zego/client"
import { Seed } from "@effect-zego/emulator"
import { describe, expect, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const secret = "0123456789abcdef0123456789abcdef"

/** The emulator's CLI in a child process, killed with the scope; its URL once it listens. */
const emulatorProcess = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "packages/emulator/src/bin.ts",
        "--port",
        "0",
        "--app-id",
        "12345",
        "--secret",
        secret,
        ...args
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] }
    )
    yield* Effect.addFinalizer(() => Effect.sync(() => child.kill("SIGKILL")))
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8")
    })
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8")
    })
    return yield* Effect.promise(() =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 50_000)
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
  })

describe("emulator --clock-offset", () => {
  for (const [offset, side] of [["900000", "ahead"], ["-900000", "behind"]] as const) {
    it.scopedLive(`its clock 15 minutes ${side}: every call succeeds`, () =>
      Effect.gen(function*() {
        const url = yield* emulatorProcess(["--clock-offset", offset, "--rate-limits", "off"])
        const context = yield* Layer.build(ZegoClient.layer({
          appId: 12345,
          serverSecret: Redacted.make(secret),
          zimBaseUrl: url,
          rtcBaseUrl: url,
          callOptions: { retry: { baseDelay: "5 millis" } }
        })).pipe(Effect.orDie)
        const zim = Context.get(context, ZimService.ZimService)
        const rtc = Context.get(context, RtcService.RtcService)
        const attempts: Array<number> = []
        for (let round = 0; round < 2; round++) {
          attempts.push((yield* zim.queryUserInfos.withResponse({ UserIds: [Seed.users.alice] })).response.attempts)
          attempts.push(
            (yield* zim.queryGroupsInfoOfUser.withResponse({ FromUserId: Seed.users.alice, Limit: 10 })).response
              .attempts
          )
          attempts.push(
            (yield* rtc.describeUsers.withResponse({ RoomId: Seed.rooms.live, UserId: [Seed.roomUsers.host] }))
              .response.attempts
          )
        }
        // One refused attempt in all: the first call's; the offset is kept for the host.
        expect(attempts).toEqual([2, 1, 1, 1, 1, 1])
      }), 90_000)
  }
})
