import { isSpace, isWordChar } from "./normalize.ts";

/** A pair of quotation marks: `open`/`close` are the marks' offsets; the content lies between them. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** Offset just after the opening mark. */
  contentStart: number;
  /** Offset of the closing mark (or of the paragraph end when the quote is left open). */
  contentEnd: number;
  /** False when the paragraph ended before a closing mark. */
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
}

const OPENING_CONTEXT = /[([{:\-–—،,;؛]/;

/**
 * Finds the top-level quoted passages of text[start, end) (a paragraph). Marks nested inside a quote
 * belong to it. Symmetric marks (" and the curly pair, which Arabic text often inverts) are paired by
 * position: a mark after a space and before a letter opens, a mark after a letter and before a space
 * or punctuation closes. An unclosed quote runs to the paragraph end.
 */
export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenMark[] = [];
  const marks = /["«»“”„‟＂]/g;
  marks.lastIndex = start;
  for (let m = marks.exec(text); m !== null && m.index < end; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const family = FAMILY[ch]!;
    const role = markRole(text, i, start, end, ch, stack);
    if (role === "open") {
      stack.push({ family, at: i });
    } else if (role === "close") {
      const depth = lastIndexOfFamily(stack, family);
      if (depth < 0) continue;
      const opened = stack[depth]!;
      stack.length = depth;
      if (depth === 0) spans.push({ open: opened.at, close: i, contentStart: opened.at + 1, contentEnd: i, closed: true });
    }
  }
  const outer = stack[0];
  if (outer) spans.push({ open: outer.at, close: end, contentStart: outer.at + 1, contentEnd: end, closed: false });
  return spans;
}

function lastIndexOfFamily(stack: OpenMark[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

function markRole(text: string, i: number, start: number, end: number, ch: string, stack: OpenMark[]): "open" | "close" | "none" {
  if (ch === "«") return "open";
  if (ch === "»") return "close";
  const family = FAMILY[ch]!;
  const before = i > start ? text[i - 1] : undefined;
  const after = i + 1 < end ? text[i + 1] : undefined;
  const opensHere = (before === undefined || isSpace(before) || OPENING_CONTEXT.test(before) || FAMILY[before] !== undefined) && after !== undefined && !isSpace(after);
  const closesHere = before !== undefined && !isSpace(before) && (after === undefined || !isWordChar(after));
  const isOpenFamily = lastIndexOfFamily(stack, family) >= 0;
  const topIsFamily = stack.length > 0 && stack[stack.length - 1]!.family === family;
  if (opensHere && !closesHere) return "open";
  if (closesHere && !opensHere) return isOpenFamily ? "close" : "none";
  if (opensHere && closesHere) return topIsFamily ? "close" : "open";
  // Between two letters or two spaces: toggle.
  return topIsFamily ? "close" : "open";
}
