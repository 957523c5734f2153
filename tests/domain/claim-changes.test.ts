import { describe, expect, it } from "vitest";
import { correctClaim } from "../../src/domain/correct-claim.ts";
import { decideClaim } from "../../src/domain/decide-claim.ts";
import { VersionConflict, WorkflowError } from "../../src/domain/errors.ts";
import { reviewClaim } from "../../src/domain/review-claim.ts";
import { setDismissed } from "../../src/domain/set-dismissed.ts";
import { nextStatus } from "../../src/domain/workflow.ts";
import { AR_TEXT, T0, recordAt } from "../helpers/workspace.ts";

const WORDS = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const claim = () => recordAt(AR_TEXT, WORDS, { id: "c1" });
const salma = { name: "Salma" };
const review = { version: 1, verdict: "false" as const, evidence: [], notes: "n", reviewer: "Salma", action: "save" as const };

describe("reviewClaim", () => {
  it("records who changed which fields, bumps the version and moves the claim into review", () => {
    const saved = reviewClaim(claim(), review, salma, T0);
    expect(saved).toMatchObject({ verdict: "false", status: "in_review", reviewer: "Salma", version: 2 });
    expect(saved.history).toEqual([
      {
        at: T0.toISOString(),
        by: "Salma",
        action: "save",
        changes: [
          { field: "verdict", from: null, to: "false" },
          { field: "notes", from: null, to: "n" },
          { field: "reviewer", from: null, to: "Salma" },
          { field: "status", from: "unreviewed", to: "in_review" },
        ],
      },
    ]);
  });

  it("refuses a save based on an older version with the stored claim attached", () => {
    const stored = reviewClaim(claim(), review, salma, T0);
    const stale = () => reviewClaim(stored, { ...review, notes: "mine" }, { name: "Omar" }, T0);
    expect(stale).toThrow(VersionConflict);
    try {
      stale();
    } catch (error) {
      expect((error as VersionConflict).current).toBe(stored);
    }
  });

  it("refuses to review a dismissed claim", () => {
    expect(() => reviewClaim({ ...claim(), dismissed: true }, review, salma, T0)).toThrow(WorkflowError);
  });

  it("adds no history entry when nothing changed", () => {
    const once = reviewClaim(claim(), review, salma, T0);
    const again = reviewClaim(once, { ...review, version: 2 }, salma, T0);
    expect(again.history).toHaveLength(1);
    expect(again.version).toBe(2);
  });
});

describe("workflow", () => {
  it.each([
    ["unreviewed", "submit", "submitted"],
    ["approved", "save", "in_review"],
    ["submitted", "approve", "approved"],
    ["in_review", "approve", null],
    ["approved", "return", "returned"],
    ["unreviewed", "return", null],
  ] as const)("from %s, %s leads to %s", (from, transition, to) => {
    expect(nextStatus(from, transition)).toBe(to);
  });
});

describe("decideClaim", () => {
  const submitted = () => reviewClaim(claim(), { ...review, action: "submit" }, salma, T0);

  it("approves a submitted claim and records the editor", () => {
    const approved = decideClaim(submitted(), { version: 2, decision: "approve", comment: "" }, { name: "Hind" }, T0);
    expect(approved.status).toBe("approved");
    expect(approved.history.at(-1)).toMatchObject({ by: "Hind", action: "approve" });
  });

  it("returns a claim with the editor's comment in the claim and its history", () => {
    const returned = decideClaim(submitted(), { version: 2, decision: "return", comment: "Need a second source" }, { name: "Hind" }, T0);
    expect(returned).toMatchObject({ status: "returned", editorComment: "Need a second source" });
    expect(returned.history.at(-1)?.comment).toBe("Need a second source");
  });

  it("refuses to approve a claim that was not submitted", () => {
    expect(() => decideClaim(claim(), { version: 1, decision: "approve", comment: "" }, { name: "Hind" }, T0)).toThrow(WorkflowError);
  });
});

describe("correctClaim and setDismissed", () => {
  it("moves the span to new words, recomputes the quote selector and remembers what a person corrected", () => {
    const start = AR_TEXT.indexOf("النفوذ الروسي");
    const fixed = correctClaim(claim(), { version: 1, speaker: "بلينكن", kind: "indirect", range: { start, end: start + 13 } }, AR_TEXT, salma, T0);
    expect(fixed).toMatchObject({ text: "النفوذ الروسي", start, speaker: "بلينكن", corrected: ["speaker", "span"] });
    expect(fixed.quote.exact).toBe("النفوذ الروسي");
    expect(AR_TEXT.endsWith(fixed.quote.prefix, start)).toBe(true);
  });

  it("dismisses and restores a claim without touching its review", () => {
    const reviewed = reviewClaim(claim(), review, salma, T0);
    const dismissed = setDismissed(reviewed, true, 2, salma, T0);
    const restored = setDismissed(dismissed, false, 3, salma, T0);
    expect([dismissed.dismissed, restored.dismissed]).toEqual([true, false]);
    expect(restored).toMatchObject({ verdict: "false", notes: "n", version: 4 });
  });
});
