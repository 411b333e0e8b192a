/** The event schemas are generated: the committed output is what the generator makes of its committed input. */
import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../../", import.meta.url))

describe("generated event schemas", () => {
  it("are up to date with codegen/callbacks/*.json (tsx codegen/generate-callbacks.ts --check)", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "codegen/generate-callbacks.ts", "--check"], {
      cwd: root,
      encoding: "utf8"
    })
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" })
  }, 120_000)
})
