import { describe, expect, it } from "vitest";
import { copyEvidence } from "../../src/domain/copy-evidence.ts";
import { VersionConflict, WorkflowError } from "../../src/domain/errors.ts";
import type { Evidence } from "../../src/schemas/evidence.ts";
import { AR_TEXT, T0, recordAt } from "../helpers/workspace.ts";

const WORDS = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const source = (url: string, stance: Evidence["stance"] = "refutes"): Evidence => ({ url, title: "A source", excerpt: "", stance });
const earlier = (evidence: Evidence[]) => ({ articleId: "ar2", claim: recordAt(AR_TEXT, WORDS, { id: "p1", verdict: "false", evidence }) });
const claim = (evidence: Evidence[] = [], review = {}) => recordAt(AR_TEXT, WORDS, { id: "c1", evidence, ...review });
const actor = { name: "salma" };

describe("copyEvidence", () => {
  it("adds the sources the claim does not cite, records where they came from, and puts the claim in review", () => {
    const copied = copyEvidence(
      claim([source("https://a.example/x")]),
      "ar1",
      earlier([source("https://a.example/x/#top"), source("https://b.example/")]),
      1,
      actor,
      T0,
    );
    expect(copied.evidence.map((e) => e.url)).toEqual(["https://a.example/x", "https://b.example/"]);
    expect(copied).toMatchObject({ version: 2, status: "in_review", reviewer: "salma" });
    expect(copied.history.at(-1)).toMatchObject({ action: "copyEvidence", by: "salma", comment: "ar2/p1", at: T0.toISOString() });
  });

  it("counts the same address with another stance as another source", () => {
    const copied = copyEvidence(claim([source("https://a.example/x", "supports")]), "ar1", earlier([source("https://a.example/x", "refutes")]), 1, actor, T0);
    expect(copied.evidence).toHaveLength(2);
  });

  it("leaves a claim that already cites every source as it was", () => {
    const before = claim([source("https://a.example/x")]);
    expect(copyEvidence(before, "ar1", earlier([source("https://a.example/x")]), 1, actor, T0)).toBe(before);
  });

  it.each([
    ["a stale version", () => copyEvidence(claim(), "ar1", earlier([source("https://a.example/")]), 2, actor, T0), VersionConflict],
    ["a dismissed claim", () => copyEvidence(claim([], { dismissed: true }), "ar1", earlier([source("https://a.example/")]), 1, actor, T0), WorkflowError],
    ["a source in the same article", () => copyEvidence(claim(), "ar2", earlier([source("https://a.example/")]), 1, actor, T0), WorkflowError],
    [
      "a source without a verdict",
      () => copyEvidence(claim(), "ar1", { articleId: "ar2", claim: recordAt(AR_TEXT, WORDS, { evidence: [source("https://a.example/")] }) }, 1, actor, T0),
      WorkflowError,
    ],
    [
      "more than 20 sources in all",
      () =>
        copyEvidence(
          claim(Array.from({ length: 19 }, (_, i) => source(`https://own.example/${i}`))),
          "ar1",
          earlier([source("https://a.example/"), source("https://b.example/")]),
          1,
          actor,
          T0,
        ),
      WorkflowError,
    ],
  ])("refuses %s", (_name, copy, error) => {
    expect(copy).toThrow(error);
  });
});
