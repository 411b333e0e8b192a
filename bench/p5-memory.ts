/**
 * P5 worker (run with `--expose-gc`): effect-zego makes `calls` QueryUserInfos calls (`concurrency` at a
 * time) against the fixed-answer server after a warm-up; the heap is measured after full collections
 * before, every tenth of the run, and after. Prints one JSON line.
 *
 * `node --expose-gc … bench/p5-memory.js <url> <calls> <concurrency>`
 *
 * @since 0.1.0
 */
import { drive, makeDriver } from "./lib/clients.js"

/** What a P5 worker reports. */
export interface P5Result {
  readonly calls: number
  readonly concurrency: number
  readonly heapBeforeMB: number
  readonly heapAfterMB: number
  readonly growthMB: number
  /** Heap after a full collection at every tenth of the run, MB. */
  readonly samplesMB: ReadonlyArray<number>
  readonly rssBeforeMB: number
  readonly rssAfterMB: number
}

const mb = (bytes: number) => bytes / (1024 * 1024)

const collect = (): number => {
  const gc = (globalThis as { readonly gc?: () => void }).gc
  if (gc === undefined) throw new Error("run with --expose-gc")
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const main = async () => {
  const [url, callsArg, concurrencyArg] = process.argv.slice(2)
  if (url === undefined) throw new Error("usage: p5-memory <url> <calls> <concurrency>")
  const calls = Number(callsArg ?? 100_000)
  const concurrency = Number(concurrencyArg ?? 64)
  const driver = await makeDriver("effect-zego", url)
  await drive(driver, 10_000, concurrency)
  const before = collect()
  const rssBefore = process.memoryUsage().rss
  const samples: Array<number> = []
  for (let i = 0; i < 10; i++) {
    await drive(driver, calls / 10, concurrency)
    samples.push(mb(collect()))
  }
  const after = collect()
  const result: P5Result = {
    calls,
    concurrency,
    heapBeforeMB: mb(before),
    heapAfterMB: mb(after),
    growthMB: mb(after - before),
    samplesMB: samples,
    rssBeforeMB: mb(rssBefore),
    rssAfterMB: mb(process.memoryUsage().rss)
  }
  await driver.close()
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}

void main()
