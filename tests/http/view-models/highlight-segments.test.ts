import { describe, expect, it } from "vitest";
import { snapToWords } from "../../../src/domain/snap-to-words.ts";
import { highlightSegments } from "../../../src/http/view-models/highlight-segments.ts";

interface Mark {
  id: string;
  start: number;
  end: number;
}

/** The definition, run cut by cut: each run takes the shortest mark covering it (the first of equals). */
function byDefinition(text: string, marks: readonly Mark[]) {
  const spans = marks.filter((m) => m.end > m.start).map((mark) => ({ mark, ...snapToWords(text, mark) }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((a, i) => {
    const b = cuts[i + 1]!;
    const covering = spans.filter((s) => s.start <= a && s.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start));
    return { text: text.slice(a, b), mark: covering[0]?.mark, layered: covering.length > 1 };
  });
}

/** Runs as "text|mark id" strings ("+" when layered), easy to read in a failure. */
const runs = (segments: ReturnType<typeof highlightSegments<Mark>>) => segments.map((s) => `${s.text}|${s.mark?.id ?? ""}${s.layered ? "+" : ""}`);

const TEXT = "one two three four five";

describe("highlightSegments", () => {
  it.each([
    ["no marks: one plain run", [], ["one two three four five|"]],
    ["one mark in the middle", [{ id: "a", start: 4, end: 7 }], ["one |", "two|a", " three four five|"]],
    [
      "a mark inside another: the inner one wins its run, layered",
      [
        { id: "outer", start: 0, end: 13 },
        { id: "inner", start: 4, end: 7 },
      ],
      ["one |outer", "two|inner+", " three|outer", " four five|"],
    ],
    [
      "overlapping marks: the shorter one takes the overlap",
      [
        { id: "a", start: 0, end: 7 },
        { id: "b", start: 4, end: 18 },
      ],
      ["one |a", "two|a+", " three four|b", " five|"],
    ],
    [
      "equally long marks on the same words: the first one",
      [
        { id: "a", start: 4, end: 7 },
        { id: "b", start: 4, end: 7 },
      ],
      ["one |", "two|a+", " three four five|"],
    ],
    ["an empty mark is ignored", [{ id: "a", start: 4, end: 4 }], ["one two three four five|"]],
    ["a mark inside a word is widened to the word", [{ id: "a", start: 9, end: 10 }], ["one two |", "three|a", " four five|"]],
    [
      "touching marks stay apart",
      [
        { id: "a", start: 0, end: 3 },
        { id: "b", start: 3, end: 7 },
      ],
      ["one|a", " two|b", " three four five|"],
    ],
  ])("%s", (_name, marks, expected) => {
    expect(runs(highlightSegments(TEXT, marks))).toEqual(expected);
  });

  it("gives back the text exactly when the runs are joined", () => {
    const text = "قال الوزير «إن الوضع مستقر» ثم أضاف: لا جديد.";
    const segments = highlightSegments(text, [
      { id: "a", start: 12, end: 26 },
      { id: "b", start: 0, end: 3 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("agrees with the definition on 300 random sets of nested, overlapping and repeated marks", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu";
    for (let round = 0; round < 300; round++) {
      const marks = Array.from({ length: random(12) }, (_, i) => {
        const start = random(text.length + 1);
        return { id: `m${i}`, start, end: Math.min(text.length, start + random(30)) };
      });
      expect(runs(highlightSegments(text, marks)), JSON.stringify(marks)).toEqual(runs(byDefinition(text, marks)));
    }
  });
});
