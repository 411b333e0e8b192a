/**
 * The built `zego` bin, run as a child process under plain `node`.
 *
 * In the workspace, the packages' `exports` point at their TypeScript sources (for tsx and vitest). Plain
 * node cannot load those, so the setup builds every package with `tsc -b` and stages them as an install
 * would lay them out: `node_modules/@effect-zego/<name>` holding the compiled `build/esm` and a
 * package.json whose `exports` are the `publishConfig.exports` (the published ones), beside links to the
 * third-party dependencies.
 */
import { execFileSync, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const cliDir = path.resolve(here, "..")
const packagesDir = path.resolve(cliDir, "..")
const stageDir = path.join(cliDir, "build", "stage")

const workspacePackages = ["core", "zim", "rtc", "client", "telemetry", "emulator", "token", "callbacks", "cli"]

interface PackageJson {
  readonly name: string
  readonly dependencies?: Readonly<Record<string, string>>
  readonly publishConfig?: { readonly exports?: unknown; readonly bin?: unknown }
}

/** Builds the packages with tsc and stages them; returns the path of the staged bin. */
export const buildBin = (): string => {
  const tsc = path.resolve(packagesDir, "..", "node_modules", ".bin", "tsc")
  execFileSync(tsc, ["-b", path.join(cliDir, "tsconfig.src.json")], { stdio: "inherit" })
  fs.rmSync(stageDir, { recursive: true, force: true })
  const modules = path.join(stageDir, "node_modules")
  for (const name of workspacePackages) {
    const dir = path.join(packagesDir, name)
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson
    const target = path.join(modules, pkg.name)
    fs.mkdirSync(target, { recursive: true })
    fs.cpSync(path.join(dir, "build", "esm"), path.join(target, "build", "esm"), { recursive: true })
    // Data files the sources load at run time (the emulator's facts), which tsc does not copy.
    fs.cpSync(path.join(dir, "src"), path.join(target, "build", "esm"), {
      recursive: true,
      filter: (source) => fs.statSync(source).isDirectory() || source.endsWith(".json")
    })
    fs.writeFileSync(
      path.join(target, "package.json"),
      JSON.stringify({ name: pkg.name, type: "module", exports: pkg.publishConfig?.exports }, null, 2)
    )
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      if (dep.startsWith("@effect-zego/")) continue
      const link = path.join(modules, dep)
      if (fs.existsSync(link)) continue
      fs.mkdirSync(path.dirname(link), { recursive: true })
      fs.symlinkSync(fs.realpathSync(path.join(dir, "node_modules", dep)), link, "dir")
    }
  }
  return path.join(modules, "@effect-zego", "cli", "build", "esm", "bin.js")
}

/** What a run of the bin gave. */
export interface Run {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** A running bin. */
export interface Running {
  readonly done: Promise<Run>
  readonly kill: (signal: NodeJS.Signals) => void
  /** What it has printed to stdout so far. */
  readonly stdout: () => string
}

/** Starts the bin; standard input is `stdin` when given, else empty. */
export const start = (
  bin: string,
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string>>,
  stdin?: string
): Running => {
  // A JavaScript file runs under this node; anything else (script) runs as it is.
  const [file, argv] = bin.endsWith(".js") ? [process.execPath, [bin, ...args]] : [bin, [...args]]
  const child = spawn(file, argv, { env: { ...env }, stdio: ["pipe", "pipe", "pipe"] })
  let stdout = ""
  let stderr = ""
  child.stdout.on("data", (chunk: Buffer) => stdout += chunk.toString("utf8"))
  child.stderr.on("data", (chunk: Buffer) => stderr += chunk.toString("utf8"))
  child.stdin.end(stdin ?? "")
  const done = new Promise<Run>((resolve, reject) => {
    child.once("error", reject)
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { done, kill: (signal) => child.kill(signal), stdout: () => stdout }
}

/** Runs the bin to its end. */
export const run = (
  bin: string,
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string>>,
  stdin?: string
): Promise<Run> => start(bin, args, env, stdin).done

/** A private temporary directory. */
export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "zego-cli-"))

/** A base environment without the caller's ZEGO_* and OTEL_* settings. */
export const cleanEnv = (): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith("ZEGO_") || k.startsWith("OTEL_")) continue
    env[k] = v
  }
  return env
}

/** Removes ANSI styling, for help snapshots. */
export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, "")

const shellQuote = (arg: string): string => `'${arg.replace(/'/g, "'\\''")}'`

/**
 * Runs the bin on a pseudo-terminal (util-linux `script`), as a person at a terminal would: stdout and
 * stderr both go to the terminal, so the output is the two, interleaved.
 */
export const runOnTerminal = (
  bin: string,
  args: ReadonlyArray<string>,
  env: Readonly<Record<string, string>>
): Promise<Run> => {
  const command = [process.execPath, bin, ...args].map(shellQuote).join(" ")
  return run("/usr/bin/script", ["-qefc", command, "/dev/null"], env)
}
