/**
 * The table of emulated Actions. A new Action is one more declaration here; the server pipeline is unchanged.
 *
 * @since 0.1.0
 */
import type { Action } from "../Action.js"
import { DescribeUsers } from "./DescribeUsers.js"
import { QueryGroupsInfoOfUser } from "./QueryGroupsInfoOfUser.js"
import { QueryUserInfos } from "./QueryUserInfos.js"

/**
 * Every emulated Action, ZIM and RTC together (their names never collide).
 *
 * @since 0.1.0
 */
export const all: ReadonlyArray<Action> = [QueryUserInfos, QueryGroupsInfoOfUser, DescribeUsers]

/**
 * The emulated Actions by name.
 *
 * @since 0.1.0
 */
export const byName: ReadonlyMap<string, Action> = new Map(all.map((action) => [action.name, action]))
