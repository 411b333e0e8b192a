/**
 * `pnpm release`: what gets published, built from scratch and checked. Removes every build output, builds
 * every public package (`pnpm build`), runs the checks (type-check, lint, manifests, API docs with their
 * examples), then packs each public package with pnpm (which applies `publishConfig` and turns `workspace:^`
 * into versions) into `dist/`. `pnpm release:publish` then publishes with `changeset publish`.
 */
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Packages from "./packages.js"

// pnpm as it runs this script (npm_execpath), else through npx.
const execPath = process.env["npm_execpath"]
const pnpm: ReadonlyArray<string> = execPath !== undefined && /pnpm/.test(execPath) && /\.c?js$/.test(execPath)
  ? [process.execPath, execPath]
  : ["npx", "--yes", "pnpm@10.34.9"]

const step = (args: ReadonlyArray<string>, cwd = Packages.root) => {
  console.log(
    `release: pnpm ${args.join(" ")}${cwd === Packages.root ? "" : ` (${path.relative(Packages.root, cwd)})`}`
  )
  const [command, ...rest] = pnpm
  if (command === undefined) throw new Error("no pnpm")
  execFileSync(command, [...rest, ...args], { cwd, stdio: "inherit" })
}

const dist = path.join(Packages.root, "dist")
fs.rmSync(dist, { recursive: true, force: true })
for (const pkg of Packages.publicPackages()) fs.rmSync(path.join(pkg.dir, "build"), { recursive: true, force: true })

step(["build"])
step(["check"])
step(["lint"])
step(["manifests", "--check"])
step(["docgen", "--check"])
fs.mkdirSync(dist, { recursive: true })
for (const pkg of Packages.publicPackages()) step(["pack", "--pack-destination", dist], pkg.dir)
console.log(`release: ${fs.readdirSync(dist).sort().join(", ")} in dist/`)
