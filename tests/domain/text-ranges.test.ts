import { describe, expect, it } from "vitest";
import { anchorQuote } from "../../src/domain/anchor-quote.ts";
import { locateText } from "../../src/domain/locate-text.ts";
import { paragraphAt } from "../../src/domain/paragraph-at.ts";
import { quoteSelector } from "../../src/domain/quote-selector.ts";
import { snapToWords } from "../../src/domain/snap-to-words.ts";

describe("snapToWords", () => {
  const text = "قال الوزير إن الكازاخستانية قادرة";
  const at = (word: string) => text.indexOf(word);
  it.each([
    ["a range inside an Arabic word widens to the whole word", { start: at("الكازاخستانية") + 3, end: at("الكازاخستانية") + 6 }, "الكازاخستانية"],
    ["a range across two words widens at both ends", { start: at("الوزير") + 2, end: at("إن") + 1 }, "الوزير إن"],
    ["a range already on word boundaries stays", { start: at("قادرة"), end: at("قادرة") + 5 }, "قادرة"],
  ])("%s", (_name, range, expected) => {
    const snapped = snapToWords(text, range);
    expect(text.slice(snapped.start, snapped.end)).toBe(expected);
  });

  it("treats harakat and tatweel as part of the word", () => {
    const voweled = "قالَ الوزيـــرُ";
    const snapped = snapToWords(voweled, { start: 6, end: 8 });
    expect(voweled.slice(snapped.start, snapped.end)).toBe("الوزيـــرُ");
  });
});

describe("locateText", () => {
  it.each([
    ["finds words across a line break and a non-breaking space", "one two\nthree\u00a0four", "two three four", ["two\nthree\u00a0four"]],
    ["finds every occurrence", "a b a b", "a b", ["a b", "a b"]],
    ["treats regular-expression characters literally", "cost (x+y)? yes", "(x+y)?", ["(x+y)?"]],
    ["finds nothing for blank input", "text", "   ", []],
    ["finds nothing for words not in the text", "text", "other", []],
  ])("%s", (_name, text, needle, expected) => {
    expect(locateText(text, needle).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });
});

describe("anchorQuote", () => {
  const text = "He said no. Later, he said no again. Then he said yes.";
  const second = text.indexOf("said no", 12);
  const quote = quoteSelector(text, second, second + 7);

  it("uses the stored position when it still holds the quote", () => {
    expect(anchorQuote(text, quote, second)).toEqual({ start: second, end: second + 7 });
  });

  it("finds the occurrence whose prefix and suffix match when the position moved", () => {
    const moved = `Intro. ${text}`;
    expect(anchorQuote(moved, quote, second)).toEqual({ start: second + 7, end: second + 14 });
  });

  it("returns null when the words are gone", () => {
    expect(anchorQuote("nothing here", quote, second)).toBeNull();
  });
});

describe("paragraphAt", () => {
  const text = "Title\n \nFirst paragraph here.\n\u00a0\nSecond one.";
  it("finds the non-blank line holding a range, counting only lines with text", () => {
    const start = text.indexOf("Second");
    const p = paragraphAt(text, start, start + 6);
    expect([p.index, text.slice(p.start, p.end)]).toEqual([2, "Second one."]);
  });

  it("merges the lines a range crosses", () => {
    const p = paragraphAt(text, text.indexOf("here"), text.indexOf("Second") + 3);
    expect(text.slice(p.start, p.end)).toBe("First paragraph here.\n\u00a0\nSecond one.");
  });
});
