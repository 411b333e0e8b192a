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

    // Core's queue per key; its head takes the permit if it is free (`onExceeded: "fail"`) or reserves one.
    return ZegoRateLimiter.makeQueued((request, deadline, onSleep) =>
      request.onExceeded === "fail" ? tryTake(request) : reserve(request, deadline, onSleep)
    )
  })
