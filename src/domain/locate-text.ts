import type { TextRange } from "./anchor-quote.ts";

/**
 * Every place `needle` occurs in `text`, ignoring differences in whitespace (a run of spaces,
 * non-breaking spaces or line breaks in either matches any run in the other). The ranges point into
 * `text`, so the claim text is always taken from the article, never from what a person typed.
 * An all-blank needle occurs nowhere.
 */
export function locateText(text: string, needle: string): TextRange[] {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "gu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
