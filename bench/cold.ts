/**
 * Cold-start worker: the time from this process's start (`performance.now()` counts from it) to its first
 * completed QueryUserInfos call against the server at `url`, loading only what the client needs. Prints
 * one JSON line.
 *
 * `node … bench/cold.js <none|fetch|undici|effect-zego> <url>`
 *
 * @since 0.1.0
 */

/** What a cold-start worker reports. */
export interface ColdResult {
  readonly client: string
  /** Process start → the client's modules loaded, ms. */
  readonly loadedMs: number
  /** Process start → first call completed, ms. */
  readonly firstCallMs: number
}

const main = async () => {
  const [client = "none", url = ""] = process.argv.slice(2)
  let loadedMs = performance.now()
  switch (client) {
    case "none":
      break
    case "fetch": {
      const { fetchClient } = await import("./lib/raw.js")
      loadedMs = performance.now()
      await fetchClient(url)(["alice"])
      break
    }
    case "undici": {
      const { undiciClient } = await import("./lib/rawUndici.js")
      loadedMs = performance.now()
      await undiciClient(url)(["alice"])
      break
    }
    case "effect-zego": {
      const [{ ZegoClient, ZimService }, Effect, Redacted, { appId, secret }] = await Promise.all([
        import("@effect-zego/client"),
        import("effect/Effect"),
        import("effect/Redacted"),
        import("./lib/fixture.js")
      ])
      loadedMs = performance.now()
      await Effect.runPromise(
        Effect.flatMap(ZimService.ZimService, (zim) => zim.queryUserInfos({ UserIds: ["alice"] })).pipe(
          Effect.provide(ZegoClient.layer({
            appId,
            serverSecret: Redacted.make(secret),
            zimBaseUrl: url,
            rtcBaseUrl: url
          }))
        )
      )
      break
    }
    default:
      throw new Error(`unknown client ${client}`)
  }
  const result: ColdResult = { client, loadedMs, firstCallMs: performance.now() }
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}

void main()
