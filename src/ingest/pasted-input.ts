/**
 * What a person pasted into the article box, when it is not article text: a web address alone
 * (offered as an import from that address) or the HTML source of a page (read like a saved page).
 */
export type PastedInput = { kind: "url"; url: string } | { kind: "html" } | { kind: "text" };

/** One http(s) address and nothing else (surrounding white space aside). */
const LONE_URL = /^https?:\/\/[^\s<>"]+$/i;
/** A document or a fragment of one: starts with a doctype, a comment, or an html/head/body tag. */
const HTML_START = /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
/** Block markup a page's body is made of. */
const BLOCK_TAGS = /<\/(?:p|div|article|section|h[1-6]|li|span|a)>/gi;

/**
 * Classifies pasted text. HTML is recognised by how it starts (`<!doctype html>`, `<html>`, …) or,
 * for a copied fragment, by at least 3 closing block tags at the start of the text; a text that
 * merely mentions `<p>` stays text.
 */
export function classifyPasted(text: string): PastedInput {
  const trimmed = text.trim();
  if (LONE_URL.test(trimmed)) return { kind: "url", url: trimmed };
  if (HTML_START.test(trimmed)) return { kind: "html" };
  if (trimmed.startsWith("<") && (trimmed.match(BLOCK_TAGS)?.length ?? 0) >= 3) return { kind: "html" };
  return { kind: "text" };
}
