/**
 * `pnpm manifests`: rewrites every public package's package.json to follow the packaging convention
 * (scripts/packages.ts). `pnpm manifests --check`: lists what does not follow it, and fails if anything.
 */
import * as Packages from "./packages.js"

const check = process.argv.includes("--check")
const found: Array<string> = []
for (const pkg of Packages.publicPackages()) {
  if (!check) Packages.write(pkg)
  for (const problem of Packages.problems(pkg)) found.push(problem)
}
for (const problem of found) console.error(`manifests: ${problem}`)
if (found.length > 0) process.exitCode = 1
else console.log(`manifests: ${Packages.publicPackages().length} public packages follow the convention`)
