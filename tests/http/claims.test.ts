import { describe, expect, it } from "vitest";
import { reviewForm } from "../helpers/review-form.ts";
import { signedInAgent, postForm as post } from "../helpers/session-client.ts";
import { AR_TEXT, arabicArticle, recordAt, storedClaim, workspace, storedArticles } from "../helpers/workspace.ts";

const CLAIM = "/articles/ar1/claims/c1";
/** A workspace with Salma, a reviewer, signed in. */
async function reviewing(...args: Parameters<typeof workspace>) {
  const ws = await workspace(...args);
  return { ...ws, salma: await signedInAgent(ws.app, "reviewer", "Salma") };
}

describe("GET /articles/:id/claims/:claimId", () => {
  it("shows the claim in its paragraph, highlighted, with the review form", async () => {
    const { salma } = await reviewing();
    const res = await salma.agent.get(CLAIM).set("Accept-Language", "en").expect(200);
    expect(res.text).toMatch(
      /<p class="paragraph" lang="ar" dir="rtl">وقال وزير الخارجية أنتوني بلينكن إن <mark class="hl v-none">كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي<\/mark>.<\/p>/,
    );
    expect(res.text).toContain('<form class="review-form stack" method="post" action="/articles/ar1/claims/c1/review"');
    expect(res.text).toContain('<input type="hidden" name="version" value="1">');
  });

  it("returns 404 for an unknown claim id", async () => {
    const { salma } = await reviewing();
    const res = await salma.agent.get("/articles/ar1/claims/nope").set("Accept-Language", "en").expect(404);
    expect(res.text).toContain("This article has no claim with this id");
  });
});

describe("POST /articles/:id/claims/:claimId/review", () => {
  it("saves the review, records a history entry and shows it on the claim page", async () => {
    const { salma, store } = await reviewing();
    const res = await post(salma, `${CLAIM}/review`, reviewForm()).expect(303);
    expect(res.headers.location).toBe(`${CLAIM}?saved=1`);
    const saved = await storedClaim(store, "ar1", "c1");
    expect(saved).toMatchObject({
      verdict: "false",
      status: "in_review",
      notes: "Checked with two sources",
      reviewer: "Salma",
      version: 2,
      evidence: [{ url: "https://example.org/statement", title: "Ministry statement", excerpt: "", stance: "refutes" }],
    });
    expect(saved.history).toHaveLength(1);
    expect(saved.history[0]).toMatchObject({ by: "Salma", action: "save", at: "2026-01-15T09:30:00.000Z" });
    const page = await salma.agent.get(res.headers.location!).set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Saved.");
    const history = page.text.slice(page.text.indexOf('class="history"'));
    expect(history).toContain("Salma</bdi></strong> · saved a draft");
    expect(history).toMatch(/Verdict<\/span>: <del dir="auto">—<\/del> → <ins dir="auto">False<\/ins>/);
    expect(history).toMatch(/Status<\/span>: <del dir="auto">Unreviewed<\/del> → <ins dir="auto">In review<\/ins>/);
    expect(history).toContain(
      '<ins dir="auto"><span class="history-source">Refutes the claim: <bdi>Ministry statement</bdi> · <bdi class="url" dir="ltr">https://example.org/statement</bdi></span></ins>',
    );
  });

  it("records the signed-in account as the reviewer; the form has no name to type", async () => {
    const { salma, store } = await reviewing();
    await post(salma, `${CLAIM}/review`, reviewForm()).expect(303);
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({ reviewer: "Salma", history: [{ by: "Salma" }] });
    const page = await salma.agent.get(CLAIM).expect(200);
    expect(page.text).not.toMatch(/name="reviewer"/);
  });

  it("submits a claim to the editor", async () => {
    const { salma, store } = await reviewing();
    await post(salma, `${CLAIM}/review`, reviewForm({ action: "submit" })).expect(303);
    expect((await storedClaim(store, "ar1", "c1")).status).toBe("submitted");
  });

  it("ignores blank evidence rows and keeps the order of the others", async () => {
    const { salma, store } = await reviewing();
    const rows = {
      "evidence[0][url]": "",
      "evidence[0][title]": "",
      "evidence[0][excerpt]": "",
      "evidence[0][stance]": "supports",
      "evidence[1][url]": "https://b.example",
      "evidence[1][title]": "B",
      "evidence[1][excerpt]": "quote",
      "evidence[1][stance]": "context",
    };
    await post(salma, `${CLAIM}/review`, { ...reviewForm(), ...rows }).expect(303);
    expect((await storedClaim(store, "ar1", "c1")).evidence).toEqual([{ url: "https://b.example", title: "B", excerpt: "quote", stance: "context" }]);
  });

  it.each([
    ["a URL that is not http(s)", { "evidence[0][url]": "javascript:alert(1)" }, "evidence-0-url-error", "Enter a web address starting with http"],
    ["a source without a title", { "evidence[0][title]": "" }, "evidence-0-title-error", "This field is required"],
    ["an unknown verdict", { verdict: "pants_on_fire" }, "verdict-error", "Choose one of the options"],
    ["notes that are too long", { notes: "x".repeat(10_001) }, "notes-error", "Too long: at most 10000 characters"],
    ["a verdict given as a list", { verdict: ["false", "true"] }, "verdict-error", "Choose one of the options"],
    ["submitting without a verdict", { verdict: "", action: "submit" }, "verdict-error", "Choose a verdict before submitting"],
    [
      "submitting a rated verdict without a source",
      { "evidence[0][url]": "", "evidence[0][title]": "", action: "submit" },
      "evidence-error",
      "Add at least one source before submitting",
    ],
  ])("gives the form back with the input and a message beside the field for %s", async (_name, fields, errorId, message) => {
    const { salma, store } = await reviewing();
    const res = await post(salma, `${CLAIM}/review`, reviewForm(fields)).expect(422);
    expect(res.text).toMatch(new RegExp(`<p class="field-error" id="${errorId}">${message}`));
    expect(res.text).toContain("Nothing was saved; your input is kept below.");
    expect(res.text).toMatch(/name="evidence\[0\]\[title\]"[^>]*value="(Ministry statement)?"/);
    expect((await storedClaim(store, "ar1", "c1")).version).toBe(1);
  });

  it("keeps every evidence row typed when the form is rejected", async () => {
    const { salma } = await reviewing();
    const res = await post(salma, `${CLAIM}/review`, reviewForm({ "evidence[0][url]": "not a url", "evidence[0][excerpt]": "my excerpt" })).expect(422);
    expect(res.text).toMatch(/name="evidence\[0\]\[url\]"[^>]*value="not a url"/);
    expect(res.text).toContain(">my excerpt</textarea>");
    expect(res.text).toMatch(/<option value="refutes" selected>/);
  });

  it("gives the second of two reviewers saving from the same version a 409 page with both versions and their input", async () => {
    const { app, salma, store } = await reviewing();
    const omar = await signedInAgent(app, "reviewer", "Omar");
    await post(salma, `${CLAIM}/review`, reviewForm({ notes: "Salma's notes" })).expect(303);
    const res = await post(omar, `${CLAIM}/review`, reviewForm({ verdict: "true", notes: "Omar's notes" })).expect(409);
    expect(res.text).toContain("Someone else saved this claim first");
    expect(res.text).toContain("Salma saved this claim");
    const theirs = res.text.slice(res.text.indexOf('class="theirs"'), res.text.indexOf('class="yours"'));
    const yours = res.text.slice(res.text.indexOf('class="yours"'));
    expect(theirs).toContain("Salma&#39;s notes");
    expect(yours).toContain(">Omar&#39;s notes</textarea>");
    expect(yours).toMatch(/<option value="true" selected>/);
    expect(yours).toContain('<input type="hidden" name="version" value="2">');
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({ notes: "Salma's notes", reviewer: "Salma", version: 2 });
  });

  it("saves the second reviewer's version once they resubmit it from the conflict page", async () => {
    const { app, salma, store } = await reviewing();
    const omar = await signedInAgent(app, "reviewer", "Omar");
    await post(salma, `${CLAIM}/review`, reviewForm()).expect(303);
    await post(omar, `${CLAIM}/review`, reviewForm({ notes: "Omar's" })).expect(409);
    await post(omar, `${CLAIM}/review`, reviewForm({ notes: "Omar's", version: "2" })).expect(303);
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({ notes: "Omar's", version: 3 });
    expect((await storedClaim(store, "ar1", "c1")).history.map((h) => h.by)).toEqual(["Salma", "Omar"]);
  });

  it("answers a review of a dismissed claim with 409", async () => {
    const { salma } = await reviewing([arabicArticle({ claims: [recordAt(AR_TEXT, "عنوان", { id: "c1", dismissed: true })] })]);
    const res = await post(salma, `${CLAIM}/review`, reviewForm()).expect(409);
    expect(res.text).toContain("This claim is dismissed");
  });
});

/** The page without the values of form fields, which keep what was typed so it can be edited. */
function outsideFormFields(html: string): string {
  return html.replace(/<textarea[^>]*>[^<]*<\/textarea>/g, "").replace(/ value="[^"]*"/g, "");
}

describe("hostile text", () => {
  const hostile = {
    script: "<script>alert(1)</script>",
    entity: "&amp; &lt;b&gt;",
    bidi: "\u202Eevil.exe",
  };

  it("shows script, HTML entities and bidi controls in notes escaped, never executed", async () => {
    const { salma } = await reviewing();
    await post(salma, `${CLAIM}/review`, reviewForm({ notes: `${hostile.script} ${hostile.entity} ${hostile.bidi}` })).expect(303);
    for (const path of [CLAIM, "/articles/ar1/report?view=working"]) {
      const res = await salma.agent.get(path).expect(200);
      expect(res.text).not.toContain("<script>alert");
      expect(res.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(res.text).toContain("&amp;amp; &amp;lt;b&amp;gt;");
      expect(outsideFormFields(res.text)).not.toContain("\u202E");
      expect(res.text).toContain("[U+202E]evil.exe");
    }
  });

  it("shows a hostile speaker name escaped in the article page, claim page and report", async () => {
    const speaker = `<img src=x onerror=alert(1)>\u202Egpj.exe`;
    const { salma } = await reviewing([arabicArticle({ claims: [recordAt(AR_TEXT, "عنوان", { id: "c1", speaker })] })]);
    for (const path of ["/articles/ar1", CLAIM, "/articles/ar1/report?view=working"]) {
      const res = await salma.agent.get(path).expect(200);
      expect(res.text).not.toContain("<img src=x");
      expect(outsideFormFields(res.text)).not.toContain("\u202E");
      expect(res.text).toContain("&lt;img src=x onerror=alert(1)&gt;[U+202E]gpj.exe");
    }
  });
});

describe("correcting the machine", () => {
  const correction = (fields: Record<string, string> = {}) => ({ version: "1", speaker: "بلينكن", kind: "direct", text: "النفوذ الروسي", ...fields });

  it("fixes speaker, kind and span, computing offsets from the article", async () => {
    const { salma, store } = await reviewing();
    await post(salma, `${CLAIM}/correction`, correction()).expect(303);
    const start = AR_TEXT.indexOf("النفوذ الروسي");
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({
      speaker: "بلينكن",
      kind: "direct",
      text: "النفوذ الروسي",
      start,
      end: start + 13,
      corrected: ["speaker", "kind", "span"],
    });
  });

  it("finds the new words even when they were typed across a line break differently", async () => {
    const { salma, store } = await reviewing();
    await post(salma, `${CLAIM}/correction`, correction({ text: "  النفوذ\r\n   الروسي " })).expect(303);
    expect((await storedClaim(store, "ar1", "c1")).text).toBe("النفوذ الروسي");
  });

  it("refuses words that are not in the article, keeping the input", async () => {
    const { salma } = await reviewing();
    const res = await post(salma, `${CLAIM}/correction`, correction({ text: "كلام غير موجود" })).expect(422);
    expect(res.text).toMatch(/id="correct-text-error">These words do not occur in the article/);
    expect(res.text).toContain(">كلام غير موجود</textarea>");
  });

  it("dismisses a claim (kept, marked) and restores it", async () => {
    const { salma, store } = await reviewing();
    await post(salma, `${CLAIM}/dismiss`, { version: "1" }).expect(303);
    expect((await storedClaim(store, "ar1", "c1")).dismissed).toBe(true);
    const page = await salma.agent.get(CLAIM).set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Dismissed as not a claim");
    expect(page.text).toContain('action="/articles/ar1/claims/c1/restore"');
    await post(salma, `${CLAIM}/restore`, { version: "2" }).expect(303);
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({ dismissed: false, version: 3 });
  });

  it("answers a dismissal based on a stale version with 409, leaving the claim as it was", async () => {
    const { app, salma, store } = await reviewing();
    const omar = await signedInAgent(app, "reviewer", "Omar");
    await post(salma, `${CLAIM}/review`, reviewForm()).expect(303);
    await post(omar, `${CLAIM}/dismiss`, { version: "1" }).expect(409);
    expect((await storedClaim(store, "ar1", "c1")).dismissed).toBe(false);
  });
});

describe("POST /articles/:id/claims (add a missed claim)", () => {
  const REPEATED = "قال الوزير: نعم. ثم قال المتحدث: لا. ستواجه";
  const repeated = () => arabicArticle({ text: REPEATED, claims: [recordAt(REPEATED, "قال الوزير", { id: "r1" })] });
  const added = (fields: Record<string, string> = {}) => ({ text: "عنوان الخبر", speaker: "المحرر", kind: "indirect", ...fields });

  it("adds a claim by its words, with offsets computed from the article, and opens it", async () => {
    const { salma, store } = await reviewing();
    const res = await post(salma, "/articles/ar1/claims", added()).expect(303);
    expect(res.headers.location).toBe("/articles/ar1/claims/m-id1");
    expect(await storedClaim(store, "ar1", "m-id1")).toMatchObject({
      origin: "manual",
      text: "عنوان الخبر",
      start: 0,
      end: 11,
      speaker: "المحرر",
      status: "unreviewed",
    });
    expect((await storedClaim(store, "ar1", "m-id1")).history[0]).toMatchObject({ by: "Salma", action: "create" });
  });

  it.each([
    ["words not in the article", { text: "غير موجود" }, "add-text-error", "These words do not occur in the article"],
    ["words that occur twice, without saying which", { text: "قال" }, "add-occurrence-error", "occur 2 times"],
    ["an occurrence past the last one", { text: "قال", occurrence: "5" }, "add-occurrence-error", "occur only 2 time"],
    ["part of a word", { text: "ستواج" }, "add-text-error", "These words do not occur in the article"],
    ["words that already are a claim", { text: "قال الوزير" }, "add-text-error", "These words are already a claim, by أنتوني بلينكن"],
    ["no speaker", { speaker: "" }, "add-speaker-error", "This field is required"],
  ])("refuses %s with a message beside the field", async (_name, fields, errorId, message) => {
    const { salma, store } = await reviewing([repeated()]);
    const res = await post(salma, "/articles/ar1/claims", added(fields)).expect(422);
    expect(res.text).toMatch(new RegExp(`id="${errorId}">[^<]*${message}`));
    expect((await storedArticles(store))[0]!.claims.map((c) => c.id)).toEqual(["r1"]);
  });

  it("takes the chosen occurrence of repeated words", async () => {
    const { salma, store } = await reviewing([repeated()]);
    await post(salma, "/articles/ar1/claims", added({ text: "قال", occurrence: "2" })).expect(303);
    expect((await storedArticles(store))[0]!.claims.map((c) => [c.id, c.start])).toEqual([
      ["r1", 0],
      ["m-id1", REPEATED.lastIndexOf("قال")],
    ]);
  });
});
