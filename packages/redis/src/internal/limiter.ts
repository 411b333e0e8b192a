/**
 * The limiter of this package: `ZegoRateLimiter.make`'s guarantee, FIFO queue and errors, with one change
 * for shared stores: in `delay` mode the head of the per-process FIFO reserves the next free slot and sleeps
 * until it, instead of polling until a slot is free.
 *
 * Why: a poll that finds the slot busy sleeps the remaining TTL, then asks again; every permit then costs the
 * interval plus the timer's lateness plus a round trip to Redis. Across processes on a busy machine that adds
 * up to 5–7 % of the budget (measured: 0.93–0.955 of the QPS with 4 processes, BENCHMARKS.md P4). A
 * reservation is one atomic call of the store's fixed-window primitive without a limit (the key's expiry moves
 * one interval later and the answer says when the reserved slot starts), so the slots stay exactly one interval
 * apart on the store's clock, whatever the lateness of each process.
 *
 * A reserved slot is used only if the process wakes up for it on time (within 3 ms): a process that was
 * stalled (CPU starvation, a GC pause) would otherwise send its late request right next to the on-time requests
 * of the others, a burst the server counts (measured: 5–12 rejections per P4 run without this check, 1–2 with
 * an 8 ms tolerance). It reserves another slot instead, as a poller would take the next free one. Polling
 * never bursts, and this keeps that property; the lateness it accepts (≤ 3 ms) stays well within the 10 ms
 * default safety margin.
 *
 * What it costs: a reserved slot is lost if its caller is interrupted while waiting for it (a `maxWait`, a
 * cancelled call) or wakes up late: budget unused, never exceeded. Only the FIFO head reserves, so a process
 * holds at most one reservation per key, and a crashed process wastes at most one interval.
 *
 * `onExceeded: "fail"` takes a permit only when it is free now (the primitive with a limit of 1), as core does.
 */
import { ZegoRateLimiter } from "@effect-zego/core"
import { RateLimiter } from "@effect/experimental"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"

const waitExceeded: PermitDenied = { _tag: "WaitExceeded" }

/** How late a process may wake up for its slot and still use it (as core's in-memory limiter). */
const lateToleranceMillis = ZegoRateLimiter.lateWakeToleranceMillis

type PermitRequest = ZegoRateLimiter.PermitRequest
type PermitDenied = ZegoRateLimiter.PermitDenied

/**
 * How long the breaker stays open before it lets one command through to try the store again.
 *
 * @internal
 */
export const halfOpenAfterMillis = 500

/**
 * A circuit breaker over the store (issue 14, item 11). A store that stops answering (a hung or partitioned
 * Redis) fails each command only after its command timeout; every key's queue would pay that once per caller,
 * one after the other. Once a command fails, the breaker opens: every caller that reaches the head of a queue
 * is refused at once (`StoreUnavailable`, so the fallback takes over where configured), and new callers too.
 * After {@link halfOpenAfterMillis} it half-opens: one command tries the store while the others are still
 * refused; its success closes the breaker, its failure opens it again.
 *
 * @internal
 */
export class Breaker {
  private state: "closed" | "open" | "trying" = "closed"
  private openedAt = 0
  private reason: PermitDenied = { _tag: "StoreUnavailable", description: "" }

  constructor(private readonly halfOpenAfter: number) {}

  /** Why the store is not tried now, or undefined: go ahead (in the half-open state, as the one trial). */
  deny(now: number): PermitDenied | undefined {
    switch (this.state) {
      case "closed":
        return undefined
      case "trying":
        return this.reason
      case "open":
        if (now - this.openedAt < this.halfOpenAfter) return this.reason
        this.state = "trying"
        return undefined
    }
  }

  succeeded(): void {
    this.state = "closed"
  }

  failed(now: number, reason: PermitDenied): void {
    this.state = "open"
    this.openedAt = now
    this.reason = reason._tag === "StoreUnavailable"
      ? { _tag: "StoreUnavailable", description: `${reason.description} (circuit open: Redis is not tried)` }
      : reason
  }

  // The trial was interrupted: it proved nothing, the next caller tries again.
  abandoned(): void {
    if (this.state === "trying") this.state = "open"
  }
}

/**
 * Builds the limiter over the `RateLimiterStore` in context.
 *
 * @internal
 */
export const make: Effect.Effect<ZegoRateLimiter.ZegoRateLimiterService, never, RateLimiter.RateLimiterStore> = Effect
  .gen(function*() {
    const store = yield* RateLimiter.RateLimiterStore
    const unavailable = (error: RateLimiter.RateLimiterError): PermitDenied => ({
      _tag: "StoreUnavailable",
      description: error.message
    })

    // Takes the permit if it is free now.
    const tryTake = (request: PermitRequest): Effect.Effect<void, PermitDenied> =>
      store.fixedWindow({
        key: request.key,
        tokens: 1,
        refillRate: Duration.millis(ZegoRateLimiter.wholeMillis(request.intervalMillis)),
        limit: 1
      }).pipe(
        Effect.mapError(unavailable),
        Effect.flatMap(([count]) => count <= 1 ? Effect.void : Effect.fail(waitExceeded))
      )

    // Reserves the next free slot (the key's expiry moves one interval later; the slot starts one interval
    // before the new expiry) and waits for it. A slot this process wakes up late for is not used: it reserves
    // another, so that a stalled process never sends next to the slots of the others.
    //
    // The head bounds its own wait by `deadline` (epoch ms; Infinity: none) instead of being raced by a timer:
    // a race would put scheduling hops between the lateness check and the send, where no check sees them.
    const reserve = (
      request: PermitRequest,
      deadline: number,
      onSleep: () => void
    ): Effect.Effect<void, PermitDenied> => {
      const interval = ZegoRateLimiter.wholeMillis(request.intervalMillis)
      return store.fixedWindow({ key: request.key, tokens: 1, refillRate: Duration.millis(interval), limit: undefined })
        .pipe(
          Effect.mapError(unavailable),
          Effect.flatMap(([, ttl]) => {
            const wait = ttl - interval
            if (wait <= 0) return Effect.void
            onSleep()
            return Effect.clockWith((clock) => {
              const received = clock.unsafeCurrentTimeMillis()
              // The slot starts after the deadline: wait until the deadline, as a caller bounded by it would.
              if (received + wait > deadline) {
                return Effect.zipRight(
                  Effect.sleep(Duration.millis(Math.max(0, deadline - received))),
                  Effect.fail<PermitDenied>(waitExceeded)
                )
              }
              return Effect.zipRight(
                Effect.sleep(Duration.millis(wait)),
                Effect.suspend(() =>
                  clock.unsafeCurrentTimeMillis() - (received + wait) <= lateToleranceMillis
                    ? Effect.void
                    : reserve(request, deadline, onSleep)
                )
              )
            })
          })
        )
    }

    // Core's queue per key; its head takes the permit if it is free (`onExceeded: "fail"`) or reserves one,
    // unless the breaker is open.
    const breaker = new Breaker(halfOpenAfterMillis)
    return ZegoRateLimiter.makeQueued((request, deadline, onSleep) =>
      Effect.clockWith((clock) => {
        const denied = breaker.deny(clock.unsafeCurrentTimeMillis())
        if (denied !== undefined) return Effect.fail(denied)
        const take = request.onExceeded === "fail" ? tryTake(request) : reserve(request, deadline, onSleep)
        return Effect.onExit(take, (exit) =>
          Effect.sync(() => {
            if (exit._tag === "Success") return breaker.succeeded()
            const failure = exit.cause._tag === "Fail" ? exit.cause.error : undefined
            if (failure?._tag === "StoreUnavailable") breaker.failed(clock.unsafeCurrentTimeMillis(), failure)
            else if (failure !== undefined) breaker.succeeded()
            else breaker.abandoned()
          }))
      })
    )
  })
