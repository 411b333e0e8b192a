/**
 * Parsing of query strings the way the vendor's gateway reads them.
 *
 * @since 0.1.0
 */

/**
 * A parsed query string. Keys are percent-decoded, so `UserId%5B%5D` and `UserId[]` are the same key.
 *
 * - `scalars`: keys without brackets; when a key repeats, the first value wins (as Go's `url.Values.Get`).
 * - `lists`: keys sent with brackets (`UserId[]=a&UserId[]=b`), by the name without brackets, in sent order.
 *
 * @since 0.1.0
 */
export interface ParsedQuery {
  readonly raw: string
  readonly scalars: ReadonlyMap<string, string>
  readonly lists: ReadonlyMap<string, ReadonlyArray<string>>
}

/**
 * Parses a raw query string (without the leading `?`). Never throws: malformed percent escapes are kept as
 * they are (the WHATWG URLSearchParams rules), so garbage gets a documented code later instead of a crash.
 *
 * @since 0.1.0
 */
export const parseQuery = (raw: string): ParsedQuery => {
  const scalars = new Map<string, string>()
  const lists = new Map<string, Array<string>>()
  for (const [key, value] of new URLSearchParams(raw)) {
    if (key.endsWith("[]")) {
      const name = key.slice(0, -2)
      const values = lists.get(name)
      if (values === undefined) {
        lists.set(name, [value])
      } else {
        values.push(value)
      }
    } else if (!scalars.has(key)) {
      scalars.set(key, value)
    }
  }
  return { raw, scalars, lists }
}

/**
 * The query as a plain record for the request log: scalar keys map to their value, bracket keys keep their
 * brackets and map to the list of values.
 *
 * @since 0.1.0
 */
export const queryToRecord = (query: ParsedQuery): Readonly<Record<string, string | ReadonlyArray<string>>> => {
  const record: Record<string, string | ReadonlyArray<string>> = {}
  for (const [key, value] of query.scalars) record[key] = value
  for (const [key, values] of query.lists) record[`${key}[]`] = values
  return record
}
