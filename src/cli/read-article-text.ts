/**
 * Decodes an article file: UTF-8 only (a BOM is dropped), not empty, not binary.
 * Throws an Error whose message is one line for the user.
 */
export function readArticleText(name: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text`);
  }
  if (text.includes("\u0000")) throw new Error(`${name} is not a text file (it holds NUL bytes)`);
  if (text.trim().length === 0) throw new Error(`${name} is empty`);
  return text;
}
