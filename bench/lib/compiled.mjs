/**
 * `node --import ./bench/lib/compiled.mjs bench/build/<script>.js` runs the benchmarks as `tsc` emits them:
 * `@effect-zego/*` resolve to each package's `build/esm` (as published) instead of its TypeScript sources, so
 * no TypeScript loader runs (tsx's `keepNames` wraps every closure the pipeline creates in a `__name` call).
 * Scripts that start the emulator add `--import tsx` before this hook: the emulator alone runs from source.
 */
import { register } from "node:module"

const packages = new URL("../../packages/", import.meta.url)

/** Maps `@effect-zego/<package>[/<module>]` to `packages/<package>/build/esm/<module | index>.js`. */
export const resolve = (specifier, context, next) => {
  const match = /^@effect-zego\/([^/]+)(?:\/(.+))?$/.exec(specifier)
  // The emulator reads JSON next to its sources, which tsc does not copy: it runs from source, through tsx.
  if (match === null || match[1] === "emulator") return next(specifier, context)
  return { url: new URL(`${match[1]}/build/esm/${match[2] ?? "index"}.js`, packages).href, shortCircuit: true }
}

if (typeof process.env.EFFECT_ZEGO_BENCH_HOOKED === "undefined") {
  process.env.EFFECT_ZEGO_BENCH_HOOKED = "1"
  register(import.meta.url)
}
