import type { Claim, ClaimKind, Span } from "./types.ts";
import { codeSet, isSpaceCode } from "./text/normalize.ts";
import type { Paragraph } from "./text/paragraphs.ts";

/**
 * A claim's content as a language's rules bound it: its kind and offsets. Offsets, not a Span: `buildClaim`
 * trims spaces and stray punctuation off them before the text is cut.
 */
export interface ClaimContent {
  kind: ClaimKind;
  start: number;
  end: number;
}

/** What a language's rules find: offsets and names; `buildClaim` turns it into a Claim. */
export interface ClaimDraft extends ClaimContent {
  speaker: string;
  speakerMention: Span;
  cue: Span;
  rule: string;
}

const CONTEXT = 32;

/** Punctuation a content range never starts with, and never ends with (spaces neither). */
const LEADING_JUNK = codeSet(":،,؛;-–—");
const TRAILING_JUNK = codeSet(",،.؛;:-–—");

/** Trims spaces and stray punctuation off a content range, then fills in id, text, paragraph and quote selector. */
export function buildClaim(article: string, paragraph: Paragraph, draft: ClaimDraft): Claim | undefined {
  let start = draft.start;
  let end = draft.end;
  while (start < end && isLeadingJunk(article.charCodeAt(start))) start++;
  while (end > start && isTrailingJunk(article.charCodeAt(end - 1))) end--;
  // "(The company said the weather was to blame.)": a bracket closing outside the content is not part of it.
  if (article[end - 1] === ")" && !article.slice(start, end).includes("(")) {
    end--;
    while (end > start && isTrailingJunk(article.charCodeAt(end - 1))) end--;
  }
  if (end <= start) return undefined;
  const exact = article.slice(start, end);
  const prefixStart = Math.max(0, start - CONTEXT);
  const suffixEnd = Math.min(article.length, end + CONTEXT);
  const quote = { exact, prefix: article.slice(prefixStart, start), suffix: article.slice(end, suffixEnd) };
  return {
    id: claimId(article, prefixStart, start, end, suffixEnd),
    speaker: draft.speaker,
    speakerMention: draft.speakerMention,
    cue: draft.cue,
    kind: draft.kind,
    text: exact,
    start,
    end,
    paragraph: paragraph.index,
    quote,
    rule: draft.rule,
  };
}

function isLeadingJunk(c: number): boolean {
  return isSpaceCode(c) || LEADING_JUNK.has(c);
}

function isTrailingJunk(c: number): boolean {
  return isSpaceCode(c) || TRAILING_JUNK.has(c);
}

/** A span of the article: `{ text: article.slice(start, end), start, end }`. */
export function spanOf(article: string, start: number, end: number): Span {
  return { text: article.slice(start, end), start, end };
}

/**
 * A stable id from the claim's text and its context, so it survives edits elsewhere in the article: two
 * FNV-1a hashes (two seeds) of `prefix NUL exact NUL suffix`, where prefix, exact and suffix are the
 * article's [prefixStart, start), [start, end) and [end, suffixEnd). Read from the article itself, in one
 * pass, without joining the parts or reading through their slices.
 */
function claimId(article: string, prefixStart: number, start: number, end: number, suffixEnd: number): string {
  const hashes: [number, number] = [0x811c9dc5, 0x01000193];
  fnv1a(hashes, article, prefixStart, start);
  fnv1a(hashes, "\u0000", 0, 1);
  fnv1a(hashes, article, start, end);
  fnv1a(hashes, "\u0000", 0, 1);
  fnv1a(hashes, article, end, suffixEnd);
  return `c${base36(hashes[0])}${base36(hashes[1])}`;
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
const CUBE = 36 * 36 * 36;

/**
 * n.toString(36) for a uint32, at about 2.5 times its speed and that of a plain digit loop: V8 holds a
 * uint32 above 2^31 as a double, on which % and / are slow, so one division splits n into its last three
 * digits and the rest, both small integers, converted with integer arithmetic.
 */
function base36(n: number): string {
  const high = Math.floor(n / CUBE);
  const low = n - high * CUBE;
  if (high === 0) return smallBase36(low);
  return smallBase36(high) + DIGITS[(low / 1296) | 0]! + DIGITS[((low / 36) | 0) % 36]! + DIGITS[low % 36]!;
}

/** base36 of an integer below 2^31. */
function smallBase36(n: number): string {
  let digits = "";
  let rest = n;
  do {
    const digit = rest % 36;
    digits = DIGITS[digit]! + digits;
    rest = ((rest - digit) / 36) | 0;
  } while (rest > 0);
  return digits;
}

/** Folds input[from, to) into both running hashes. */
function fnv1a(hashes: [number, number], input: string, from: number, to: number): void {
  let a = hashes[0];
  let b = hashes[1];
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  hashes[0] = a;
  hashes[1] = b;
}
