// Runs before `pnpm pack` / `pnpm publish` of a public package (its `prepack` script, cwd = the package).
// npm would pack the workspace manifest as is (`workspace:^` ranges, exports pointing at .ts sources), so only
// pnpm, which applies publishConfig and rewrites workspace ranges, may pack; and only a built package.
import * as fs from "node:fs"

const agent = process.env.npm_config_user_agent ?? ""
if (!agent.startsWith("pnpm/")) {
  console.error(
    "prepack: pack and publish with pnpm (`pnpm pack`, `pnpm release`), not npm: npm would ship " +
      "workspace:^ ranges and exports that point at .ts sources."
  )
  process.exit(1)
}
const manifest = JSON.parse(fs.readFileSync("package.json", "utf8"))
const missing = []
const walk = (value) => {
  if (typeof value === "string") {
    if (value.startsWith("./build/") && !fs.existsSync(value)) missing.push(value)
  } else if (value !== null && typeof value === "object") { for (const v of Object.values(value)) walk(v) }
}
walk(manifest.publishConfig)
if (missing.length > 0) {
  console.error(`prepack: ${manifest.name} is not built (run \`pnpm build\`); missing ${missing.join(", ")}`)
  process.exit(1)
}
