import { defineConfig } from "vitest/config"

// Runs that measure a rate over seconds (the 4-process Redis run) run in a group of their own, after the
// rest: on two shared cores, other suites running beside them would be what they measure.
const measured = ["test/redis/multiprocess.test.ts"]
// The pack test builds, packs and installs with npm and tsc: heavy on CPU, it runs alone, last.
const pack = ["test/pack/**/*.test.ts"]

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    sequence: { concurrent: false },
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          sequence: { groupOrder: 0 },
          include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/node_modules/**", ...measured, ...pack]
        }
      },
      {
        extends: true,
        test: { name: "measured", include: measured, sequence: { groupOrder: 1 } }
      },
      {
        extends: true,
        test: { name: "pack", include: pack, sequence: { groupOrder: 2 } }
      }
    ]
  }
})
