/**
 * The resilience suite (issue 5, hardened in issue 14): faults, bad input, clock skew, interruption, secrets and a
 * hostile server, each in its own
 * module, collected here as one test file so the client is loaded once (figures and commands in
 * RELIABILITY.md). Run one part with `-t`, e.g. `npx vitest run test/resilience -t "clock skew"`.
 */
import "./backoff-schedule.js"
import "./transient-faults.js"
import "./non-retryable.js"
import "./malformed.js"
import "./input-properties.js"
import "./clock-skew.js"
import "./interruption.js"
import "./secret-hygiene.js"
import "./hostile-server.js"
