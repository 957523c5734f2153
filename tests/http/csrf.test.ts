import request from "supertest";
import { describe, expect, it } from "vitest";
import { csrfIn, signedInAgent } from "../helpers/session-client.ts";
import { routeTableWorkspace, STATE_CHANGING } from "../helpers/route-table.ts";
import { storedArticles, storeContents } from "../helpers/workspace.ts";

/** Each state-changing route, posted by the weakest account allowed (an admin for the open ones). */
const POSTS = STATE_CHANGING.map((r) => ({ ...r, as: r.role ?? "admin" })).filter((r) => r.ok !== 404);

const FORGERIES = [
  ["no token", () => ({})],
  ["a wrong token", () => ({ _csrf: "0".repeat(256) })],
  ["the token of another session", (other: string) => ({ _csrf: other })],
] as const;

describe("CSRF protection", () => {
  it.each(POSTS)("POST $url with no token, a wrong one or another session's answers 403 and changes nothing", async ({ url, as, form }) => {
    const { app, store } = await routeTableWorkspace();
    const { agent, csrf } = await signedInAgent(app, as);
    const other = await signedInAgent(app, as, "other");
    expect(other.csrf).not.toBe(csrf);
    const before = JSON.stringify(await storeContents(store));
    for (const [forgery, token] of FORGERIES) {
      const res = await agent
        .post(url)
        .set("Accept-Language", "en")
        .type("form")
        .send({ ...form, ...token(other.csrf) });
      expect(res.status, forgery).toBe(403);
      expect(res.text, forgery).toContain("This form has expired or did not come from Isnad, so nothing was saved.");
      expect(JSON.stringify(await storeContents(store)), forgery).toBe(before);
    }
    await agent.get("/articles").expect(200);
  });

  it("gives a browser that holds its token the same token again without setting the cookie, and a new one in a new session", async () => {
    const { app } = await routeTableWorkspace();
    const { agent, csrf } = await signedInAgent(app, "reviewer");
    const again = await agent.get("/articles").expect(200);
    expect(csrfIn(again.text)).toBe(csrf);
    expect(again.headers["set-cookie"]).toBeUndefined();
    const other = await signedInAgent(app, "reviewer", "other");
    expect(other.csrf).not.toBe(csrf);
    // A held cookie whose token is not this session's is replaced.
    const stranger = await request(app).get("/login").set("Cookie", `isnad.csrf=${csrf}`).expect(200);
    expect(csrfIn(stranger.text)).not.toBe(csrf);
    expect((stranger.headers["set-cookie"] as unknown as string[]).some((c) => c.startsWith("isnad.csrf="))).toBe(true);
  });

  it("accepts the token in the x-csrf-token header, for scripts", async () => {
    const { app, store } = await routeTableWorkspace();
    const { agent, csrf } = await signedInAgent(app, "reviewer");
    await agent.post("/articles/ar1/claims/c1/dismiss").set("x-csrf-token", csrf).type("form").send({ version: "1" }).expect(303);
    expect((await storedArticles(store))[0]!.claims[0]!.dismissed).toBe(true);
  });

  it("refuses a multipart import without the token, before reading the file", async () => {
    const { app, store } = await routeTableWorkspace();
    const { agent } = await signedInAgent(app, "editor");
    await agent.post("/articles").field("title", "t").attach("file", Buffer.from("The mayor said so."), "a.txt").expect(403);
    expect(await storedArticles(store)).toHaveLength(2);
  });

  it("puts the session's token in every form of every page", async () => {
    const { app } = await routeTableWorkspace();
    const { agent, csrf } = await signedInAgent(app, "admin");
    for (const path of [
      "/articles",
      "/articles/new",
      "/articles/ar1",
      "/articles/ar1/claims/c1",
      "/articles/ar1/claims/c2",
      "/articles/ar1/report",
      "/accounts",
      "/account",
    ]) {
      const html = (await agent.get(path).expect(200)).text;
      const forms = [...html.matchAll(/<form[^>]*method="post"[\s\S]*?<\/form>/g)].map((m) => m[0]);
      expect(forms.length, path).toBeGreaterThan(0);
      for (const form of forms) expect(form, path).toContain(`<input type="hidden" name="_csrf" value="${csrf}">`);
    }
  });

  it("gives the sign-in form a token bound to the visitor's own cookie", async () => {
    const { app } = await routeTableWorkspace();
    const first = request.agent(app);
    const second = request.agent(app);
    const token = csrfIn((await first.get("/login").expect(200)).text);
    await second.get("/login").expect(200);
    await second.post("/login").type("form").send({ username: "target", password: "x", _csrf: token }).expect(403);
  });
});
