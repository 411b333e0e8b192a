/**
 * Child processes of the benchmarks: pinned to a core with `taskset`, run as `tsc` emits them (see
 * `compiled.mjs`) or, when the workspace does not compile, through `tsx`; a JSON line back on stdout.
 *
 * @since 0.1.0
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

/** The bench directory. */
export const benchDir = Path.dirname(Path.dirname(fileURLToPath(import.meta.url)))

/** The workspace root. */
export const rootDir = Path.dirname(benchDir)

/** How workers run: compiled JS (`tsc -b bench`) or TypeScript through tsx. */
export type Mode = "compiled" | "tsx"

/** Compiles the bench and the packages it uses; `tsx` if that fails (e.g. a package does not type-check). */
export const compile = (): Mode => {
  const tsc = Path.join(rootDir, "node_modules", "typescript", "bin", "tsc")
  const result = spawnSync(process.execPath, [tsc, "-b", Path.join(benchDir, "tsconfig.json")], {
    cwd: rootDir,
    encoding: "utf8"
  })
  if (result.status === 0) return "compiled"
  process.stderr.write(
    `tsc -b bench failed; workers run through tsx (slower: tsx wraps closures in __name).\n${result.stdout}`
  )
  return "tsx"
}

let tasksetWorks: boolean | undefined
const canPin = (): boolean =>
  tasksetWorks ??= spawnSync("taskset", ["-c", "0", "true"], { stdio: "ignore" }).status === 0

/** Options of a worker. */
export interface ChildOptions {
  readonly mode: Mode
  /** Core to pin to (`taskset -c`), when taskset works. */
  readonly core?: number | undefined
  /** Extra node flags (`--expose-gc`, `--cpu-prof` …). */
  readonly nodeFlags?: ReadonlyArray<string> | undefined
  /** The worker starts the emulator, which runs from source (through tsx) in either mode. */
  readonly emulator?: boolean | undefined
}

/** Spawns a worker script (`name` without extension). */
export const spawnScript = (name: string, args: ReadonlyArray<string>, options: ChildOptions): ChildProcess => {
  const loader = options.mode === "compiled"
    ? [
      ...(options.emulator === true ? ["--import", "tsx"] : []),
      "--import",
      Path.join(benchDir, "lib", "compiled.mjs")
    ]
    : ["--import", "tsx"]
  const script = options.mode === "compiled"
    ? Path.join(benchDir, "build", `${name}.js`)
    : Path.join(benchDir, `${name}.ts`)
  const node = [...(options.nodeFlags ?? []), ...loader, script, ...args]
  const pinned = options.core !== undefined && canPin()
  const [command, argv] = pinned
    ? ["taskset", ["-c", String(options.core), process.execPath, ...node]] as const
    : [process.execPath, node] as const
  return spawn(command, argv, { cwd: rootDir, stdio: ["ignore", "pipe", "inherit"] })
}

/** Runs a worker to its end and parses the last line of its stdout as JSON. */
export const runJson = async <A>(name: string, args: ReadonlyArray<string>, options: ChildOptions): Promise<A> => {
  const child = spawnScript(name, args, options)
  let out = ""
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk
  })
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
  const last = out.trim().split("\n").pop() ?? ""
  if (code !== 0) throw new Error(`${name} ${args.join(" ")} exited with ${code}: ${last}`)
  return JSON.parse(last) as A
}

/** Runs a plain JS file with node (no loader), pinned, and parses the last line of its stdout as JSON. */
export const runNode = async <A>(file: string, args: ReadonlyArray<string>, core: number): Promise<A> => {
  const node = [file, ...args]
  const [command, argv] = canPin()
    ? ["taskset", ["-c", String(core), process.execPath, ...node]] as const
    : [process.execPath, node] as const
  const child = spawn(command, argv, { cwd: rootDir, stdio: ["ignore", "pipe", "inherit"] })
  let out = ""
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk
  })
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
  const last = out.trim().split("\n").pop() ?? ""
  if (code !== 0) throw new Error(`${file} ${args.join(" ")} exited with ${code}: ${last}`)
  return JSON.parse(last) as A
}

/** A running server process. */
export interface Server {
  readonly url: string
  /** The emulator host's control endpoint. */
  readonly control: string
  readonly stop: () => Promise<void>
}

/** Starts a server worker and waits for the `{"url": …}` line it prints once it listens. */
export const startServer = async (
  name: string,
  options: ChildOptions,
  args: ReadonlyArray<string> = []
): Promise<Server> => {
  const child = spawnScript(name, args, options)
  const { control, url } = await new Promise<{ readonly url: string; readonly control?: string }>(
    (resolve, reject) => {
      let out = ""
      child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk
        const line = out.split("\n").find((l) => l.startsWith("{"))
        if (line !== undefined) resolve(JSON.parse(line) as { readonly url: string; readonly control?: string })
      })
      child.on("exit", (code) => reject(new Error(`${name} exited with ${code}`)))
    }
  )
  return {
    url,
    control: control ?? "",
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.on("exit", () => resolve())
        child.kill("SIGTERM")
      })
  }
}
