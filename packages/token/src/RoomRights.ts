/**
 * Strict RTC room rights: the payload of a Token04 that lets a user log in to one room, and publish there (to
 * some streams only, if listed). Its JSON text is exactly the vendor's:
 * `{"room_id":"room1","privilege":{"1":1,"2":0},"stream_id_list":null}` (privilege `1` is log in, `2` publish).
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"

/**
 * Room rights, typed. Make them with {@link make}.
 *
 * @example
 * ```ts
 * import { RoomRights } from "@effect-zego/token"
 *
 * const rights = RoomRights.make({ roomId: "room1", publish: true, streamIds: ["room1-alice"] })
 * console.log(rights.login, rights.publish) // true true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export class RoomRights extends Schema.Class<RoomRights>("@effect-zego/token/RoomRights")({
  /** The one room these rights are for. */
  roomId: Schema.String,
  /** Privilege `1`: may log in to the room. */
  login: Schema.Boolean,
  /** Privilege `2`: may publish a stream in the room. */
  publish: Schema.Boolean,
  /** The stream IDs the rights are limited to (`stream_id_list`); `null` for no such list. */
  streamIds: Schema.NullOr(Schema.Array(Schema.String))
}) {}

/**
 * What {@link make} takes; everything but the room has a default.
 *
 * @example
 * ```ts
 * import type { RoomRights } from "@effect-zego/token"
 *
 * const viewer: RoomRights.RoomRightsOptions = { roomId: "room1" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomRightsOptions {
  readonly roomId: string
  /** Default `true`. */
  readonly login?: boolean | undefined
  /** Default `false`. */
  readonly publish?: boolean | undefined
  /** Default `null` (no list). */
  readonly streamIds?: ReadonlyArray<string> | null | undefined
}

/**
 * Builds room rights: log in to `roomId` (unless `login: false`), publish only with `publish: true`, limited to
 * `streamIds` when given. The room ID and stream IDs are checked when a token is made (`RoomIdEmpty`,
 * `StreamIdEmpty`).
 *
 * @example
 * ```ts
 * import { RoomRights } from "@effect-zego/token"
 *
 * const viewer = RoomRights.make({ roomId: "room1" })
 * const host = RoomRights.make({ roomId: "room1", publish: true, streamIds: ["room1-host"] })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: RoomRightsOptions): RoomRights =>
  new RoomRights({
    roomId: options.roomId,
    login: options.login ?? true,
    publish: options.publish ?? false,
    streamIds: options.streamIds === undefined || options.streamIds === null ? null : [...options.streamIds]
  })

/**
 * The vendor's JSON text of the rights, as it goes into the token's `payload`: `room_id`, `privilege` (`"1"`
 * log in, `"2"` publish, each 0 or 1) and `stream_id_list`, in that order, without spaces.
 *
 * @example
 * ```ts
 * import { RoomRights } from "@effect-zego/token"
 *
 * RoomRights.toJson(RoomRights.make({ roomId: "room1" }))
 * // '{"room_id":"room1","privilege":{"1":1,"2":0},"stream_id_list":null}'
 * ```
 *
 * @since 0.1.0
 * @category encoding
 */
export const toJson = (rights: RoomRights): string =>
  JSON.stringify({
    room_id: rights.roomId,
    privilege: { "1": rights.login ? 1 : 0, "2": rights.publish ? 1 : 0 },
    stream_id_list: rights.streamIds
  })

const Wire = Schema.parseJson(Schema.Struct({
  room_id: Schema.String,
  privilege: Schema.Struct({ "1": Schema.Literal(0, 1), "2": Schema.Literal(0, 1) }),
  stream_id_list: Schema.NullOr(Schema.Array(Schema.String))
}))

const decodeWire = Schema.decodeUnknownOption(Wire, { onExcessProperty: "error" })

/**
 * Reads a payload as room rights when it is exactly the text {@link toJson} makes of some rights; any other
 * text (other keys, order or spacing) is `None`, so a payload read this way always writes back to the same text.
 *
 * @example
 * ```ts
 * import { RoomRights } from "@effect-zego/token"
 *
 * RoomRights.fromJson('{"room_id":"room1","privilege":{"1":1,"2":1},"stream_id_list":["s1"]}')
 * // Option.some(RoomRights { roomId: "room1", login: true, publish: true, streamIds: ["s1"] })
 * RoomRights.fromJson("anything else") // Option.none()
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const fromJson = (text: string): Option.Option<RoomRights> =>
  decodeWire(text).pipe(
    Option.map((wire) =>
      new RoomRights({
        roomId: wire.room_id,
        login: wire.privilege["1"] === 1,
        publish: wire.privilege["2"] === 1,
        streamIds: wire.stream_id_list
      })
    ),
    Option.filter((rights) => toJson(rights) === text)
  )
