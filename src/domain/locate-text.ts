import type { TextRange } from "./anchor-quote.ts";

/** Matches start and end on word boundaries: a claim never begins or ends inside a word. */
const WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
const WORD_EDGE_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

/**
 * Every place `needle` occurs in `text`, ignoring differences in whitespace (a run of spaces,
 * non-breaking spaces or line breaks in either matches any run in the other). The ranges point into
 * `text`, so the claim text is always taken from the article, never from what a person typed.
 * Matches begin and end on word boundaries (when the needle starts or ends with a letter).
 * An all-blank needle occurs nowhere.
 */
export function locateText(text: string, needle: string): TextRange[] {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const body = words.map(escapeRegExp).join("\\s+");
  const pattern = new RegExp(`${WORD_EDGE_BEFORE}${body}${WORD_EDGE_AFTER}`, "gu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
