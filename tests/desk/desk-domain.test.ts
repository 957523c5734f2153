import { describe, expect, it } from "vitest";
import { addComment } from "../../src/domain/add-comment.ts";
import { assignArticle, assignClaim, effectiveAssignee } from "../../src/domain/assign-claim.ts";
import { decideClaim } from "../../src/domain/decide-claim.ts";
import { deskSettings } from "../../src/domain/desk-settings.ts";
import { WorkflowError } from "../../src/domain/errors.ts";
import { updateSettings } from "../../src/domain/update-settings.ts";
import { reportCounts } from "../../src/reports/report-counts.ts";
import { jsonLdScript } from "../../src/reports/json-ld-script.ts";
import { speakerType } from "../../src/reports/speaker-type.ts";
import { AR_TEXT, T0, arabicArticle, recordAt } from "../helpers/workspace.ts";

const hind = { name: "Hind" };
const later = new Date("2026-01-16T08:00:00.000Z");
const claim = () => recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", { id: "c1", version: 3 });

describe("assignClaim", () => {
  it("records who assigned whom in the history and leaves the version alone", () => {
    const assigned = assignClaim(claim(), "Salma", hind, later);
    expect(assigned).toMatchObject({ assignee: "Salma", version: 3 });
    expect(assigned.history.at(-1)).toEqual({
      at: later.toISOString(),
      by: "Hind",
      action: "assign",
      changes: [{ field: "assignee", from: null, to: "Salma" }],
    });
  });

  it("changes nothing when the claim is already theirs, and takes an assignment away with a blank name", () => {
    const assigned = assignClaim(claim(), "Salma", hind, later);
    expect(assignClaim(assigned, "Salma", hind, later)).toBe(assigned);
    expect(assignClaim(assigned, "", hind, later)).toMatchObject({ assignee: "" });
  });
});

describe("assignArticle and effectiveAssignee", () => {
  it.each([
    ["a claim's own assignee", "Omar", "Salma", "Omar"],
    ["the article's assignee", "", "Salma", "Salma"],
    ["nobody", "", "", ""],
  ])("gives %s", (_name, own, ofArticle, expected) => {
    const article = assignArticle(arabicArticle(), ofArticle);
    expect(effectiveAssignee(article, { assignee: own })).toBe(expected);
  });

  it("removes the article's assignee when given a blank name", () => {
    expect(assignArticle(assignArticle(arabicArticle(), "Salma"), "")).not.toHaveProperty("assignee");
  });
});

describe("addComment", () => {
  it("numbers comments k1, k2… and threads a reply to a reply under the first comment", () => {
    const one = addComment(claim(), { text: "Source?" }, hind, T0);
    const two = addComment(one, { text: "The ministry site", replyTo: "k1" }, { name: "Salma" }, later);
    const three = addComment(two, { text: "Thanks", replyTo: "k2" }, hind, later);
    expect(three.comments.map((c) => [c.id, c.by, c.replyTo])).toEqual([
      ["k1", "Hind", undefined],
      ["k2", "Salma", "k1"],
      ["k3", "Hind", "k1"],
    ]);
    expect(three.version).toBe(3);
    expect(three.history).toEqual(claim().history);
  });

  it("refuses a reply to a comment that is not there", () => {
    expect(() => addComment(claim(), { text: "?", replyTo: "k9" }, hind, T0)).toThrow(WorkflowError);
  });
});

describe("decideClaim", () => {
  it("puts an editor's return comment in the thread as a return", () => {
    const submitted = { ...claim(), status: "submitted" as const };
    const returned = decideClaim(submitted, { version: 3, decision: "return", comment: "Find the original video" }, hind, later);
    expect(returned.comments).toEqual([{ id: "k1", at: later.toISOString(), by: "Hind", text: "Find the original video", kind: "return" }]);
    const approved = decideClaim(submitted, { version: 3, decision: "approve", comment: "" }, hind, later);
    expect(approved.comments).toEqual([]);
  });
});

describe("reportCounts", () => {
  it("counts approved verdicts as published, the rest as work by status, and draft verdicts apart", () => {
    const c = (id: string, review: Parameters<typeof recordAt>[2]) => recordAt(AR_TEXT, "النفوذ الروسي", { id, ...review });
    const counts = reportCounts([
      c("a", { status: "approved", verdict: "false" }),
      c("b", { status: "in_review", verdict: "true" }),
      c("c", { status: "submitted", verdict: "true" }),
      c("d", { status: "unreviewed" }),
      c("e", { status: "approved", verdict: "true", dismissed: true }),
    ]);
    expect(counts).toMatchObject({ total: 4, publishedTotal: 1, draftVerdicts: 2, working: { unreviewed: 1, in_review: 1, submitted: 1, returned: 0 } });
    expect(counts.published.true).toBe(0);
    expect(counts.published.false).toBe(1);
  });
});

describe("deskSettings and updateSettings", () => {
  it("puts the environment's values over the stored ones and says which it fixed", () => {
    const settings = deskSettings(
      { organizationName: "Stored", publicBaseUrl: "https://stored.example/", allowedImportHosts: [] },
      { organization: { name: "Env" } },
    );
    expect(settings).toMatchObject({ organizationName: "Env", publicBaseUrl: "https://stored.example", defaultLanguage: "en" });
    expect([...settings.fixed]).toEqual(["organizationName"]);
  });

  it("keeps fixed fields and settings the form does not show", () => {
    const stored = { organizationName: "Stored", logoUrl: "https://l.example/a.png", allowedImportHosts: ["intranet"] };
    const next = updateSettings(stored, { organizationName: "Typed", defaultLanguage: "ar" }, new Set(["organizationName"] as const));
    expect(next).toEqual({ organizationName: "Stored", defaultLanguage: "ar", allowedImportHosts: ["intranet"] });
  });
});

describe("speakerType", () => {
  it.each([
    ["أنتوني بلينكن", "Person"],
    ["وزارة الدفاع الروسية", "Organization"],
    ["وزارة الداخلية الكازاخستانية", "Organization"],
    ["منظمة معاهدة الأمن الجماعي", "Organization"],
    ["الخدمة الصحفية للرئاسة البيلاروسية", "Organization"],
    ["The mayor", "Person"],
    ["Jane Smith", "Person"],
    ["the Interior Ministry", "Organization"],
    ["", "Person"],
  ])("%s is a %s", (name, type) => {
    expect(speakerType(name)).toBe(type);
  });
});

describe("jsonLdScript", () => {
  it.each([
    ["</script>", "\\u003c/script\\u003e"],
    ["<!--", "\\u003c!--"],
    ["a & b", "a \\u0026 b"],
    ["\u2028", "\\u2028"],
  ])("writes %j so HTML cannot read it as markup", (text, written) => {
    const out = jsonLdScript({ text });
    expect(out).toContain(written);
    expect(JSON.parse(out)).toEqual({ text });
  });
});
