/**
 * The packaging convention of every public package (a `packages/*` whose package.json is not `private`), as
 * code: `pnpm manifests` rewrites each package.json to follow it, and the pack test and `pnpm manifests
 * --check` fail when one does not. CONTRIBUTING.md ("Adding a package") describes it in prose.
 */
import * as fs from "node:fs"
import * as path from "node:path"

/** The repository root. */
export const root = path.resolve(import.meta.dirname, "..")

/** Where the published packages' sources live. */
export const repository = "https://github.com/effect-zego/effect-zego"

/** The Node versions supported: `require(esm)` without a flag arrived in 20.19. */
export const nodeEngines = ">=20.19"

/**
 * The packages a consumer shares with us: peer dependencies, with the widest range the pack test proves (it
 * installs the lowest version of each range). Each is also a devDependency of the package in the workspace.
 * The floors are the lowest set npm can install together: @effect/cli 0.77.2 (the `zego` CLI's) needs effect
 * 3.22.2 and @effect/platform 0.97.2; sdk-node 0.223 accepts @opentelemetry/api below 1.10 only.
 */
export const peerRanges: Readonly<Record<string, string>> = {
  "effect": "^3.22.2",
  "@effect/platform": "^0.97.2",
  "@effect/cli": "^0.77.2",
  "@effect/printer": "^0.51.0",
  "@effect/printer-ansi": "^0.51.0",
  "@effect/platform-node": "^0.108.1",
  "@effect/experimental": "^0.61.1",
  "@effect/opentelemetry": "^0.64.0",
  "@opentelemetry/api": "^1.9.0",
  "@opentelemetry/resources": "^2.12.0",
  "@opentelemetry/sdk-logs": "^0.223.0",
  "@opentelemetry/sdk-metrics": "^2.12.0",
  // telemetry reads sdk-node's own `build/src/utils.js`: one minor line only.
  "@opentelemetry/sdk-node": "^0.223.0",
  "@opentelemetry/sdk-trace-base": "^2.12.0",
  "@opentelemetry/sdk-trace-node": "^2.12.0",
  "@opentelemetry/semantic-conventions": "^1.45.0",
  "ioredis": "^5.11.1"
}

/** The lowest version a `^x.y.z` range admits. */
export const floorOf = (range: string): string => {
  const match = /^\^(\d+\.\d+\.\d+)$/.exec(range)
  if (match === null || match[1] === undefined) throw new Error(`peer range ${range} is not of the form ^x.y.z`)
  return match[1]
}

/** Files every tarball ships besides the build; npm adds package.json itself. */
export const files: ReadonlyArray<string> = [
  "build/esm",
  "build/dts",
  "src",
  "README.md",
  "CHANGELOG.md",
  "LICENSE"
]

/** Files every package directory holds besides its sources. */
export const requiredFiles: ReadonlyArray<string> = [
  "README.md",
  "CHANGELOG.md",
  "LICENSE",
  "docgen.json",
  "tsconfig.json",
  "tsconfig.src.json",
  "tsconfig.test.json"
]

/** A package.json, as far as the convention reads it. */
export interface Manifest {
  readonly name: string
  readonly private?: boolean
  readonly [key: string]: unknown
}

/** A public package. */
export interface PublicPackage {
  /** Absolute path of its directory. */
  readonly dir: string
  /** Its directory relative to the root, e.g. `packages/core`. */
  readonly relativeDir: string
  readonly manifest: Manifest
}

const readJson = (file: string): Manifest => JSON.parse(fs.readFileSync(file, "utf8"))

/** Every public package, sorted by directory. */
export const publicPackages = (): ReadonlyArray<PublicPackage> =>
  fs.readdirSync(path.join(root, "packages")).sort().flatMap((name) => {
    const dir = path.join(root, "packages", name)
    const file = path.join(dir, "package.json")
    if (!fs.existsSync(file)) return []
    const manifest = readJson(file)
    return manifest.private === true ? [] : [{ dir, relativeDir: `packages/${name}`, manifest }]
  })

/**
 * The public modules of a package: every top-level `src/*.ts` but `index.ts` (the package itself) and
 * `bin.ts`. Modules in subfolders (`internal/`, `generated/` …) are not importable from outside.
 */
export const publicModules = (dir: string): ReadonlyArray<string> =>
  fs.readdirSync(path.join(dir, "src"))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && file !== "index.ts" && file !== "bin.ts")
    .map((file) => file.slice(0, -".ts".length))
    .sort()

const built = (module: string) => ({
  types: `./build/dts/${module}.d.ts`,
  default: `./build/esm/${module}.js`
})

const keyOrder = [
  "name",
  "version",
  "description",
  "keywords",
  "license",
  "homepage",
  "repository",
  "bugs",
  "type",
  "sideEffects",
  "engines",
  "files",
  "bin",
  "exports",
  "publishConfig",
  "scripts",
  "peerDependencies",
  "peerDependenciesMeta",
  "dependencies",
  "devDependencies"
]

const sortKeys = (record: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))

/**
 * The package.json a public package should have: its own name, version, description, keywords, dependencies
 * on other `@effect-zego/*` packages and `bin` are kept; everything else follows from the convention.
 */
export const expectedManifest = (pkg: PublicPackage): Record<string, unknown> => {
  const m = pkg.manifest
  const modules = publicModules(pkg.dir)
  const dependencies: Record<string, string> = {}
  const peerDependencies: Record<string, string> = {}
  const devDependencies: Record<string, string> = { ...(m["devDependencies"] as Record<string, string>) }
  for (const [name, range] of Object.entries((m["dependencies"] ?? {}) as Record<string, string>)) {
    const peer = peerRanges[name]
    if (peer !== undefined) {
      peerDependencies[name] = peer
      devDependencies[name] ??= range
    } else {
      dependencies[name] = name.startsWith("@effect-zego/") ? "workspace:^" : range
    }
  }
  for (const name of Object.keys((m["peerDependencies"] ?? {}) as Record<string, string>)) {
    const peer = peerRanges[name]
    if (peer === undefined) throw new Error(`${m.name}: peer ${name} has no shared range in scripts/packages.ts`)
    peerDependencies[name] = peer
  }
  const bin = m["bin"] as Record<string, string> | undefined
  const publishedBin = bin === undefined ? undefined : Object.fromEntries(
    Object.entries(bin).map(([name, file]) => [name, file.replace(/^\.\/src\/(.*)\.ts$/, "./build/esm/$1.js")])
  )
  const out: Record<string, unknown> = {
    name: m.name,
    version: m["version"],
    description: m["description"],
    keywords: m["keywords"] ?? ["effect", "zego", "zegocloud"],
    license: "MIT",
    homepage: `${repository}/tree/main/${pkg.relativeDir}#readme`,
    repository: { type: "git", url: `git+${repository}.git`, directory: pkg.relativeDir },
    bugs: { url: `${repository}/issues` },
    type: "module",
    // A bin runs its program when imported; every other module only declares.
    sideEffects: bin === undefined ? false : ["./src/bin.ts", "./build/esm/bin.js"],
    engines: { node: nodeEngines },
    files,
    ...(bin === undefined ? {} : { bin }),
    // In the workspace, imports resolve to the sources; the published manifest (publishConfig, applied by
    // `pnpm pack` / `pnpm publish`) points at the build.
    exports: {
      "./package.json": "./package.json",
      ".": "./src/index.ts",
      ...Object.fromEntries(modules.map((module) => [`./${module}`, `./src/${module}.ts`]))
    },
    publishConfig: {
      access: "public",
      ...(publishedBin === undefined ? {} : { bin: publishedBin }),
      exports: {
        "./package.json": "./package.json",
        ".": built("index"),
        ...Object.fromEntries(modules.map((module) => [`./${module}`, built(module)]))
      }
    },
    scripts: { prepack: "node ../../scripts/prepack.mjs" },
    ...(Object.keys(peerDependencies).length > 0 ? { peerDependencies: sortKeys(peerDependencies) } : {}),
    ...(Object.keys(dependencies).length > 0 ? { dependencies: sortKeys(dependencies) } : {}),
    ...(Object.keys(devDependencies).length > 0 ? { devDependencies: sortKeys(devDependencies) } : {})
  }
  const ordered: Record<string, unknown> = {}
  for (const key of keyOrder) if (out[key] !== undefined) ordered[key] = out[key]
  return ordered
}

/** What is wrong with a public package, in words; empty when it follows the convention. */
export const problems = (pkg: PublicPackage): ReadonlyArray<string> => {
  const found: Array<string> = []
  const expected = JSON.stringify(expectedManifest(pkg), null, 2) + "\n"
  if (fs.readFileSync(path.join(pkg.dir, "package.json"), "utf8") !== expected) {
    found.push(`${pkg.relativeDir}/package.json does not follow the convention (run \`pnpm manifests\`)`)
  }
  for (const file of requiredFiles) {
    if (!fs.existsSync(path.join(pkg.dir, file))) found.push(`${pkg.relativeDir}/${file} is missing`)
  }
  const license = path.join(pkg.dir, "LICENSE")
  if (
    fs.existsSync(license) &&
    fs.readFileSync(license, "utf8") !== fs.readFileSync(path.join(root, "LICENSE"), "utf8")
  ) found.push(`${pkg.relativeDir}/LICENSE differs from the root LICENSE`)
  const references = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.build.json"), "utf8")) as {
    readonly references: ReadonlyArray<{ readonly path: string }>
  }
  if (!references.references.some((ref) => ref.path === `${pkg.relativeDir}/tsconfig.src.json`)) {
    found.push(`tsconfig.build.json does not reference ${pkg.relativeDir}/tsconfig.src.json`)
  }
  return found
}

/** Rewrites a package's package.json to follow the convention. */
export const write = (pkg: PublicPackage): void =>
  fs.writeFileSync(path.join(pkg.dir, "package.json"), JSON.stringify(expectedManifest(pkg), null, 2) + "\n")
