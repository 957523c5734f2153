import { describe, expect, it } from "vitest";
import { comparableWords, duplicateClaim } from "../../src/domain/manual-claim.ts";
import { AR_TEXT, recordAt } from "../helpers/workspace.ts";

describe("comparableWords", () => {
  it.each([
    ["runs of spaces and line breaks", "قال   الوزير\nإن", "قال الوزير إن"],
    ["quotation marks and a full stop at the ends", "«نحن جاهزون».", "نحن جاهزون"],
    ["diacritics and tatweel", "أكّـــد", "أكد"],
    ["bidi controls", "\u202Bقال\u202C", "قال"],
    ["case and compatibility forms", "ＷＥ ARE", "we are"],
    ["punctuation inside is kept", "a, b", "a, b"],
  ])("folds %s", (_name, input, expected) => {
    expect(comparableWords(input)).toBe(expected);
  });
});

describe("duplicateClaim", () => {
  const WORDS = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
  const claims = [recordAt(AR_TEXT, WORDS, { id: "c1" })];
  const start = AR_TEXT.indexOf(WORDS);
  const range = (from: number, to: number) => ({ start: from, end: to });

  it.each([
    ["the same range", range(start, start + WORDS.length), "c1"],
    ["the same words with the full stop after them", range(start, start + WORDS.length + 1), "c1"],
    ["the same words with the space before them", range(start - 1, start + WORDS.length), "c1"],
    ["part of the claim", range(start, start + 9), undefined],
    ["the claim and more", range(start - 3, start + WORDS.length), undefined],
    ["words elsewhere", range(0, 5), undefined],
  ])("for %s is %s", (_name, r, id) => {
    expect(duplicateClaim(claims, AR_TEXT, r)?.id).toBe(id);
  });

  it("ignores a dismissed claim", () => {
    const dismissed = [recordAt(AR_TEXT, WORDS, { id: "c1", dismissed: true })];
    expect(duplicateClaim(dismissed, AR_TEXT, range(start, start + WORDS.length + 1))).toBeUndefined();
  });
});
