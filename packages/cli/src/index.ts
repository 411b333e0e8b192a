/**
 * `zego`, the command line of effect-zego: every ZIM and RTC Action, bulk runs, lookups, profiles, tokens,
 * callback signatures and the emulator. The modules are exported for embedding the commands in another CLI and for tests.
 *
 * @since 0.1.0
 */

/**
 * @since 0.1.0
 */
export * as ActionCommands from "./ActionCommands.js"

/**
 * @since 0.1.0
 */
export * as ActionInput from "./ActionInput.js"

/**
 * @since 0.1.0
 */
export * as Bulk from "./Bulk.js"

/**
 * @since 0.1.0
 */
export * as Callback from "./Callback.js"

/**
 * @since 0.1.0
 */
export * as Common from "./Common.js"

/**
 * @since 0.1.0
 */
export * as Configure from "./Configure.js"

/**
 * @since 0.1.0
 */
export * as EmulatorCommand from "./EmulatorCommand.js"

/**
 * @since 0.1.0
 */
export * as Lookups from "./Lookups.js"

/**
 * @since 0.1.0
 */
export * as Main from "./Main.js"

/**
 * @since 0.1.0
 */
export * as Render from "./Render.js"

/**
 * @since 0.1.0
 */
export * as Settings from "./Settings.js"

/**
 * @since 0.1.0
 */
export * as Token from "./Token.js"
