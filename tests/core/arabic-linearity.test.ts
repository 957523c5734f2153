import { describe, expect, it } from "vitest";
import type { Attribution } from "../../src/core/arabic/attribution.ts";
import { type Bound, MAX_CLAIMS_COMPARED, nextCueAfter, overlapsEarlier, sentenceViews, withEarliestStarts } from "../../src/core/arabic/extract-arabic.ts";
import { MAX_REMEMBERED_SPEAKERS, SpeakerRegistry, UNRESOLVED } from "../../src/core/arabic/speaker-registry.ts";
import { splitSpeaker } from "../../src/core/arabic/split-speaker.ts";
import { layOut } from "../../src/core/text/layout.ts";
import { tokenize } from "../../src/core/text/tokens.ts";
import type { Claim } from "../../src/core/types.ts";

/**
 * Linearity is asserted on structure, not wall time: how many elements a step reads, or how much it
 * remembers, as the hostile input grows. Timings are in `npm run bench`.
 */

/** The array, and a count of the elements read from it. */
function counted<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

function attribution(cue: number, contentStart: number): Attribution {
  return { cue: { text: "قال", start: cue, end: cue + 3 }, speaker: UNRESOLVED, contentStart, rule: "ar.test" };
}

/** The limit as it was computed before: every other attribution compared. */
function everyPairLimit(a: Attribution, nested: boolean, all: readonly Attribution[], bounds: readonly Bound[], sentenceEnd: number): number {
  let limit = sentenceEnd;
  all.forEach((other, i) => {
    if (other.cue.start <= a.contentStart || (bounds[i]!.nested && !nested)) return;
    limit = Math.min(limit, bounds[i]!.start > a.contentStart ? bounds[i]!.start : other.cue.start);
  });
  return limit;
}

describe("Arabic extraction: work grows linearly with the text", () => {
  it("a paragraph of 2,000 quoted sentences reads each quote a bounded number of times", () => {
    const text = "قال الوزير: «سننتصر». ".repeat(2000);
    const paragraph = layOut(text).next().value!;
    expect(paragraph.sentences.length).toBeGreaterThanOrEqual(2000);
    const quotes = counted([...paragraph.quotes]);
    const views = [...sentenceViews(text, { sentences: paragraph.sentences, quotes: quotes.list }, tokenize(text))];
    expect(views.map((v) => v.quotes.length)).toEqual(paragraph.sentences.map(() => 1));
    expect(quotes.reads()).toBeLessThanOrEqual(4 * paragraph.quotes.length);
  });

  it("each of 2,000 cues in one sentence finds the next cue without reading them all", () => {
    const n = 2000;
    const all = Array.from({ length: n }, (_, i) => attribution(10 * i, 10 * i + 5));
    const bounds = withEarliestStarts(all.map((a) => ({ start: a.cue.start, nested: false, earliestFromHere: a.cue.start })));
    const reads = counted(all);
    const limits = all.map((a) => nextCueAfter(a, false, reads.list, bounds, 10 * n));
    expect(limits).toEqual(all.map((a) => a.cue.start + 10));
    expect(reads.reads()).toBeLessThanOrEqual(20 * n);
  });

  it("the next cue is the one every pair would give, with quotations before their cues, contrasts and nested reports", () => {
    let seed = 7;
    const random = (m: number) => {
      // xorshift32: a fixed sequence, so a failure is reproducible
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % m;
    };
    for (let round = 0; round < 500; round++) {
      const cues = Array.from({ length: 1 + random(8) }, () => random(200)).sort((a, b) => a - b);
      // A quotation before its cue ("«…» يعلق فلان") starts the content, and the bound, before the cue.
      const all = cues.map((cue) => attribution(cue, random(3) === 0 ? Math.max(0, cue - random(100)) : cue + 1 + random(20)));
      const bounds = withEarliestStarts(
        all.map((a) => {
          const start = random(4) === 0 ? Math.max(0, a.cue.start - random(15)) : Math.min(a.cue.start, a.contentStart);
          return { start, nested: random(4) === 0, earliestFromHere: start };
        }),
      );
      for (const [i, a] of all.entries()) {
        expect(nextCueAfter(a, bounds[i]!.nested, all, bounds, 250)).toBe(everyPairLimit(a, bounds[i]!.nested, all, bounds, 250));
      }
    }
  });

  it("a claim is compared with at most a bounded number of earlier claims of its sentence", () => {
    const claims = Array.from({ length: 5000 }, (_, i) => ({ start: 10 * i, end: 10 * i + 5 }) as Claim);
    const reads = counted(claims);
    expect(overlapsEarlier(reads.list, 50_000, 50_010, 0)).toBe(false);
    expect(reads.reads()).toBeLessThanOrEqual(3 * MAX_CLAIMS_COMPARED);
    expect(overlapsEarlier(claims, 49_992, 50_010, 0)).toBe(true);
  });

  it("an article naming 5,000 unnamed sources remembers a bounded number, the most recent first", () => {
    const registry = new SpeakerRegistry();
    const officials = tokenize("مسؤولون");
    let last = UNRESOLVED;
    for (let i = 0; i < 5000; i++) last = registry.mention(splitSpeaker(officials), "مسؤولون", "p");
    expect(registry.size).toBeLessThanOrEqual(MAX_REMEMBERED_SPEAKERS);
    expect(registry.implicit("p")).toBe(last);
  });
});
