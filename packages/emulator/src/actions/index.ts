/**
 * The table of emulated Actions: every Action of the facts file. Three are hand-written (the seed Actions, with
 * their own validation); the others are declared from their facts, with a handler when the emulator models what
 * they do to its state, and otherwise answering the documented successful response. A new Action is one more
 * entry here; the server pipeline is unchanged.
 *
 * @since 0.1.0
 */
import type { Action } from "../Action.js"
import * as FactAction from "../FactAction.js"
import * as Facts from "../Facts.js"
import * as Calls from "./calls.js"
import { DescribeUsers } from "./DescribeUsers.js"
import * as Groups from "./groups.js"
import * as Messages from "./messages.js"
import { QueryGroupsInfoOfUser } from "./QueryGroupsInfoOfUser.js"
import { QueryUserInfos } from "./QueryUserInfos.js"
import * as RtcRooms from "./rtcRooms.js"
import * as Users from "./users.js"
import * as ZimRooms from "./zimRooms.js"

/**
 * The hand-written Actions, which keep their own validation and behaviour.
 *
 * @since 0.1.0
 */
export const handwritten: ReadonlyArray<Action> = [QueryUserInfos, QueryGroupsInfoOfUser, DescribeUsers]

/**
 * What the Actions with state do, by Action name. Every other Action of the facts answers the documented
 * successful response built from its response schema.
 *
 * @since 0.1.0
 */
export const handlers: Readonly<Record<string, FactAction.Handler>> = {
  ...Users.handlers,
  ...Groups.handlers,
  ...ZimRooms.handlers,
  ...Messages.handlers,
  ...RtcRooms.handlers,
  ...Calls.handlers
}

const handwrittenByName = new Map(handwritten.map((action) => [action.name, action]))

/**
 * Every emulated Action, ZIM and RTC together (their names never collide), in the facts file's order.
 *
 * @since 0.1.0
 */
export const all: ReadonlyArray<Action> = Facts.facts.actions.map((fact) =>
  handwrittenByName.get(fact.name) ?? FactAction.fromFacts(fact, handlers[fact.name])
)

/**
 * The emulated Actions by name.
 *
 * @since 0.1.0
 */
export const byName: ReadonlyMap<string, Action> = new Map(all.map((action) => [action.name, action]))
