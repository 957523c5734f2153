import { isWordCode, matchKey } from "./normalize.ts";

/** A word of the article with its original offsets and its matching key. */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** matchKey(raw): what lexicons are compared against. */
  key: string;
}

// Inside a word: hyphens, apostrophes and dots joining letters ("إل-76", "don't", "U.S").
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e;

/** Splits text[start, end) into words; punctuation and spaces are left out (their offsets stay in the gaps). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const j = wordEnd(text, i, end);
    const raw = text.slice(i, j);
    tokens.push({ start: i, end: j, raw, key: matchKey(raw) });
    i = j;
  }
  return tokens;
}

/** How many words tokenize would find in text[start, end), counted up to `atMost`: no word is built. */
export function countWords(text: string, start: number, end: number, atMost: number): number {
  let count = 0;
  for (let i = start; i < end && count < atMost; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    count++;
    i = wordEnd(text, i, end) - 1;
  }
  return count;
}

/** Where the word that starts at i (a word character) ends, within text[0, end): joiners between word characters stay inside. */
export function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && (isWordCode(text.charCodeAt(j)) || (isJoiner(text.charCodeAt(j)) && j + 1 < end && isWordCode(text.charCodeAt(j + 1))))) j++;
  return j;
}

/** Index of the first word starting at or after `offset` (words.length when none): a binary search over words in text order. */
export function firstWordFrom(words: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
