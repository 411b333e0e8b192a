/** The messages between `multiprocess.ts` and its `worker.ts` processes. */

/** Which limiter a worker uses. */
export type Limiter = "redis" | "core-on-redis" | "memory"

/** What a worker is told, as its first argument (JSON). */
export interface WorkerSpec {
  /** The emulator's base URL. */
  readonly url: string
  readonly appId: number
  readonly serverSecret: string
  /**
   * - `redis`: `ZegoRedisRateLimiter.layer` on `redisUrl`;
   * - `core-on-redis`: core's `ZegoRateLimiter.layer` (polls until a slot is free) over
   *   `@effect/experimental`'s Redis store on `redisUrl`, for comparison;
   * - `memory`: core's per-process `ZegoRateLimiter.layerMemory`.
   */
  readonly limiter: Limiter
  readonly redisUrl?: string | undefined
  /** Concurrent callers in the worker. */
  readonly fibers: number
  /** How long to call, from the start signal. */
  readonly durationMs: number
  /** The rate limit's safety margin; the client's default (10 ms) without it. */
  readonly safetyMarginMs?: number | undefined
}

/** What a worker's calls ended with. */
export interface Tally {
  readonly ok: number
  /** Failed with a throttling error (the server's rate-limit code). */
  readonly rateLimited: number
  /** Failed with RateLimiterUnavailable. */
  readonly unavailable: number
  readonly other: number
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === "object" && u !== null

export const isStartMessage = (u: unknown): u is { readonly type: "start"; readonly at: number } =>
  isRecord(u) && u["type"] === "start" && typeof u["at"] === "number"

export const isReadyMessage = (u: unknown): u is { readonly type: "ready" } => isRecord(u) && u["type"] === "ready"

const isTally = (u: unknown): u is Tally =>
  isRecord(u) && ["ok", "rateLimited", "unavailable", "other"].every((k) => typeof u[k] === "number")

export const isDoneMessage = (u: unknown): u is { readonly type: "done"; readonly tally: Tally } =>
  isRecord(u) && u["type"] === "done" && isTally(u["tally"])
