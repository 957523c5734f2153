import type { TextRange } from "../../domain/anchor-quote.ts";
import { snapToWords } from "../../domain/snap-to-words.ts";

/** A run of text, highlighted for `mark` (the shortest claim covering it) or plain. */
export interface Segment<M> {
  text: string;
  mark?: M;
  /** More than one claim covers this run. */
  layered: boolean;
}

interface Span<M> extends TextRange {
  mark: M;
  /** Position among the marks: the first of equally short marks wins. */
  order: number;
}

/**
 * Cuts `text` into runs so every mark can be shown as one flat highlight (no nested links).
 * Marks are widened to whole words first, so a highlight never splits an Arabic word. The
 * runs joined together give back `text` exactly. Empty marks are ignored.
 *
 * One sweep over the cut points, keeping the marks that cover the current run in a heap by
 * length: n log n for n marks, so an article with thousands of claims renders in one go.
 */
export function highlightSegments<M extends TextRange>(text: string, marks: readonly M[]): Segment<M>[] {
  const spans: Span<M>[] = [];
  marks.forEach((mark, order) => {
    if (mark.end > mark.start) spans.push({ mark, order, ...snapToWords(text, mark) });
  });
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const starts = [...spans].sort((x, y) => x.start - y.start);
  const ends = spans.map((s) => s.end).sort((a, b) => a - b);
  const covering = new SpanHeap<M>();
  const segments: Segment<M>[] = [];
  let started = 0;
  let ended = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    while (started < starts.length && starts[started]!.start <= a) covering.push(starts[started++]!);
    while (ended < ends.length && ends[ended]! <= a) ended++;
    covering.dropEndingBy(a);
    // Every span boundary is a cut, so a span covers the run [a, b) exactly when it starts by a and ends after it.
    segments.push({ text: text.slice(a, b), mark: covering.shortest()?.mark, layered: started - ended > 1 });
  }
  return segments;
}

/** A binary min-heap of spans by length (then order); spans that have ended are dropped lazily. */
class SpanHeap<M> {
  readonly #items: Span<M>[] = [];

  push(span: Span<M>): void {
    const items = this.#items;
    items.push(span);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  shortest(): Span<M> | undefined {
    return this.#items[0];
  }

  /** Removes, from the top, spans that end at or before `at` (a span below the top is removed when it reaches the top). */
  dropEndingBy(at: number): void {
    while (this.#items.length > 0 && this.#items[0]!.end <= at) this.#popTop();
  }

  #popTop(): void {
    const items = this.#items;
    const last = items.pop()!;
    if (items.length === 0) return;
    items[0] = last;
    for (let i = 0; ; ) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let least = i;
      if (left < items.length && before(items[left]!, items[least]!)) least = left;
      if (right < items.length && before(items[right]!, items[least]!)) least = right;
      if (least === i) return;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }
}

function before<M>(x: Span<M>, y: Span<M>): boolean {
  const byLength = x.end - x.start - (y.end - y.start);
  return byLength < 0 || (byLength === 0 && x.order < y.order);
}
