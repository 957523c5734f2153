import { describe, expect, it } from "vitest";
import { articleLayout } from "../../../src/http/view-models/article-page-cache.ts";
import { AR_TEXT, arabicArticle, recordAt } from "../../helpers/workspace.ts";

const everything = { verdict: undefined, status: undefined, speaker: undefined };

describe("articleLayout", () => {
  it("is worked out once for an article, and again for a copy of it", () => {
    const article = arabicArticle({ id: "cache-same" });
    const layout = articleLayout(article);
    expect(articleLayout(article)).toBe(layout);
    expect(articleLayout(structuredClone(article))).toBe(layout);
    expect(layout.select(everything)).toBe(layout.select({ ...everything }));
  });

  it.each([
    ["a verdict", { verdict: "false" as const }],
    ["a status", { status: "submitted" as const }],
    ["a speaker", { speaker: "Omar" }],
    ["dismissal", { dismissed: true }],
    ["orphaning", { orphaned: true }],
    ["the reviewer", { reviewer: "Salma" }],
    ["a span", { start: 0, end: 5, text: AR_TEXT.slice(0, 5) }],
  ])("is worked out again when a claim's %s changes, even with its version left alone", (_name, change) => {
    const article = arabicArticle({ id: `cache-${_name}` });
    const before = articleLayout(article);
    const changed = structuredClone(article);
    Object.assign(changed.claims[0]!, change);
    expect(articleLayout(changed)).not.toBe(before);
  });

  it("is worked out again when a claim is added, and counts it", () => {
    const article = arabicArticle({ id: "cache-added" });
    expect(articleLayout(article).stats.total).toBe(2);
    const added = { ...article, claims: [...article.claims, recordAt(AR_TEXT, "وقال", { id: "c3", verdict: "true" })] };
    const layout = articleLayout(added);
    expect(layout.stats.total).toBe(3);
    expect(layout.stats.verdicts.true).toBe(1);
    expect(layout.select({ ...everything, verdict: "true" }).claims.map((c) => c.id)).toEqual(["c3"]);
  });

  it("keeps two articles apart", () => {
    const one = arabicArticle({ id: "cache-one" });
    const two = arabicArticle({ id: "cache-two", claims: [] });
    expect(articleLayout(one).stats.total).toBe(2);
    expect(articleLayout(two).stats.total).toBe(0);
    expect(articleLayout(one).stats.total).toBe(2);
  });

  it("lists the speakers once each, sorted", () => {
    const claims = [
      recordAt(AR_TEXT, "عنوان", { id: "a", speaker: "عمر" }),
      recordAt(AR_TEXT, "الخبر", { id: "b", speaker: "أحمد" }),
      recordAt(AR_TEXT, "وقال", { id: "c", speaker: "عمر" }),
    ];
    expect(articleLayout(arabicArticle({ id: "cache-speakers", claims })).speakers).toEqual(["أحمد", "عمر"]);
  });
});
