import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInAgent, type SignedInAgent } from "../helpers/session-client.ts";
import { T0, storedArticles, workspace } from "../helpers/workspace.ts";
import { fixturePage, startPageServer } from "./page-server.ts";

let base: string;
let close: () => Promise<void>;
beforeAll(async () => ({ base, close } = await startPageServer()));
afterAll(() => close());

/** A workspace with no articles, imports from 127.0.0.1 allowed (or not), and Hind, an editor, signed in. */
async function desk(allowedImportHosts = ["127.0.0.1"]) {
  const ws = await workspace([]);
  await ws.store.updateSettings((settings) => {
    settings.allowedImportHosts = allowedImportHosts;
  });
  return { ...ws, hind: await signedInAgent(ws.app, "editor", "Hind") };
}

const fetchUrl = (who: SignedInAgent, url: string, lang = "en") =>
  who.agent.post("/articles/import").set("Accept-Language", lang).type("form").send({ _csrf: who.csrf, url });
const importForm = (who: SignedInAgent) => who.agent.post("/articles").set("Accept-Language", "en").field("_csrf", who.csrf);

/** The value of the input `name` on a page. */
function inputValue(html: string, name: string): string | undefined {
  const tag = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  return tag ? /value="([^"]*)"/.exec(tag)?.[1] : undefined;
}

/** The review form's fields, as the browser would send them back. */
function reviewFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ["title", "sourceUrl", "canonicalUrl", "publisher", "byline", "publishedAt", "retrievedAt", "reviewed", "_csrf"])
    fields[name] = decode(inputValue(html, name) ?? "");
  fields.language = /<option value="(\w+)" selected>/.exec(html)?.[1] ?? "";
  fields.text = decode(/<textarea id="text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? "");
  return fields;
}

function decode(escaped: string): string {
  return escaped
    .replace(/&#34;|&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("POST /articles/import (from a web address)", () => {
  it("fetches the page and shows what was found for review, storing nothing", async () => {
    const { hind, store } = await desk();
    const res = await fetchUrl(hind, `${base}/pages/bbc-obama-guns`).expect(200);
    const fields = reviewFields(res.text);
    expect(fields).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      sourceUrl: `${base}/pages/bbc-obama-guns`,
      canonicalUrl: "http://www.bbc.com/news/world-us-canada-33646704",
      publisher: "BBC News",
      publishedAt: "2015-07-24",
      retrievedAt: T0.toISOString(),
      language: "en",
      reviewed: "1",
    });
    expect(fields.text).toContain("However, Mr Obama said race relations had improved during his presidency.\n\nHours after the interview");
    expect(res.text).toContain("<p>However, Mr Obama said race relations had improved during his presidency.</p>");
    expect(await store.listArticles()).toEqual([]);
  });

  it("stores the reviewed article with its source, canonical address, byline and retrieval time", async () => {
    const { hind, store } = await desk();
    const review = await fetchUrl(hind, `${base}/redirect/1`).expect(200);
    const fields: Record<string, string> = { ...reviewFields(review.text), title: "Obama on gun laws" };
    await hind.agent.post("/articles").type("form").send(fields).expect(303);
    expect((await storedArticles(store))[0]).toMatchObject({
      title: "Obama on gun laws",
      sourceUrl: `${base}/redirect/1`,
      canonicalUrl: "http://www.bbc.com/news/world-us-canada-33646704",
      byline: "BBC News",
      publisher: "BBC News",
      publishedAt: "2015-07-24",
      retrievedAt: T0.toISOString(),
      language: "en",
      text: fields.text,
    });
  });

  it("reads an Arabic page served as windows-1256 and picks Arabic", async () => {
    const { hind } = await desk();
    const res = await fetchUrl(hind, `${base}/arabic-1256`).expect(200);
    expect(reviewFields(res.text)).toMatchObject({ title: "معارضون يسيطرون على مخازن للصواريخ بريف دمشق", language: "ar", publisher: "CNNArabic" });
    expect(res.text).toContain('<textarea id="text" name="text" lang="ar" dir="rtl"');
    expect(res.text).toContain("windows-1256");
  });

  it.each([
    ["a loopback address no admin allowed", "/pages/bbc-obama-guns", [], "is an internal or private address"],
    ["a PDF", "/pdf", ["127.0.0.1"], "gives a application/pdf file, not a web page"],
    ["a 404", "/status/404", ["127.0.0.1"], "answered with error 404"],
    ["a page without an article", "/empty-page", ["127.0.0.1"], "No article was found on this page"],
    ["an undeclared legacy charset", "/arabic-1256-undeclared", ["127.0.0.1"], "does not say which encoding it uses"],
  ])("refuses %s with a message and stores nothing", async (_name, path, allowed, message) => {
    const { hind, store } = await desk(allowed);
    const res = await fetchUrl(hind, `${base}${path}`).expect(422);
    expect(res.text).toContain(message);
    expect(inputValue(res.text, "url")).toBe(`${base}${path}`);
    expect(await store.listArticles()).toEqual([]);
  });

  it("refuses an address that is not http(s) in the interface's language", async () => {
    const { hind } = await desk();
    const res = await fetchUrl(hind, "file:///etc/passwd", "ar").expect(422);
    expect(res.text).toContain("أدخل رابطًا كاملًا يبدأ بـ http:// أو https://.");
  });

  it.each([
    ["no address", {}, "This field is required."],
    ["two addresses", { url: ["http://a.example/", "http://b.example/"] }, "This value is not valid."],
    ["a field the form does not have", { url: "http://a.example/", title: "x" }, "This form has fields it does not take: title."],
  ])("re-shows the form for %s", async (_name, body, message) => {
    const { hind } = await desk();
    const res = await hind.agent
      .post("/articles/import")
      .set("Accept-Language", "en")
      .type("form")
      .send({ _csrf: hind.csrf, ...body })
      .expect(422);
    expect(res.text).toContain(message);
  });

  it("refuses a request without the CSRF token", async () => {
    const { hind } = await desk();
    await hind.agent
      .post("/articles/import")
      .type("form")
      .send({ url: `${base}/pages/bbc-obama-guns` })
      .expect(403);
  });

  it("is for editors only", async () => {
    const ws = await desk();
    const salma = await signedInAgent(ws.app, "reviewer", "Salma");
    await fetchUrl(salma, `${base}/pages/bbc-obama-guns`).expect(403);
  });
});

describe("POST /articles with a saved page, pasted HTML or a pasted address", () => {
  it("reads an uploaded .html page and shows it for review", async () => {
    const { hind, store } = await desk();
    const res = await importForm(hind).attach("file", fixturePage("cnn-arabic-syria"), "syria.html").expect(200);
    const fields = reviewFields(res.text);
    expect(fields).toMatchObject({
      title: "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
      language: "ar",
      sourceUrl: "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html",
      retrievedAt: "",
    });
    expect(fields.text).not.toContain("cnnDocDomain");
    expect(res.text).toContain("a saved page");
    expect(await store.listArticles()).toEqual([]);
  });

  it("treats pasted page source like a saved page", async () => {
    const { hind } = await desk();
    const res = await importForm(hind).field("title", "").field("text", fixturePage("telegraph-mugabe").toString("utf8")).expect(200);
    expect(reviewFields(res.text).title).toBe("Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate");
  });

  it("offers to fetch a web address pasted into the text box", async () => {
    const { hind, store } = await desk();
    const res = await importForm(hind).field("title", "").field("text", "  https://news.example.org/story  ").expect(200);
    expect(res.text).toContain("The text box holds only a web address: https://news.example.org/story.");
    expect(res.text).toMatch(
      /<form class="notice pasted-url" method="post" action="\/articles\/import">[\s\S]*?name="url" value="https:\/\/news.example.org\/story"/,
    );
    expect(await store.listArticles()).toEqual([]);
  });

  it("takes a saved page larger than the 1 MB text limit, since most of a page is markup", async () => {
    const { hind } = await desk();
    const padding = `<script>/* ${"x".repeat(2 * 1024 * 1024)} */</script>`;
    const page = Buffer.from(fixturePage("bbc-obama-guns").toString("utf8").replace("</head>", `${padding}</head>`));
    const res = await importForm(hind).attach("file", page, "obama.htm").expect(200);
    expect(reviewFields(res.text).title).toBe("Obama admits US gun laws are his 'biggest frustration'");
  });

  it("refuses an uploaded page with no article", async () => {
    const { hind } = await desk();
    const res = await importForm(hind).attach("file", Buffer.from("<!doctype html><title>x</title><p>Hi.</p>"), "home.html").expect(422);
    expect(res.text).toContain("No article was found on this page");
  });
});

describe("duplicates", () => {
  it("names a stored article with the same address, refuses the plain import, and imports it as a new version on request", async () => {
    const { hind, store } = await desk();
    const first = await fetchUrl(hind, `${base}/pages/bbc-obama-guns`).expect(200);
    const fields = reviewFields(first.text);
    const saved = await hind.agent.post("/articles").type("form").send(fields).expect(303);

    const again = await fetchUrl(hind, `${base}/pages/bbc-obama-guns`).expect(200);
    expect(again.text).toContain("This article may already be in Isnad");
    expect(again.text).toContain(`href="${saved.headers.location}"`);
    const refused = await hind.agent.post("/articles").type("form").send(reviewFields(again.text)).expect(409);
    expect(refused.text).toContain("same address");
    expect(await store.listArticles()).toHaveLength(1);

    await hind.agent
      .post("/articles")
      .type("form")
      .send({ ...reviewFields(again.text), asNewVersion: "1" })
      .expect(303);
    expect(await store.listArticles()).toHaveLength(2);
  });

  it("names a stored article with the same pasted text", async () => {
    const { hind, store } = await desk();
    const text = "The minister said taxes would fall next year, according to a statement.";
    await importForm(hind).field("title", "Taxes").field("text", text).expect(303);
    const res = await importForm(hind).field("title", "Taxes again").field("text", `${text}\n`).expect(409);
    expect(res.text).toContain("same text");
    expect(res.text).toContain('name="asNewVersion" value="1"');
    expect(await store.listArticles()).toHaveLength(1);
  });
});
