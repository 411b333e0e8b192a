/**
 * What `zego` prints and the exit code it ends with: results as JSON (pretty on a terminal, compact
 * otherwise), NDJSON or a table; a failure as one line (tag, code, message, RequestId), its details with
 * `--verbose`.
 *
 * @since 0.1.0
 */
import { ZegoError } from "@effect-zego/core"
import * as ValidationError from "@effect/cli/ValidationError"
import * as Data from "effect/Data"
import * as Predicate from "effect/Predicate"

/**
 * The exit codes, one per kind of outcome.
 *
 * @since 0.1.0
 * @category exit codes
 */
export const ExitCode = {
  /** The call (every call of a bulk run) succeeded. Partial results (`ErrorList`) are successes. */
  success: 0,
  /** Something unexpected: a bug; the message says what. */
  unexpected: 1,
  /** The command line or the settings are wrong (unknown flag, no AppID, a secret file others can read). */
  usage: 2,
  /** The request breaks a documented rule (`InvalidRequest`): nothing was sent. */
  invalidRequest: 3,
  /** The API answered with an error code. */
  apiError: 4,
  /** No usable answer: transport failure, timeout, deadline, malformed response, rate-limit wait. */
  transport: 5,
  /** A bulk run finished, and some of its lines failed (their errors are in the output file). */
  bulkFailures: 6,
  /**
   * A token or callback was checked and refused (`zego token decode`, `zego callback verify`): tampered,
   * expired, for another AppID, a signature that does not match, a stale timestamp.
   */
  rejected: 7,
  /** Interrupted (Ctrl-C); a bulk run has written every line it finished. */
  interrupted: 130
} as const

/**
 * The exit codes in words, for `--help`.
 *
 * @since 0.1.0
 * @category exit codes
 */
export const exitCodesHelp = [
  "Exit codes:",
  "  0    success (partial results, ErrorList, included)",
  "  1    unexpected failure",
  "  2    bad command line or settings",
  "  3    invalid request (InvalidRequest): nothing was sent",
  "  4    the API answered with an error code",
  "  5    transport failure, timeout or malformed answer",
  "  6    bulk: some lines failed (see the output file)",
  "  7    token or callback refused: tampered, expired, wrong signature or stale",
  "  130  interrupted"
].join("\n")

/**
 * Ends the command with an exit code, once its output is written.
 *
 * @since 0.1.0
 * @category models
 */
export class CliExit extends Data.TaggedError("CliExit")<{ readonly code: number }> {}

/**
 * The exit code a failure of a call gets.
 *
 * @since 0.1.0
 * @category exit codes
 */
export const exitCodeOf = (error: unknown): number => {
  if (!ZegoError.isZegoError(error)) return ExitCode.unexpected
  if (error._tag === "InvalidRequest") return ExitCode.invalidRequest
  if (Predicate.hasProperty(error, "requestId") && Predicate.hasProperty(error, "code")) return ExitCode.apiError
  return ExitCode.transport
}

/**
 * A value made ready for JSON: errors become `{ _tag, code, message, requestId, … }` (their own fields),
 * since `JSON.stringify` would drop an `Error`'s message.
 *
 * @since 0.1.0
 * @category rendering
 */
export const toJson = (value: unknown): unknown => {
  if (value instanceof Error) {
    const fields: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) fields[k] = toJson(v)
    const tag = Predicate.hasProperty(value, "_tag") ? value._tag : value.name
    return { _tag: tag, ...fields, message: value.message }
  }
  if (Array.isArray(value)) return value.map(toJson)
  if (typeof value === "bigint") return value.toString()
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v)
    return out
  }
  return value
}

/**
 * One line for a failure: `Tag: message` (an API error's message names its code and RequestId).
 *
 * @since 0.1.0
 * @category rendering
 */
export const errorLine = (error: unknown): string => {
  if (error instanceof Error) {
    const tag = Predicate.hasProperty(error, "_tag") ? String(error._tag) : error.name
    return `${tag}: ${error.message}`
  }
  return `Error: ${String(error)}`
}

/**
 * The details of a failure, for `--verbose`: every field, as JSON.
 *
 * @since 0.1.0
 * @category rendering
 */
export const errorDetails = (error: unknown): string => JSON.stringify(toJson(error), null, 2)

/**
 * Output formats.
 *
 * @since 0.1.0
 * @category models
 */
export type Format = "json" | "ndjson" | "table"

/**
 * Renders a result. `json`: pretty when `pretty`, compact otherwise. `ndjson`: the items of its list (a
 * result that is a list, or holds exactly one), one per line; failed items of a partial result too.
 * `table`: its lists as tables and its other fields as `name: value` lines.
 *
 * @since 0.1.0
 * @category rendering
 */
export const render = (value: unknown, format: Format, pretty: boolean): string => {
  const json = toJson(value)
  switch (format) {
    case "json":
      return pretty ? JSON.stringify(json, null, 2) : JSON.stringify(json)
    case "ndjson":
      return ndjsonLines(json).join("\n")
    case "table":
      return table(json)
  }
}

const isRecord = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === "object" && !Array.isArray(u)

const ndjsonLines = (json: unknown): ReadonlyArray<string> => {
  if (Array.isArray(json)) return json.map((item) => JSON.stringify(item))
  if (!isRecord(json)) return [JSON.stringify(json)]
  const lists = listsOf(json)
  if (lists.length === 0) return [JSON.stringify(json)]
  return lists.flatMap(([, items]) => items.map((item) => JSON.stringify(item)))
}

/** The list fields of a result, found at its top level or one object below (RTC's `Data`). */
const listsOf = (json: Record<string, unknown>): ReadonlyArray<readonly [string, ReadonlyArray<unknown>]> => {
  const out: Array<readonly [string, ReadonlyArray<unknown>]> = []
  for (const [k, v] of Object.entries(json)) {
    if (Array.isArray(v)) out.push([k, v])
    else if (isRecord(v)) {
      for (const [k2, v2] of Object.entries(v)) if (Array.isArray(v2)) out.push([`${k}.${k2}`, v2])
    }
  }
  return out
}

const cell = (value: unknown): string => {
  if (value === undefined || value === null) return ""
  if (isRecord(value) && typeof value["_tag"] === "string") return String(value["_tag"])
  return typeof value === "object" ? JSON.stringify(value) : String(value)
}

const renderTable = (rows: ReadonlyArray<unknown>): string => {
  if (rows.length === 0) return "(none)"
  const records = rows.map((row) => isRecord(row) ? row : { value: row })
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))]
  const cells = records.map((r) => columns.map((c) => cell(r[c])))
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => (row[i] ?? "").length)))
  const line = (values: ReadonlyArray<string>) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")
}

const table = (json: unknown): string => {
  if (Array.isArray(json)) return renderTable(json)
  if (!isRecord(json)) return cell(json)
  const parts: Array<string> = []
  const scalars: Array<string> = []
  const walk = (record: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(record)) {
      const name = prefix === "" ? k : `${prefix}.${k}`
      if (Array.isArray(v)) parts.push(`${name}:\n${renderTable(v)}`)
      else if (isRecord(v) && typeof v["_tag"] !== "string") walk(v, name)
      else scalars.push(`${name}: ${cell(v)}`)
    }
  }
  walk(json, "")
  return [...(scalars.length === 0 ? [] : [scalars.join("\n")]), ...parts].join("\n\n")
}

/**
 * @since 0.1.0
 * @category guards
 */
export const isCliExit = (u: unknown): u is CliExit => u instanceof CliExit

/**
 * Whether a failure is @effect/cli's own (an unknown flag, a missing argument): it has printed the problem.
 *
 * @since 0.1.0
 * @category guards
 */
export const isValidationError = (u: unknown): boolean => ValidationError.isValidationError(u)
