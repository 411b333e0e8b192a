/**
 * `pnpm clean` (after `tsc -b --clean`): removes what `tsc` does not, the build folders (copied data files),
 * the packages' intermediate docgen output and `dist/`.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as Packages from "./packages.js"

for (const pkg of Packages.publicPackages()) {
  fs.rmSync(path.join(pkg.dir, "build"), { recursive: true, force: true })
  fs.rmSync(path.join(pkg.dir, "docs"), { recursive: true, force: true })
}
fs.rmSync(path.join(Packages.root, "dist"), { recursive: true, force: true })
