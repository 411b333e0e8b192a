/**
 * Why a caller's value cannot be sent as JSON, and where: a field typed `Record<string, unknown>` (a message
 * body, say) may hold a `BigInt`, a circular reference or a `toJSON` that throws, each of which makes
 * `JSON.stringify` throw. Walked only once `JSON.stringify` has failed, and without recursion, so that a
 * deeply nested value is reported, not a stack overflow.
 *
 * @internal
 */

/** What cannot be serialized, as a path from the wire value and the rule it breaks. */
export interface Unserializable {
  readonly path: ReadonlyArray<string | number>
  readonly rule: string
}

const rule = (why: string) => `must be serializable to JSON (${why})`

const describe = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  const oneLine = message.replace(/\s+/g, " ").trim()
  return oneLine.length <= 80 ? oneLine : `${oneLine.slice(0, 80)}…`
}

interface Frame {
  readonly value: object
  readonly keys: ReadonlyArray<string | number>
  index: number
}

/**
 * The first value `JSON.stringify` would throw on, walking as it does (`toJSON` first, then own enumerable
 * keys); `undefined` when there is none.
 *
 * @internal
 */
export const findUnserializable = (root: unknown): Unserializable | undefined => {
  const ancestors = new Set<object>()
  const stack: Array<Frame> = []
  // The path to the value being visited: the current key of every frame on the stack.
  const path = () => stack.map((frame) => frame.keys[frame.index - 1] as string | number)
  // Visits one value: the rule it breaks, or undefined (having pushed a frame for its children).
  const visit = (input: unknown, key: string | number): string | undefined => {
    let value = input
    if (typeof value === "object" && value !== null && "toJSON" in value && typeof value.toJSON === "function") {
      try {
        value = (value.toJSON as (key: string) => unknown)(String(key))
      } catch (error) {
        return rule(`its toJSON threw: ${describe(error)}`)
      }
    }
    if (typeof value === "bigint") return rule("a BigInt is not; send it as a string or a number")
    if (typeof value !== "object" || value === null) return undefined
    if (ancestors.has(value)) return rule("it contains itself: a circular reference")
    ancestors.add(value)
    stack.push({ value, keys: Array.isArray(value) ? Array.from(value, (_, i) => i) : Object.keys(value), index: 0 })
    return undefined
  }
  const first = visit(root, "")
  if (first !== undefined) return { path: [], rule: first }
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.index >= frame.keys.length) {
      ancestors.delete(frame.value)
      stack.pop()
      continue
    }
    const key = frame.keys[frame.index++] as string | number
    const value = (frame.value as Record<string | number, unknown>)[key]
    const broken = visit(value, key)
    if (broken !== undefined) {
      // A value that pushed no frame: the path ends at its key.
      return { path: path(), rule: broken }
    }
  }
  return undefined
}
/**
 * A path as the field of an `InvalidRequest`: `MessageBody.items[2].n`.
 *
 * @internal
 */
export const formatPath = (path: ReadonlyArray<string | number>): string => {
  let out = ""
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`
    else out += out === "" ? key : `.${key}`
  }
  return out === "" ? "(input)" : out
}
