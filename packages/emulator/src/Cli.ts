/**
 * Command-line options of the standalone emulator (`src/bin.ts`).
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Either from "effect/Either"
import type { CallbackOptions } from "./Callbacks.js"
import * as Facts from "./Facts.js"
import * as Faults from "./Faults.js"
import type { RateLimits } from "./RateLimit.js"

/**
 * The parsed command line.
 *
 * @since 0.1.0
 */
export interface CliOptions {
  readonly help: boolean
  readonly port: number
  readonly host: string | undefined
  readonly appId: number | undefined
  readonly serverSecret: string | undefined
  readonly seedPath: string | undefined
  readonly rateLimits: RateLimits
  readonly clockOffsetMs: number
  readonly faults: Readonly<Record<string, ReadonlyArray<Faults.FaultSpec>>>
  /** Server callbacks, when `--callback-url` is given. */
  readonly callbacks: CallbackOptions | undefined
}

/**
 * A command line that cannot be understood.
 *
 * @since 0.1.0
 */
export class CliError extends Data.TaggedError("CliError")<{ readonly reason: string }> {
  override get message(): string {
    return this.reason
  }
}

/**
 * The port the CLI listens on unless told otherwise.
 *
 * @since 0.1.0
 */
export const defaultPort = 8080

/**
 * An option of the command line: its name, the placeholder of its value, and what it does.
 *
 * @since 0.1.0
 */
export interface Flag {
  readonly name: `--${string}`
  readonly value: string
  readonly help: ReadonlyArray<string>
}

/**
 * Every option that takes a value, in the order the usage text lists them. Parsing and the usage text both
 * come from this table, so an option added here is known to both.
 *
 * @since 0.1.0
 */
export const flags: ReadonlyArray<Flag> = [
  { name: "--port", value: "N", help: [`TCP port (default ${defaultPort}; 0 picks a free port)`] },
  { name: "--host", value: "HOST", help: ["interface to listen on (default 127.0.0.1)"] },
  { name: "--app-id", value: "N", help: ["the AppID served (default 1234567890)"] },
  { name: "--secret", value: "HEX", help: ["the ServerSecret, 32 hex characters (default: a fixed test secret)"] },
  { name: "--seed", value: "FILE", help: ["a JSON seed file (default: the built-in seed)"] },
  { name: "--rate-limits", value: "MODE", help: ["documented (default) | off | Action=N,Action=off,..."] },
  { name: "--clock-offset", value: "MS", help: ["server clock offset in ms (positive: ahead)"] },
  {
    name: "--fault",
    value: "SPEC",
    help: [
      "install a fault; repeatable. SPEC is [Action=]KIND[@RATE][*COUNT] with KIND one of",
      "  latency:MS | status:CODE[:empty] | drop | ratelimit | code:N",
      "  body:html|truncatedJson|emptyBody|wrongTypes|missingCode|unknownCode"
    ]
  },
  { name: "--fault-seed", value: "N", help: ["seed the faults' PRNG so that --fault rates fire deterministically"] },
  {
    name: "--callback-url",
    value: "P=URL",
    help: ["send product P's (zim or rtc) server callbacks to URL; repeatable"]
  },
  {
    name: "--callback-secret",
    value: "S",
    help: ["the callback secret they are signed with (required with --callback-url)"]
  }
]

const helpFlag: Flag = { name: "--help", value: "", help: ["show this text"] }

const usageLine = (flag: Flag): string => {
  const head = `  ${flag.name}${flag.value === "" ? "" : ` ${flag.value}`}`.padEnd(24)
  return [`${head}${flag.help[0] ?? ""}`, ...flag.help.slice(1).map((line) => `${"".padEnd(24)}${line}`)].join("\n")
}

/**
 * The usage text.
 *
 * @since 0.1.0
 */
export const usage = `Usage: emulator [options]

${[...flags, helpFlag].map(usageLine).join("\n")}
`

// Levenshtein distance, for "did you mean" suggestions.
const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * The names among `known` close to `name` (case aside), closest first: at most three.
 *
 * @since 0.1.0
 */
export const closest = (name: string, known: Iterable<string>): ReadonlyArray<string> => {
  const wanted = name.toLowerCase()
  const limit = Math.max(2, Math.floor(wanted.length / 3))
  return Array.from(known)
    .map((candidate) => {
      const lower = candidate.toLowerCase()
      // A name that contains the typed one (or the reverse) is close too: "Users" suggests "DescribeUsers".
      return { candidate, d: distance(wanted, lower), contains: lower.includes(wanted) || wanted.includes(lower) }
    })
    .filter(({ contains, d }) => d <= limit || contains)
    .sort((x, y) => x.d - y.d || x.candidate.localeCompare(y.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate)
}

const didYouMean = (name: string, known: Iterable<string>): string => {
  const near = closest(name, known)
  return near.length === 0 ? "" : ` (did you mean ${near.join(" or ")}?)`
}

/** Refuses a name that is not an Action of the emulator, suggesting close ones. */
const knownAction = (flag: string, name: string): Either.Either<string, CliError> => {
  if (Facts.byName.has(name)) return Either.right(name)
  const sameButCase = Array.from(Facts.byName.keys()).some((known) => known.toLowerCase() === name.toLowerCase())
  return Either.left(
    new CliError({
      reason: `${flag}: unknown Action ${JSON.stringify(name)}${didYouMean(name, Facts.byName.keys())}` +
        (sameButCase
          ? "; Action names are case-sensitive"
          : "; Actions are named as the API names them, e.g. QueryUserInfos")
    })
  )
}

const integer = /^-?[0-9]+$/

const parseInteger = (flag: string, text: string): Either.Either<number, CliError> =>
  integer.test(text) ? Either.right(Number(text)) : Either.left(new CliError({ reason: `${flag} needs an integer` }))

const faultSyntax = /^(?:([A-Za-z0-9]+)=)?([a-z]+)(?::([^@*]+))?(?:@([0-9.]+))?(?:\*([0-9]+))?$/

/**
 * Parses one `--fault` value into a target and a fault specification (validated).
 *
 * @since 0.1.0
 */
export const parseFault = (
  text: string,
  seed: number | undefined
): Either.Either<{ readonly target: string; readonly spec: Faults.FaultSpec }, CliError> => {
  const bad = (why: string) => Either.left(new CliError({ reason: `--fault ${text}: ${why}` }))
  const match = faultSyntax.exec(text)
  if (match === null) return bad("expected [Action=]KIND[:ARG][@RATE][*COUNT]")
  const [, target, kind, argument, rate, count] = match
  if (target !== undefined) {
    const action = knownAction(`--fault ${text}`, target)
    if (Either.isLeft(action)) return Either.left(action.left)
  }
  const parts = (argument ?? "").split(":")
  let fault: Faults.Fault
  switch (kind) {
    case "latency":
      if (!integer.test(parts[0] ?? "")) return bad("latency needs milliseconds, e.g. latency:200")
      fault = Faults.latency(Number(parts[0]))
      break
    case "status":
      if (!integer.test(parts[0] ?? "")) return bad("status needs an HTTP status, e.g. status:503")
      fault = Faults.httpError(Number(parts[0]), parts[1] === "empty" ? "empty" : "html")
      break
    case "drop":
      fault = Faults.dropConnection
      break
    case "ratelimit":
      fault = Faults.rateLimited
      break
    case "code":
      if (!integer.test(parts[0] ?? "")) return bad("code needs a number, e.g. code:660000001")
      fault = Faults.forcedCode(Number(parts[0]))
      break
    case "body": {
      const bodyKind = Faults.MalformedBodyKind.literals.find((literal) => literal === parts[0])
      if (bodyKind === undefined) return bad(`body needs one of ${Faults.MalformedBodyKind.literals.join(", ")}`)
      fault = Faults.malformedBody(bodyKind)
      break
    }
    default:
      return bad(`unknown fault kind ${kind ?? ""}`)
  }
  const spec: {
    fault: Faults.Fault
    rate?: number
    count?: number
    seed?: number
  } = { fault }
  if (rate !== undefined) spec.rate = Number(rate)
  if (count !== undefined) spec.count = Number(count)
  if (seed !== undefined) spec.seed = seed
  return Either.match(Faults.validate([spec]), {
    onLeft: (error) => bad(error.reason),
    onRight: (valid) =>
      valid[0] === undefined ? bad("invalid") : Either.right({ target: target ?? Faults.allActions, spec: valid[0] })
  })
}

const parseRateLimits = (text: string): Either.Either<RateLimits, CliError> => {
  if (text === "documented" || text === "off") return Either.right(text)
  const overrides: Record<string, number | "off"> = {}
  for (const entry of text.split(",")) {
    const [name, value] = entry.split("=")
    if (name === undefined || name === "" || value === undefined) {
      return Either.left(new CliError({ reason: "--rate-limits needs documented, off or Action=N,..." }))
    }
    const action = knownAction("--rate-limits", name)
    if (Either.isLeft(action)) return Either.left(action.left)
    if (value === "off") {
      overrides[name] = "off"
    } else if (integer.test(value)) {
      overrides[name] = Number(value)
    } else {
      return Either.left(new CliError({ reason: `--rate-limits ${name} needs a number or off` }))
    }
  }
  return Either.right(overrides)
}

/**
 * Parses the command-line arguments (without the node and script paths). Accepts `--flag value` and
 * `--flag=value`.
 *
 * @since 0.1.0
 */
export const parseArgs = (argv: ReadonlyArray<string>): Either.Either<CliOptions, CliError> =>
  Either.gen(function*() {
    const values = new Map<string, Array<string>>()
    let help = false
    for (let index = 0; index < argv.length; index++) {
      const arg = argv[index] ?? ""
      if (arg === "--help" || arg === "-h") {
        help = true
        continue
      }
      if (!arg.startsWith("--")) return yield* Either.left(new CliError({ reason: `unexpected argument ${arg}` }))
      const equals = arg.indexOf("=")
      const name = equals === -1 ? arg : arg.slice(0, equals)
      const flag = flags.find((candidate) => candidate.name === name)
      if (flag === undefined) {
        return yield* Either.left(
          new CliError({
            reason: `unknown option ${name}${didYouMean(name, flags.map((f) => f.name))}; the options are ` +
              `${[...flags, helpFlag].map((f) => f.name).join(", ")}`
          })
        )
      }
      let value: string | undefined = equals === -1 ? undefined : arg.slice(equals + 1)
      if (value === undefined) {
        value = argv[index + 1]
        index++
      }
      if (value === undefined) {
        return yield* Either.left(new CliError({ reason: `${name} needs a value: ${name} ${flag.value}` }))
      }
      values.set(name, [...(values.get(name) ?? []), value])
    }
    const last = (flag: string): string | undefined => values.get(flag)?.at(-1)

    const portText = last("--port")
    const port = portText === undefined ? defaultPort : yield* parseInteger("--port", portText)
    const appIdText = last("--app-id")
    const appId = appIdText === undefined ? undefined : yield* parseInteger("--app-id", appIdText)
    const offsetText = last("--clock-offset")
    const clockOffsetMs = offsetText === undefined ? 0 : yield* parseInteger("--clock-offset", offsetText)
    const faultSeedText = last("--fault-seed")
    const faultSeed = faultSeedText === undefined ? undefined : yield* parseInteger("--fault-seed", faultSeedText)
    const rateLimitsText = last("--rate-limits")
    const rateLimits = rateLimitsText === undefined ? "documented" : yield* parseRateLimits(rateLimitsText)

    const faults: Record<string, Array<Faults.FaultSpec>> = {}
    for (const text of values.get("--fault") ?? []) {
      const { spec, target } = yield* parseFault(text, faultSeed)
      faults[target] = [...(faults[target] ?? []), spec]
    }
    const callbackUrls: Record<string, string> = {}
    for (const text of values.get("--callback-url") ?? []) {
      const [product, ...rest] = text.split("=")
      if ((product !== "zim" && product !== "rtc") || rest.length === 0) {
        return yield* Either.left(new CliError({ reason: "--callback-url needs zim=URL or rtc=URL" }))
      }
      callbackUrls[product] = rest.join("=")
    }
    const callbackSecret = last("--callback-secret")
    if (Object.keys(callbackUrls).length > 0 && callbackSecret === undefined) {
      return yield* Either.left(new CliError({ reason: "--callback-url needs --callback-secret" }))
    }
    const callbacks = callbackSecret === undefined || Object.keys(callbackUrls).length === 0
      ? undefined
      : { zimUrl: callbackUrls["zim"], rtcUrl: callbackUrls["rtc"], secret: callbackSecret }
    return {
      callbacks,
      help,
      port,
      host: last("--host"),
      appId,
      serverSecret: last("--secret"),
      seedPath: last("--seed"),
      rateLimits,
      clockOffsetMs,
      faults
    }
  })
