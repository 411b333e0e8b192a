/** Conformance of every RTC Action through the real client (see suite.ts). */
import { conformance } from "./suite.js"

conformance("rtc")
