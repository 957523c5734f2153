import { codeSet, isSentenceStopCode, isSpaceCode, isWordCode } from "./normalize.ts";
import { firstOf } from "./scan.ts";
import { nextParagraphStart } from "./paragraphs.ts";

/** A pair of quotation marks: `open`/`close` are the marks' offsets; the content lies between them. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** Offset just after the opening mark. */
  contentStart: number;
  /** Offset of the closing mark (or where an unclosed quote was ended: see findQuotes). */
  contentEnd: number;
  /** False when no closing mark was found. */
  closed: boolean;
}

type Family = "guillemet" | "curly" | "straight";

/** The family of a quotation mark (« » “ ” „ ‟ " ＂), by code: a mark never needs a string built. */
function familyOf(c: number): Family {
  if (c === 0xab || c === 0xbb) return "guillemet";
  return c >= 0x201c && c <= 0x201f ? "curly" : "straight";
}

interface OpenMark {
  family: Family;
  at: number;
  /** The first sentence stop after the mark (or the paragraph end): where the quote ends if it is never closed. */
  firstStop: number;
}

/** What may stand before an opening mark. */
const OPENING_CONTEXT = codeSet("([{:-–—،,;؛");
/** Punctuation after a mark makes it a closing one. */
const PUNCTUATION_AFTER_CLOSE = codeSet(".,،؛;:!?؟)]…");
/** Deeper nesting is not news prose; a cap keeps odd text (thousands of unclosed marks) linear. */
const MAX_DEPTH = 4;

/**
 * Finds the top-level quoted passages of text[start, end) (a paragraph). Marks nested inside a quote
 * belong to it. Marks are paired by position and alternation, since Arabic text often inverts or
 * mixes them (»…»، ”…“، "…"): a mark after a space and before a letter opens, a mark after a letter
 * and before a space or punctuation closes. A closing mark of another kind ("…») closes the innermost
 * open quote.
 *
 * A quote left open never swallows the rest of the article: it runs to the paragraph end only when the
 * next paragraph opens with a quotation mark (a quotation continued over paragraphs); otherwise it ends
 * at its first sentence stop. A new undirected opening mark (" or “) after a sentence stop also ends a
 * quote of the same kind left open: those marks do not nest in themselves across sentences.
 */
export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenMark[] = [];
  const stops = new StopCursor(text, start, end);
  for (let i = nextMark(text, start, end); i < end; i = nextMark(text, i + 1, end)) {
    const mark = text.charCodeAt(i);
    const family = familyOf(mark);
    const role = markRole(text, i, start, end, mark, stack);
    if (role === "open") {
      const depth = lastIndexOfFamily(stack, family);
      if (depth === 0 && family !== "guillemet" && stack[0]!.firstStop < i) {
        // «… . «…: the first quote was never closed; it ran on to the sentence before the new mark
        spans.push(unclosed(stack[0]!, endOfSentenceBefore(text, i, stack[0]!.firstStop)));
        stack.length = 0;
      }
      if (stack.length < MAX_DEPTH) stack.push({ family, at: i, firstStop: stops.firstAfter(i) });
    } else if (role === "close") {
      // "…الوضع»: a closing mark of another kind closes the innermost open quote (mixed marks: "…»، «…”).
      const ofFamily = lastIndexOfFamily(stack, family);
      const depth = ofFamily >= 0 ? ofFamily : stack.length - 1;
      if (depth < 0) continue;
      const opened = stack[depth]!;
      stack.length = depth;
      if (depth === 0) spans.push({ open: opened.at, close: i, contentStart: opened.at + 1, contentEnd: i, closed: true });
    }
  }
  const outer = stack[0];
  if (outer) spans.push(unclosed(outer, continuesInNextParagraph(text, end) ? end : outer.firstStop));
  return spans;
}

function unclosed(mark: OpenMark, at: number): QuoteSpan {
  return { open: mark.at, close: at, contentStart: mark.at + 1, contentEnd: at, closed: false };
}

/** Just past the stop that ends the sentence before offset `i` (spaces skipped), or `fallback` when none does. */
function endOfSentenceBefore(text: string, i: number, fallback: number): number {
  let k = i - 1;
  while (k > fallback && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= fallback && isSentenceStopCode(text.charCodeAt(k)) ? k + 1 : fallback;
}

/** The news convention for a quotation over several paragraphs: each new paragraph opens with a mark. */
function continuesInNextParagraph(text: string, end: number): boolean {
  const next = nextParagraphStart(text, end);
  return next !== undefined && isMarkCode(text.charCodeAt(next));
}

/** The quotation marks isMarkCode knows, as a class for firstOf. */
const MARK = /["«»“-‟＂]/;

/**
 * The offset of the first quotation mark in text[from, end), or end. A scan bounded by the paragraph: a
 * search of the whole text from each paragraph would run on to the next mark, however far, for every
 * paragraph without one (quadratic on long stretches of unquoted paragraphs).
 */
function nextMark(text: string, from: number, end: number): number {
  return firstOf(MARK, text, from, end);
}

/** The quotation marks familyOf knows, by code. */
function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f) || c === 0xff02;
}

/** The characters isSentenceStopCode knows, as a class for firstOf. */
const STOP = /[.!?؟۔]/;

/** A sentence stop (. ! ? ؟ ۔) followed by a space, a quotation mark or the end of the text. */
function isStop(text: string, i: number): boolean {
  if (!isSentenceStopCode(text.charCodeAt(i))) return false;
  return i + 1 === text.length || isSpaceCode(text.charCodeAt(i + 1)) || isMarkCode(text.charCodeAt(i + 1));
}

/** Finds sentence stops in increasing order of asking, so a paragraph is scanned once. */
class StopCursor {
  private next = -1;
  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The offset of the first stop after `offset` (offsets asked must not decrease), or the paragraph end. */
  firstAfter(offset: number): number {
    if (this.next > offset || this.next === this.end) return this.next;
    let i = firstOf(STOP, this.text, Math.max(offset + 1, this.start), this.end);
    while (i < this.end && !isStop(this.text, i)) i = firstOf(STOP, this.text, i + 1, this.end);
    this.next = i;
    return this.next;
  }
}

function lastIndexOfFamily(stack: OpenMark[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

/** Whether the mark `c` at i opens, closes or (a stray mark) neither, from the characters either side of it and the open quotes. */
function markRole(text: string, i: number, start: number, end: number, c: number, stack: OpenMark[]): "open" | "close" | "none" {
  const family = familyOf(c);
  const before = i > start ? text.charCodeAt(i - 1) : NONE;
  const after = i + 1 < end ? text.charCodeAt(i + 1) : NONE;
  const opensHere =
    (before === NONE || isSpaceCode(before) || OPENING_CONTEXT.has(before) || isMarkCode(before)) &&
    after !== NONE &&
    !isSpaceCode(after) &&
    !PUNCTUATION_AFTER_CLOSE.has(after);
  // 'الأزمات ".': a mark between a space and a stop closes, whatever stands before it.
  const closesHere =
    (before !== NONE && !isSpaceCode(before) && (after === NONE || !isWordCode(after))) || (after !== NONE && PUNCTUATION_AFTER_CLOSE.has(after));
  const isOpenFamily = lastIndexOfFamily(stack, family) >= 0;
  const topIsFamily = stack.length > 0 && stack[stack.length - 1]!.family === family;
  if (c === 0xab) return isOpenFamily && closesHere && !opensHere ? "close" : "open"; // «…« (rare inversion)
  if (c === 0xbb) return isOpenFamily || !opensHere ? "close" : "open"; // »…» and »…« open with »
  if (opensHere && !closesHere) return "open";
  if (closesHere && !opensHere) return isOpenFamily || stack.length > 0 ? "close" : "none"; // «…": mixed marks close too
  if (opensHere && closesHere) return topIsFamily ? "close" : "open";
  // Between two letters or two spaces: toggle.
  return topIsFamily ? "close" : "open";
}

/** No character: before the paragraph's start or after its end. */
const NONE = -1;
