import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/schemas/limits.ts";
import { signedInAgent, type SignedInAgent } from "../helpers/session-client.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, claimAt, englishArticle, recordAt, workspace, storedArticles } from "../helpers/workspace.ts";

/** A multipart import posted by `who` (an editor), with the session's CSRF token. */
const importForm = (who: SignedInAgent) => who.agent.post("/articles").set("Accept-Language", "en").field("_csrf", who.csrf);

/** A workspace with Hind, an editor, signed in. */
async function editing(...args: Parameters<typeof workspace>) {
  const ws = await workspace(...args);
  return { ...ws, hind: await signedInAgent(ws.app, "editor", "Hind") };
}

describe("GET /articles", () => {
  it("lists each article with its language, claim, awaiting-decision and published counts and a bar of published verdicts only", async () => {
    const reviewed = arabicArticle({
      claims: [
        recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", { id: "c1", status: "approved", verdict: "false" }),
        recordAt(AR_TEXT, "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي", { id: "c2", status: "submitted", verdict: "misleading" }),
      ],
    });
    const dismissed = englishArticle({ claims: [recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", dismissed: true })] });
    const { hind } = await editing([reviewed, dismissed]);
    const res = await hind.agent.get("/articles").set("Accept-Language", "en").expect(200);
    const [english, arabic] = res.text.split("<tr>").slice(2); // newest import first
    expect(arabic).toContain("تصريح من واشنطن");
    expect(arabic).toContain("Arabic");
    expect(arabic!.match(/class="num">(\d+)</g)).toEqual(['class="num">2<', 'class="num">1<', 'class="num">1<']);
    expect(arabic).toContain('src="/articles/ar1/verdict-bar.svg"');
    expect(arabic).toContain('alt="Published verdicts (1 approved claims)"');
    expect(english!.match(/class="num">(\d+)</g)).toEqual(['class="num">0<', 'class="num">0<', 'class="num">0<']);
  });

  it("says so when there are no articles", async () => {
    const { hind } = await editing([]);
    const res = await hind.agent.get("/articles").set("Accept-Language", "en").expect(200);
    expect(res.text).toContain("No articles yet");
  });
});

describe("POST /articles (import)", () => {
  it("imports pasted text with its metadata, extracts claims and redirects to the article", async () => {
    const text = "The minister said taxes would fall.";
    const { hind, store } = await editing([], { extracted: [claimAt(text, "taxes would fall", { id: "x1", speaker: "The minister" })] });
    const res = await importForm(hind)
      .field("title", "Tax plans")
      .field("sourceUrl", "https://news.example.org/tax")
      .field("publisher", "Example News")
      .field("publishedAt", "2026-01-02")
      .field("language", "auto")
      .field("text", text)
      .expect(303);
    expect(res.headers.location).toBe("/articles/id1");
    const [article] = await storedArticles(store);
    expect(article).toMatchObject({
      id: "id1",
      title: "Tax plans",
      language: "en",
      text,
      sourceUrl: "https://news.example.org/tax",
      publisher: "Example News",
      publishedAt: "2026-01-02",
    });
    expect(article!.claims.map((c) => [c.id, c.text, c.status])).toEqual([["x1", "taxes would fall", "unreviewed"]]);
  });

  it("imports an uploaded UTF-8 .txt file byte for byte, detecting Arabic", async () => {
    const { hind, store } = await editing([]);
    await importForm(hind).field("title", "خبر").attach("file", Buffer.from(AR_TEXT, "utf8"), "article.txt").expect(303);
    expect((await storedArticles(store))[0]).toMatchObject({ language: "ar", text: AR_TEXT });
  });

  it("lets the person override the detected language", async () => {
    const { hind, store } = await editing([]);
    await importForm(hind).field("title", "t").field("language", "ar").field("text", EN_TEXT).expect(303);
    expect((await storedArticles(store))[0]!.language).toBe("ar");
  });

  it("turns the CRLF line ends a browser sends from a textarea back into the pasted LF", async () => {
    const { hind, store } = await editing([]);
    await importForm(hind).field("title", "t").field("text", "line one\r\n\r\nline two").expect(303);
    expect((await storedArticles(store))[0]!.text).toBe("line one\n\nline two");
  });

  it.each([
    ["empty", ""],
    ["whitespace only", "  \n\t  "],
  ])("gives the form back with a message when the text is %s, keeping the title", async (_name, text) => {
    const { hind, store } = await editing([]);
    const res = await importForm(hind).field("title", "Keep me").field("text", text).expect(422);
    expect(res.text).toContain("The article text is empty");
    expect(res.text).toContain('value="Keep me"');
    expect(res.text).toMatch(/id="text"[^>]*aria-invalid="true"/);
    expect(await storedArticles(store)).toHaveLength(0);
  });

  it("shows a message beside each wrong field and keeps every value typed", async () => {
    const { hind } = await editing([]);
    const res = await importForm(hind)
      .field("title", "")
      .field("sourceUrl", "javascript:alert(1)")
      .field("publishedAt", "2026-02-30")
      .field("language", "fr")
      .field("text", "Some <b>text</b>")
      .expect(422);
    expect(res.text).toMatch(/id="title-error">This field is required/);
    expect(res.text).toMatch(/id="sourceUrl-error">Enter a web address starting with http/);
    expect(res.text).toMatch(/id="publishedAt-error">Enter a real date/);
    expect(res.text).toMatch(/id="language-error">Choose one of the options/);
    expect(res.text).toContain("Some &lt;b&gt;text&lt;/b&gt;</textarea>");
    expect(res.text).toContain('value="javascript:alert(1)"');
  });

  it("refuses text pasted together with a file", async () => {
    const { hind } = await editing([]);
    const res = await importForm(hind).field("title", "t").field("text", "pasted").attach("file", Buffer.from("file"), "a.txt").expect(422);
    expect(res.text).toContain("Paste the text or upload a file, not both");
  });

  it.each([
    ["a file that is not UTF-8", Buffer.from([0xff, 0xfe, 0x00, 0xd8]), "a.txt", "The file is not UTF-8 text"],
    ["a file that is not .txt", Buffer.from("%PDF-1.4"), "a.pdf", "Upload a plain-text .txt file"],
  ])("refuses %s with a message beside the file field", async (_name, bytes, name, message) => {
    const { hind } = await editing([]);
    const res = await importForm(hind).field("title", "t").attach("file", bytes, { filename: name, contentType: "application/octet-stream" }).expect(422);
    expect(res.text).toMatch(new RegExp(`id="file-error">${message}`));
  });

  it("puts an uploaded file's text in the box when another field is wrong, so it need not be uploaded again", async () => {
    const { hind } = await editing([]);
    const res = await importForm(hind).field("title", "").attach("file", Buffer.from("Uploaded words"), "a.txt").expect(422);
    expect(res.text).toContain("Uploaded words</textarea>");
    expect(res.text).toContain("you do not need to upload it again");
  });

  const tooBig = "ب".repeat(LIMITS.articleBytes / 2 + 1);
  it.each([
    ["pasted in a multipart form", (who: SignedInAgent) => importForm(who).field("title", "t").field("text", tooBig)],
    ["uploaded as a file", (who: SignedInAgent) => importForm(who).field("title", "t").attach("file", Buffer.from(tooBig), "a.txt")],
    [
      "posted url-encoded",
      (who: SignedInAgent) => who.agent.post("/articles").set("Accept-Language", "en").type("form").send({ title: "t", text: tooBig, _csrf: who.csrf }),
    ],
  ])("answers text over 1 MB %s with a 413 page", async (_name, send) => {
    const { hind, store } = await editing([]);
    const res = await send(hind).expect(413);
    expect(res.text).toContain("at most 1 MB");
    expect(await storedArticles(store)).toHaveLength(0);
  });

  it("accepts text of exactly 1 MB", async () => {
    const { hind } = await editing([]);
    await importForm(hind).field("title", "t").field("text", "a".repeat(LIMITS.articleBytes)).expect(303);
  });
});

describe("GET /articles/:id", () => {
  it("renders Arabic text right to left with every claim highlighted on whole words and linked to its claim", async () => {
    const { hind } = await editing();
    const res = await hind.agent.get("/articles/ar1").set("Accept-Language", "en").expect(200);
    expect(res.text).toMatch(/<div class="article-text" lang="ar" dir="rtl">/);
    expect(res.text).toMatch(/<a class="hl v-none" href="\/articles\/ar1\/claims\/c1"[^>]*>كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي<\/a>/);
    expect(res.text).toMatch(/href="\/articles\/ar1\/claims\/c2"/);
  });

  it("shows the article text unchanged, highlights included", async () => {
    const { hind } = await editing([englishArticle({ text: 'He said "a < b & c".', claims: [] })]);
    const res = await hind.agent.get("/articles/en1").expect(200);
    expect(res.text).toContain("He said &#34;a &lt; b &amp; c&#34;.");
  });

  it("widens a highlight that starts inside an Arabic word to the whole word", async () => {
    const partial = recordAt(AR_TEXT, "زاخستان ستواجه", { id: "p1" });
    const { hind } = await editing([arabicArticle({ claims: [partial] })]);
    const res = await hind.agent.get("/articles/ar1").expect(200);
    expect(res.text).toMatch(/>كازاخستان ستواجه<\/a>/);
  });

  it("colours highlights by verdict", async () => {
    const { hind } = await editing([arabicArticle({ claims: [recordAt(AR_TEXT, "لا أفهم", { id: "c9", verdict: "misleading" })] })]);
    const res = await hind.agent.get("/articles/ar1").expect(200);
    expect(res.text).toMatch(/<a class="hl v-misleading" href="\/articles\/ar1\/claims\/c9"/);
  });

  it("lists each claim with speaker, cue, kind, text, verdict and status", async () => {
    const claim = recordAt(EN_TEXT, "the bridge would reopen in May", {
      id: "e1",
      speaker: "The mayor",
      cue: { text: "said", start: 10, end: 14 },
      verdict: "true",
      status: "approved",
    });
    const { hind } = await editing([englishArticle({ claims: [claim] })]);
    const res = await hind.agent.get("/articles/en1").set("Accept-Language", "en").expect(200);
    const item = res.text.slice(res.text.indexOf('id="claim-e1"'));
    for (const shown of ["The mayor", ">said<", "Reported speech", "the bridge would reopen in May", ">True<", ">Approved<"]) expect(item).toContain(shown);
  });

  it.each([
    ["verdict=false", ["c1"]],
    ["verdict=none", ["c2", "c3"]],
    ["status=submitted", ["c1"]],
    ["status=dismissed", ["c4"]],
    ["status=orphaned", ["c3"]],
    ["speaker=Omar", ["c2"]],
    ["", ["c1", "c2", "c3"]],
  ])("filters the claim list and highlights by ?%s", async (query, expected) => {
    const claims = [
      recordAt(AR_TEXT, "عنوان", { id: "c1", verdict: "false", status: "submitted" }),
      recordAt(AR_TEXT, "الخبر", { id: "c2", speaker: "Omar" }),
      recordAt(AR_TEXT, "وقال", { id: "c3", orphaned: true }),
      recordAt(AR_TEXT, "وزير", { id: "c4", dismissed: true }),
    ];
    const { hind } = await editing([arabicArticle({ claims })]);
    const res = await hind.agent.get(`/articles/ar1?${query}`).expect(200);
    const listed = [...res.text.matchAll(/<li class="claim-item[^"]*" id="claim-(\w+)"/g)].map((m) => m[1]);
    const highlighted = [...res.text.matchAll(/<a class="hl[^"]*" href="\/articles\/ar1\/claims\/(\w+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(expected);
    expect(highlighted).toEqual(expected);
  });

  it.each(["verdict=maybe", "status=lost", "verdict=false&verdict=true"])("answers a filter it does not know (?%s) with 400", async (query) => {
    const { hind } = await editing();
    await hind.agent.get(`/articles/ar1?${query}`).expect(400);
  });

  it("returns 404 for an unknown id", async () => {
    const { hind } = await editing();
    const res = await hind.agent.get("/articles/nope").set("Accept-Language", "en").expect(404);
    expect(res.text).toContain("There is no article with this id");
  });
});

describe("POST /articles/:id/reextract", () => {
  it("merges a fresh extraction, keeps reviews and reports what changed", async () => {
    const reviewed = recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", { id: "c1", verdict: "false", notes: "mine", version: 2 });
    const fresh = [claimAt(AR_TEXT, "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي", { id: "n1" })];
    const { hind, store } = await editing([arabicArticle({ claims: [reviewed] })], { extracted: fresh });
    const res = await hind.agent.post("/articles/ar1/reextract").type("form").send({ _csrf: hind.csrf }).expect(303);
    expect(res.headers.location).toBe("/articles/ar1?added=1&matched=0&orphaned=1");
    const claims = (await storedArticles(store))[0]!.claims;
    expect(claims.map((c) => [c.id, c.orphaned, c.notes])).toEqual([
      ["c1", true, "mine"],
      ["n1", false, ""],
    ]);
    const page = await hind.agent.get(res.headers.location!).set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Re-extraction done: 1 new, 0 found again, 1 orphaned.");
    expect(page.text).toContain('class="badge orphaned"');
  });
});
