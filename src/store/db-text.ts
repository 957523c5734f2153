import type { Db } from "../schemas/db.ts";

/** Index rows stringified between two turns of the event loop (≈700 bytes each: about 0.2 MB, 2–4 ms of CPU). */
const ROWS_PER_PIECE = 250;

/**
 * db.json's text as stringifyDocument writes it (indented, the same JSON), in pieces: the index
 * rows a few hundred at a time, yielding to the event loop between pieces, so writing the whole
 * index of a large store never holds other requests for more than a few milliseconds.
 */
export async function* dbTextInPieces(db: Db): AsyncGenerator<string> {
  const { articles, ...rest } = db;
  yield `{\n  "articles": [`;
  for (let i = 0; i < articles.length; i += ROWS_PER_PIECE) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const rows = articles.slice(i, i + ROWS_PER_PIECE).map((row) => `\n    ${JSON.stringify(row, null, 2).replace(/\n/g, "\n    ")}`);
    yield (i > 0 ? "," : "") + rows.join(",");
  }
  // The other fields are small: "{\n  …\n}" without its opening brace closes the object.
  yield `${articles.length > 0 ? "\n  " : ""}],\n${JSON.stringify(rest, null, 2).slice(2)}\n`;
}
