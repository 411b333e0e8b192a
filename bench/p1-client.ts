/**
 * P1 / P6 worker: one client, one concurrency, against the server at `url`. Warms up, then measures this
 * process's CPU time (`process.cpuUsage()`, user + system) and wall time over `calls` calls, and prints
 * one JSON line. `otel` (P6) runs effect-zego with the OpenTelemetry SDK on (no-op exporters).
 *
 * `node … bench/p1-client.js <client> <url> <concurrency> <calls> [warmup] [otel]`
 *
 * @since 0.1.0
 */
import * as Layer from "effect/Layer"
import { type ClientName, clientNames, drive, makeDriver } from "./lib/clients.js"
import { Latencies } from "./lib/stats.js"
import * as Otel from "./lib/telemetry.js"

/** What a P1 worker reports. */
export interface P1Result {
  readonly client: ClientName
  readonly otel: boolean
  readonly concurrency: number
  readonly calls: number
  /** CPU µs per call, user + system. */
  readonly cpuUsPerCall: number
  readonly userUsPerCall: number
  readonly callsPerSecond: number
  readonly p50Ms: number
  readonly p99Ms: number
}

const main = async () => {
  const [name, url, concurrencyArg, callsArg, warmupArg, otelArg] = process.argv.slice(2)
  const client = clientNames.find((c) => c === name)
  if (client === undefined || url === undefined) {
    throw new Error(`usage: p1-client <${clientNames.join("|")}> <url> ...`)
  }
  const concurrency = Number(concurrencyArg ?? 1)
  const calls = Number(callsArg ?? 5000)
  const warmup = Number(warmupArg ?? 3000)
  const otel = otelArg === "otel"
  const driver = await makeDriver(client, url, otel ? Layer.orDie(Layer.discard(Otel.layer)) : Layer.empty)
  await drive(driver, warmup, concurrency)
  const latencies = new Latencies()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await drive(driver, calls, concurrency, latencies)
  const wall = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  await driver.close()
  const result: P1Result = {
    client,
    otel,
    concurrency,
    calls,
    cpuUsPerCall: (cpu.user + cpu.system) / calls,
    userUsPerCall: cpu.user / calls,
    callsPerSecond: calls / (wall / 1000),
    p50Ms: latencies.p50,
    p99Ms: latencies.p99
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}

void main()
