import { describe, expect, it } from "vitest";
import type { Article } from "../../src/schemas/article.ts";
import type { ClaimRecord } from "../../src/schemas/claim-record.ts";
import { addAccount, csrfIn, postForm, signedInAgent } from "../helpers/session-client.ts";
import { arabicArticle, claimAt, recordAt, storedClaim, workspace } from "../helpers/workspace.ts";
import request from "supertest";

const CLAIM = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const PARAPHRASE = "كازاخستان ستواجه صعوبة كبيرة في الحد من النفوذ الروسي";
const OTHER = "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي";
const EVIDENCE = [{ url: "https://stats.example.org/kz", title: "Trade figures", excerpt: "", stance: "refutes" as const }];

/** An Arabic article `id` whose text is `sentences`, one claim per sentence with the review fields given. */
function article(id: string, title: string, claims: [id: string, words: string, review: Partial<ClaimRecord>][]): Article {
  const text = claims.map(([, words]) => `وقال Biden إن ${words}.`).join("\n\n");
  return arabicArticle({ id, title, text, claims: claims.map(([claimId, words, review]) => recordAt(text, words, { id: claimId, ...review })) });
}

/** ar1, the article being checked (c1 unreviewed, c2 unrelated); ar2 checked c1's paraphrase (approved); ar3 holds it unreviewed; ar4 as a draft verdict. */
function desk(options: Parameters<typeof workspace>[1] = {}) {
  return workspace(
    [
      article("ar1", "مقال اليوم", [
        ["c1", CLAIM, {}],
        ["c2", OTHER, {}],
        ["c3", PARAPHRASE, { verdict: "true", status: "approved" }],
      ]),
      article("ar2", "تقرير <b>سابق</b> عن Kazakhstan", [
        ["p1", PARAPHRASE, { verdict: "false", status: "approved", evidence: EVIDENCE, speaker: "Antony Blinken وزير" }],
      ]),
      article("ar3", "مقال لم يراجع", [["u1", CLAIM, {}]]),
      article("ar4", "مسودة", [["d1", CLAIM, { verdict: "misleading", status: "in_review" }]]),
    ],
    options,
  );
}

const post = postForm;

const COPY = "/articles/ar1/claims/c1/copy-evidence";

describe("GET /articles/:id/claims/:claimId shows earlier checks", () => {
  it("lists reviewed claims of other articles that read alike, approved first, each with its verdict, text, speaker, date and a link", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    const page = await salma.agent.get("/articles/ar1/claims/c1").set("Accept-Language", "en").expect(200);
    const panel = /<section class="earlier-checks"[\s\S]*?<\/section>/.exec(page.text)?.[0] ?? "";
    expect(panel).toContain("Checked before");
    const links = [...panel.matchAll(/class="open-earlier" href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(["/articles/ar2/claims/p1", "/articles/ar4/claims/d1"]);
    expect(panel).toMatch(/class="badge verdict v-false">False<\/span>[\s\S]*Approved by an editor/);
    expect(panel).toContain('<blockquote class="claim-text" lang="ar" dir="rtl">كازاخستان ستواجه صعوبة كبيرة');
    expect(panel).toContain('<bdi class="speaker" lang="ar">Antony Blinken وزير</bdi>');
    expect(panel).toContain('<bdi lang="ar" dir="rtl">تقرير &lt;b&gt;سابق&lt;/b&gt; عن Kazakhstan</bdi>');
    expect(panel).toContain('<time datetime="2026-01-15">');
    expect(panel).not.toContain("ar3");
    expect(panel).not.toContain("/articles/ar1/claims/c3");
  });

  it("shows nothing for a claim nobody checked elsewhere", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    const page = await salma.agent.get("/articles/ar1/claims/c2").expect(200);
    expect(page.text).not.toContain("earlier-checks");
  });

  it("shows the earlier claim's verdict as it is now, not as it was when the article was imported", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    await salma.agent.get("/articles/ar1/claims/c1").expect(200);
    await post(salma, "/articles/ar2/claims/p1/review", { version: "1", verdict: "mostly_true", notes: "", action: "save" }).expect(303);
    const page = await salma.agent.get("/articles/ar1/claims/c1").set("Accept-Language", "en").expect(200);
    expect(page.text).toMatch(/class="badge verdict v-mostly_true">Mostly true<\/span>/);
  });

  it("marks the claims with an earlier check on the article page", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    const page = await salma.agent.get("/articles/ar1").set("Accept-Language", "en").expect(200);
    const marked = [...page.text.matchAll(/<a class="badge checked-before" href="([^"#]+)/g)].map((m) => m[1]);
    // c3 is itself the claim ar2 checked; c2 reads like nothing reviewed elsewhere.
    expect(marked).toEqual(["/articles/ar1/claims/c1", "/articles/ar1/claims/c3"]);
  });
});

describe("importing an article", () => {
  it("marks its claims that were checked before in other articles", async () => {
    const text = `أكد المتحدث أن ${CLAIM}.\n\nوأضاف أن الطقس كان معتدلا.`;
    const ws = await desk({ extracted: [claimAt(text, CLAIM), claimAt(text, "الطقس كان معتدلا")] });
    const hind = await signedInAgent(ws.app, "editor", "hind");
    const res = await post(hind, "/articles", { title: "مقال جديد", text, language: "ar" }).expect(303);
    const page = await hind.agent.get(res.headers.location!).set("Accept-Language", "en").expect(200);
    const marked = [...page.text.matchAll(/<li class="claim-item[^"]*" id="claim-([^"]+)">(?:(?!<\/li>)[\s\S])*?class="badge checked-before"/g)].map(
      (m) => m[1],
    );
    expect(marked).toEqual([claimAt(text, CLAIM).id]);
  });
});

describe("POST /articles/:id/claims/:claimId/copy-evidence", () => {
  it("copies the earlier claim's evidence once, with a history entry naming where it came from", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    const res = await post(salma, COPY, { version: "1", fromArticle: "ar2", fromClaim: "p1" }).expect(303);
    expect(res.headers.location).toBe("/articles/ar1/claims/c1?saved=1#review-heading");
    const copied = await storedClaim(ws.store, "ar1", "c1");
    expect(copied).toMatchObject({ evidence: EVIDENCE, version: 2, status: "in_review", verdict: null });
    expect(copied.history.at(-1)).toMatchObject({ by: "salma", action: "copyEvidence", comment: "ar2/p1" });

    await post(salma, COPY, { version: "2", fromArticle: "ar2", fromClaim: "p1" }).expect(303);
    expect(await storedClaim(ws.store, "ar1", "c1")).toMatchObject({ evidence: EVIDENCE, version: 2 });
    const page = await salma.agent.get("/articles/ar1/claims/c1").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("This claim already cites all of its evidence.");
    expect(page.text).toContain("copied the evidence of an earlier check");
  });

  it("refuses an anonymous visitor and stores nothing", async () => {
    const ws = await desk();
    await addAccount(ws.store, "salma", "reviewer");
    const agent = request.agent(ws.app);
    const login = await agent.get("/login").expect(200);
    const res = await agent
      .post(COPY)
      .type("form")
      .send({ version: "1", fromArticle: "ar2", fromClaim: "p1", _csrf: csrfIn(login.text) });
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
    expect((await storedClaim(ws.store, "ar1", "c1")).evidence).toEqual([]);
  });

  it("answers a stale version with 409 and copies nothing", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    await post(salma, "/articles/ar1/claims/c1/review", { version: "1", verdict: "false", notes: "", action: "save" }).expect(303);
    const res = await post(salma, COPY, { version: "1", fromArticle: "ar2", fromClaim: "p1" }).expect(409);
    expect(res.text).toContain("Someone changed this claim since you opened it");
    expect(await storedClaim(ws.store, "ar1", "c1")).toMatchObject({ evidence: [], version: 2 });
  });

  it.each([
    ["no fields", {}, 400],
    ["a version that is not a number", { version: "one", fromArticle: "ar2", fromClaim: "p1" }, 400],
    ["an id with a path in it", { version: "1", fromArticle: "../ar2", fromClaim: "p1" }, 400],
    ["a field the form does not have", { version: "1", fromArticle: "ar2", fromClaim: "p1", evidence: "x" }, 400],
    ["a claim that does not exist", { version: "1", fromArticle: "ar2", fromClaim: "nope" }, 404],
    ["an unreviewed claim", { version: "1", fromArticle: "ar3", fromClaim: "u1" }, 409],
    ["a claim of the same article", { version: "1", fromArticle: "ar1", fromClaim: "c3" }, 409],
  ])("refuses %s and stores nothing", async (_name, form, status) => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    await post(salma, COPY, form as Record<string, string>).expect(status);
    expect(await storedClaim(ws.store, "ar1", "c1")).toMatchObject({ evidence: [], version: 1 });
  });

  it("answers a copy into an unknown claim with 404", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "salma");
    await post(salma, "/articles/ar1/claims/nope/copy-evidence", { version: "1", fromArticle: "ar2", fromClaim: "p1" }).expect(404);
  });
});
