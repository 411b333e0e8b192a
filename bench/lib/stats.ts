/**
 * Small statistics and a Markdown table printer.
 *
 * @since 0.1.0
 */

/** The q-quantile (0..1) of samples, nearest rank. */
export const quantile = (samples: ReadonlyArray<number>, q: number): number => {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index] ?? NaN
}

/** The median. */
export const median = (samples: ReadonlyArray<number>): number => quantile(samples, 0.5)

/** A number with `digits` decimals. */
export const fixed = (n: number, digits = 0): string => Number.isFinite(n) ? n.toFixed(digits) : "—"

/** A Markdown table. */
export const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n")
}

/** Latencies of a run, in ms. */
export class Latencies {
  private readonly samples: Array<number> = []
  add(ms: number): void {
    this.samples.push(ms)
  }
  get count(): number {
    return this.samples.length
  }
  get p50(): number {
    return quantile(this.samples, 0.5)
  }
  get p99(): number {
    return quantile(this.samples, 0.99)
  }
}
