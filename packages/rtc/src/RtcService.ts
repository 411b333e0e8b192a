/**
 * `RtcService`: every RTC Action as a method (named after the Action in camelCase, built from the
 * `RtcActions` registry), plus a batched single-user status lookup.
 *
 * @since 0.1.0
 */
import { Action, ActionMethod, Batcher, Rules, ZegoError, ZegoTransport } from "@effect-zego/core"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as DescribeUsers from "./DescribeUsers.js"
import * as RtcActions from "./RtcActions.js"

/**
 * What `getUserStatus` can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type GetUserStatusError = Action.Error<typeof DescribeUsers.DescribeUsers>

/**
 * Every RTC Action as a method: `describeUsers(input)`, `startMix(input)`… Each keeps the precise input,
 * success and error types of its Action (see `RtcActions` for the list).
 *
 * @since 0.1.0
 * @category models
 */
export type RtcActionMethods = {
  readonly [K in keyof RtcActions.Actions]: ActionMethod.ActionMethod<RtcActions.Actions[K]>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface RtcServiceShape extends RtcActionMethods {
  /**
   * One user's status in a room. Concurrent calls, from any fibers, are coalesced into DescribeUsers
   * calls of up to 10 distinct users of the same room; each caller gets its own user or its own error.
   */
  readonly getUserStatus: (
    roomId: string,
    userId: string
  ) => Effect.Effect<DescribeUsers.UserStatus, GetUserStatusError>
}

/**
 * Settings of the helpers.
 *
 * @since 0.1.0
 * @category models
 */
export interface RtcServiceOptions {
  /** How long a `getUserStatus` waits for others to share its call. Default 10 ms. */
  readonly batchWindow?: Duration.DurationInput | undefined
}

interface StatusKey {
  readonly roomId: string
  readonly userId: string
}

const isRoomId = Rules.is(DescribeUsers.Request.fields.RoomId)
const isUserIds = Rules.is(DescribeUsers.Request.fields.UserId)

/**
 * Builds the service over the `ZegoTransport` in context.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: RtcServiceOptions = {}) =>
  Effect.gen(function*() {
    const transport = yield* ZegoTransport.ZegoTransport
    const methods = ActionMethod.makeAll(transport, RtcActions.actions)
    const action = DescribeUsers.DescribeUsers

    const lookup = yield* Batcher.make<StatusKey, DescribeUsers.UserStatus, GetUserStatusError, never>({
      name: "RTC.getUserStatus",
      window: options.batchWindow ?? Duration.millis(10),
      maxBatchSize: 10,
      group: (key) => key.roomId,
      id: (key) => key.userId,
      attributes: { "rpc.system": "zego", "rpc.service": "rtc", "rpc.method": action.name },
      run: (seal, roomId) =>
        Effect.map(
          transport.callLazy(
            action,
            Effect.map(seal, (keys) => ({ RoomId: roomId, UserId: keys.map((k) => k.userId) }))
          ),
          ({ data: result }) => {
            const byId = new Map(result.Data.UserStatusList.map((s) => [s.UserId, s]))
            return (userId: string): Exit.Exit<DescribeUsers.UserStatus, GetUserStatusError> => {
              const status = byId.get(userId)
              return status !== undefined ? Exit.succeed(status) : Exit.fail(
                new ZegoError.MalformedResponse({
                  action: action.name,
                  status: 200,
                  reason: `user ${userId} is missing from UserStatusList`,
                  bodyExcerpt: ""
                })
              )
            }
          }
        )
    })

    // Validate one caller's input alone, so that one bad ID never fails the batch it would have joined. Valid
    // IDs (the usual case) are checked against their rules alone; an invalid one gets the error the whole
    // request would have: the field (`UserId[0]`, say) and the rule it breaks.
    const getUserStatus: RtcServiceShape["getUserStatus"] = (roomId, userId) =>
      isRoomId(roomId) && isUserIds([userId])
        ? lookup({ roomId, userId })
        : Effect.zipRight(Action.validate(action, { RoomId: roomId, UserId: [userId] }), lookup({ roomId, userId }))

    return RtcService.of({ ...methods, getUserStatus })
  })

/**
 * Handlers for {@link RtcService.layerTest}, by Action name (`DescribeUsers`, `StartMix`…): each answers
 * with its Action's success value or fails with one of its errors.
 *
 * @since 0.1.0
 * @category models
 */
export type TestHandlers = {
  readonly [K in keyof RtcActions.Actions as RtcActions.Actions[K]["name"]]?: (
    input: Action.Input<RtcActions.Actions[K]>
  ) => Effect.Effect<Action.Success<RtcActions.Actions[K]>, Action.Error<RtcActions.Actions[K]>>
}

/**
 * The RTC server API.
 *
 * @since 0.1.0
 * @category tags
 */
export class RtcService extends Context.Tag("@effect-zego/rtc/RtcService")<RtcService, RtcServiceShape>() {
  /** Over the `ZegoTransport` in context. */
  static readonly layer: Layer.Layer<RtcService, never, ZegoTransport.ZegoTransport> = Layer.scoped(
    RtcService,
    make()
  )

  /** With helper settings. */
  static readonly layerWith = (
    options: RtcServiceOptions
  ): Layer.Layer<RtcService, never, ZegoTransport.ZegoTransport> => Layer.scoped(RtcService, make(options))

  /** For your unit tests: answers from the handlers you give, after validating the input. */
  static readonly layerTest = (handlers: TestHandlers): Layer.Layer<RtcService> =>
    Layer.provide(
      // No batch window: under TestClock a timed window would never close.
      RtcService.layerWith({ batchWindow: 0 }),
      ZegoTransport.ZegoTransport.layerTest(handlers as ZegoTransport.TestHandlers)
    )
}
