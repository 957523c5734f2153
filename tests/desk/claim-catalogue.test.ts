import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../src/store/memory-store.ts";
import { createClaimCatalogue, foldedWords, type ArticleSource } from "../../src/reports/claim-catalogue.ts";
import { createWorkspace } from "../../src/domain/workspace.ts";
import { AR_TEXT, T0, arabicArticle, englishArticle, recordAt } from "../helpers/workspace.ts";

const C1 = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";

/** A store whose article reads are counted. */
async function countedStore() {
  const store = await createMemoryStore({
    articles: [arabicArticle({ claims: [recordAt(AR_TEXT, C1, { id: "c1", speaker: "وزير الخارجية" })] }), englishArticle()],
  });
  const reads: string[] = [];
  const source: ArticleSource = {
    listArticles: () => store.listArticles(),
    getArticle: (id) => {
      reads.push(id);
      return store.getArticle(id);
    },
  };
  // A fixed clock, as in the HTTP tests: freshness must not depend on time moving.
  const workspace = createWorkspace({ store, extract: () => [], now: () => T0, newId: () => "n1" });
  return { store, reads, catalogue: createClaimCatalogue(source), workspace };
}

describe("foldedWords", () => {
  it.each([
    ["diacritics and tatweel", "قَالَ الوزيـــر", ["قال", "الوزير"]],
    ["alef forms, alef maksura and taa marbuta", "إن أحمد آمن على الطاولة", ["ان", "احمد", "امن", "علي", "الطاوله"]],
    ["case and punctuation", "The Mayor, said: “No.”", ["the", "mayor", "said", "no"]],
    ["bidi controls inside a word", "وز\u200fير", ["وزير"]],
  ])("%s", (_name, text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });
});

describe("claim catalogue", () => {
  it("lists every claim of every article with its article and folded words", async () => {
    const { catalogue } = await countedStore();
    const claims = await catalogue.claims();
    expect(claims.map((c) => `${c.article.id}/${c.claim.id}`)).toEqual(["ar1/c1", "en1/e1"]);
    expect(claims[0]!.speakerKey).toBe("وزير الخارجيه");
    expect(claims[0]!.article.title).toBeTruthy();
    expect(claims[0]!.words).toContain("الروسي");
  });

  it("reads an article again only when its index row says it changed", async () => {
    const { catalogue, reads, workspace, store } = await countedStore();
    await catalogue.claims();
    expect(reads.sort()).toEqual(["ar1", "en1"]);
    reads.length = 0;
    await catalogue.claims();
    expect(reads).toEqual([]);

    const before = (await store.getArticle("ar1"))!.claims[0]!;
    const correction = { version: before.version, speaker: "الوزير", kind: before.kind, range: { start: before.start, end: before.end } };
    await workspace.correctClaim("ar1", "c1", correction, { name: "Omar" });
    const after = await catalogue.claims();
    expect(reads).toEqual(["ar1"]);
    expect(after[0]!.claim.speaker).toBe("الوزير");
  });

  it("shares one catch-up between requests that arrive together", async () => {
    const { catalogue, reads } = await countedStore();
    await Promise.all([catalogue.claims(), catalogue.claims(), catalogue.claims()]);
    expect(reads.sort()).toEqual(["ar1", "en1"]);
  });
});
