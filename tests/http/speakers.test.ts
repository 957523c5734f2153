import request from "supertest";
import { describe, expect, it } from "vitest";
import { addAccount, signedInAgent, type SignedInAgent, postForm as post } from "../helpers/session-client.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, englishArticle, recordAt, storedArticles, workspace } from "../helpers/workspace.ts";

const C1 = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const C2 = "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي";
const EN_CLAIM = "the bridge would reopen in May";
/** Keys (folded spellings) as the pages' addresses carry them. */
const MINISTER = "وزير الخارجيه الامريكي";
const MINISTER_ALT = "وزير الخارجيه الاميركي";
const at = (key: string) => `/speakers/${encodeURIComponent(key)}`;

/**
 * The US secretary of state spelt four ways: two Arabic spellings differing only in diacritics and
 * tatweel (one speaker already), a third with ي where the first has ر‍ي (الأميركي), and in English
 * "Antony Blinken" and "Blinken"; and a hostile speaker name.
 */
const desk = () => [
  arabicArticle({
    claims: [
      recordAt(AR_TEXT, C1, { id: "c1", speaker: "وزير الخارجية الأمريكي", verdict: "false", status: "approved" }),
      recordAt(AR_TEXT, C2, { id: "c2", speaker: "وزيرُ الخارجيـة الامريكى" }),
    ],
  }),
  arabicArticle({ id: "ar2", title: "خبر ثان", claims: [recordAt(AR_TEXT, C1, { id: "d1", speaker: "وزير الخارجية الأميركي", verdict: "true" })] }),
  englishArticle({ claims: [recordAt(EN_TEXT, EN_CLAIM, { id: "e1", speaker: "Antony Blinken" })] }),
  englishArticle({ id: "en2", claims: [recordAt(EN_TEXT, EN_CLAIM, { id: "e2", speaker: "Blinken" })] }),
  englishArticle({ id: "en3", claims: [recordAt(EN_TEXT, EN_CLAIM, { id: "e3", speaker: "<img src=x onerror=alert(1)> \u202Eevil" })] }),
];

async function team() {
  const ws = await workspace(desk());
  return { ...ws, salma: await signedInAgent(ws.app, "reviewer", "Salma"), hind: await signedInAgent(ws.app, "editor", "Hind") };
}
const get = (who: SignedInAgent, url: string) => who.agent.get(url).set("Accept-Language", "en");
const claimLinks = (html: string) => [...html.matchAll(/class="claim-link" href="\/articles\/([^/]+)\/claims\/([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`);

describe("GET /speakers", () => {
  it("sends an anonymous visitor to sign in", async () => {
    const { app, store } = await workspace(desk());
    await addAccount(store, "Salma", "reviewer");
    expect((await request(app).get("/speakers").expect(303)).headers.location).toMatch(/^\/login/);
    expect((await request(app).get(at(MINISTER)).expect(303)).headers.location).toMatch(/^\/login/);
  });

  it("lists speakers by folded name, with every spelling seen and claim, article and verdict counts", async () => {
    const { salma } = await team();
    const res = await get(salma, "/speakers").expect(200);
    const row = res.text.slice(res.text.indexOf(`href="${at(MINISTER)}"`)).split("</tr>")[0]!;
    expect(row).toContain("وزير الخارجية الأمريكي</bdi> (1)");
    expect(row).toContain("وزيرُ الخارجيـة الامريكى</bdi> (1)");
    expect(row).toMatch(/<td>2<\/td>\s*<td>1<\/td>/);
    expect(row).toContain("False 1");
    expect(row).toContain("No verdict yet 1");
    expect(res.text).toContain(`href="${at(MINISTER_ALT)}"`);
  });

  it("narrows the list to a name, folded", async () => {
    const { salma } = await team();
    const res = await get(salma, `/speakers?q=${encodeURIComponent("الأميركى")}`).expect(200);
    expect(res.text).toContain(`href="${at(MINISTER_ALT)}"`);
    expect(res.text).not.toContain(`href="${at(MINISTER)}"`);
  });

  it("escapes a hostile speaker name and reveals its bidi control", async () => {
    const { salma } = await team();
    const res = await get(salma, "/speakers").expect(200);
    expect(res.text).toContain("&lt;img src=x onerror=alert(1)&gt; [U+202E]evil");
    expect(res.text).not.toContain("<img src=x");
    expect(res.text).not.toContain("\u202E");
  });

  it("answers a bad query string with 400", async () => {
    const { salma } = await team();
    await get(salma, "/speakers?q=a&q=b").expect(400);
    await get(salma, "/speakers?page=-1").expect(400);
  });
});

describe("GET /speakers/:key", () => {
  it("lists the speaker's claims across articles with verdicts and links, and offers a reviewer no merge", async () => {
    const { salma } = await team();
    const res = await get(salma, at(MINISTER)).expect(200);
    expect(claimLinks(res.text)).toEqual(["ar1/c1", "ar1/c2"]);
    expect(res.text).toContain('<span class="claim-text" lang="ar" dir="rtl">');
    expect(res.text).toContain("Claims: 2 · articles: 1");
    expect(res.text).not.toContain("/merge");
  });

  it("answers an unknown speaker with 404", async () => {
    const { salma } = await team();
    const res = await get(salma, at("nobody at all")).expect(404);
    expect(res.text).toContain("No claim has this speaker.");
  });
});

describe("merging spellings", () => {
  it("is for editors: a reviewer gets 403 and nothing changes", async () => {
    const { salma, store } = await team();
    await post(salma, `${at(MINISTER)}/merge`, { spelling: "وزير الخارجية الأميركي" }).expect(403);
    expect((await store.getSettings()).speakerAliases).toBeUndefined();
  });

  it("needs the CSRF token", async () => {
    const { hind, store } = await team();
    await hind.agent
      .post(`${at(MINISTER)}/merge`)
      .type("form")
      .send({ spelling: "وزير الخارجية الأميركي" })
      .expect(403);
    expect((await store.getSettings()).speakerAliases).toBeUndefined();
  });

  it("lists the other spelling's claims under the speaker, changes no claim, and search finds them by either name", async () => {
    const { hind, salma, store } = await team();
    const before = await storedArticles(store);
    const res = await post(hind, `${at(MINISTER)}/merge`, { spelling: "وزير الخارجية الأميركي" }).expect(303);
    expect(res.headers.location).toBe(`${at(MINISTER)}?merged=1`);
    expect((await store.getSettings()).speakerAliases).toEqual({ [MINISTER_ALT]: MINISTER });
    expect(await storedArticles(store)).toEqual(before);

    const page = await get(salma, res.headers.location!).expect(200);
    expect(page.text).toContain("Merged: the other spelling");
    expect(claimLinks(page.text)).toEqual(["ar1/c1", "ar1/c2", "ar2/d1"]);
    expect(page.text).toContain("Claims: 3 · articles: 2");
    expect((await get(salma, at(MINISTER_ALT)).expect(303)).headers.location).toBe(at(MINISTER));
    const found = await get(salma, `/search?q=${encodeURIComponent("الأمريكي")}&verdict=true`).expect(200);
    expect(found.text).toContain('href="/articles/ar2/claims/d1"');
  });

  it("merges English spellings and undoes the merge", async () => {
    const { hind, store } = await team();
    await post(hind, `${at("antony blinken")}/merge`, { spelling: "Blinken" }).expect(303);
    expect(claimLinks((await get(hind, at("antony blinken"))).text)).toEqual(["en1/e1", "en2/e2"]);
    const page = await get(hind, at("antony blinken")).expect(200);
    expect(page.text).toContain('name="spelling" value="blinken"');

    const undone = await post(hind, `${at("antony blinken")}/unmerge`, { spelling: "blinken" }).expect(303);
    expect(undone.headers.location).toBe(`${at("antony blinken")}?unmerged=1`);
    expect((await store.getSettings()).speakerAliases).toEqual({});
    expect(claimLinks((await get(hind, at("antony blinken"))).text)).toEqual(["en1/e1"]);
    expect(claimLinks((await get(hind, at("blinken")).expect(200)).text)).toEqual(["en2/e2"]);
  });

  it.each([
    ["a spelling no claim has", { spelling: "Someone Else" }, "No claim has a speaker spelled like this."],
    ["the speaker's own spelling", { spelling: "وزيرُ الخارجية الامريكي" }, "This spelling is already this speaker."],
    ["an empty spelling", { spelling: "  " }, "This field is required."],
    ["a field the form does not have", { spelling: "Blinken", extra: "1" }, "This form has fields it does not take"],
  ])("re-shows the page with 422 for %s, keeping what was typed", async (_name, form, message) => {
    const { hind, store } = await team();
    const res = await post(hind, `${at(MINISTER)}/merge`, form).expect(422);
    expect(res.text).toContain(message);
    if (form.spelling.trim()) expect(res.text).toContain(`value="${form.spelling}"`);
    expect((await store.getSettings()).speakerAliases).toBeUndefined();
  });

  it("refuses to unmerge a spelling that is not merged into the speaker", async () => {
    const { hind } = await team();
    const res = await post(hind, `${at(MINISTER)}/unmerge`, { spelling: "blinken" }).expect(422);
    expect(res.text).toContain("That spelling is not merged into this speaker.");
  });

  it("answers a merge into an unknown speaker with 404", async () => {
    const { hind } = await team();
    await post(hind, `${at("nobody")}/merge`, { spelling: "Blinken" }).expect(404);
  });
});

describe("speaker pages in Arabic", () => {
  it("render right to left with the Arabic interface", async () => {
    const { salma } = await team();
    const res = await salma.agent.get(at(MINISTER)).set("Accept-Language", "ar").expect(200);
    expect(res.text).toMatch(/<html lang="ar" dir="rtl">/);
    expect(res.text).toContain("التصريحات");
  });
});
