/**
 * The Action generator: reads the vendor's OpenAPI files (a development-time input, never read at build,
 * run or test time) and writes the committed sources, fixtures and facts.
 *
 *   npx tsx codegen/generate.ts [--openapi <dir>] [--check]
 *
 * `--openapi` (or ZEGO_OPENAPI_DIR): the vendor's folder; default `../shared/zego-api/openapi` relative to
 * the repository. `--check`: write nothing, exit 1 when any output would change (or a generated file
 * would be removed).
 *
 * Writes:
 * - `packages/{zim,rtc}/src/<Action>.ts`: one module per Action;
 * - `packages/{zim,rtc}/src/{Zim,Rtc}Errors.ts`, `{Zim,Rtc}Actions.ts`, `index.ts`;
 * - `packages/emulator/src/generated/facts.json`: the facts for the emulator;
 * - `test/fixtures/vendor-examples/<product>/<Action>.json`: the vendor's response examples;
 * - `codegen/COVERAGE.md`.
 * TypeScript output is formatted with the repository's ESLint (dprint) configuration, so `--check`
 * compares formatted text. Output is sorted and free of timestamps: the same inputs give the same bytes.
 */
import { ESLint } from "eslint"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { analyze } from "./analysis.js"
import { curation } from "./curated.js"
import { emitAction } from "./emit-action.js"
import { emitCoverage, emitErrors, emitFacts, emitFixture, emitIndex, emitRegistry } from "./emit-other.js"
import { buildActions } from "./model.js"
import { CLASSES } from "./naming.js"
import { OpenApiFiles } from "./openapi.js"

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** Marks files this generator owns, so that stale ones can be found. */
const MARK = "Generated from the vendor's"

const main = async (): Promise<number> => {
  const check = process.argv.includes("--check")
  const openapi = path.resolve(
    repo,
    argValue("--openapi") ?? process.env["ZEGO_OPENAPI_DIR"] ?? "../shared/zego-api/openapi"
  )
  if (!fs.existsSync(openapi)) {
    console.error(`generate: the vendor's OpenAPI folder is not at ${openapi} (use --openapi <dir>)`)
    return 2
  }
  const files = new OpenApiFiles(openapi)
  const specs = buildActions(files, curation)
  const analysis = analyze(specs)

  // Every output, by path relative to the repository.
  const outputs = new Map<string, string>()
  for (const a of analysis.actions) {
    outputs.set(`packages/${a.spec.product}/src/${a.spec.name}.ts`, emitAction(a, analysis))
    outputs.set(`test/fixtures/vendor-examples/${a.spec.product}/${a.spec.name}.json`, emitFixture(a))
  }
  for (const product of ["zim", "rtc"] as const) {
    const P = product === "zim" ? "Zim" : "Rtc"
    outputs.set(`packages/${product}/src/${P}Errors.ts`, emitErrors(product, analysis))
    outputs.set(`packages/${product}/src/${P}Actions.ts`, emitRegistry(product, analysis))
    outputs.set(`packages/${product}/src/index.ts`, emitIndex(product, analysis))
  }
  const meaning = (product: "zim" | "rtc", name: string): string =>
    CLASSES[product].find((c) => c.name === name)?.meaning ?? ""
  outputs.set(
    "packages/emulator/src/generated/facts.json",
    emitFacts(analysis, { zim: files.text("zim/return-codes.md"), rtc: files.text("rtc/return-codes.md") }, meaning)
  )
  outputs.set("codegen/COVERAGE.md", emitCoverage(analysis))

  // Format the TypeScript with the repository's ESLint configuration (dprint).
  const eslint = new ESLint({ cwd: repo, fix: true })
  const problems: Array<string> = []
  await Promise.all(
    [...outputs].filter(([file]) => file.endsWith(".ts")).map(async ([file, text]) => {
      const [result] = await eslint.lintText(text, { filePath: path.join(repo, file) })
      if (result === undefined) return
      outputs.set(file, result.output ?? text)
      for (const m of result.messages) {
        if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId ?? ""} ${m.message}`)
      }
    })
  )
  if (problems.length > 0) {
    console.error(`generate: the output does not pass ESLint:\n${problems.join("\n")}`)
    return 1
  }

  // Generated files that are no longer produced.
  const stale: Array<string> = []
  for (const product of ["zim", "rtc"] as const) {
    const dir = path.join(repo, "packages", product, "src")
    for (const name of fs.readdirSync(dir)) {
      const file = `packages/${product}/src/${name}`
      if (name.endsWith(".ts") && !outputs.has(file) && fs.readFileSync(path.join(repo, file), "utf8").includes(MARK)) {
        stale.push(file)
      }
    }
    const fixtures = path.join(repo, "test/fixtures/vendor-examples", product)
    if (fs.existsSync(fixtures)) {
      for (const name of fs.readdirSync(fixtures)) {
        const file = `test/fixtures/vendor-examples/${product}/${name}`
        if (!outputs.has(file)) stale.push(file)
      }
    }
  }

  const changed = [...outputs].filter(([file, text]) => {
    const full = path.join(repo, file)
    return !fs.existsSync(full) || fs.readFileSync(full, "utf8") !== text
  })
  if (check) {
    for (const [file] of changed) console.error(`would change: ${file}`)
    for (const file of stale) console.error(`would remove: ${file}`)
    const ok = changed.length === 0 && stale.length === 0
    console.log(ok ? `generate --check: ${outputs.size} files up to date` : "generate --check: output is out of date")
    return ok ? 0 : 1
  }
  for (const [file, text] of changed) {
    const full = path.join(repo, file)
    fs.mkdirSync(path.dirname(full), { recursive: true })
    fs.writeFileSync(full, text)
  }
  for (const file of stale) fs.rmSync(path.join(repo, file))
  const zim = analysis.actions.filter((a) => a.spec.product === "zim").length
  console.log(
    `generate: ${analysis.actions.length} Actions (${zim} ZIM, ${analysis.actions.length - zim} RTC); ` +
      `${changed.length} of ${outputs.size} files written, ${stale.length} removed`
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
