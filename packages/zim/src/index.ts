/**
 * @since 0.1.0
 */

/**
 * ZIM `QueryGroupsInfoOfUser`.
 *
 * @since 0.1.0
 */
export * as QueryGroupsInfoOfUser from "./QueryGroupsInfoOfUser.js"

/**
 * ZIM `QueryUserInfos`.
 *
 * @since 0.1.0
 */
export * as QueryUserInfos from "./QueryUserInfos.js"

/**
 * Errors shared by ZIM Actions.
 *
 * @since 0.1.0
 */
export * as ZimErrors from "./ZimErrors.js"

/**
 * The ZIM service.
 *
 * @since 0.1.0
 */
export * as ZimService from "./ZimService.js"
