import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/core/text/normalize.ts";
import { tokenize } from "../../src/core/text/tokens.ts";

describe("matchKey folds a word for matching only", () => {
  it.each([
    ["أكّد", "اكد"], // hamza seat and shadda
    ["إنّ", "ان"],
    ["آخر", "اخر"],
    ["قـــال", "قال"], // tatweel
    ["مُؤكِّدًا", "مؤكدا"], // harakat and tanween; ؤ stays
    ["مستشفى", "مستشفي"], // alef maksura
    ["وزارة", "وزاره"], // taa marbuta
    ["\u202Eقال\u200F", "قال"], // bidi controls
    ["ﻻ", "لا"], // a lam-alef presentation form
    ["Said", "said"],
    ["Élysée", "élysée"],
    ["don’t", "don't"],
  ])("%s → %s", (word, key) => {
    expect(matchKey(word)).toBe(key);
  });

  it("leaves the text and its offsets alone: tokens keep the word as written", () => {
    const text = "وقـــال الوزيرُ\u00A0إنّ";
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.raw));
    expect(tokens.map((t) => t.raw)).toEqual(["وقـــال", "الوزيرُ", "إنّ"]);
    expect(tokens.map((t) => t.key)).toEqual(["وقال", "الوزير", "ان"]);
  });
});
