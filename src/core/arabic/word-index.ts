import type { SentenceView } from "./sentence-view.ts";

/** The first word index whose start is at or beyond `offset`, by binary search (rules called per pair of cues stay cheap). */
export function wordIndexAt(view: SentenceView, offset: number): number {
  let low = 0;
  let high = view.tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (view.tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
