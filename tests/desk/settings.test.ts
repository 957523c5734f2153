import request from "supertest";
import { describe, expect, it } from "vitest";
import { csrfIn, signedInAgent } from "../helpers/session-client.ts";
import { EN_TEXT, englishArticle, recordAt, workspace } from "../helpers/workspace.ts";

const approved = () =>
  englishArticle({ claims: [recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", speaker: "The mayor", status: "approved", verdict: "false" })] });
/** A workspace whose environment fixes nothing (no PUBLIC_URL, no ORGANIZATION_*), with an admin signed in. */
async function unconfigured() {
  const ws = await workspace([approved()], { publicUrl: undefined, organization: undefined });
  return { ...ws, admin: await signedInAgent(ws.app, "admin", "Nadia") };
}
const form = {
  organizationName: "مسبار",
  organizationUrl: "https://misbar.example",
  logoUrl: "https://misbar.example/logo.png",
  publicBaseUrl: "https://fact.misbar.example/",
  defaultLanguage: "ar",
};

describe("GET and POST /settings", () => {
  it("saves the organisation, logo, public base URL and default language, which the public page and ClaimReview then use", async () => {
    const { admin, store, app } = await unconfigured();
    const res = await admin.agent
      .post("/settings")
      .type("form")
      .send({ ...form, _csrf: admin.csrf })
      .expect(303);
    expect(res.headers.location).toBe("/settings?saved=1");
    expect(await store.getSettings()).toEqual({ allowedImportHosts: [], ...form, publicBaseUrl: "https://fact.misbar.example" });
    const page = await admin.agent.get("/settings?saved=1").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Settings saved.");
    expect(page.text).toContain('value="مسبار"');
    const reviews = JSON.parse((await admin.agent.get("/articles/en1/claimreview.jsonld").expect(200)).text);
    expect(reviews[0]).toMatchObject({
      url: "https://fact.misbar.example/fact-checks/en1#claim-e1",
      author: { "@type": "Organization", name: "مسبار", url: "https://misbar.example", logo: "https://misbar.example/logo.png" },
    });
    const pub = await request(app).get("/fact-checks/en1").expect(200);
    expect(pub.text).toContain('<meta property="og:url" content="https://fact.misbar.example/fact-checks/en1">');
  });

  it("clears a setting left blank", async () => {
    const { admin, store } = await unconfigured();
    await admin.agent
      .post("/settings")
      .type("form")
      .send({ ...form, _csrf: admin.csrf })
      .expect(303);
    await admin.agent
      .post("/settings")
      .type("form")
      .send({ ...form, logoUrl: "", _csrf: admin.csrf })
      .expect(303);
    expect((await store.getSettings()).logoUrl).toBeUndefined();
    expect((await store.getSettings()).organizationName).toBe("مسبار");
  });

  it("gives the form back with a message beside each wrong field and every value as typed", async () => {
    const { admin, store } = await unconfigured();
    const res = await admin.agent
      .post("/settings")
      .set("Accept-Language", "en")
      .type("form")
      .send({ ...form, logoUrl: "javascript:alert(1)", publicBaseUrl: "https://x.example/?a=1", _csrf: admin.csrf })
      .expect(422);
    expect(res.text).toMatch(/id="logoUrl-error">Enter a web address/);
    expect(res.text).toMatch(/id="publicBaseUrl-error">Give the address without \? or #/);
    expect(res.text).toContain('value="javascript:alert(1)"');
    expect(res.text).toContain('value="مسبار"');
    expect((await store.getSettings()).organizationName).toBeUndefined();
  });

  it("shows settings the environment fixes as not editable, and keeps them when the form is saved", async () => {
    const { app, store } = await workspace([approved()], { publicUrl: "https://env.example", organization: { name: "From env" } });
    const admin = await signedInAgent(app, "admin", "Nadia");
    const page = await admin.agent.get("/settings").set("Accept-Language", "en").expect(200);
    expect(page.text).toMatch(/name="publicBaseUrl"[^>]*value="https:\/\/env.example"[^>]*disabled/);
    expect(page.text).toMatch(/name="organizationName"[^>]*value="From env"[^>]*disabled/);
    expect(page.text).toContain("Set by the server&#39;s environment");
    await admin.agent.post("/settings").type("form").send({ logoUrl: "https://cdn.example/l.png", defaultLanguage: "en", _csrf: admin.csrf }).expect(303);
    expect(await store.getSettings()).toMatchObject({ logoUrl: "https://cdn.example/l.png", defaultLanguage: "en" });
    expect((await store.getSettings()).organizationName).toBeUndefined();
    const reviews = JSON.parse((await admin.agent.get("/articles/en1/claimreview.jsonld").expect(200)).text);
    expect(reviews[0]).toMatchObject({ url: "https://env.example/fact-checks/en1#claim-e1", author: { name: "From env" } });
  });

  it("without a public base URL, points ClaimReview at the address the request came to", async () => {
    const { admin } = await unconfigured();
    const reviews = JSON.parse((await admin.agent.get("/articles/en1/claimreview.jsonld").set("Host", "desk.local:3000").expect(200)).text);
    expect(reviews[0].url).toBe("http://desk.local:3000/fact-checks/en1#claim-e1");
    expect(reviews[0].author).toBeUndefined();
  });

  it("refuses a field the form does not have", async () => {
    const { admin } = await unconfigured();
    await admin.agent
      .post("/settings")
      .type("form")
      .send({ ...form, allowedImportHosts: "10.0.0.1", _csrf: admin.csrf })
      .expect(422);
  });
});

describe("the default interface language", () => {
  it("is used when the browser asks for no known language, and never over a chosen or asked-for one", async () => {
    const { admin, app } = await unconfigured();
    await admin.agent
      .post("/settings")
      .type("form")
      .send({ ...form, _csrf: admin.csrf })
      .expect(303);
    const silent = await request(app).get("/login").unset("Accept-Language").expect(200);
    expect(silent.text).toMatch(/<html lang="ar" dir="rtl">/);
    const french = await request(app).get("/login").set("Accept-Language", "fr").expect(200);
    expect(french.text).toMatch(/<html lang="ar" dir="rtl">/);
    const english = await request(app).get("/login").set("Accept-Language", "en").expect(200);
    expect(english.text).toMatch(/<html lang="en" dir="ltr">/);
    const chosen = await request(app).get("/login").set("Cookie", "lang=en").set("Accept-Language", "fr").expect(200);
    expect(chosen.text).toMatch(/<html lang="en" dir="ltr">/);
  });
});

describe("POST /setup", () => {
  it("asks for the organisation's name and keeps it as the desk setting", async () => {
    const { app, store } = await workspace([], { organization: undefined });
    const agent = request.agent(app);
    const page = await agent.get("/setup").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain('name="organizationName"');
    await agent
      .post("/setup")
      .type("form")
      .send({
        username: "Nadia",
        password: "a long enough password",
        passwordAgain: "a long enough password",
        organizationName: "Fact Desk",
        _csrf: csrfIn(page.text),
      })
      .expect(303);
    expect((await store.getSettings()).organizationName).toBe("Fact Desk");
  });

  it("keeps the organisation's name as typed when another field is wrong", async () => {
    const { app, store } = await workspace([]);
    const agent = request.agent(app);
    const page = await agent.get("/setup").expect(200);
    const res = await agent
      .post("/setup")
      .type("form")
      .send({ username: "Nadia", password: "short", organizationName: "Fact Desk", _csrf: csrfIn(page.text) })
      .expect(422);
    expect(res.text).toContain('value="Fact Desk"');
    expect(await store.listUsers()).toHaveLength(0);
  });
});
