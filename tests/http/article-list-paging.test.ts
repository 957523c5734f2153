import { describe, expect, it } from "vitest";
import { signedInAgent } from "../helpers/session-client.ts";
import { englishArticle, workspace } from "../helpers/workspace.ts";

/** A workspace of `count` articles a0 … a(count-1), imported in that order, with Hind (an editor) signed in. */
async function withArticles(count: number) {
  const ws = await workspace(Array.from({ length: count }, (_, i) => englishArticle({ id: `a${i}`, title: `Article number ${i}` })));
  return (await signedInAgent(ws.app, "editor", "Hind")).agent;
}

/** The article ids a list page links to, in the order shown. */
const listedIds = (html: string) => [...html.matchAll(/<td class="title-cell"><a href="\/articles\/([^"]+)"/g)].map((m) => m[1]);
/** The page links of a list page (their addresses, entities decoded). */
const pageLinks = (html: string) => [...html.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
const ids = (from: number, to: number) => Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => `a${from > to ? from - i : from + i}`);

describe("GET /articles, paged", () => {
  it("shows 50 articles a page, newest import first, says which and links the other pages", async () => {
    const agent = await withArticles(120);
    const first = await agent.get("/articles").set("Accept-Language", "en").expect(200);
    expect(listedIds(first.text)).toEqual(ids(119, 70));
    expect(first.text).toContain("Newest imports first.");
    expect(first.text).toContain("Articles 1–50 of 120");
    expect(first.text).toMatch(/<a href="\/articles\?page=2" rel="next">Next 50<\/a>/);
    const last = await agent.get("/articles?page=3").set("Accept-Language", "en").expect(200);
    expect(listedIds(last.text)).toEqual(ids(19, 0));
    expect(last.text).toContain("Articles 101–120 of 120");
    expect(last.text).not.toContain('rel="next"');
    expect(last.text).toMatch(/<a href="\/articles\?page=2" rel="prev">/);
  });

  it("shows the last page for a page past the end, and no page links when one page holds every article", async () => {
    const agent = await withArticles(60);
    const past = await agent.get("/articles?page=40").set("Accept-Language", "en").expect(200);
    expect(listedIds(past.text)).toEqual(ids(9, 0));
    const few = await withArticles(50);
    const one = await few.get("/articles").set("Accept-Language", "en").expect(200);
    expect(listedIds(one.text)).toHaveLength(50);
    expect(one.text).not.toContain("Pages of articles");
  });

  it("keeps the address's other parameters (filters) in every page link", async () => {
    const agent = await withArticles(120);
    const res = await agent.get("/articles?language=ar&q=%D8%B3%D9%84%D8%A7%D9%85&page=2").set("Accept-Language", "en").expect(200);
    const links = pageLinks(res.text);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(new URL(href, "http://x").searchParams.get("q"), href).toBe("سلام");
    expect(links).toContain("/articles?language=ar&q=%D8%B3%D9%84%D8%A7%D9%85"); // page 1
    expect(links).toContain("/articles?language=ar&q=%D8%B3%D9%84%D8%A7%D9%85&page=3");
  });

  it.each(["0", "-1", "abc", "1.5", "2e3", "99999999999"])("answers page=%s with 400 and says what a page must be", async (page) => {
    const agent = await withArticles(3);
    const res = await agent.get(`/articles?page=${page}`).set("Accept-Language", "en").expect(400);
    expect(res.text).toContain("The page number in the address is not valid");
  });

  it("answers a repeated page parameter with 400", async () => {
    const agent = await withArticles(3);
    await agent.get("/articles?page=1&page=2").expect(400);
  });
});

describe("GET /api/articles, paged", () => {
  it("gives the first 50 rows in import order by default, with the total and a link to the next page", async () => {
    const agent = await withArticles(120);
    const res = await agent.get("/api/articles").expect(200);
    expect(res.body).toMatchObject({
      page: 1,
      limit: 50,
      order: "oldest",
      total: 120,
      pages: 3,
      previous: null,
      next: "/api/articles?page=2&limit=50&order=oldest",
    });
    expect(res.body.articles.map((a: { id: string }) => a.id)).toEqual(ids(0, 49));
    expect(res.body.articles[0]).not.toHaveProperty("text");
  });

  it("takes page, limit and order, and follows its own links to the end", async () => {
    const agent = await withArticles(45);
    const res = await agent.get("/api/articles?page=2&limit=20&order=newest").expect(200);
    expect(res.body.articles.map((a: { id: string }) => a.id)).toEqual(ids(24, 5));
    const seen: string[] = [];
    for (let next: string | null = "/api/articles?limit=200"; next; ) {
      const page: { body: { articles: { id: string }[]; next: string | null } } = await agent.get(next).expect(200);
      seen.push(...page.body.articles.map((a) => a.id));
      next = page.body.next;
    }
    expect(seen).toEqual(ids(0, 44));
  });

  it("gives an empty page past the end, with the total", async () => {
    const agent = await withArticles(3);
    const res = await agent.get("/api/articles?page=5").expect(200);
    expect(res.body).toMatchObject({ articles: [], total: 3, pages: 1, next: null, previous: "/api/articles?page=1&limit=50&order=oldest" });
  });

  it.each(["page=0", "page=x", "limit=0", "limit=201", "limit=-5", "limit=10.5", "order=sideways", "page=1&page=2"])(
    "answers %s with a JSON 400 saying what the values must be",
    async (query) => {
      const agent = await withArticles(3);
      const res = await agent.get(`/api/articles?${query}`).set("Accept-Language", "en").expect(400);
      expect(res.body.error.message).toBe(
        "The paging values in the address are not valid: page must be a whole number from 1, limit a whole number from 1 to 200, order newest or oldest.",
      );
    },
  );
});
