/** Why bytes or a string cannot be an article's text. */
export type TextProblem = "notUtf8" | "nulByte" | "empty";

/** Article text, or the one reason it is refused. */
export type CheckedText = { text: string } | { problem: TextProblem };

/**
 * The one rule for an article's text, wherever it comes from (pasted, uploaded, read from a
 * file by the CLI): it may not hold a NUL character (U+0000 marks a binary file, and would be cut
 * by tools downstream) and may not be blank. The text is otherwise kept exactly.
 */
export function checkArticleText(text: string): CheckedText {
  if (text.includes("\u0000")) return { problem: "nulByte" };
  if (text.trim().length === 0) return { problem: "empty" };
  return { text };
}

/**
 * Decodes an article file's bytes: strict UTF-8 (a leading byte-order mark is encoding, not text,
 * and goes), then the rule of `checkArticleText`.
 */
export function decodeArticleText(bytes: Uint8Array): CheckedText {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: "notUtf8" };
  }
  return checkArticleText(text);
}
