/**
 * The part of `pnpm build` that tsc does not do, for every public package: copies the data files of `src`
 * (`*.json`) next to the compiled modules, and makes the published bins executable.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as Packages from "./packages.js"

const copyJson = (from: string, to: string): number => {
  let copied = 0
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    if (entry.isDirectory()) copied += copyJson(source, path.join(to, entry.name))
    else if (entry.name.endsWith(".json")) {
      fs.mkdirSync(to, { recursive: true })
      fs.copyFileSync(source, path.join(to, entry.name))
      copied++
    }
  }
  return copied
}

for (const pkg of Packages.publicPackages()) {
  const copied = copyJson(path.join(pkg.dir, "src"), path.join(pkg.dir, "build", "esm"))
  const publishConfig = pkg.manifest["publishConfig"] as { readonly bin?: Record<string, string> } | undefined
  const bins = Object.values(publishConfig?.bin ?? {})
  for (const bin of bins) {
    const file = path.join(pkg.dir, bin)
    if (!fs.existsSync(file)) throw new Error(`${pkg.manifest.name}: bin ${bin} was not built`)
    if (!fs.readFileSync(file, "utf8").startsWith("#!/usr/bin/env node\n")) {
      throw new Error(`${pkg.manifest.name}: bin ${bin} must start with #!/usr/bin/env node`)
    }
    fs.chmodSync(file, 0o755)
  }
  if (copied + bins.length > 0) {
    console.log(`build: ${pkg.manifest.name}: ${copied} data file(s) copied, ${bins.length} bin(s) executable`)
  }
}
