/**
 * `@effect-zego/emulator`: a local emulator of the ZEGOCLOUD ZIM and RTC server APIs.
 *
 * @since 0.1.0
 */

/**
 * The declaration of emulated Actions.
 *
 * @since 0.1.0
 */
export * as Action from "./Action.js"

/**
 * The table of emulated Actions.
 *
 * @since 0.1.0
 */
export * as Actions from "./actions/index.js"

/**
 * Command-line parsing of the standalone emulator.
 *
 * @since 0.1.0
 */
export * as Cli from "./Cli.js"

/**
 * The server callbacks the emulator sends for the events its state produces.
 *
 * @since 0.1.0
 */
export * as Callbacks from "./Callbacks.js"

/**
 * The emulator service and its layer.
 *
 * @since 0.1.0
 */
export * from "./Emulator.js"

/**
 * Actions declared from their documented facts.
 *
 * @since 0.1.0
 */
export * as FactAction from "./FactAction.js"

/**
 * The documented facts of every Action (generated from the vendor's OpenAPI files).
 *
 * @since 0.1.0
 */
export * as Facts from "./Facts.js"

/**
 * Fault injection.
 *
 * @since 0.1.0
 */
export * as Faults from "./Faults.js"

/**
 * The gateway checks.
 *
 * @since 0.1.0
 */
export * as Gateway from "./Gateway.js"

/**
 * Facts-driven reading and validation of Action parameters.
 *
 * @since 0.1.0
 */
export * as Params from "./Params.js"

/**
 * Query string parsing.
 *
 * @since 0.1.0
 */
export * as Query from "./Query.js"

/**
 * Sliding-window rate limits.
 *
 * @since 0.1.0
 */
export * as RateLimit from "./RateLimit.js"

/**
 * The request log.
 *
 * @since 0.1.0
 */
export * as RequestLog from "./RequestLog.js"

/**
 * The documented return codes.
 *
 * @since 0.1.0
 */
export * as ReturnCodes from "./ReturnCodes.js"

/**
 * The seed: schema, default seed, well-known IDs, loader.
 *
 * @since 0.1.0
 */
export * as Seed from "./Seed.js"

/**
 * The signature verifier.
 *
 * @since 0.1.0
 */
export * as Signature from "./Signature.js"

/**
 * Documented successful answers built from response schemas.
 *
 * @since 0.1.0
 */
export * as Synthesize from "./Synthesize.js"

/**
 * The debug endpoint that verifies client tokens (Token04).
 *
 * @since 0.1.0
 */
export * as TokenCheck from "./TokenCheck.js"

/**
 * The emulator's state.
 *
 * @since 0.1.0
 */
export * as State from "./State.js"
