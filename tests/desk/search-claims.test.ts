import { describe, expect, it } from "vitest";
import { catalogueEntries, type CatalogueClaim } from "../../src/reports/claim-catalogue.ts";
import { searchClaims } from "../../src/reports/search-claims.ts";
import { highlightPieces, matchesStems, searchWords, wordStems } from "../../src/reports/search-words.ts";
import type { SearchFilters } from "../../src/schemas/forms/search-query.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, englishArticle, recordAt } from "../helpers/workspace.ts";

/** Whether the search text `query` finds the text word `word` (both as a person types them). */
function finds(query: string, word: string): boolean {
  const [key] = searchWords(word);
  return searchWords(query).every((w) => matchesStems(w, wordStems(key!.key)));
}

describe("a search word against a text word", () => {
  it.each([
    ["the same word", "بلينكن", "بلينكن"],
    ["diacritics in the text", "اكد", "أكّدَ"],
    ["diacritics in the query", "أَكَّدَ", "اكد"],
    ["tatweel", "الخارجية", "الخارجيـــة"],
    ["hamza on alef, below alef, madda", "امريكي", "الأمريكي"],
    ["alef below in the query", "إعلان", "اعلان"],
    ["taa marbuta written as haa", "الحكومه", "الحكومة"],
    ["alef maksura written as yaa", "علي", "على"],
    ["a prefix of the word", "صحف", "الصحفية"],
    ["conjunction و on the text word", "قال", "وقال"],
    ["conjunction ف on the text word", "قال", "فقال"],
    ["preposition ب with the article", "الحكومة", "بالحكومة"],
    ["ل + ال written لل", "الحكومة", "للحكومة"],
    ["و + ال", "حكومة", "والحكومة"],
    ["the query's own article is optional", "الحكومة", "حكومة"],
    ["English prefix", "reopen", "reopened"],
    ["English case", "BRIDGE", "bridge"],
    ["a bidi control inside the query word", "بلي\u200fنكن", "بلينكن"],
  ])("finds: %s (%s → %s)", (_name, query, word) => {
    expect(finds(query, word)).toBe(true);
  });

  it.each([
    ["a different word", "قال", "أعلن"],
    ["the word inside another (not its start)", "كن", "بلينكن"],
    ["a longer query than the word", "reopened", "reopen"],
    ["a one-letter query only matches that letter as a word", "a", "about"],
    ["English has no clitics", "and", "band"],
  ])("does not find: %s (%s → %s)", (_name, query, word) => {
    expect(finds(query, word)).toBe(false);
  });
});

describe("wordStems", () => {
  it.each([
    ["وبالتأكيد", ["وبالتاكيد", "بالتاكيد", "التاكيد", "تاكيد"]],
    ["للحكومة", ["للحكومه", "لحكومه", "الحكومه", "حكومه"]],
    ["قال", ["قال"]],
    ["بل", ["بل"]],
    ["reopened", ["reopened"]],
  ])("%s", (word, stems) => {
    expect(wordStems(searchWords(word)[0]!.key)).toEqual(stems);
  });
});

describe("highlightPieces", () => {
  it("marks the matched words and keeps the text exactly as written", () => {
    const text = "وقال وزيرُ الخارجيّة إنّ الحكومة";
    const pieces = highlightPieces(text, searchWords("قال الحكومه"));
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(["وقال", "الحكومة"]);
  });

  it("leaves the text whole when there are no words", () => {
    expect(highlightPieces("<b>x</b>", [])).toEqual([{ text: "<b>x</b>", hit: false }]);
  });
});

const C1 = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const C2 = "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي";
/** Two Arabic articles of different dates and one English article; ar2's claim is dismissed. */
function catalogue(): CatalogueClaim[] {
  return [
    arabicArticle({
      publishedAt: "2026-01-05",
      claims: [
        recordAt(AR_TEXT, C1, { id: "c1", speaker: "وزير الخارجية الأمريكي", verdict: "false", status: "approved" }),
        recordAt(AR_TEXT, C2, { id: "c2", speaker: "أنتوني بلينكن" }),
      ],
    }),
    arabicArticle({ id: "ar2", title: "خبر آخر", publishedAt: "2026-01-09", claims: [recordAt(AR_TEXT, C1, { id: "d1", dismissed: true })] }),
    englishArticle(),
  ].flatMap(catalogueEntries);
}
const ids = (found: CatalogueClaim[]) => found.map((e) => `${e.article.id}/${e.claim.id}`);
const search = (q: string, filters: SearchFilters = {}, aliases = {}) => ids(searchClaims(catalogue(), searchWords(q), filters, aliases));

describe("searchClaims", () => {
  it.each<[string, string, SearchFilters, string[]]>([
    ["a claim word, no diacritics", "الروسى", {}, ["ar1/c1"]],
    ["a claim word with diacritics", "النُّفُوذ", {}, ["ar1/c1"]],
    ["every word must match", "كازاخستان دعم", {}, []],
    ["words from the claim and its speaker", "كازاخستان الامريكي", {}, ["ar1/c1"]],
    ["a speaker word, hamza folded", "امريكي", {}, ["ar1/c1"]],
    ["the article title", "واشنطن", {}, ["ar1/c1", "ar1/c2"]],
    ["mixed script: an Arabic and an English word", "بلينكن bridge", {}, []],
    ["English, newest article first", "mayor", {}, ["en1/e1"]],
    ["no words: every claim that passes the filters, newest first", "", {}, ["en1/e1", "ar1/c1", "ar1/c2"]],
    ["verdict filter", "", { verdict: "false" }, ["ar1/c1"]],
    ["no verdict yet", "", { verdict: "none" }, ["en1/e1", "ar1/c2"]],
    ["status filter", "", { status: "approved" }, ["ar1/c1"]],
    ["language filter", "", { language: "en" }, ["en1/e1"]],
    ["from a date (inclusive)", "", { from: "2026-01-10" }, ["en1/e1"]],
    ["up to a date (inclusive)", "", { to: "2026-01-05" }, ["ar1/c1", "ar1/c2"]],
    ["a range that holds nothing", "", { from: "2026-01-06", to: "2026-01-09" }, []],
  ])("%s", (_name, q, filters, expected) => {
    expect(search(q, filters)).toEqual(expected);
  });

  it("finds a claim by a spelling merged with its speaker, both ways", () => {
    const aliases = { "وزير الخارجيه الامريكي": "انتوني بلينكن" };
    expect(search("بلينكن", {}, aliases)).toEqual(["ar1/c1", "ar1/c2"]);
    expect(search("وزير", {}, aliases)).toEqual(["ar1/c1", "ar1/c2"]);
    expect(search("بلينكن")).toEqual(["ar1/c2"]);
  });

  it("uses the import day when the article has no publication date", () => {
    const entries = [englishArticle({ publishedAt: undefined, importedAt: "2026-02-01T23:59:00.000Z" })].flatMap(catalogueEntries);
    expect(ids(searchClaims(entries, [], { from: "2026-02-01", to: "2026-02-01" }))).toEqual(["en1/e1"]);
  });

  it("reads a claim text with a format control inside a word", () => {
    const entries = [englishArticle({ claims: [recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1" })] })].flatMap(catalogueEntries);
    expect(ids(searchClaims(entries, searchWords("bri\u200bdge"), {}))).toEqual(["en1/e1"]);
  });
});
