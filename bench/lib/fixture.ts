/**
 * The facts every benchmark shares: credentials (the emulator's defaults), the Action called and the
 * fixed answer of the minimal server.
 *
 * @since 0.1.0
 */

/** The emulator's default AppID. */
export const appId = 1234567890

/** The emulator's default ServerSecret (a test value). */
export const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"

/** The users asked for in every QueryUserInfos call of P1 / P5 / P6. */
export const userIds: ReadonlyArray<string> = ["alice"]

/** The fixed answer of `server.ts` to any request: a successful QueryUserInfos. */
export const fixedAnswer: string = JSON.stringify({
  Code: 0,
  Message: "success",
  RequestId: "bench-0000000000000000",
  Result: [{ UserId: "alice", UserName: "Alice", UserAvatar: "https://example.com/alice.png", Extra: "" }],
  ErrorList: []
})

/** The decoded shape both raw baselines check and return. */
export interface RawResult {
  readonly Code: number
  readonly Message: string
  readonly RequestId: string
  readonly Result: ReadonlyArray<{ readonly UserId: string; readonly UserName: string }>
  readonly ErrorList: ReadonlyArray<{ readonly UserId: string; readonly SubCode: number }>
}

/** One logged QueryUserInfos request, as `emulator-host.ts`'s control endpoint returns it. */
export interface LogEntry {
  readonly monotonicMs: number
  readonly accepted: boolean
  /** How many user IDs it asked for. */
  readonly ids: number
}

/** The ID of the n-th user `emulator-host.ts` seeds for P3. */
export const benchUserId = (i: number): string => `bench-user-${String(i).padStart(5, "0")}`
