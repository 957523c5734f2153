import { decodeArticleText, type TextProblem } from "../domain/decode-article-text.ts";

const MESSAGES: Record<TextProblem, (name: string) => string> = {
  notUtf8: (name) => `${name} is not UTF-8 text`,
  nulByte: (name) => `${name} is not a text file (it holds NUL bytes)`,
  empty: (name) => `${name} is empty`,
};

/**
 * Decodes an article file by the same rule as the web import (src/domain/decode-article-text.ts).
 * Throws an Error whose message is one line for the user.
 */
export function readArticleText(name: string, bytes: Uint8Array): string {
  const decoded = decodeArticleText(bytes);
  if ("problem" in decoded) throw new Error(MESSAGES[decoded.problem](name));
  return decoded.text;
}
