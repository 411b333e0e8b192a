/**
 * Coalesces single-item lookups made by independent fibers (a backend serving many requests at once)
 * into the fewest batched Action calls. Each caller gets its own item's result or its own error.
 *
 * A batch opens with its first item and is sealed as late as possible: when it is full, or when its call
 * is about to be sent (the call computes its input once it holds its rate-limit permit, see
 * `ZegoTransport.callLazy`). Callers arriving while a batch waits for its permit still join it, so N
 * distinct items cost ceil(N / maxBatchSize) calls whenever the rate limit is what holds them back.
 *
 * A batch's call lives as long as someone waits for it: once every caller of its items is interrupted, the call
 * is interrupted too (an HTTP request in flight is aborted), and its items are asked afresh by later callers.
 *
 * `Effect.forEach(..., { batching: true })` only batches requests made inside one `forEach`; this batches
 * across fibers. Each lookup has its own span; the batch runs in a root span that links to every caller's
 * span, as `@effect/sql`'s resolvers do.
 *
 * @since 0.1.0
 */
import type * as Arr from "effect/Array"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Option from "effect/Option"
import * as Runtime from "effect/Runtime"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import type * as Tracer from "effect/Tracer"
import * as CallOptions from "./CallOptions.js"
import { isTraced } from "./internal/runtime.js"

/**
 * Every caller of a batch left before it was sealed: there is nothing to send.
 *
 * @since 0.1.0
 * @category errors
 */
export class EmptyBatch extends Schema.TaggedError<EmptyBatch>()("EmptyBatch", {}) {}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options<Item, A, E, R> {
  /** Name of the lookup spans (`ZIM.getUserInfo`); the batch span is `<name>.batch`. */
  readonly name: string
  /**
   * How long a new batch waits for company before it asks for its call. `0` only yields to the fibers
   * that are ready to run (also under `TestClock`). A batch already full asks at once.
   */
  readonly window: Duration.DurationInput
  /** Most distinct items in one call. */
  readonly maxBatchSize: number
  /** Items of different groups never share a call (e.g. users of different rooms). */
  readonly group?: ((item: Item) => string) | undefined
  /** Identity of an item within its group: equal ids share one slot. */
  readonly id: (item: Item) => string
  /**
   * Runs one batch. `seal` closes the batch and yields its items: run it as late as possible (as the lazy
   * input of the call). Answers each item by its id, or fails the whole batch.
   */
  readonly run: (
    seal: Effect.Effect<Arr.NonEmptyReadonlyArray<Item>, EmptyBatch>,
    group: string
  ) => Effect.Effect<(id: string) => Exit.Exit<A, E>, E | EmptyBatch, R>
  /** Attributes of the batch span. */
  readonly attributes?: Record<string, unknown> | undefined
}

/** How a waiting caller is answered: the `resume` of its `Effect.async`. */
type Resume<A, E> = (exit: Exit.Exit<A, E>) => void

interface Slot<Item, A, E> {
  readonly item: Item
  /** Usually one; an array is smaller than a set, and removal is rare. */
  readonly waiters: Array<Resume<A, E>>
  readonly batch: Batch<Item, A, E>
}

interface Batch<Item, A, E> {
  readonly group: string
  readonly slots: Map<string, Slot<Item, A, E>>
  readonly links: Array<Tracer.SpanLink>
  sealed: boolean
  /** Callers waiting for any of its items; at 0 nobody needs its call any more. */
  waiting: number
  /** Answered, or given up because nobody waits: nothing more to do for it. */
  ended: boolean
  fiber: Fiber.RuntimeFiber<void> | undefined
}

/**
 * Builds a batched lookup. The returned function is safe to call from any fiber; batches still running
 * are interrupted when the scope closes.
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
    const open = new Map<string, Batch<Item, A, E>>()
    // Slots of sealed batches whose call has not answered yet: a caller asking for the same item joins
    // the slot instead of sending it again in the next batch.
    const inflight = new Map<string, Slot<Item, A, E>>()
    // Without groups an item's id is its key (no string to build per caller).
    const slotKey = options.group === undefined
      ? (_group: string, id: string) => id
      : (group: string, id: string) => `${group}\u0000${id}`
    const groupOf = options.group ?? (() => "")
    const window = Duration.decode(options.window)
    const pause = Duration.isZero(window) ? Effect.yieldNow() : Effect.sleep(window)

    const seal = (batch: Batch<Item, A, E>) => {
      if (batch.sealed) return
      if (open.get(batch.group) === batch) open.delete(batch.group)
      batch.sealed = true
      for (const [id, slot] of batch.slots) inflight.set(slotKey(batch.group, id), slot)
    }

    const sealEffect = (batch: Batch<Item, A, E>): Effect.Effect<Arr.NonEmptyReadonlyArray<Item>, EmptyBatch> =>
      Effect.suspend(() => {
        seal(batch)
        const items = Array.from(batch.slots.values(), (slot) => slot.item)
        return items.length === 0
          ? Effect.fail(new EmptyBatch())
          : Effect.succeed(items as unknown as Arr.NonEmptyReadonlyArray<Item>)
      })

    const complete = (batch: Batch<Item, A, E>, answer: (id: string) => Exit.Exit<A, E>) => {
      if (batch.ended) return
      batch.ended = true
      for (const [id, slot] of batch.slots) {
        const key = slotKey(batch.group, id)
        if (inflight.get(key) === slot) inflight.delete(key)
        const exit = answer(id)
        for (const resume of slot.waiters) resume(exit)
      }
    }

    const send = (batch: Batch<Item, A, E>): Effect.Effect<void, never, R> =>
      options.run(sealEffect(batch), batch.group).pipe(
        Effect.exit,
        Effect.tap(() => Effect.annotateCurrentSpan("zego.batch.size", batch.slots.size)),
        Effect.flatMap((exit) =>
          Effect.sync(() => {
            if (Exit.isSuccess(exit)) return complete(batch, exit.value)
            const failure = exit as Exit.Exit<never, E | EmptyBatch>
            // An empty batch has no waiters left; every other failure reaches every caller.
            complete(batch, () => failure as Exit.Exit<never, E>)
          })
        ),
        Effect.withSpan(`${options.name}.batch`, {
          root: true,
          links: batch.links,
          attributes: { ...options.attributes, "zego.batch.group": batch.group }
        })
      )

    const dispatch = (batch: Batch<Item, A, E>): Effect.Effect<void> =>
      Effect.suspend(() =>
        // A full batch takes no more company: it asks for its call at once.
        batch.sealed ? send(batch) : Effect.zipRight(pause, Effect.suspend(() => send(batch)))
      ).pipe(
        Effect.provide(context),
        // A batch serves many callers: it runs with the client's settings, not those of whichever caller
        // opened it.
        Effect.locally(CallOptions.currentCallOptions, []),
        Effect.onInterrupt(() =>
          Effect.sync(() => {
            seal(batch)
            complete(batch, () => Exit.interrupt(FiberId.none))
          })
        )
      )

    // The batch runs in a fiber of its own, in `scope`, with the services and FiberRefs (tracer, clock,
    // logger…) of the caller that opened it; interruptible, so that closing the scope stops it.
    const start = (fiber: Fiber.RuntimeFiber<unknown, unknown>, batch: Batch<Item, A, E>) => {
      const runtime = Runtime.make({
        context: fiber.currentContext,
        fiberRefs: fiber.getFiberRefs(),
        runtimeFlags: Runtime.defaultRuntimeFlags
      })
      batch.fiber = Runtime.runFork(runtime, dispatch(batch), { scope, immediate: false })
    }

    // Every caller of a batch left: its call (waiting for a permit, or in flight) is interrupted, so that the
    // request is aborted. Its items leave the in-flight table first: a later caller of one of them opens a new
    // batch instead of joining one that is being interrupted.
    const abandon = (batch: Batch<Item, A, E>) => {
      if (batch.ended) return
      batch.ended = true
      if (open.get(batch.group) === batch) open.delete(batch.group)
      batch.sealed = true
      for (const [id, slot] of batch.slots) {
        const key = slotKey(batch.group, id)
        if (inflight.get(key) === slot) inflight.delete(key)
      }
      batch.fiber?.unsafeInterruptAsFork(FiberId.none)
    }

    // A caller stops waiting for `slot`.
    const leave = (slot: Slot<Item, A, E>, resume: Resume<A, E>) => {
      const i = slot.waiters.indexOf(resume)
      if (i < 0) return
      slot.waiters.splice(i, 1)
      const batch = slot.batch
      if (--batch.waiting === 0) abandon(batch)
    }

    // Joins the item's slot (in flight, or in the open batch of its group, opened if need be) and returns
    // what leaves it again. Synchronous: called from the caller's `Effect.async` registration.
    const join = (
      fiber: Fiber.RuntimeFiber<unknown, unknown>,
      item: Item,
      resume: Resume<A, E>,
      span: Tracer.AnySpan | undefined
    ): Effect.Effect<void> => {
      const group = groupOf(item)
      const id = options.id(item)
      const running = inflight.get(slotKey(group, id))
      if (running !== undefined) {
        running.waiters.push(resume)
        running.batch.waiting++
        return Effect.sync(() => leave(running, resume))
      }
      let batch = open.get(group)
      let fresh = false
      if (batch === undefined) {
        batch = { group, slots: new Map(), links: [], sealed: false, waiting: 0, ended: false, fiber: undefined }
        open.set(group, batch)
        fresh = true
      }
      batch.waiting++
      let slot = batch.slots.get(id)
      if (slot === undefined) {
        slot = { item, waiters: [resume], batch }
        batch.slots.set(id, slot)
      } else {
        slot.waiters.push(resume)
      }
      if (span !== undefined) batch.links.push({ _tag: "SpanLink", span, attributes: {} })
      if (batch.slots.size >= options.maxBatchSize) seal(batch)
      if (fresh) start(fiber, batch)
      const joined = batch
      const joinedSlot = slot
      // A caller that stops waiting leaves its slot; an item nobody waits for is not sent if its batch is
      // still open.
      return Effect.sync(() => {
        leave(joinedSlot, resume)
        if (!joined.sealed && joinedSlot.waiters.length === 0 && joined.slots.get(id) === joinedSlot) {
          joined.slots.delete(id)
        }
      })
    }

    const wait = (fiber: Fiber.RuntimeFiber<unknown, unknown>, item: Item, span: Tracer.AnySpan | undefined) =>
      Effect.async<A, E>((resume) => join(fiber, item, resume, span))

    return (item: Item) =>
      Effect.withFiberRuntime<A, E>((fiber) =>
        // Under Effect's built-in tracer nobody sees the lookup's span, nor the batch's link to it: none is made.
        isTraced(fiber)
          ? Effect.flatMap(Effect.option(Effect.currentSpan), (span) => wait(fiber, item, Option.getOrUndefined(span)))
            .pipe(
              Effect.tapError((error) =>
                typeof error === "object" && error !== null && "_tag" in error && typeof error._tag === "string"
                  ? Effect.annotateCurrentSpan("error.type", error._tag)
                  : Effect.void
              ),
              Effect.withSpan(options.name, { captureStackTrace: false })
            )
          : wait(fiber, item, undefined)
      )
  })
