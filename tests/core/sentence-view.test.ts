import { describe, expect, it } from "vitest";
import { gapBefore as arabicGapBefore, mentionRange } from "../../src/core/arabic/sentence-view.ts";
import { findQuotes } from "../../src/core/text/quotes.ts";
import { gapBefore, type SentenceView, wordsSpan } from "../../src/core/text/sentence-view.ts";
import { firstWordFrom, tokenize } from "../../src/core/text/tokens.ts";

/** The whole text as one sentence view, as both languages' rules read it. */
function viewOf(text: string): SentenceView {
  return { text, start: 0, end: text.length, tokens: tokenize(text), quotes: findQuotes(text, 0, text.length) };
}

describe("the sentence view both languages share", () => {
  it.each(["وقال الوزير، د. أحمد: «نعم».", "  The minister said, “yes.”", ""])("firstWordFrom finds the first word at or after every offset of %j", (text) => {
    const { tokens } = viewOf(text);
    for (let offset = 0; offset <= text.length + 1; offset++) {
      const first = tokens.findIndex((t) => t.start >= offset);
      expect(firstWordFrom(tokens, offset)).toBe(first < 0 ? tokens.length : first);
    }
  });

  it.each([
    [0, "  "],
    [1, " "],
    [3, ", “"],
    [4, ".”"],
  ])("gapBefore word %i is the text before it, the sentence's edges included", (j, gap) => {
    expect(gapBefore(viewOf("  The minister said, “yes.”"), j)).toBe(gap);
  });

  it("the Arabic gap leaves the dot of initials with the word before it", () => {
    const view = viewOf("وقال د. أحمد إن");
    expect(gapBefore(view, 2)).toBe(". ");
    expect(arabicGapBefore(view, 2)).toBe(" ");
  });

  it.each([
    [0, 0, "وقالت", "وقالت"],
    [1, 4, "المتحدثة باسم «الهلال الأحمر", "المتحدثة باسم «الهلال الأحمر»"],
  ])("words %i to %i span %j; as a speaker mention, up to the closing mark: %j", (first, last, words, mention) => {
    const article = "وقالت المتحدثة باسم «الهلال الأحمر» إن";
    const view = viewOf(article);
    for (const [span, text] of [
      [wordsSpan(view, first, last), words],
      [mentionRange(view, first, last), mention],
    ] as const) {
      expect(span.text).toBe(text);
      expect(article.slice(span.start, span.end)).toBe(text);
    }
  });
});
