import { defineConfig } from "vitest/config"

// Runs that measure a rate over seconds (the 4-process Redis run) run in a group of their own, after the
// rest: on two shared cores, other suites running beside them would be what they measure.
const measured = ["test/redis/multiprocess.test.ts"]

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
          exclude: ["**/node_modules/**", ...measured]
        }
      },
      {
        extends: true,
        test: { name: "measured", include: measured, sequence: { groupOrder: 1 } }
      }
    ]
  }
})
