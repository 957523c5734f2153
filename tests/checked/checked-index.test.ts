import { describe, expect, it } from "vitest";
import { createCheckedIndex } from "../../src/reports/already-checked/checked-index.ts";
import { catalogueEntries, type CatalogueClaim } from "../../src/reports/claim-catalogue.ts";
import type { Article } from "../../src/schemas/article.ts";
import type { ClaimRecord } from "../../src/schemas/claim-record.ts";
import { arabicArticle, englishArticle, recordAt } from "../helpers/workspace.ts";

const CLAIM = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const PARAPHRASE = "كازاخستان ستواجه صعوبة كبيرة في الحد من النفوذ الروسي";

/** An Arabic article `id` with one claim (`words`, review fields `review`). */
function article(id: string, words: string, review: Partial<ClaimRecord>): Article {
  const text = `وقال الوزير إن ${words}.`;
  return arabicArticle({ id, text, claims: [recordAt(text, words, { id: `${id}-c`, ...review })] });
}

/** A catalogue over `articles` that re-reads (new entries) only the articles named in `changed`. */
function catalogue(articles: Article[]) {
  const entries = new Map(articles.map((a) => [a.id, catalogueEntries(a)]));
  return {
    claims: async (): Promise<CatalogueClaim[]> => [...entries.values()].flat(),
    save: (a: Article) => entries.set(a.id, catalogueEntries(a)),
    remove: (id: string) => entries.delete(id),
  };
}

const query = article("now", CLAIM, {});
const checksOf = async (index: ReturnType<typeof createCheckedIndex>) =>
  ((await index.earlierChecks(query, query.claims)).get("now-c") ?? []).map((c) => `${c.entry.article.id}:${c.entry.claim.verdict}`);

describe("checked index", () => {
  it("finds reviewed claims of other articles only, approved first, at most three", async () => {
    const source = catalogue([
      query,
      article("draft1", PARAPHRASE, { verdict: "misleading", status: "in_review" }),
      article("open", PARAPHRASE, {}),
      article("gone", PARAPHRASE, { verdict: "false", dismissed: true }),
      article("ok", PARAPHRASE, { verdict: "true", status: "approved" }),
      article("draft2", CLAIM, { verdict: "false", status: "submitted" }),
      article("draft3", CLAIM, { verdict: "satire", status: "submitted" }),
      englishArticle(),
    ]);
    const index = createCheckedIndex(source);
    expect(await checksOf(index)).toEqual(["ok:true", "draft2:false", "draft3:satire"]);
    expect(await index.size()).toBe(4);
  });

  it("follows the catalogue: a verdict given, changed or an article removed shows on the next look-up", async () => {
    const earlier = article("earlier", PARAPHRASE, {});
    const source = catalogue([query, earlier]);
    const index = createCheckedIndex(source);
    expect(await checksOf(index)).toEqual([]);

    source.save(article("earlier", PARAPHRASE, { verdict: "false" }));
    expect(await checksOf(index)).toEqual(["earlier:false"]);
    source.save(article("earlier", PARAPHRASE, { verdict: "true" }));
    expect(await checksOf(index)).toEqual(["earlier:true"]);
    source.remove("earlier");
    expect(await checksOf(index)).toEqual([]);
    expect(await index.size()).toBe(0);
  });

  it("keeps an unchanged article's entries as they were indexed (re-indexes only what the catalogue read again)", async () => {
    const source = catalogue([query, article("a", PARAPHRASE, { verdict: "false" }), article("b", CLAIM, { verdict: "true" })]);
    const index = createCheckedIndex(source);
    const before = (await index.earlierChecks(query, query.claims)).get("now-c")!;
    source.save(article("b", CLAIM, { verdict: "misleading" }));
    const after = (await index.earlierChecks(query, query.claims)).get("now-c")!;
    const entryOf = (checks: typeof before, id: string) => checks.find((c) => c.entry.article.id === id)?.entry;
    expect(entryOf(after, "a")).toBe(entryOf(before, "a"));
    expect(entryOf(after, "b")?.claim.verdict).toBe("misleading");
  });
});
