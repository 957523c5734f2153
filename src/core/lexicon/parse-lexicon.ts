/**
 * Lexicons are data: a template string in a `*.lexicon.ts` file, one entry a line. This keeps the core
 * pure (no file reads) and lets a reviewer edit a word list without reading code.
 *
 *   # a comment line
 *   قال | قالت | قالوا     # fields are separated by "|"; text after "#" is a comment
 *
 * Blank lines and comments are skipped; fields are trimmed.
 */
export function parseLexicon(source: string): string[][] {
  const rows: string[][] = [];
  for (const line of source.split("\n")) {
    const hash = line.indexOf("#");
    const body = (hash < 0 ? line : line.slice(0, hash)).trim();
    if (body) rows.push(body.split("|").map((field) => field.trim()));
  }
  return rows;
}

/** A one-field lexicon as a list of entries. */
export function parseWordList(source: string): string[] {
  return parseLexicon(source).map((row) => row.join(" | "));
}

/** A `key | value` lexicon as a record; every value must be one of `values` (nothing after "|" is ""). */
export function parseRecord<V extends string>(source: string, values: readonly V[]): Record<string, V> {
  const record: Record<string, V> = {};
  for (const [key = "", value = ""] of parseLexicon(source)) {
    if (!values.includes(value as V)) throw new Error(`lexicon value "${value}" for "${key}" is not one of: ${values.join(", ")}`);
    record[key] = value as V;
  }
  return record;
}
