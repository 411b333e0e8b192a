/**
 * Idempotency of each Action: may the client send it again when it cannot tell whether the server
 * processed the first attempt (a timeout, a dropped connection, a 5xx, a server error)?
 *
 * The rule: an Action is idempotent when it only reads, which its name says by its verb: `Query`,
 * `Describe`, `Get`, `Check`, `Fetch`, `Search`. Every other Action changes state (send, create, add,
 * delete, set, modify, start, stop, forbid, import, revoke…) and is not: sending it twice may send two
 * messages, create two tasks or fail the second time. Names that mislead are overridden below, each with
 * its reason. A state-changing Action is still retried when the failure proves the server did not
 * process it (see `retryClassOf` in the core pipeline), or when the caller opts in with
 * `retryNonIdempotent`.
 */

/** Verbs of Actions that only read. */
export const READ_VERBS: ReadonlyArray<string> = ["Query", "Describe", "Get", "Check", "Fetch", "Search"]

/** Actions whose name does not tell the truth about their effect. */
export const OVERRIDES: Readonly<Record<string, { readonly idempotent: boolean; readonly why: string }>> = {
  CgiDescribeZIMAudioLicense: { idempotent: true, why: "a read behind a `Cgi` prefix: it returns the licence file" },
  RTMPDispatchV2: { idempotent: true, why: "a lookup of the RTMP node to use; it changes nothing" },
  GenerateIdentifyToken: { idempotent: true, why: "issues a moderation token; a second token is harmless" },
  MediaThumbnails: { idempotent: false, why: "reads like a getter but starts a thumbnail task" }
}

/** The idempotency of an Action and why. */
export const idempotencyOf = (name: string): { readonly idempotent: boolean; readonly why: string } => {
  const override = OVERRIDES[name]
  if (override !== undefined) return override
  const verb = READ_VERBS.find((v) => name.startsWith(v))
  return verb !== undefined
    ? { idempotent: true, why: `a read (${verb}…)` }
    : { idempotent: false, why: "changes state" }
}
