import type { TextRange } from "../../domain/anchor-quote.ts";
import { snapToWords } from "../../domain/snap-to-words.ts";

/** A run of text, highlighted for `mark` (the shortest claim covering it) or plain. */
export interface Segment<M> {
  text: string;
  mark?: M;
  /** More than one claim covers this run. */
  layered: boolean;
}

/**
 * Cuts `text` into runs so every mark can be shown as one flat highlight (no nested links).
 * Marks are widened to whole words first, so a highlight never splits an Arabic word. The
 * runs joined together give back `text` exactly. Empty marks are ignored.
 */
export function highlightSegments<M extends TextRange>(text: string, marks: readonly M[]): Segment<M>[] {
  const spans = marks.filter((m) => m.end > m.start).map((mark) => ({ mark, ...snapToWords(text, mark) }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const covering = spans.filter((s) => s.start <= a && s.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start));
    segments.push({ text: text.slice(a, b), mark: covering[0]?.mark, layered: covering.length > 1 });
  }
  return segments;
}
