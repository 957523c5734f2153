import type { Express } from "express";
import request from "supertest";
import { addUser } from "../../src/auth/add-user.ts";
import { findUser } from "../../src/auth/find-user.ts";
import { hashPassword } from "../../src/auth/password-hash.ts";
import type { Role } from "../../src/schemas/user.ts";
import type { Store } from "../../src/store/store.ts";

/** The password of accounts made by these helpers. */
export const TEST_PASSWORD = "correct horse battery staple";

/** A cheap scrypt cost, so tests that sign in many times stay fast (each hash records its cost). */
const TEST_COST = { N: 1024, r: 8, p: 1 };

/** The store behind each app made by tests/helpers/workspace.ts. */
const stores = new WeakMap<Express, Store>();

/** Registers the store an app uses, so `signedInAgent(app, …)` can create accounts in it. */
export function rememberStore(app: Express, store: Store): void {
  stores.set(app, store);
}

/** The CSRF token in a page's forms (`<input type="hidden" name="_csrf" value="…">`). */
export function csrfIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("test helper: the page has no _csrf field");
  return token;
}

/** Creates an account in `store` (cheap hash) unless one with that name exists. */
export async function addAccount(store: Store, username: string, role: Role, password = TEST_PASSWORD): Promise<void> {
  if (await store.findUser(username)) return;
  const passwordHash = await hashPassword(password, TEST_COST);
  await store.updateUsers((users) => {
    if (!findUser({ users }, username)) addUser({ users }, { username, role, passwordHash }, new Date());
  });
}

/** A supertest agent holding a signed-in session, and the session's CSRF token to send as `_csrf`. */
export interface SignedInAgent {
  agent: request.Agent;
  csrf: string;
  username: string;
}

/**
 * Creates an account with `role` (named `username`, default the role's name) in the app's store,
 * signs in through POST /login like a browser, and returns the agent with its CSRF token. `target`
 * is an app made by workspace(), or any app with its store.
 */
export async function signedInAgent(target: Express | { app: Express; store: Store }, role: Role, username: string = role): Promise<SignedInAgent> {
  const { app, store } = "store" in target && "app" in target ? target : { app: target, store: stores.get(target) };
  if (!store) throw new Error("test helper: pass { app, store } for an app not made by workspace()");
  await addAccount(store, username, role);
  const agent = request.agent(app);
  const login = await agent.get("/login").expect(200);
  await agent
    .post("/login")
    .type("form")
    .send({ username, password: TEST_PASSWORD, _csrf: csrfIn(login.text) })
    .expect(303);
  const page = await agent.get("/articles").expect(200);
  return { agent, csrf: csrfIn(page.text), username };
}

/** The cookies a browser would hold: each response's Set-Cookie updates them (an expired one is removed). */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === "" || /;\s*expires=Thu, 01 Jan 1970/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.#cookies.has(name);
  }

  /** The Cookie header for the next request. */
  get header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * Signs in to a running server with fetch, as a browser would: returns its cookies (the session
 * cookie `isnad.sid` and the CSRF cookie, for a Cookie header) and the session's CSRF token (for
 * `_csrf` or `x-csrf-token`).
 */
export async function signIn(baseUrl: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const jar = new CookieJar();
  const loginPage = await fetch(`${baseUrl}/login`, { redirect: "manual" });
  jar.take(loginPage);
  if (loginPage.status !== 200) throw new Error(`test helper: GET /login answered ${loginPage.status}`);
  const body = new URLSearchParams({ username, password, _csrf: csrfIn(await loginPage.text()) });
  const signedIn = await fetch(`${baseUrl}/login`, { method: "POST", body, headers: { cookie: jar.header }, redirect: "manual" });
  jar.take(signedIn);
  if (signedIn.status !== 303 || !jar.has("isnad.sid")) throw new Error(`test helper: signing in as ${username} answered ${signedIn.status}`);
  const page = await fetch(`${baseUrl}/articles`, { headers: { cookie: jar.header } });
  jar.take(page);
  return { cookie: jar.header, csrf: csrfIn(await page.text()) };
}

/**
 * Creates the first admin on a running server through its setup page (only while it has no
 * account) and returns the signed-in session like `signIn`.
 */
export async function setUpFirstAdmin(baseUrl: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const jar = new CookieJar();
  const setupPage = await fetch(`${baseUrl}/setup`, { redirect: "manual" });
  jar.take(setupPage);
  if (setupPage.status !== 200) throw new Error(`test helper: GET /setup answered ${setupPage.status}`);
  const body = new URLSearchParams({ username, password, passwordAgain: password, _csrf: csrfIn(await setupPage.text()) });
  const created = await fetch(`${baseUrl}/setup`, { method: "POST", body, headers: { cookie: jar.header }, redirect: "manual" });
  if (created.status !== 303) throw new Error(`test helper: POST /setup answered ${created.status}`);
  return signIn(baseUrl, username, password);
}

/** Posts `form` to `path` as `who`'s browser would (with the session's CSRF token), asking for English pages. */
export function postForm(who: SignedInAgent, path: string, form: Record<string, unknown>, locale = "en") {
  return who.agent
    .post(path)
    .set("Accept-Language", locale)
    .type("form")
    .send({ ...form, _csrf: who.csrf });
}
