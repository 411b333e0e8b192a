/**
 * `ZimService`: every ZIM Action as a method (named after the Action in camelCase, built from the
 * `ZimActions` registry), plus helpers built on them: a stream over all groups of a user, and a batched
 * single-user lookup.
 *
 * @since 0.1.0
 */
import { Action, ActionMethod, Batcher, Rules, ZegoError, ZegoTransport } from "@effect-zego/core"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as QueryGroupsInfoOfUser from "./QueryGroupsInfoOfUser.js"
import * as QueryUserInfos from "./QueryUserInfos.js"
import * as ZimActions from "./ZimActions.js"

/**
 * What `getUserInfo` can fail with: the user's own SubCode error, or the error of the whole call.
 *
 * @since 0.1.0
 * @category models
 */
export type GetUserInfoError = QueryUserInfos.FailedUser["Error"] | Action.Error<typeof QueryUserInfos.QueryUserInfos>

/**
 * Every ZIM Action as a method: `sendPeerMessage(input)`, `queryUserInfos(input)`… Each keeps the precise
 * input, success and error types of its Action (see `ZimActions` for the list).
 *
 * @since 0.1.0
 * @category models
 */
export type ZimActionMethods = {
  readonly [K in keyof ZimActions.Actions]: ActionMethod.ActionMethod<ZimActions.Actions[K]>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ZimServiceShape extends ZimActionMethods {
  /** Every group of a user, page after page (`NextRsp` until `"0"`). `pageSize` 1..100, default 100. */
  readonly groupsOfUser: (
    userId: string,
    options?: { readonly pageSize?: number | undefined }
  ) => Stream.Stream<
    QueryGroupsInfoOfUser.GroupInfo,
    Action.Error<typeof QueryGroupsInfoOfUser.QueryGroupsInfoOfUser>
  >
  /**
   * One user's information. Concurrent calls, from any fibers, are coalesced into QueryUserInfos calls of
   * up to 100 distinct IDs; each caller gets its own user or its own error.
   */
  readonly getUserInfo: (userId: string) => Effect.Effect<QueryUserInfos.UserInfo, GetUserInfoError>
}

/**
 * Settings of the helpers.
 *
 * @since 0.1.0
 * @category models
 */
export interface ZimServiceOptions {
  /** How long a `getUserInfo` waits for others to share its call. Default 10 ms. */
  readonly batchWindow?: Duration.DurationInput | undefined
}

/**
 * Builds the service over the `ZegoTransport` in context.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: ZimServiceOptions = {}) =>
  Effect.gen(function*() {
    const transport = yield* ZegoTransport.ZegoTransport
    const methods = ActionMethod.makeAll(transport, ZimActions.actions)
    const { queryGroupsInfoOfUser } = methods

    const groupsOfUser: ZimServiceShape["groupsOfUser"] = (userId, streamOptions) =>
      Stream.paginateChunkEffect("", (next) =>
        Effect.flatMap(
          queryGroupsInfoOfUser({ FromUserId: userId, Limit: streamOptions?.pageSize ?? 100, Next: next }),
          (page) => {
            const done = page.NextRsp === "0" || page.NextRsp === ""
            // A server that hands back the token it was given would page forever.
            if (!done && page.NextRsp === next) {
              return Effect.fail(
                new ZegoError.MalformedResponse({
                  action: QueryGroupsInfoOfUser.QueryGroupsInfoOfUser.name,
                  status: 200,
                  // The token is the server's: only its head goes into the error.
                  reason: `NextRsp repeats the token of the page it answers (${
                    next.length > 64 ? `${next.slice(0, 64)}…` : next
                  })`,
                  bodyExcerpt: ""
                })
              )
            }
            return Effect.succeed(
              [
                Chunk.fromIterable(page.GroupInfoList),
                done ? Option.none<string>() : Option.some(page.NextRsp)
              ] as const
            )
          }
        ))

    const action = QueryUserInfos.QueryUserInfos
    const lookup = yield* Batcher.make<string, QueryUserInfos.UserInfo, GetUserInfoError, never>({
      name: "ZIM.getUserInfo",
      window: options.batchWindow ?? Duration.millis(10),
      maxBatchSize: 100,
      id: (userId) => userId,
      attributes: { "rpc.system": "zego", "rpc.service": "zim", "rpc.method": action.name },
      run: (seal) =>
        transport.callLazy(action, Effect.map(seal, (userIds) => ({ UserIds: userIds }))).pipe(
          Effect.map(({ data: result }) => {
            const found = new Map(result.Result.map((user) => [user.UserId, user]))
            const failed = new Map(result.ErrorList.map((f) => [f.UserId, f.Error]))
            return (userId: string): Exit.Exit<QueryUserInfos.UserInfo, GetUserInfoError> => {
              const user = found.get(userId)
              if (user !== undefined) return Exit.succeed(user)
              const error = failed.get(userId)
              if (error !== undefined) return Exit.fail(error)
              return Exit.fail(
                new ZegoError.MalformedResponse({
                  action: action.name,
                  status: 200,
                  reason: `user ${userId} is in neither Result nor ErrorList`,
                  bodyExcerpt: "",
                  requestId: undefined
                })
              )
            }
          }),
          // Every user failed: still, each caller gets its own user's SubCode error.
          Effect.catchIf(
            (error): error is Extract<GetUserInfoError, { readonly errorList?: unknown }> =>
              "errorList" in error && error.errorList !== undefined && error.errorList.length > 0,
            (error) => {
              const own = new Map(
                (error.errorList ?? []).flatMap((f) =>
                  typeof f.UserId === "string"
                    ? [
                      [
                        f.UserId,
                        Action.errorFor(action, f.SubCode, {
                          serverMessage: error.serverMessage,
                          requestId: error.requestId
                        })
                      ] as const
                    ]
                    : []
                )
              )
              return Effect.succeed((userId: string): Exit.Exit<QueryUserInfos.UserInfo, GetUserInfoError> =>
                Exit.fail(own.get(userId) ?? error)
              )
            }
          )
        )
    })

    // Validate one caller's input alone, so that one bad ID never fails the batch it would have joined. A
    // valid ID (the usual case) is checked against the item's rule alone; an invalid one gets the error the
    // whole request would have: the field (`UserIds[0]`) and the rule it breaks.
    const getUserInfo: ZimServiceShape["getUserInfo"] = (userId) =>
      isUserId(userId)
        ? lookup(userId)
        : Effect.zipRight(Action.validate(action, { UserIds: [userId] }), lookup(userId))

    return ZimService.of({ ...methods, groupsOfUser, getUserInfo })
  })

const isUserId = Rules.is(QueryUserInfos.UserId)

/**
 * Handlers for {@link ZimService.layerTest}, by Action name (`QueryUserInfos`, `SendPeerMessage`…): each
 * answers with its Action's success value or fails with one of its errors.
 *
 * @since 0.1.0
 * @category models
 */
export type TestHandlers = {
  readonly [K in keyof ZimActions.Actions as ZimActions.Actions[K]["name"]]?: (
    input: Action.Input<ZimActions.Actions[K]>
  ) => Effect.Effect<Action.Success<ZimActions.Actions[K]>, Action.Error<ZimActions.Actions[K]>>
}

/**
 * The ZIM server API.
 *
 * @since 0.1.0
 * @category tags
 */
export class ZimService extends Context.Tag("@effect-zego/zim/ZimService")<ZimService, ZimServiceShape>() {
  /** Over the `ZegoTransport` in context. */
  static readonly layer: Layer.Layer<ZimService, never, ZegoTransport.ZegoTransport> = Layer.scoped(
    ZimService,
    make()
  )

  /** With helper settings. */
  static readonly layerWith = (
    options: ZimServiceOptions
  ): Layer.Layer<ZimService, never, ZegoTransport.ZegoTransport> => Layer.scoped(ZimService, make(options))

  /**
   * For your unit tests: answers from the handlers you give, after validating the input as the real
   * client does. Helpers (`groupsOfUser`, `getUserInfo`) work on top of them.
   */
  static readonly layerTest = (handlers: TestHandlers): Layer.Layer<ZimService> =>
    Layer.provide(
      // No batch window: under TestClock a timed window would never close.
      ZimService.layerWith({ batchWindow: 0 }),
      ZegoTransport.ZegoTransport.layerTest(handlers as ZegoTransport.TestHandlers)
    )
}
