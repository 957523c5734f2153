import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "../../src/schemas/claim-record.ts";
import { signedInAgent } from "../helpers/session-client.ts";
import { arabicArticle, recordAt, workspace } from "../helpers/workspace.ts";

/** An article of `count` numbered sentences, each one a claim (every third by Omar, every fifth false). */
function longArticle(count: number) {
  const sentences = Array.from({ length: count }, (_, i) => `قال المتحدث إن الرقم ${i + 1} صحيح.`);
  const text = sentences.join("\n");
  let from = 0;
  const claims: ClaimRecord[] = sentences.map((sentence, i) => {
    const words = sentence.slice("قال المتحدث إن ".length, -1);
    const record = recordAt(text.slice(from), words, { id: `n${i + 1}`, speaker: i % 3 === 0 ? "Omar" : "Hoda", verdict: i % 5 === 0 ? "false" : null });
    const at = from + record.start;
    from += sentence.length + 1;
    return { ...record, start: at, end: at + words.length, quote: { ...record.quote } };
  });
  return arabicArticle({ id: "long", text, claims });
}

async function reading(count: number) {
  const ws = await workspace([longArticle(count)]);
  return signedInAgent(ws.app, "reviewer", "Salma");
}

const listed = (html: string) => [...html.matchAll(/<li class="claim-item[^"]*" id="claim-(\w+)"/g)].map((m) => m[1]);
const highlighted = (html: string) => [...html.matchAll(/<a class="hl[^"]*" href="\/articles\/long\/claims\/(\w+)"/g)].length;

describe("GET /articles/:id with thousands of claims", () => {
  it("lists the first 100 claims and highlights every claim in the text", async () => {
    const salma = await reading(250);
    const res = await salma.agent.get("/articles/long").set("Accept-Language", "en").expect(200);
    expect(listed(res.text)).toEqual(Array.from({ length: 100 }, (_, i) => `n${i + 1}`));
    expect(highlighted(res.text)).toBe(250);
    expect(res.text).toContain("Claims 1–100 of 250");
    expect(res.text).toContain('href="/articles/long?page=2#claims-heading" rel="next"');
  });

  it("shows page 3 as the last 50 claims, numbered from 201, with the text still whole", async () => {
    const salma = await reading(250);
    const res = await salma.agent.get("/articles/long?page=3").set("Accept-Language", "en").expect(200);
    expect(listed(res.text)).toEqual(Array.from({ length: 50 }, (_, i) => `n${i + 201}`));
    expect(res.text).toContain('<ol class="claim-list" start="201">');
    expect(highlighted(res.text)).toBe(250);
    expect(res.text).not.toContain('rel="next"');
  });

  it("keeps the filters in the page links and pages the filtered list", async () => {
    const salma = await reading(900);
    const res = await salma.agent.get("/articles/long?speaker=Omar&page=2").set("Accept-Language", "en").expect(200);
    expect(listed(res.text)[0]).toBe("n301");
    expect(res.text).toContain("Claims 101–200 of 300");
    expect(res.text).toContain('href="/articles/long?speaker=Omar&amp;page=3#claims-heading" rel="next"');
    expect(res.text).toContain('href="/articles/long?speaker=Omar#claims-heading" rel="prev"');
  });

  it("shows no page links when every claim fits on one page", async () => {
    const salma = await reading(100);
    const res = await salma.agent.get("/articles/long").expect(200);
    expect(listed(res.text)).toHaveLength(100);
    expect(res.text).not.toContain('class="claim-pages"');
  });

  it("shows the last page for a page past the end", async () => {
    const salma = await reading(150);
    const res = await salma.agent.get("/articles/long?page=40").expect(200);
    expect(listed(res.text)[0]).toBe("n101");
  });

  it.each(["page=0", "page=-1", "page=two", "page=1.5", "page=1&page=2"])("answers ?%s with 400", async (query) => {
    const salma = await reading(3);
    await salma.agent.get(`/articles/long?${query}`).expect(400);
  });

  it("shows a review saved a moment ago, not a remembered page", async () => {
    const ws = await workspace([longArticle(3)]);
    const salma = await signedInAgent(ws.app, "reviewer", "Salma");
    expect((await salma.agent.get("/articles/long").expect(200)).text).not.toMatch(/class="hl v-misleading"/);
    await ws.store.updateArticle("long", (draft) => {
      draft.claims[1]!.verdict = "misleading";
    });
    expect((await salma.agent.get("/articles/long").expect(200)).text).toMatch(/<a class="hl v-misleading" href="\/articles\/long\/claims\/n2"/);
  });

  it("shows the text and the claim list in the language asked for each time, and a verdict given since", async () => {
    const ws = await workspace([longArticle(3)]);
    const salma = await signedInAgent(ws.app, "reviewer", "Salma");
    const page = async (language: string) => (await salma.agent.get("/articles/long").set("Accept-Language", language).expect(200)).text;
    const list = (html: string) => html.slice(html.indexOf('<ol class="claim-list"'), html.indexOf("</ol>"));
    const text = (html: string) => html.slice(html.indexOf('<div class="article-text"'), html.indexOf("</section>"));
    expect(list(await page("en"))).toContain(">Review</a>");
    expect(list(await page("ar"))).toContain(">مراجعة</a>");
    expect(list(await page("en"))).not.toContain("مراجعة");
    expect(text(await page("en"))).not.toContain("v-misleading");
    await ws.store.updateArticle("long", (draft) => {
      draft.claims[1]!.verdict = "misleading";
    });
    for (const [language, label] of [
      ["en", "Misleading"],
      ["ar", "مضلل"],
    ] as const) {
      const html = await page(language);
      expect(list(html)).toContain(`<span class="badge verdict v-misleading">${label}</span>`);
      expect(text(html)).toMatch(/<a class="hl v-misleading" href="\/articles\/long\/claims\/n2"/);
    }
  });
});
