import request from "supertest";
import { describe, expect, it } from "vitest";
import { claimReviews } from "../../src/reports/claim-reviews.ts";
import { schemaOrgProblems } from "../helpers/schema-org.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, englishArticle, recordAt, workspace } from "../helpers/workspace.ts";

const evidence = [{ url: "https://stats.example.org/t3", title: "مكتب الإحصاء", excerpt: "جدول 3", stance: "refutes" as const }];
const approval = { at: "2026-01-20T10:00:00.000Z", by: "Hind", action: "approve" as const, changes: [] };
const published = () =>
  arabicArticle({
    sourceUrl: "https://news.example.org/ar",
    publisher: "وكالة الأنباء",
    publishedAt: "2022-01-07",
    claims: [
      recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", {
        id: "c1",
        verdict: "mostly_false",
        status: "approved",
        reviewer: "Salma",
        notes: "الأرقام الرسمية تقول غير ذلك",
        evidence,
        history: [approval],
      }),
      recordAt(AR_TEXT, "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي", {
        id: "c2",
        verdict: "unproven",
        status: "submitted",
        reviewer: "Omar",
        notes: "مسودة سرية",
      }),
    ],
  });
const ldBlock = (html: string) => /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];

describe("GET /fact-checks/:articleId", () => {
  it("shows an approved article to anyone, without signing in, in the article's language and direction", async () => {
    const { app } = await workspace([published()]);
    const res = await request(app).get("/fact-checks/ar1").set("Accept-Language", "en").expect(200);
    expect(res.text).toMatch(/<html lang="ar" dir="rtl"/);
    for (const shown of [
      "تصريح من واشنطن",
      "وكالة الأنباء",
      'href="https://news.example.org/ar"',
      "أنتوني بلينكن",
      ">خاطئ في معظمه<",
      "الأرقام الرسمية تقول غير ذلك",
      'href="https://stats.example.org/t3"',
      "مكتب الإحصاء",
      "الخلاصة",
      "الأدلة",
      "2026-01-20",
      "Isnad Desk",
    ]) {
      expect(res.text).toContain(shown);
    }
    expect(res.headers["set-cookie"]).toBeUndefined();
  });

  it("shows nothing unapproved and no reviewer account", async () => {
    const { app } = await workspace([published()]);
    const res = await request(app).get("/fact-checks/ar1").expect(200);
    for (const hidden of ["لا أفهم سبب شعورها", "مسودة سرية", "Salma", "Omar", "Hind", "غير مؤكد", 'id="claim-c2"']) expect(res.text).not.toContain(hidden);
  });

  it("embeds the article's ClaimReview JSON-LD, whose url is the public page on the public base URL", async () => {
    const { app } = await workspace([published()]);
    const res = await request(app).get("/fact-checks/ar1").expect(200);
    const data = JSON.parse(ldBlock(res.text)!);
    const pageUrl = "https://factcheck.example.org/fact-checks/ar1";
    expect(data).toEqual(claimReviews(published(), { pageUrl, organization: { name: "Isnad Desk", url: "https://factcheck.example.org" } }));
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      url: `${pageUrl}#claim-c1`,
      author: { "@type": "Organization", name: "Isnad Desk" },
      itemReviewed: { "@type": "Claim", author: { name: "أنتوني بلينكن" }, datePublished: "2022-01-07", appearance: { url: "https://news.example.org/ar" } },
      reviewRating: { alternateName: "خاطئ في معظمه", ratingValue: 2 },
    });
    expect(res.text).toContain('id="claim-c1"');
  });

  it("emits JSON-LD that conforms to the schema.org definitions of every property it uses", async () => {
    const body = recordAt(EN_TEXT, "the bridge would reopen in May", {
      id: "e1",
      speaker: "The Transport Ministry",
      verdict: "satire",
      status: "approved",
      history: [approval],
    });
    const { app, store } = await workspace([published(), englishArticle({ claims: [body] })]);
    await store.updateSettings((settings) => {
      settings.logoUrl = "https://cdn.example.org/logo.png";
    });
    for (const id of ["ar1", "en1"]) {
      const data = JSON.parse(ldBlock((await request(app).get(`/fact-checks/${id}`).expect(200)).text)!) as unknown[];
      for (const review of data) expect(schemaOrgProblems(review)).toEqual([]);
    }
  });

  it("the schema.org check finds a property a type does not have, a wrong type and a bad date", () => {
    const wrong = { "@type": "ClaimReview", verdict: "False", datePublished: "last week", reviewRating: { "@type": "Claim" } };
    expect(schemaOrgProblems(wrong)).toEqual([
      "$.verdict: ClaimReview has no property verdict",
      "$.datePublished: last week is not a date",
      "$.reviewRating: a Claim where Rating is expected",
    ]);
  });

  it("keeps hostile text in the JSON-LD from ending the script block, with the CSP as strict as everywhere", async () => {
    const hostile = "</script><script>alert(1)</script><!-- & \u2028";
    const article = published();
    article.claims[0] = { ...article.claims[0]!, notes: hostile, speaker: "<b>x</b>" };
    const { app } = await workspace([article]);
    const res = await request(app).get("/fact-checks/ar1").expect(200);
    const block = ldBlock(res.text)!;
    expect(block).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(block)[0].reviewRating.ratingExplanation).toBe(hostile);
    expect(res.text).not.toContain("<script>alert(1)");
    expect(res.text).not.toContain("<b>x</b>");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
  });

  it("gives Open Graph tags: title, description of the verdicts, the page's URL, locale and site name", async () => {
    const { app } = await workspace([published()]);
    const res = await request(app).get("/fact-checks/ar1").expect(200);
    expect(res.text).toContain('<meta property="og:type" content="article">');
    expect(res.text).toContain('<meta property="og:title" content="تحقق: تصريح من واشنطن">');
    expect(res.text).toContain('<meta property="og:description" content="أنتوني بلينكن: خاطئ في معظمه">');
    expect(res.text).toContain('<meta property="og:url" content="https://factcheck.example.org/fact-checks/ar1">');
    expect(res.text).toContain('<meta property="og:locale" content="ar_AR">');
    expect(res.text).toContain('<meta property="og:site_name" content="Isnad Desk">');
    expect(res.text).toContain('<link rel="canonical" href="https://factcheck.example.org/fact-checks/ar1">');
  });

  it("shows the organisation's logo, allowing its origin for images only", async () => {
    const { app, store } = await workspace([published()]);
    await store.updateSettings((settings) => {
      settings.logoUrl = "https://cdn.example.org/logo.png";
    });
    const res = await request(app).get("/fact-checks/ar1").expect(200);
    expect(res.text).toContain('<img class="public-logo" src="https://cdn.example.org/logo.png"');
    expect(res.text).toContain('<meta property="og:image" content="https://cdn.example.org/logo.png">');
    const csp = res.headers["content-security-policy"] as string;
    expect(csp).toContain("img-src 'self' https://cdn.example.org");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
  });

  it("lays an English article out left to right, whatever the visitor's interface language", async () => {
    const claim = recordAt(EN_TEXT, "the bridge would reopen in May", {
      id: "e1",
      speaker: "The mayor",
      verdict: "false",
      status: "approved",
      notes: "Works run to September.",
    });
    const { app } = await workspace([englishArticle({ claims: [claim] })]);
    const res = await request(app).get("/fact-checks/en1").set("Cookie", "lang=ar").expect(200);
    expect(res.text).toMatch(/<html lang="en" dir="ltr"/);
    expect(res.text).toContain(">False<");
    expect(res.text).toContain("Summary");
  });

  it.each([
    ["an article with nothing approved", "/fact-checks/en1"],
    ["an unknown article", "/fact-checks/nope"],
    ["an approved opinion only", "/fact-checks/op1"],
  ])("answers %s with 404", async (_name, url) => {
    const opinion = englishArticle({
      id: "op1",
      claims: [recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", verdict: "not_checkable", status: "approved" })],
    });
    const { app } = await workspace([published(), englishArticle(), opinion]);
    await request(app).get(url).expect(404);
  });
});
