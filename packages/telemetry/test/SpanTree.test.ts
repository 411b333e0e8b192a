import { describe, expect, it } from "@effect/vitest"
import type { SpanRecord } from "../src/SpanRecord.js"
import * as SpanTree from "../src/SpanTree.js"

const t0 = 1_700_000_000_000

const span = (fields: Partial<SpanRecord> & Pick<SpanRecord, "name" | "spanId">): SpanRecord => ({
  kind: "internal",
  traceId: "trace-1",
  parentSpanId: undefined,
  startTimeMs: t0,
  durationMs: 1,
  status: { code: "ok" },
  attributes: {},
  events: [],
  links: [],
  ...fields
})

// Deliberately not in start order: the renderer sorts siblings and roots by start time.
const fixture: ReadonlyArray<SpanRecord> = [
  span({
    name: "http.request",
    spanId: "d",
    parentSpanId: "a",
    kind: "client",
    startTimeMs: t0 + 24,
    durationMs: 18,
    attributes: { "http.response.status_code": 200 }
  }),
  span({
    name: "webhook.receive",
    spanId: "w",
    traceId: "trace-2",
    // A remote parent: not among the spans, so this is a root of its own tree.
    parentSpanId: "remote",
    kind: "server",
    startTimeMs: t0 + 100,
    durationMs: 5,
    attributes: { "zego.event": "room_close", "server.address": "example.com" }
  }),
  span({
    name: "zim.sendPeerMessage",
    spanId: "a",
    kind: "client",
    durationMs: 42.26,
    attributes: {
      "rpc.system": "zego",
      "rpc.method": "SendPeerMessage",
      "zego.app_id": 1234,
      "internal.flag": true
    },
    events: [{ name: "retry.backoff", timeMs: t0 + 23.5, attributes: { attempt: 1, delay_ms: 200 } }]
  }),
  span({
    name: "decode",
    spanId: "e",
    parentSpanId: "d",
    startTimeMs: t0 + 40,
    status: { code: "unset" }
  }),
  span({
    name: "rate-limit.acquire",
    spanId: "b",
    parentSpanId: "a",
    startTimeMs: t0 + 0.5,
    durationMs: 10,
    events: [{
      name: "rate-limit.wait",
      timeMs: t0 + 0.6,
      attributes: { "zego.wait_ms": 9.5, "effect.fiberId": "#12" }
    }]
  }),
  span({
    name: "http.request",
    spanId: "c",
    parentSpanId: "a",
    kind: "client",
    startTimeMs: t0 + 11,
    durationMs: 12.34,
    status: { code: "error", message: "HTTP 503\n    at somewhere" },
    attributes: {
      "http.request.method": "POST",
      "http.response.status_code": 503,
      "url.full": "https://zim-api.zego.im/?Action=SendPeerMessage",
      "error.type": "ZegoHttpError",
      "zego.tags": ["a", "b c"]
    },
    events: [{
      name: "exception",
      timeMs: t0 + 23.3,
      attributes: {
        "exception.type": "ZegoHttpError",
        "exception.message": "HTTP 503",
        "exception.stacktrace": "ZegoHttpError: HTTP 503\n    at somewhere"
      }
    }]
  })
]

describe("SpanTree.render", () => {
  it("renders one indented tree per root with durations, statuses, selected attributes and events", () => {
    expect(SpanTree.render(fixture)).toBe(
      [
        "zim.sendPeerMessage [client] 42.3ms OK rpc.method=SendPeerMessage rpc.system=zego zego.app_id=1234",
        "│ • retry.backoff +23.5ms attempt=1 delay_ms=200",
        "├─ rate-limit.acquire 10.0ms OK",
        "│    • rate-limit.wait +0.1ms zego.wait_ms=9.5",
        "├─ http.request [client] 12.3ms ERROR \"HTTP 503 …\" error.type=ZegoHttpError http.request.method=POST" +
        " http.response.status_code=503 url.full=\"https://zim-api.zego.im/?Action=SendPeerMessage\"" +
        " zego.tags=[a,\"b c\"]",
        "│    • exception +12.3ms exception.message=\"HTTP 503\" exception.type=ZegoHttpError",
        "└─ http.request [client] 18.0ms OK http.response.status_code=200",
        "   └─ decode 1.0ms UNSET",
        "webhook.receive [server] 5.0ms OK server.address=example.com zego.event=room_close",
        ""
      ].join("\n")
    )
  })

  it("can leave out timings and events and select attributes with a predicate", () => {
    const text = SpanTree.render(fixture.filter((record) => record.traceId === "trace-1"), {
      timing: false,
      events: false,
      attributes: (key) => key === "rpc.method" || key === "http.response.status_code"
    })
    expect(text).toBe(
      [
        "zim.sendPeerMessage [client] OK rpc.method=SendPeerMessage",
        "├─ rate-limit.acquire OK",
        "├─ http.request [client] ERROR \"HTTP 503 …\" http.response.status_code=503",
        "└─ http.request [client] OK http.response.status_code=200",
        "   └─ decode UNSET",
        ""
      ].join("\n")
    )
  })

  it("truncates long values and survives parent cycles in hand-made input", () => {
    const text = SpanTree.render(
      [
        span({ name: "x", spanId: "x", parentSpanId: "y", attributes: { "zego.long": "abcdefghijklmnopqrstuvwxyz" } }),
        span({ name: "y", spanId: "y", parentSpanId: "x", startTimeMs: t0 + 1 })
      ],
      { timing: false, maxValueLength: 10 }
    )
    expect(text).toBe("x OK zego.long=abcdefghi…\n└─ y OK\n")
  })

  // Two lookups in trace 1, one in trace 2, served by one batch (a root of its own trace) that links to them all.
  const batched: ReadonlyArray<SpanRecord> = [
    span({ name: "job", spanId: "j", durationMs: 20 }),
    span({ name: "lookup", spanId: "l1", parentSpanId: "j", startTimeMs: t0 + 1, durationMs: 10 }),
    span({ name: "lookup", spanId: "l2", parentSpanId: "j", startTimeMs: t0 + 2, durationMs: 10 }),
    span({ name: "lookup", spanId: "l3", traceId: "trace-2", startTimeMs: t0 + 3, durationMs: 10 }),
    span({
      name: "lookup.batch",
      spanId: "b",
      traceId: "trace-3",
      startTimeMs: t0 + 4,
      attributes: { "zego.batch.size": 3 },
      links: [
        { traceId: "trace-1", spanId: "l1", attributes: {} },
        { traceId: "trace-1", spanId: "l2", attributes: {} },
        { traceId: "trace-2", spanId: "l3", attributes: {} }
      ]
    }),
    span({ name: "Query", spanId: "q", traceId: "trace-3", parentSpanId: "b", startTimeMs: t0 + 5, kind: "client" })
  ]

  it("draws a batch under the first call it links to, and refers to it under the others", () => {
    expect(SpanTree.render(batched, { timing: false })).toBe(
      [
        "job OK",
        "├─ lookup OK",
        "│  └─ ⤷ lookup.batch OK zego.batch.size=3 links=3",
        "│     └─ Query [client] OK",
        "└─ lookup OK",
        "   └─ ⤷ lookup.batch (drawn above)",
        "lookup OK",
        "└─ ⤷ lookup.batch (drawn above)",
        ""
      ].join("\n")
    )
    // A link to a span that had ended when the root started (a cause, not a caller) leaves the root alone.
    const cause = span({ name: "token", spanId: "t", traceId: "trace-4", startTimeMs: t0 - 10 })
    const call = span({
      name: "call",
      spanId: "c",
      traceId: "trace-5",
      links: [{ traceId: "trace-4", spanId: "t", attributes: {} }]
    })
    expect(SpanTree.render([cause, call], { timing: false })).toBe("token OK\ncall OK\n")
    // Without links, or when none of the linked spans is drawn, the batch is a tree of its own.
    const own = ["lookup.batch OK zego.batch.size=3", "└─ Query [client] OK", ""].join("\n")
    expect(SpanTree.render(batched, { timing: false, links: false })).toContain(own)
    expect(SpanTree.render(batched.filter((s) => s.name !== "lookup"), { timing: false })).toBe(`job OK\n${own}`)
  })

  it("cuts lines to the width asked for", () => {
    const text = SpanTree.render(fixture, { maxLineWidth: 40 })
    const lines = text.split("\n").filter((line) => line !== "")
    expect(lines.length).toBe(9)
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(40)
    expect(lines[0]).toBe("zim.sendPeerMessage [client] 42.3ms OK …")
    expect(lines[7]).toBe("   └─ decode 1.0ms UNSET")
  })

  it("renders nothing for no spans", () => {
    expect(SpanTree.render([])).toBe("")
  })
})
