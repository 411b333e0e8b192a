/**
 * `pnpm docgen`: the API reference, from the TSDoc of every public package, as a static site under `docs/`
 * (Markdown pages that GitHub renders as they are, and a Jekyll `_config.yml` for GitHub Pages).
 *
 * Runs `@effect/docgen` in each public package (its `docgen.json`): docgen fails on an export without
 * documentation, and type-checks (strict, `tsconfig.docgen.json`) and runs the `@example`s of functions,
 * constants, interfaces, types and methods. Docgen skips those on classes, so every `@example` of every public
 * module is also type-checked here, in one `tsc` run. Then gathers the pages into `docs/<package>/` with an
 * index.
 *
 * `pnpm docgen --check` (part of `pnpm test`) does the same and also fails when `docs/` was not up to date, so
 * the committed reference always matches the sources.
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Packages from "./packages.js"

const check = process.argv.includes("--check")
const docsDir = path.join(Packages.root, "docs")
const parallel = 2

const readTree = (dir: string): Map<string, string> => {
  const files = new Map<string, string>()
  const walk = (current: string) => {
    if (!fs.existsSync(current)) return
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name)
      if (entry.isDirectory()) walk(file)
      else files.set(path.relative(dir, file), fs.readFileSync(file, "utf8"))
    }
  }
  walk(dir)
  return files
}

const docgen = (pkg: Packages.PublicPackage): Promise<void> =>
  new Promise((resolve, reject) => {
    fs.rmSync(path.join(pkg.dir, "docs"), { recursive: true, force: true })
    const bin = path.join(Packages.root, "node_modules", ".bin")
    const child = spawn(path.join(bin, "docgen"), [], {
      cwd: pkg.dir,
      // docgen runs `tsc` and `tsx` from PATH.
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env["PATH"] ?? ""}` },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) {
        console.log(
          `docs: ${pkg.manifest.name}: ${/(\d+) example\(s\) found/.exec(output)?.[1] ?? 0} example(s) checked`
        )
        resolve()
      } else {
        reject(new Error(`docgen failed in ${pkg.relativeDir}:\n${output}`))
      }
    })
  })

/** Every ```ts block under an `@example` tag in the TSDoc of a package's documented modules. */
const examplesOf = (pkg: Packages.PublicPackage): ReadonlyArray<{ readonly name: string; readonly code: string }> => {
  const found: Array<{ readonly name: string; readonly code: string }> = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      const relative = path.relative(path.join(pkg.dir, "src"), file)
      if (entry.isDirectory()) {
        if (entry.name !== "internal") walk(file)
        continue
      }
      if (!entry.name.endsWith(".ts") || relative === "bin.ts") continue
      const text = fs.readFileSync(file, "utf8")
      let n = 0
      for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
        const lines = comment.split("\n").map((line) => line.replace(/^\s*\*( |$)/, ""))
        const body = lines.join("\n")
        for (const match of body.matchAll(/@example\s*\n```ts\n([\s\S]*?)```/g)) {
          const code = match[1]
          if (code !== undefined) {
            found.push({ name: `${path.basename(pkg.dir)}-${relative.replace(/[/.]/g, "_")}-${n++}.ts`, code })
          }
        }
      }
    }
  }
  walk(path.join(pkg.dir, "src"))
  return found
}

/** Type-checks every example of every public package with the options of `tsconfig.docgen.json`. */
const typecheckExamples = async (packages: ReadonlyArray<Packages.PublicPackage>): Promise<void> => {
  const dir = path.join(Packages.root, "build", "doc-examples")
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const examples = packages.flatMap(examplesOf)
  for (const example of examples) fs.writeFileSync(path.join(dir, example.name), `${example.code}export {}\n`)
  const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(Packages.root, "tsconfig.docgen.json"), "utf8"))
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      // Each package and its public modules, from build/doc-examples.
      compilerOptions: {
        ...compilerOptions,
        paths: Object.fromEntries(packages.flatMap((pkg) => {
          const src = `../../${pkg.relativeDir}/src`
          return [[pkg.manifest.name, [`${src}/index.ts`]], [`${pkg.manifest.name}/*`, [`${src}/*.ts`]]]
        }))
      },
      include: ["*.ts"]
    })
  )
  await new Promise<void>((resolve, reject) => {
    const tsc = path.join(Packages.root, "node_modules", "typescript", "bin", "tsc")
    const child = spawn(process.execPath, [tsc, "-p", dir], { stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`docs: an @example does not type-check (files in ${dir}):\n${output}`)))
  })
  console.log(`docs: all ${examples.length} @example blocks of the public modules type-check`)
}

const frontMatter = (fields: Readonly<Record<string, string | number | boolean>>): string =>
  ["---", ...Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`), "---", ""].join("\n")

const gather = (packages: ReadonlyArray<Packages.PublicPackage>): void => {
  fs.rmSync(docsDir, { recursive: true, force: true })
  fs.mkdirSync(docsDir, { recursive: true })
  const index: Array<string> = [
    frontMatter({ title: "Home", nav_order: 1 }),
    "# effect-zego API reference",
    "",
    "Generated by `pnpm docgen` from the TSDoc of each package (`@effect/docgen`); every example on these pages is",
    "type-checked and run by `pnpm test`.",
    ""
  ]
  packages.forEach((pkg, i) => {
    const short = path.basename(pkg.dir)
    const from = path.join(pkg.dir, "docs", "modules")
    const to = path.join(docsDir, short)
    fs.mkdirSync(to, { recursive: true })
    const modules = fs.readdirSync(from).filter((file) => file.endsWith(".ts.md")).sort()
    const pages: Array<string> = []
    for (const file of modules) {
      const text = fs.readFileSync(path.join(from, file), "utf8")
        // docgen's page header starts with a thematic break where the front matter's `---` belongs.
        .replace(/^\*\*\*\n\n/, "---\n")
        .replace(/^parent: Modules$/m, `parent: ${JSON.stringify(pkg.manifest.name)}`)
      fs.writeFileSync(path.join(to, file), text)
      pages.push(`- [${file.slice(0, -".ts.md".length)}](./${file})`)
    }
    fs.writeFileSync(
      path.join(to, "index.md"),
      [
        frontMatter({ title: pkg.manifest.name, nav_order: i + 2, has_children: true }),
        `# ${pkg.manifest.name}`,
        "",
        String(pkg.manifest["description"] ?? ""),
        "",
        ...pages,
        ""
      ].join("\n")
    )
    index.push(`- [${pkg.manifest.name}](./${short}/index.md): ${String(pkg.manifest["description"] ?? "")}`)
    fs.rmSync(path.join(pkg.dir, "docs"), { recursive: true, force: true })
  })
  fs.writeFileSync(path.join(docsDir, "index.md"), index.join("\n") + "\n")
  fs.writeFileSync(
    path.join(docsDir, "_config.yml"),
    ["remote_theme: mikearnaldi/just-the-docs", "title: effect-zego", "search_enabled: true", ""].join("\n")
  )
}

const main = async () => {
  const before = readTree(docsDir)
  const packages = Packages.publicPackages()
  // `pnpm docgen --examples`: only type-check the examples (quick, while writing them).
  if (process.argv.includes("--examples")) return typecheckExamples(packages)
  const queue = [...packages]
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let pkg = queue.shift(); pkg !== undefined; pkg = queue.shift()) await docgen(pkg)
  }))
  await typecheckExamples(packages)
  gather(packages)
  const after = readTree(docsDir)
  const changed = [...new Set([...before.keys(), ...after.keys()])]
    .filter((file) => before.get(file) !== after.get(file))
    .sort()
  console.log(`docs: ${after.size} files in docs/, ${changed.length} changed`)
  if (check && changed.length > 0) {
    console.error(
      `docs: docs/ was not up to date with the sources (now regenerated; commit it):\n  ${changed.join("\n  ")}`
    )
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
