import { describe, expect, it } from "vitest";
import { claimSimilarity, MATCH_THRESHOLD } from "../../src/reports/already-checked/claim-similarity.ts";
import { arabicStem, matchTerms } from "../../src/reports/already-checked/match-terms.ts";
import { foldedWords } from "../../src/reports/claim-catalogue.ts";
import { DIFFERENT_CLAIMS, PARAPHRASES } from "./similarity-pairs.ts";

const terms = (text: string, language: "ar" | "en") => matchTerms(foldedWords(text), language);
const similarity = (language: "ar" | "en", a: string, b: string) => claimSimilarity(terms(a, language), terms(b, language));

describe("claimSimilarity: paraphrases reach the threshold", () => {
  it.each(PARAPHRASES)("%s", (_name, language, a, b) => {
    expect(similarity(language, a, b)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(similarity(language, b, a)).toBe(similarity(language, a, b));
  });
});

describe("claimSimilarity: different claims sharing words stay below it", () => {
  it.each(DIFFERENT_CLAIMS)("%s", (_name, language, a, b) => {
    expect(similarity(language, a, b)).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe("matchTerms", () => {
  it.each([
    ["Arabic stop words and clitics", "ar", "وقال إن الحكومة والوزارات", ["حكوم", "زار"]],
    ["English stop words and stems", "en", "The ministers were meeting", ["minist", "meet"]],
    ["a negation is a flag, not a term", "en", "the army did not withdraw", ["armi", "withdraw"]],
  ] as const)("%s", (_name, language, text, expected) => {
    expect(terms(text, language).terms).toEqual(expected);
  });

  it.each([
    ["Arabic-Indic digits read as ASCII", "هبوط ٩ طائرات و١٢ مروحية", ["12", "9"]],
    ["a thousands separator", "hire 5,000 teachers", ["000", "5"]],
    ["no digits", "many planes landed", []],
  ])("numbers: %s", (_name, text, numbers) => {
    expect(terms(text, /[a-z]/.test(text) ? "en" : "ar").numbers).toEqual(numbers);
  });

  it.each([
    ["لم", "ar", "الجيش لم ينسحب", true],
    ["لن", "ar", "لن ترسل الحكومة قوات", true],
    ["n't", "en", "they didn't pay", true],
    ["never", "en", "he never said so", true],
    ["none", "en", "the army withdrew", false],
  ] as const)("negation: %s", (_name, language, text, negated) => {
    expect(terms(text, language).negated).toBe(negated);
  });

  it("never throws on odd input", () => {
    expect(matchTerms([], "ar")).toEqual({ terms: [], numbers: [], negated: false });
    expect(terms("<script>\u202e\u200f!!!", "en").terms).toEqual(["script"]);
  });
});

describe("arabicStem", () => {
  it.each([
    ["the article", "الحكومه", "حكوم"],
    ["conjunction and article", "والحكومات", "حكوم"],
    ["preposition and article", "بالقوات", "قوات"],
    ["a short word keeps its first letter", "وصل", "وصل"],
    ["bare ك is left (كامل is not امل)", "كامل", "كامل"],
  ])("%s", (_name, word, stem) => {
    expect(arabicStem(word)).toBe(stem);
  });
});
