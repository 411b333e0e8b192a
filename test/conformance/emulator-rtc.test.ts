/** Every RTC Action through the real client against the real emulator (see emulatorSuite.ts). */
import { emulatorConformance } from "./emulatorSuite.js"

emulatorConformance("rtc")
