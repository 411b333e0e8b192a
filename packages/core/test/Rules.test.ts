import { describe, expect, it } from "@effect/vitest"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Rules from "../src/Rules.js"

const check = <A>(schema: Schema.Schema<A>, value: unknown) => Either.isRight(Schema.decodeUnknownEither(schema)(value))

describe("Rules", () => {
  it("counts characters as code points and bytes as UTF-8", () => {
    expect(Rules.charLength("😀".repeat(20))).toBe(20)
    expect(Rules.charLength("abc")).toBe(3)
    expect(Rules.byteLength("😀")).toBe(4)
    expect(Rules.byteLength("é")).toBe(2)
    expect(Rules.byteLength("abc")).toBe(3)
    expect(Rules.charLength(`a${"\uD800".repeat(40)}`)).toBe(41)
    expect(Rules.charLength("\uDC00\uD800")).toBe(2)
  })

  it("refuses strings with lone surrogates, accepts pairs", () => {
    const any = Rules.string()
    expect(["ok", "😀", "a\uD800", "\uDC00b", "x\uD800\uD800"].map((v) => check(any, v))).toEqual([
      true,
      true,
      false,
      false,
      false
    ])
  })

  it("maxLength counts characters, maxBytes counts bytes", () => {
    const chars = Rules.string({ maxLength: 32 })
    expect(check(chars, "😀".repeat(32))).toBe(true)
    expect(check(chars, "😀".repeat(33))).toBe(false)
    const bytes = Rules.string({ maxBytes: 64 })
    expect(check(bytes, "😀".repeat(16))).toBe(true)
    expect(check(bytes, "😀".repeat(16) + "a")).toBe(false)
  })

  it("numbers, enums and item counts", () => {
    const limit = Rules.number({ int: true, minimum: 1, maximum: 100 })
    expect([0, 1, 100, 101, 1.5, Number.NaN].map((n) => check(limit, n))).toEqual([
      false,
      true,
      true,
      false,
      false,
      false
    ])
    expect(check(Rules.string({ enum: ["a", "b"] }), "c")).toBe(false)
    const items = Rules.array(Schema.String, { minItems: 1, maxItems: 2 })
    expect([[], ["a"], ["a", "b", "c"]].map((a) => check(items, a))).toEqual([false, true, false])
  })

  it("is: the direct check of a Rules.string schema agrees with its decoding", () => {
    const schema = Rules.string({
      minLength: 1,
      maxLength: 3,
      maxBytes: 6,
      pattern: { regex: /^[a-z😀]*$/u, rule: "a-z" }
    })
    const direct = Rules.is(schema)
    const values: ReadonlyArray<unknown> = ["", "a", "abc", "abcd", "😀😀", "😀😀😀", "A", "\uD800", 1, null, undefined]
    for (const value of values) expect(direct(value)).toBe(check(schema, value))
    // An array of them, too.
    const items = Rules.array(schema, { minItems: 1, maxItems: 2 })
    const arrays: ReadonlyArray<unknown> = [
      [],
      ["a"],
      ["a", "abc"],
      ["a", "b", "c"],
      ["a", ""],
      ["\uD800"],
      [1],
      "a",
      null
    ]
    for (const value of arrays) expect(Rules.is(items)(value)).toBe(check(items, value))
    expect(Rules.is(Rules.array(schema))([])).toBe(true)
    // Any other schema: Schema.is.
    expect(Rules.is(Schema.Number)(1)).toBe(true)
    expect(Rules.is(Schema.Number)("1")).toBe(false)
  })
})
