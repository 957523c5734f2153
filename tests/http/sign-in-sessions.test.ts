import type { Express } from "express";
import request from "supertest";
import { describe, expect, it } from "vitest";
import type { AppOptions } from "../../src/http/app-deps.ts";
import { createApp } from "../../src/http/create-app.ts";
import { UNTRUSTED_PROXY_WARNING } from "../../src/http/auth/proxy-warning.ts";
import type { Store } from "../../src/store/store.ts";
import { addAccount, csrfIn, TEST_PASSWORD } from "../helpers/session-client.ts";
import { T0, workspace } from "../helpers/workspace.ts";

const SECRET = "a session secret that is long enough, shared by both instances";

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header (later ones win). */
function cookiesOf(res: request.Response, previous = ""): string {
  const jar = new Map(previous ? previous.split("; ").map((c) => c.split("=", 2) as [string, string]) : []);
  for (const line of (res.headers["set-cookie"] as unknown as string[] | undefined) ?? []) {
    const [pair = ""] = line.split(";");
    const [name = "", value = ""] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
    if (value === "") jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([n, v]) => `${n}=${v}`).join("; ");
}

/** Signs in to `app` with plain requests and returns the browser's cookies and the CSRF token of its pages. */
async function signInTo(app: Express, username: string, password = TEST_PASSWORD) {
  const login = await request(app).get("/login").expect(200);
  let cookie = cookiesOf(login);
  const res = await request(app)
    .post("/login")
    .set("Cookie", cookie)
    .type("form")
    .send({ username, password, _csrf: csrfIn(login.text) })
    .expect(303);
  cookie = cookiesOf(res, cookie);
  const page = await request(app).get("/articles").set("Cookie", cookie).expect(200);
  return { cookie: cookiesOf(page, cookie), csrf: csrfIn(page.text) };
}

/** A second app instance over the same store and secret, as after a restart or behind a load balancer. */
const instance = (store: Store, options: Partial<AppOptions> = {}) => createApp({ store, now: () => T0, sessionSecret: SECRET, ...options });

describe("sessions without server-side state", () => {
  it("gives an anonymous visitor no session: the sign-in page sets only the CSRF cookie", async () => {
    const { app, store } = await workspace(undefined, { sessionSecret: SECRET });
    await addAccount(store, "Salma", "reviewer");
    const page = await request(app).get("/login").expect(200);
    const names = ((page.headers["set-cookie"] as unknown as string[]) ?? []).map((c) => c.slice(0, c.indexOf("=")));
    expect(names).toEqual(["isnad.csrf"]);
    const articles = await request(app).get("/articles").expect(303);
    expect(articles.headers["set-cookie"]).toBeUndefined();
  });

  it("keeps a signed-in session across a restart and on a second instance, forms included", async () => {
    const { app, store } = await workspace(undefined, { sessionSecret: SECRET });
    await addAccount(store, "Salma", "reviewer");
    const { cookie, csrf } = await signInTo(app, "Salma");
    for (const other of [instance(store), instance(store)]) {
      const page = await request(other).get("/articles").set("Cookie", cookie).set("Accept-Language", "en").expect(200);
      expect(page.text).toContain('<bdi class="username">Salma</bdi>');
    }
    await request(instance(store)).post("/articles/ar1/claims/c1/dismiss").set("Cookie", cookie).type("form").send({ version: "1", _csrf: csrf }).expect(303);
    expect((await store.getArticle("ar1"))!.claims[0]!.dismissed).toBe(true);
  });

  it("does not accept a session cookie signed with another secret, or altered", async () => {
    const { app, store } = await workspace(undefined, { sessionSecret: SECRET });
    await addAccount(store, "Salma", "reviewer");
    const { cookie } = await signInTo(app, "Salma");
    await request(instance(store, { sessionSecret: "another secret that is also long enough to use" }))
      .get("/articles")
      .set("Cookie", cookie)
      .expect(303);
    const altered = cookie.replace(/isnad\.sid=([^.;]+)/, (_all, payload: string) => {
      const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      return `isnad.sid=${Buffer.from(JSON.stringify({ ...claims, generation: claims.generation + 1 })).toString("base64url")}`;
    });
    expect(altered).not.toBe(cookie);
    await request(app).get("/articles").set("Cookie", altered).expect(303);
  });

  it("ends the session at sign-out, even for a copy of its cookie, on every instance; other sessions stay", async () => {
    const { app, store } = await workspace(undefined, { sessionSecret: SECRET });
    await addAccount(store, "Salma", "reviewer");
    const laptop = await signInTo(app, "Salma");
    const phone = await signInTo(app, "Salma");
    await request(app).post("/logout").set("Cookie", laptop.cookie).type("form").send({ _csrf: laptop.csrf }).expect(303);
    await request(app).get("/articles").set("Cookie", laptop.cookie).expect(303);
    await request(instance(store)).get("/articles").set("Cookie", laptop.cookie).expect(303);
    await request(app).get("/articles").set("Cookie", phone.cookie).expect(200);
  });

  it("ends every session of the account at 'sign out everywhere', and a new sign-in works", async () => {
    const { app, store } = await workspace(undefined, { sessionSecret: SECRET });
    await addAccount(store, "Salma", "reviewer");
    await addAccount(store, "Omar", "reviewer");
    const laptop = await signInTo(app, "Salma");
    const phone = await signInTo(app, "Salma");
    const omar = await signInTo(app, "Omar");
    const res = await request(app).post("/account/sign-out-everywhere").set("Cookie", phone.cookie).type("form").send({ _csrf: phone.csrf }).expect(303);
    expect(res.headers.location).toBe("/login");
    await request(instance(store)).get("/articles").set("Cookie", laptop.cookie).expect(303);
    await request(app).get("/articles").set("Cookie", phone.cookie).expect(303);
    await request(app).get("/articles").set("Cookie", omar.cookie).expect(200);
    await signInTo(app, "Salma");
  });

  it("ends every session on every instance when an admin sets a new password", async () => {
    const { app, store } = await workspace(undefined, { sessionSecret: SECRET });
    await addAccount(store, "Salma", "reviewer");
    await addAccount(store, "Nadia", "admin");
    const salma = await signInTo(app, "Salma");
    const admin = await signInTo(instance(store), "Nadia");
    await request(instance(store))
      .post("/accounts/Salma/password")
      .set("Cookie", admin.cookie)
      .type("form")
      .send({ password: "a brand new password", _csrf: admin.csrf })
      .expect(303);
    await request(app).get("/articles").set("Cookie", salma.cookie).expect(303);
  });
});

describe("a proxy that is not trusted", () => {
  it("is reported once, on the first request with X-Forwarded-For, when TRUST_PROXY is unset", async () => {
    const lines: string[] = [];
    const { app } = await workspace(undefined, { log: (line) => lines.push(line) });
    await request(app).get("/login").expect(303);
    expect(lines).toEqual([]);
    await request(app).get("/login").set("X-Forwarded-For", "203.0.113.7").expect(303);
    await request(app).get("/login").set("X-Forwarded-For", "203.0.113.8").expect(303);
    expect(lines).toEqual([UNTRUSTED_PROXY_WARNING]);
    expect(UNTRUSTED_PROXY_WARNING).toContain("TRUST_PROXY");
  });

  it("is not reported when the proxy is trusted", async () => {
    const lines: string[] = [];
    const { app } = await workspace(undefined, { trustProxy: 1, log: (line) => lines.push(line) });
    await request(app).get("/login").set("X-Forwarded-For", "203.0.113.7").expect(303);
    expect(lines).toEqual([]);
  });
});
