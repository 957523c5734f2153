import { isSpace, isWordChar } from "./normalize.ts";

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

const FAMILY: Record<string, Family> = {
  "«": "guillemet",
  "»": "guillemet",
  "“": "curly",
  "”": "curly",
  "„": "curly",
  "‟": "curly",
  '"': "straight",
  "＂": "straight",
};

interface OpenMark {
  family: Family;
  at: number;
  /** The first sentence stop after the mark (or the paragraph end): where the quote ends if it is never closed. */
  firstStop: number;
}

const OPENING_CONTEXT = /[([{:\-–—،,;؛]/;
const PUNCTUATION_AFTER_CLOSE = /[.,،؛;:!?؟)\]…]/;
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
    const mark = text[i]!;
    const family = FAMILY[mark]!;
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
      const depth = lastIndexOfFamily(stack, family) >= 0 ? lastIndexOfFamily(stack, family) : stack.length - 1;
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
  while (k > fallback && isSpace(text[k])) k--;
  return k >= fallback && /[.!?؟۔]/.test(text[k]!) ? k + 1 : fallback;
}

/** The news convention for a quotation over several paragraphs: each new paragraph opens with a mark. */
function continuesInNextParagraph(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text[i])) i++;
  return i > end && FAMILY[text[i] ?? ""] !== undefined && /[\n\r\u2028\u2029]/.test(text.slice(end, i));
}

/**
 * The offset of the first quotation mark in text[from, end), or end. A scan bounded by the paragraph: a
 * search of the whole text from each paragraph would run on to the next mark, however far, for every
 * paragraph without one (quadratic on long stretches of unquoted paragraphs).
 */
function nextMark(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (isMarkCode(text.charCodeAt(i))) return i;
  return end;
}

/** The keys of FAMILY, by code: every character of every paragraph is tested. */
function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f) || c === 0xff02;
}

/** A sentence stop (. ! ? ؟ ۔) followed by a space, a quotation mark or the end of the text. */
function isStop(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x061f: // ؟
    case 0x06d4: // ۔
      return i + 1 === text.length || isSpace(text[i + 1]) || isMarkCode(text.charCodeAt(i + 1));
  }
  return false;
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
    let i = Math.max(offset + 1, this.start);
    while (i < this.end && !isStop(this.text, i)) i++;
    this.next = i;
    return this.next;
  }
}

function lastIndexOfFamily(stack: OpenMark[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

function markRole(text: string, i: number, start: number, end: number, ch: string, stack: OpenMark[]): "open" | "close" | "none" {
  const family = FAMILY[ch]!;
  const before = i > start ? text[i - 1] : undefined;
  const after = i + 1 < end ? text[i + 1] : undefined;
  const opensHere =
    (before === undefined || isSpace(before) || OPENING_CONTEXT.test(before) || FAMILY[before] !== undefined) &&
    after !== undefined &&
    !isSpace(after) &&
    !PUNCTUATION_AFTER_CLOSE.test(after);
  // 'الأزمات ".': a mark between a space and a stop closes, whatever stands before it.
  const closesHere =
    (before !== undefined && !isSpace(before) && (after === undefined || !isWordChar(after))) || (after !== undefined && PUNCTUATION_AFTER_CLOSE.test(after));
  const isOpenFamily = lastIndexOfFamily(stack, family) >= 0;
  const topIsFamily = stack.length > 0 && stack[stack.length - 1]!.family === family;
  if (ch === "«") return isOpenFamily && closesHere && !opensHere ? "close" : "open"; // «…« (rare inversion)
  if (ch === "»") return isOpenFamily || !opensHere ? "close" : "open"; // »…» and »…« open with »
  if (opensHere && !closesHere) return "open";
  if (closesHere && !opensHere) return isOpenFamily || stack.length > 0 ? "close" : "none"; // «…": mixed marks close too
  if (opensHere && closesHere) return topIsFamily ? "close" : "open";
  // Between two letters or two spaces: toggle.
  return topIsFamily ? "close" : "open";
}
