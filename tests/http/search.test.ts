import request from "supertest";
import { describe, expect, it } from "vitest";
import { claimFromExtracted } from "../../src/domain/claim-from-extracted.ts";
import type { Article } from "../../src/schemas/article.ts";
import { shownOutsideFormFields } from "../hostile/rendered-text.ts";
import { addAccount, signedInAgent } from "../helpers/session-client.ts";
import { AR_TEXT, T0, arabicArticle, claimAt, englishArticle, recordAt, workspace } from "../helpers/workspace.ts";

const C1 = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const C2 = "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي";
const HOSTILE_TEXT = 'The mayor said <script>alert(1)</script> "\u202Egnp.exe" was safe.';

/** An English article whose one sentence, repeated `n` times, gives `n` claims: enough for several pages. */
function longArticle(n: number): Article {
  const sentence = "The mayor said the ferry would run daily. ";
  const text = sentence.repeat(n);
  const claims = Array.from({ length: n }, (_, i) => ({
    ...claimFromExtracted(claimAt(text, "the ferry would run daily", { speaker: "The mayor" }, i * sentence.length), T0),
    verdict: "misleading" as const,
  }));
  return englishArticle({ id: "long", title: "Ferry", text, claims, publishedAt: "2026-01-02" });
}

const desk = () => [
  arabicArticle({
    publishedAt: "2026-01-05",
    claims: [
      recordAt(AR_TEXT, C1, { id: "c1", speaker: "وزير الخارجية الأمريكي", verdict: "false", status: "approved" }),
      recordAt(AR_TEXT, C2, { id: "c2", speaker: "أنتوني بلينكن" }),
    ],
  }),
  englishArticle({
    id: "bad",
    title: "<b>Bold</b> title",
    text: HOSTILE_TEXT,
    claims: [recordAt(HOSTILE_TEXT, HOSTILE_TEXT.slice(15), { id: "h1", speaker: "Mr \u202Eevil" })],
  }),
  longArticle(60),
];

async function reviewer() {
  const ws = await workspace(desk());
  return { ...ws, ...(await signedInAgent(ws.app, "reviewer", "Salma")) };
}
const get = (who: { agent: request.Agent }, url: string) => who.agent.get(url).set("Accept-Language", "en");
const rowsOf = (html: string) => [...html.matchAll(/<li class="queue-item search-hit[^"]*">[\s\S]*?<\/li>/g)].map((m) => m[0]);

describe("GET /search", () => {
  it("sends an anonymous visitor to sign in", async () => {
    const { app, store } = await workspace(desk());
    await addAccount(store, "Salma", "reviewer");
    const res = await request(app).get("/search?q=x").expect(303);
    expect(res.headers.location).toMatch(/^\/login/);
  });

  it("is linked from the header of signed-in pages, with the speakers page", async () => {
    const who = await reviewer();
    const page = await get(who, "/queue").expect(200);
    expect(page.text).toContain('<a href="/search">Search</a>');
    expect(page.text).toContain('<a href="/speakers">Speakers</a>');
  });

  it("shows the form and no results until something is asked", async () => {
    const res = await get(await reviewer(), "/search").expect(200);
    expect(res.text).toContain('id="q"');
    expect(res.text).toContain("Type some words or choose a filter.");
    expect(rowsOf(res.text)).toHaveLength(0);
  });

  it("finds an Arabic claim by words typed without hamza or taa marbuta and shows it as written, marked, right to left", async () => {
    const res = await get(await reviewer(), `/search?q=${encodeURIComponent("النفوذ الروسى")}`).expect(200);
    const rows = rowsOf(res.text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('href="/articles/ar1/claims/c1"');
    expect(rows[0]).toContain('<span class="claim-text" lang="ar" dir="rtl">');
    expect(rows[0]).toContain("<mark>النفوذ</mark> <mark>الروسي</mark>");
    expect(rows[0]).toMatch(/<bdi class="speaker"><a href="\/speakers\/[^"]+"[^>]*>وزير الخارجية الأمريكي<\/a><\/bdi>/);
    expect(rows[0]).toContain("False");
    expect(rows[0]).toContain("Approved");
    expect(rows[0]).toContain("تصريح من واشنطن");
  });

  it("finds claims by speaker and by article title, and needs every word", async () => {
    const who = await reviewer();
    expect(rowsOf((await get(who, `/search?q=${encodeURIComponent("بلينكن")}`)).text)).toHaveLength(1);
    expect(rowsOf((await get(who, `/search?q=${encodeURIComponent("واشنطن")}`)).text)).toHaveLength(2);
    const none = await get(who, `/search?q=${encodeURIComponent("واشنطن ferry")}`).expect(200);
    expect(none.text).toContain("No claim matches");
  });

  it("filters by verdict, status, language and date", async () => {
    const who = await reviewer();
    const count = async (query: string) => rowsOf((await get(who, `/search?${query}`).expect(200)).text).length;
    expect(await count("verdict=false")).toBe(1);
    expect(await count("verdict=none&language=ar")).toBe(1);
    expect(await count("status=approved")).toBe(1);
    expect(await count("language=ar")).toBe(2);
    expect(await count("from=2026-01-03&to=2026-01-05")).toBe(2);
    expect(await count("q=ferry&to=2026-01-01")).toBe(0);
  });

  it("pages 50 results at a time and keeps the words and filters in the page links", async () => {
    const who = await reviewer();
    const first = await get(who, "/search?q=ferry&verdict=misleading").expect(200);
    expect(first.text).toContain("Claims found: 60");
    expect(rowsOf(first.text)).toHaveLength(50);
    expect(first.text).toContain('href="/search?q=ferry&amp;verdict=misleading&amp;page=2" rel="next"');
    const second = await get(who, "/search?q=ferry&verdict=misleading&page=2").expect(200);
    expect(rowsOf(second.text)).toHaveLength(10);
    expect(second.text).toContain('value="misleading" selected');
  });

  it.each([
    ["an unknown verdict", "q=x&verdict=bogus", "Choose one of the options."],
    ["an impossible date", "from=2026-02-30", "Enter a real date as YYYY-MM-DD."],
    ["a range ending before it starts", "from=2026-02-01&to=2026-01-01", "The end date is before the start date."],
    ["a repeated parameter", "q=a&q=b", "This value is not valid."],
    ["too long a text", `q=${"a".repeat(201)}`, "Too long"],
    ["too many words", `q=${Array.from({ length: 13 }, (_, i) => `w${i}`).join("+")}`, "Too many words: at most 12."],
    ["a page that is not a number", "q=x&page=abc", "This value is not valid."],
  ])("answers %s with 400 and the form again", async (_name, query, message) => {
    const res = await get(await reviewer(), `/search?${query}`).expect(400);
    expect(res.text).toContain(message);
    expect(res.text).toContain('<form class="search-form"');
  });

  it("escapes hostile text and reveals bidi controls, in results and in the form", async () => {
    const res = await get(await reviewer(), `/search?q=${encodeURIComponent('"><script>safe')}`).expect(200);
    expect(rowsOf(res.text)).toHaveLength(1);
    expect(res.text).not.toContain("<script>");
    expect(res.text).toContain("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;");
    expect(res.text).toContain("&lt;b&gt;Bold&lt;/b&gt; title");
    expect(res.text).toContain("[U+202E]");
    expect(res.text).not.toContain("\u202E");
    expect(res.text).toContain('value="&#34;&gt;&lt;script&gt;safe"');
  });

  it("finds a word typed with a bidi control in it, and shows the control only in the form field", async () => {
    const res = await get(await reviewer(), `/search?q=${encodeURIComponent("بلي\u202Eنكن")}`).expect(200);
    expect(rowsOf(res.text)).toHaveLength(1);
    expect(shownOutsideFormFields(res.text, "\u202E")).toBe(false);
  });

  it("sees a verdict saved a moment ago", async () => {
    const who = await reviewer();
    expect(rowsOf((await get(who, "/search?verdict=satire").expect(200)).text)).toHaveLength(0);
    const form = { version: "1", verdict: "satire", notes: "", action: "save", _csrf: who.csrf };
    await who.agent.post("/articles/ar1/claims/c2/review").type("form").send(form).expect(303);
    const rows = rowsOf((await get(who, "/search?verdict=satire").expect(200)).text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('href="/articles/ar1/claims/c2"');
  });

  it("shows a page past the last as the last", async () => {
    const res = await get(await reviewer(), "/search?q=ferry&page=99").expect(200);
    expect(rowsOf(res.text)).toHaveLength(10);
  });
});

describe("GET /api/search", () => {
  it("answers an anonymous visitor with 401", async () => {
    const { app } = await workspace(desk());
    await request(app).get("/api/search?q=x").expect(401);
  });

  it("gives a page of results as JSON with each claim's address and its speaker's page", async () => {
    const res = await get(await reviewer(), "/api/search?q=ferry").expect(200);
    expect(res.body).toMatchObject({ total: 60, page: 1, pages: 2, next: "/api/search?q=ferry&page=2" });
    expect(res.body.results).toHaveLength(50);
    expect(res.body.results[0]).toMatchObject({
      articleId: "long",
      href: expect.stringMatching(/^\/articles\/long\/claims\//),
      text: "the ferry would run daily",
      speaker: "The mayor",
      speakerHref: "/speakers/the%20mayor",
      verdict: "misleading",
      status: "unreviewed",
    });
  });

  it("answers bad values with 400 naming the fields", async () => {
    const res = await get(await reviewer(), "/api/search?status=done&to=yesterday").expect(400);
    expect(res.body.error.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["status", "to"]);
  });
});
