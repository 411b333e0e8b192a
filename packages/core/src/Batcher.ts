/**
 * Coalesces single-item lookups made by independent fibers (a backend serving many requests at once)
 * into batched Action calls: items arriving within `window` of each other, up to `maxBatchSize`
 * distinct items per call and per group, share one call. Each caller gets its own item's result or its
 * own error.
 *
 * `Effect.forEach(..., { batching: true })` only batches requests made inside one `forEach`; this
 * batches across fibers. Each caller's lookup has its own span; the batch runs in a root span that links
 * to every caller's span, as `@effect/sql`'s resolvers do.
 *
 * @since 0.1.0
 */
import type * as Arr from "effect/Array"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import type * as Tracer from "effect/Tracer"
import * as CallOptions from "./CallOptions.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options<Item, A, E, R> {
  /** Name of the caller spans (`ZIM.getUserInfo`); the batch span is `<name>.batch`. */
  readonly name: string
  /** How long the first item of a batch waits for company. */
  readonly window: Duration.DurationInput
  /** Most distinct items in one call. */
  readonly maxBatchSize: number
  /** Items of different groups never share a call (e.g. users of different rooms). */
  readonly group?: ((item: Item) => string) | undefined
  /** Identity of an item within its group: equal ids share one slot in the batch. */
  readonly id: (item: Item) => string
  /**
   * Runs one batch; answers each item by its id, or fails the whole batch (every caller gets the error).
   */
  readonly run: (
    items: Arr.NonEmptyReadonlyArray<Item>,
    group: string
  ) => Effect.Effect<(id: string) => Exit.Exit<A, E>, E, R>
  /** Attributes of the batch span. */
  readonly attributes?: Record<string, unknown> | undefined
}

interface Slot<Item, A, E> {
  readonly item: Item
  readonly waiters: Set<Deferred.Deferred<A, E>>
}

interface Pending<Item, A, E> {
  readonly slots: Map<string, Slot<Item, A, E>>
  readonly links: Array<Tracer.SpanLink>
  timer: Fiber.RuntimeFiber<void> | undefined
}

/**
 * Builds a batched lookup. The returned function is safe to call from any fiber; pending batches are
 * interrupted when the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <Item, A, E, R>(
  options: Options<Item, A, E, R>
): Effect.Effect<(item: Item) => Effect.Effect<A, E>, never, Scope.Scope | R> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const context = yield* Effect.context<R>()
    const groups = new Map<string, Pending<Item, A, E>>()
    const groupOf = options.group ?? (() => "")
    const window = Duration.decode(options.window)

    const runBatch = (group: string, pending: Pending<Item, A, E>): Effect.Effect<void> => {
      const slots = Array.from(pending.slots.entries())
      const first = slots[0]
      if (first === undefined) return Effect.void
      const items = slots.map(([, slot]) => slot.item) as unknown as Arr.NonEmptyReadonlyArray<Item>
      return options.run(items, group).pipe(
        Effect.exit,
        Effect.flatMap((exit) =>
          Effect.sync(() => {
            for (const [id, slot] of slots) {
              const result: Exit.Exit<A, E> = Exit.isSuccess(exit) ? exit.value(id) : exit as Exit.Exit<never, E>
              for (const waiter of slot.waiters) Deferred.unsafeDone(waiter, result)
            }
          })
        ),
        Effect.withSpan(`${options.name}.batch`, {
          root: true,
          links: pending.links,
          attributes: {
            ...options.attributes,
            "zego.batch.size": slots.length,
            "zego.batch.callers": pending.links.length
          }
        }),
        Effect.provide(context),
        // A batch serves many callers: it runs with the client's settings, not those of whichever caller
        // happened to complete it.
        Effect.locally(CallOptions.currentCallOptions, []),
        Effect.onInterrupt(() =>
          Effect.sync(() => {
            for (const [, slot] of slots) {
              for (const waiter of slot.waiters) Deferred.unsafeDone(waiter, Exit.interrupt(FiberId.none))
            }
          })
        )
      )
    }

    const flush = (group: string, pending: Pending<Item, A, E>): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (groups.get(group) === pending) groups.delete(group)
        const timer = pending.timer
        pending.timer = undefined
        return Effect.zipRight(
          timer === undefined ? Effect.void : Fiber.interruptFork(timer),
          Effect.asVoid(Effect.forkIn(runBatch(group, pending), scope))
        )
      })

    const enqueue = (item: Item, deferred: Deferred.Deferred<A, E>, span: Option.Option<Tracer.Span>) =>
      Effect.suspend(() => {
        const group = groupOf(item)
        let pending = groups.get(group)
        if (pending === undefined) {
          pending = { slots: new Map(), links: [], timer: undefined }
          groups.set(group, pending)
        }
        const id = options.id(item)
        let slot = pending.slots.get(id)
        if (slot === undefined) {
          slot = { item, waiters: new Set() }
          pending.slots.set(id, slot)
        }
        slot.waiters.add(deferred)
        if (Option.isSome(span)) pending.links.push({ _tag: "SpanLink", span: span.value, attributes: {} })
        const current = pending
        if (current.slots.size >= options.maxBatchSize) return flush(group, current)
        if (current.timer !== undefined) return Effect.void
        return Effect.map(
          Effect.forkIn(
            Effect.zipRight(
              Effect.sleep(window),
              Effect.suspend(() => {
                current.timer = undefined // this fiber is the timer: flushing must not interrupt it
                return flush(group, current)
              })
            ),
            scope
          ),
          (fiber) => {
            // The batch may have been flushed (full) or fired before the timer was stored.
            if (groups.get(group) === current && fiber.unsafePoll() === null) current.timer = fiber
          }
        )
      })

    // A caller that stops waiting leaves the batch; an item nobody waits for is not sent.
    const leave = (item: Item, deferred: Deferred.Deferred<A, E>) =>
      Effect.sync(() => {
        const group = groupOf(item)
        const pending = groups.get(group)
        if (pending === undefined) return
        const id = options.id(item)
        const slot = pending.slots.get(id)
        if (slot === undefined) return
        slot.waiters.delete(deferred)
        if (slot.waiters.size === 0) pending.slots.delete(id)
      })

    return (item: Item) =>
      Effect.flatMap(Effect.currentSpan.pipe(Effect.option), (span) =>
        Effect.uninterruptibleMask((restore) =>
          Effect.flatMap(Deferred.make<A, E>(), (deferred) =>
            Effect.zipRight(
              enqueue(item, deferred, span),
              restore(Deferred.await(deferred)).pipe(Effect.onInterrupt(() =>
                leave(item, deferred)
              ))
            ))
        )).pipe(Effect.withSpan(options.name, { captureStackTrace: false }))
  })
