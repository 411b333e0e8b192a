/**
 * The packages as a team outside this repository gets them. Builds and packs (with pnpm, as `pnpm release`
 * does) every public package (each `packages/*` whose package.json is not private), installs the tarballs with
 * npm into a fresh project in the OS temp directory (no workspace links; the registry for everything else),
 * pinning the lowest version of every peer dependency range, and there:
 *
 * - a plain Node ESM script (no tsx) calls `queryUserInfos` against the emulator started through its installed
 *   `zego-emulator` bin, and gets the seeded user back; it also runs the emulator in-process;
 * - a CommonJS script does the same through `require` (Node ≥ 20.19 `require(esm)`);
 * - `tsc --noEmit` (strict) passes over a typed consumer file with `moduleResolution` NodeNext and again
 *   Bundler; the file holds a `@ts-expect-error` on a wrong input and on an import of an internal module;
 * - `npm ls effect` shows exactly one copy of effect, the pinned lowest one.
 *
 * Nothing is cached between runs but npm's own download cache.
 */
import { type ChildProcess, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../", import.meta.url))
const minutes = (n: number) => n * 60_000

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** The environment of a child outside the workspace: without the npm/pnpm settings of the script running us. */
const cleanEnv = (): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    const lower = key.toLowerCase()
    if (lower.startsWith("npm_") || lower.startsWith("pnpm_") || key.startsWith("ZEGO_")) continue
    env[key] = value
  }
  return { ...env, NO_COLOR: "1", NO_UPDATE_NOTIFIER: "1" }
}

const run = (
  command: string,
  args: ReadonlyArray<string>,
  options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> }
): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...cleanEnv(), ...options.env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

const ok = async (
  command: string,
  args: ReadonlyArray<string>,
  options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> }
): Promise<Run> => {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`)
  }
  return result
}

/** pnpm as the test command runs it (`npm_execpath` under `pnpm test`), else through npx. */
const pnpm = (): { readonly command: string; readonly args: ReadonlyArray<string> } => {
  const execPath = process.env["npm_execpath"]
  return execPath !== undefined && /pnpm/.test(execPath) && /\.c?js$/.test(execPath)
    ? { command: process.execPath, args: [execPath] }
    : { command: "npx", args: ["--yes", "pnpm@10.34.9"] }
}

interface Manifest {
  readonly name: string
  readonly private?: boolean
  readonly version: string
  readonly peerDependencies?: Readonly<Record<string, string>>
  readonly [key: string]: unknown
}

const readManifest = (file: string): Manifest => JSON.parse(fs.readFileSync(file, "utf8"))

/** Every public package of the workspace. */
const publicPackages = fs.readdirSync(path.join(root, "packages")).sort().flatMap((name) => {
  const file = path.join(root, "packages", name, "package.json")
  if (!fs.existsSync(file)) return []
  const manifest = readManifest(file)
  return manifest.private === true ? [] : [{ dir: path.join(root, "packages", name), manifest }]
})

/** The lowest version of each peer range of any public package (every range is `^x.y.z`). */
const peerFloors = (): Record<string, string> => {
  const floors: Record<string, string> = {}
  for (const { manifest } of publicPackages) {
    for (const [name, range] of Object.entries(manifest.peerDependencies ?? {})) {
      const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1]
      if (floor === undefined) throw new Error(`${manifest.name}: peer range ${name}@${range} is not ^x.y.z`)
      if (floors[name] !== undefined && floors[name] !== floor) {
        throw new Error(`${name}: public packages disagree on its peer range`)
      }
      floors[name] = floor
    }
  }
  return floors
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "effect-zego-pack-"))
const tarballDir = path.join(workDir, "tarballs")
const consumer = path.join(workDir, "consumer")
/** Tarball file name by package name. */
const tarballs = new Map<string, string>()
const floors = peerFloors()
let emulator: ChildProcess | undefined
let emulatorEnv: Record<string, string> = {}

const esmScript = `import { ZegoClient, ZimService } from "@effect-zego/client"
import { Emulator } from "@effect-zego/emulator"
import { Effect } from "effect"

const lookup = Effect.gen(function*() {
  const zim = yield* ZimService.ZimService
  const { Result } = yield* zim.queryUserInfos({ UserIds: ["alice"] })
  return Result.map((user) => user.UserName)
})

// Against the emulator the test started through its bin (ZEGO_* variables).
const viaBin = await lookup.pipe(Effect.provide(ZegoClient.layerConfig()), Effect.runPromise)

// Against an emulator in this process.
const inProcess = await Effect.gen(function*() {
  const emulator = yield* Emulator
  return yield* lookup.pipe(Effect.provide(ZegoClient.layer({
    appId: emulator.appId,
    serverSecret: emulator.serverSecret,
    zimBaseUrl: emulator.url,
    rtcBaseUrl: emulator.url
  })))
}).pipe(Effect.provide(Emulator.layer()), Effect.runPromise)

console.log(JSON.stringify({ viaBin, inProcess }))
`

const cjsScript = `const { ZegoClient, ZimService } = require("@effect-zego/client")
const { Effect } = require("effect")
const { version } = require("@effect-zego/client/package.json")

const program = Effect.gen(function*() {
  const zim = yield* ZimService.ZimService
  const { Result } = yield* zim.queryUserInfos({ UserIds: ["alice"] })
  return Result.map((user) => user.UserName)
})

program.pipe(Effect.provide(ZegoClient.layerConfig()), Effect.runPromise).then(
  (names) => console.log(JSON.stringify({ names, version })),
  (error) => {
    console.error(error)
    process.exitCode = 1
  }
)
`

const typedConsumer = `import { ZegoClient, ZimService } from "@effect-zego/client"
import { Emulator } from "@effect-zego/emulator"
import { ZegoRedisRateLimiter } from "@effect-zego/redis"
import { Telemetry } from "@effect-zego/telemetry"
import * as QueryUserInfos from "@effect-zego/zim/QueryUserInfos"
import { Effect, Layer } from "effect"
// @ts-expect-error internal modules are not exported
import * as Wire from "@effect-zego/core/internal/wire"

export const names = Effect.gen(function*() {
  const zim = yield* ZimService.ZimService
  const { Result } = yield* zim.queryUserInfos({ UserIds: ["alice"] })
  // @ts-expect-error UserIds is an array of user IDs, not one
  yield* zim.queryUserInfos({ UserIds: "alice" })
  return Result.map((user) => user.UserName)
})

export const request: typeof QueryUserInfos.Request.Type = { UserIds: ["alice"] }

export const main: Effect.Effect<ReadonlyArray<string>, unknown> = Effect.gen(function*() {
  const emulator = yield* Emulator
  return yield* names.pipe(Effect.provide(ZegoClient.layer({
    appId: emulator.appId,
    serverSecret: emulator.serverSecret,
    zimBaseUrl: emulator.url,
    rtcBaseUrl: emulator.url
  })))
}).pipe(Effect.provide(Emulator.layer()))

export const withRedis = ZegoClient.layerServices().pipe(Layer.provide(ZegoRedisRateLimiter.layerConfig()))
export const telemetry = Telemetry.layer({ serviceName: "consumer" })
export const internal: unknown = Wire
`

const firstExample = (markdown: string): string | undefined => /```ts\n([\s\S]*?)```/.exec(markdown)?.[1]

/**
 * The first TypeScript example of each public package's README, and the root README's in-process emulator
 * example, type-checked with the consumer file.
 */
const readmeExamples = new Map([
  ...publicPackages.flatMap(({ dir }) => {
    const example = firstExample(fs.readFileSync(path.join(dir, "README.md"), "utf8"))
    return example === undefined ? [] : [[`readme-${path.basename(dir)}.mts`, example] as const]
  }),
  [
    "readme-emulator-in-tests.mts",
    firstExample(
      fs.readFileSync(path.join(root, "README.md"), "utf8").split("### Use the emulator in your own tests")[1] ?? ""
    ) ?? ""
  ] as const
])

const tsconfig = (module: string, moduleResolution: string) =>
  JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        module,
        moduleResolution,
        target: "ES2022",
        lib: ["ES2022"],
        types: ["node"],
        skipLibCheck: true
      },
      files: ["consumer.mts", ...readmeExamples.keys()]
    },
    null,
    2
  )

beforeAll(async () => {
  const { args, command } = pnpm()
  await ok(command, [...args, "build"], { cwd: root })
  fs.mkdirSync(tarballDir, { recursive: true })
  for (const { dir, manifest } of publicPackages) {
    const before = new Set(fs.readdirSync(tarballDir))
    await ok(command, [...args, "pack", "--pack-destination", tarballDir], { cwd: dir })
    const made = fs.readdirSync(tarballDir).filter((file) => !before.has(file))
    if (made.length !== 1 || made[0] === undefined) throw new Error(`pnpm pack of ${manifest.name} made ${made}`)
    tarballs.set(manifest.name, made[0])
  }

  fs.mkdirSync(consumer, { recursive: true })
  fs.writeFileSync(
    path.join(consumer, "package.json"),
    JSON.stringify(
      {
        name: "consumer",
        private: true,
        dependencies: {
          ...Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${path.join(tarballDir, file)}`])),
          ...floors
        },
        devDependencies: { "typescript": "5.9.3", "@types/node": "20.19.43" }
      },
      null,
      2
    )
  )
  fs.writeFileSync(path.join(consumer, "esm.mjs"), esmScript)
  fs.writeFileSync(path.join(consumer, "cjs.cjs"), cjsScript)
  fs.writeFileSync(path.join(consumer, "consumer.mts"), typedConsumer)
  for (const [file, example] of readmeExamples) fs.writeFileSync(path.join(consumer, file), example)
  fs.writeFileSync(path.join(consumer, "tsconfig.nodenext.json"), tsconfig("NodeNext", "NodeNext"))
  fs.writeFileSync(path.join(consumer, "tsconfig.bundler.json"), tsconfig("ESNext", "Bundler"))
  await ok("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: consumer })

  // The emulator, through the bin npm installed (its shebang runs it with plain node).
  const bin = path.join(consumer, "node_modules", ".bin", "zego-emulator")
  emulator = spawn(bin, ["--port", "0"], { cwd: consumer, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] })
  const child = emulator
  emulatorEnv = await new Promise<Record<string, string>>((resolve, reject) => {
    let out = ""
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8")
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1]
      const appId = /AppID:\s+(\d+)/.exec(out)?.[1]
      const secret = /ServerSecret:\s+([0-9a-f]{32})/.exec(out)?.[1]
      if (url !== undefined && appId !== undefined && secret !== undefined) {
        resolve({ ZEGO_APP_ID: appId, ZEGO_SERVER_SECRET: secret, ZEGO_ZIM_BASE_URL: url, ZEGO_RTC_BASE_URL: url })
      }
    })
    child.stderr?.on("data", (chunk: Buffer) => void (out += chunk.toString("utf8")))
    child.on("error", reject)
    child.on("exit", (code) => reject(new Error(`zego-emulator exited ${code} before listening:\n${out}`)))
  })
}, minutes(15))

afterAll(() => {
  emulator?.kill("SIGTERM")
  fs.rmSync(workDir, { recursive: true, force: true })
})

const listTarball = async (file: string): Promise<ReadonlyArray<string>> =>
  (await ok("tar", ["-tzf", path.join(tarballDir, file)], { cwd: workDir })).stdout.split("\n").filter((l) => l !== "")

const packedManifest = (name: string): Manifest =>
  readManifest(path.join(consumer, "node_modules", name, "package.json"))

/** Every file path an exports / bin value points at. */
const targets = (value: unknown): ReadonlyArray<string> =>
  typeof value === "string"
    ? [value]
    : value !== null && typeof value === "object"
    ? Object.values(value).flatMap(targets)
    : []

describe("the packed packages", () => {
  it("are every public package of the workspace", () => {
    expect([...tarballs.keys()]).toEqual(publicPackages.map(({ manifest }) => manifest.name))
    expect(tarballs.size).toBeGreaterThanOrEqual(7)
  })

  it("ship the build, sources, README, LICENSE and CHANGELOG, and no tests or tsbuildinfo", async () => {
    for (const [name, file] of tarballs) {
      const entries = await listTarball(file)
      for (const required of ["LICENSE", "README.md", "CHANGELOG.md", "package.json", "build/esm/index.js"]) {
        expect(entries, `${name} ships ${required}`).toContain(`package/${required}`)
      }
      expect(entries, `${name} ships declarations and maps`).toEqual(
        expect.arrayContaining(["package/build/dts/index.d.ts", "package/build/dts/index.d.ts.map"])
      )
      expect(entries).toContain("package/build/esm/index.js.map")
      const unwanted = entries.filter((entry) =>
        /tsbuildinfo|\/test\/|\.test\.|build\/test|\/docs\//.test(entry) || entry.startsWith("package/node_modules")
      )
      expect(unwanted, `${name} ships no tests, tsbuildinfo or docs`).toEqual([])
    }
  })

  it("have manifests for the build: no workspace ranges, exports of existing built files, effect as a peer", () => {
    for (const name of tarballs.keys()) {
      const manifest = packedManifest(name)
      const text = JSON.stringify(manifest)
      expect(text, name).not.toContain("workspace:")
      expect(manifest["engines"], name).toEqual({ node: ">=20.19" })
      expect(manifest["license"], name).toBe("MIT")
      const exports = manifest["exports"] as Record<string, unknown>
      expect(Object.keys(exports), name).not.toContain("./*")
      for (const target of [...targets(exports), ...targets(manifest["bin"])]) {
        expect(target, `${name} exports built files`).toMatch(/^\.\/(build\/|package\.json$)/)
        expect(fs.existsSync(path.join(consumer, "node_modules", name, target)), `${name}: ${target}`).toBe(true)
      }
      const dependencies = Object.keys((manifest["dependencies"] ?? {}) as Record<string, string>)
      // Packages a consumer shares with us are peers (one copy each); a package's own helpers (lossless-json)
      // are dependencies.
      const shared = (dep: string) =>
        dep === "effect" || dep.startsWith("@effect/") || dep.startsWith("@opentelemetry/") || dep === "ioredis"
      expect(dependencies.filter(shared), `${name}: shared packages are peers`).toEqual([])
      expect(manifest.peerDependencies?.["effect"], name).toBeDefined()
    }
  })

  it("cannot be packed by npm, which would ship workspace ranges and .ts exports", async () => {
    for (const { dir, manifest } of publicPackages) {
      const result = await run("npm", ["pack", "--dry-run"], { cwd: dir })
      expect(result.code, manifest.name).not.toBe(0)
      expect(result.stderr, manifest.name).toContain("pack and publish with pnpm")
    }
  })

  it("run from a plain Node ESM script, against the emulator started through its installed bin", async () => {
    const result = await ok(process.execPath, ["esm.mjs"], { cwd: consumer, env: emulatorEnv })
    expect(JSON.parse(result.stdout)).toEqual({ viaBin: ["Alice"], inProcess: ["Alice"] })
  })

  it("run from a CommonJS script through require", async () => {
    const result = await ok(process.execPath, ["cjs.cjs"], { cwd: consumer, env: emulatorEnv })
    const clientVersion = publicPackages.find(({ manifest }) => manifest.name === "@effect-zego/client")?.manifest
      .version
    expect(JSON.parse(result.stdout)).toEqual({ names: ["Alice"], version: clientVersion })
  })

  it.each(["nodenext", "bundler"])(
    "type-check strictly with moduleResolution %s (and the READMEs' examples)",
    async (resolution) => {
      expect(readmeExamples.size).toBe(publicPackages.length + 1)
      expect(readmeExamples.get("readme-emulator-in-tests.mts")).toContain("Emulator.layer()")
      const tsc = path.join(consumer, "node_modules", "typescript", "bin", "tsc")
      const result = await run(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], { cwd: consumer })
      expect(result.stdout + result.stderr).toBe("")
      expect(result.code).toBe(0)
    }
  )

  it("install exactly one copy of effect, the lowest of the peer range", async () => {
    const result = await ok("npm", ["ls", "effect", "--all", "--parseable", "--long"], { cwd: consumer })
    const copies = [...new Set(result.stdout.split("\n").filter((line) => line !== ""))]
    expect(copies).toEqual([`${path.join(consumer, "node_modules", "effect")}:effect@${floors["effect"]}`])
    expect(floors["effect"]).toMatch(/^3\./)
  })
})
