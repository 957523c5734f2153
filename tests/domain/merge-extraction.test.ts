import { describe, expect, it } from "vitest";
import { mergeExtraction } from "../../src/domain/merge-extraction.ts";
import { manualClaim } from "../../src/domain/manual-claim.ts";
import { AR_TEXT, T0, arabicArticle, claimAt, recordAt } from "../helpers/workspace.ts";

const LATER = new Date("2026-02-01T00:00:00.000Z");
const FIRST = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const SECOND = "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي";
const reviewed = {
  id: "c1",
  verdict: "false" as const,
  status: "submitted" as const,
  notes: "Checked with the ministry",
  reviewer: "Salma",
  evidence: [{ url: "https://example.org/a", title: "Ministry statement", excerpt: "", stance: "refutes" as const }],
  version: 3,
};

describe("mergeExtraction", () => {
  it("keeps the id and the review of a claim found again at the same place", () => {
    const article = arabicArticle({ claims: [recordAt(AR_TEXT, FIRST, reviewed)] });
    const { claims, summary } = mergeExtraction(article, [claimAt(AR_TEXT, FIRST, { id: "new-id", rule: "better-rule" })], LATER);
    expect(summary).toEqual({ added: 0, matched: 1, orphaned: 0 });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ ...reviewed, rule: "better-rule", orphaned: false });
  });

  it("matches a claim whose span the extractor widened, and takes the new span", () => {
    const wider = `${FIRST}.`;
    const article = arabicArticle({ claims: [recordAt(AR_TEXT, FIRST, reviewed)] });
    const { claims, summary } = mergeExtraction(article, [claimAt(AR_TEXT, wider)], LATER);
    expect(summary.matched).toBe(1);
    expect(claims[0]).toMatchObject({ id: "c1", verdict: "false", text: wider });
    expect(claims[0]!.history.at(-1)).toMatchObject({ action: "reextract", changes: [{ field: "text", from: FIRST, to: wider }] });
  });

  it("keeps a reviewed claim the extractor no longer finds, marked orphaned, with its review", () => {
    const article = arabicArticle({ claims: [recordAt(AR_TEXT, FIRST, reviewed)] });
    const { claims, summary } = mergeExtraction(article, [], LATER);
    expect(summary.orphaned).toBe(1);
    expect(claims[0]).toMatchObject({ ...reviewed, orphaned: true, version: 4 });
  });

  it("un-orphans a claim once the extractor finds it again", () => {
    const article = arabicArticle({ claims: [recordAt(AR_TEXT, FIRST, { ...reviewed, orphaned: true })] });
    const { claims } = mergeExtraction(article, [claimAt(AR_TEXT, FIRST)], LATER);
    expect(claims[0]).toMatchObject({ id: "c1", orphaned: false, verdict: "false" });
  });

  it("adds claims that match nothing as new unreviewed claims, in text order", () => {
    const article = arabicArticle({ claims: [recordAt(AR_TEXT, SECOND, { id: "c2" })] });
    const { claims, summary } = mergeExtraction(article, [claimAt(AR_TEXT, SECOND), claimAt(AR_TEXT, FIRST, { id: "fresh" })], LATER);
    expect(summary).toEqual({ added: 1, matched: 1, orphaned: 0 });
    expect(claims.map((c) => [c.id, c.status])).toEqual([
      ["fresh", "unreviewed"],
      ["c2", "unreviewed"],
    ]);
  });

  it("keeps a person's speaker and kind corrections over the extractor's reading", () => {
    const corrected = recordAt(AR_TEXT, FIRST, { id: "c1", speaker: "وزير الخارجية", kind: "mixed", corrected: ["speaker", "kind"] });
    const { claims } = mergeExtraction(arabicArticle({ claims: [corrected] }), [claimAt(AR_TEXT, FIRST, { speaker: "بلينكن", kind: "indirect" })], LATER);
    expect(claims[0]).toMatchObject({ speaker: "وزير الخارجية", kind: "mixed" });
  });

  it("keeps a hand-made claim untouched and absorbs the extractor's copy of it", () => {
    const manual = manualClaim(
      "m-1",
      AR_TEXT,
      { range: { start: AR_TEXT.indexOf(FIRST), end: AR_TEXT.indexOf(FIRST) + FIRST.length }, speaker: "Blinken", kind: "direct" },
      "Salma",
      T0,
    );
    const { claims, summary } = mergeExtraction(arabicArticle({ claims: [manual] }), [claimAt(AR_TEXT, FIRST)], LATER);
    expect(summary).toEqual({ added: 0, matched: 1, orphaned: 0 });
    expect(claims).toEqual([manual]);
  });

  it("never orphans a hand-made claim", () => {
    const manual = manualClaim("m-1", AR_TEXT, { range: { start: 0, end: 5 }, speaker: "x", kind: "direct" }, "Salma", T0);
    const { claims } = mergeExtraction(arabicArticle({ claims: [manual] }), [], LATER);
    expect(claims[0]!.orphaned).toBe(false);
  });

  it("renames a new claim whose id is already taken by a kept claim", () => {
    const article = arabicArticle({ claims: [recordAt(AR_TEXT, FIRST, { id: "same" })] });
    const { claims } = mergeExtraction(article, [claimAt(AR_TEXT, SECOND, { id: "same" })], LATER);
    expect(claims.map((c) => c.id).sort()).toEqual(["same", "same-2"]);
  });

  it("leaves out extracted claims whose offsets do not point at their text", () => {
    const broken = { ...claimAt(AR_TEXT, FIRST), text: "something else" };
    const { claims } = mergeExtraction(arabicArticle({ claims: [] }), [broken], LATER);
    expect(claims).toEqual([]);
  });
});
