/** Conformance of every ZIM Action through the real client (see suite.ts). */
import { conformance } from "./suite.js"

conformance("zim")
