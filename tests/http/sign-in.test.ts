import request from "supertest";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/auth/password-hash.ts";
import { addAccount, csrfIn, signedInAgent, TEST_PASSWORD } from "../helpers/session-client.ts";
import { T0, workspace, storeContents } from "../helpers/workspace.ts";

/** A visitor on the sign-in page: its agent and the page's CSRF token. */
async function atLogin(app: Parameters<typeof request.agent>[0]) {
  const agent = request.agent(app);
  const page = await agent.get("/login").set("Accept-Language", "en").expect(200);
  return { agent, csrf: csrfIn(page.text) };
}

const signIn = (visitor: { agent: request.Agent; csrf: string }, username: string, password: string) =>
  visitor.agent.post("/login").set("Accept-Language", "en").type("form").send({ username, password, _csrf: visitor.csrf });

/** The page without what differs between two requests anyway: the CSRF token and the typed name. */
const comparable = (html: string, typed: string) => html.replace(/name="_csrf" value="[^"]+"/, "").replace(`value="${typed}"`, "");

/** A clock the test moves by hand. */
function handClock() {
  let now = T0.getTime();
  return { now: () => new Date(now), advance: (minutes: number) => void (now += minutes * 60_000) };
}

describe("signing in", () => {
  it("signs in with the right name and password, with a new session cookie that is HttpOnly and SameSite=Lax", async () => {
    const { app, store } = await workspace();
    await addAccount(store, "Salma", "reviewer");
    const visitor = await atLogin(app);
    // The CSRF cookie is already held, so nothing needs setting: above all, no session cookie.
    const before = ((await visitor.agent.get("/login").expect(200)).headers["set-cookie"] as unknown as string[] | undefined) ?? [];
    expect(before.some((c) => c.startsWith("isnad.sid="))).toBe(false);
    // A session cookie planted before sign-in (session fixation) is not kept.
    visitor.agent.jar.setCookie("isnad.sid=planted-by-someone-else; Path=/", "127.0.0.1", "/");
    const res = await signIn(visitor, "salma", TEST_PASSWORD).expect(303);
    expect(res.headers.location).toBe("/articles");
    const sessionCookies = (res.headers["set-cookie"] as unknown as string[]).filter((c) => c.startsWith("isnad.sid="));
    expect(sessionCookies).toHaveLength(1);
    const cookie = sessionCookies[0]!;
    expect(cookie).not.toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(cookie.split(";")[0]).not.toBe("isnad.sid=planted-by-someone-else");
    const page = await visitor.agent.get("/articles").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain('<bdi class="username">Salma</bdi>');
  });

  it("marks the session and CSRF cookies Secure behind a trusted proxy that says https", async () => {
    const { app, store } = await workspace(undefined, { trustProxy: 1 });
    await addAccount(store, "Salma", "reviewer");
    // supertest's cookie jar does not send a Secure cookie over plain http, so it is passed by hand.
    const page = await request(app).get("/login").set("X-Forwarded-Proto", "https").expect(200);
    const before = (page.headers["set-cookie"] as unknown as string[]).find((c) => c.startsWith("isnad.csrf="))!;
    expect(before).toMatch(/; Secure/);
    const res = await request(app)
      .post("/login")
      .set("X-Forwarded-Proto", "https")
      .set("Cookie", before.split(";")[0]!)
      .type("form")
      .send({ username: "Salma", password: TEST_PASSWORD, _csrf: csrfIn(page.text) })
      .expect(303);
    expect((res.headers["set-cookie"] as unknown as string[]).find((c) => c.startsWith("isnad.sid="))).toMatch(/; Secure/);
  });

  it("answers a wrong password with 401 and the form, saying the same as for an unknown name", async () => {
    const { app, store } = await workspace();
    await addAccount(store, "Salma", "reviewer");
    const visitor = await atLogin(app);
    const wrongPassword = await signIn(visitor, "Salma", "not the password").expect(401);
    const unknownName = await signIn(visitor, "Salim", TEST_PASSWORD).expect(401);
    expect(wrongPassword.text).toContain("The username or password is not right.");
    expect(wrongPassword.text).toMatch(/<form class="auth-form stack" method="post" action="\/login"/);
    expect(wrongPassword.text).toMatch(/id="username" name="username"[^>]*value="Salma"/);
    expect(wrongPassword.text).not.toContain("not the password");
    expect(comparable(wrongPassword.text, "Salma")).toBe(comparable(unknownName.text, "Salim"));
    await visitor.agent.get("/articles").expect(303);
  });

  it("refuses a sign-in without the page's CSRF token", async () => {
    const { app, store } = await workspace();
    await addAccount(store, "Salma", "reviewer");
    const visitor = await atLogin(app);
    await signIn({ ...visitor, csrf: "forged" }, "Salma", TEST_PASSWORD).expect(403);
    await visitor.agent.get("/articles").expect(303);
  });

  it("signs out: the session ends and pages lead to the sign-in page again", async () => {
    const { app } = await workspace();
    const { agent, csrf } = await signedInAgent(app, "reviewer");
    const res = await agent.post("/logout").type("form").send({ _csrf: csrf }).expect(303);
    expect(res.headers.location).toBe("/login");
    expect((await agent.get("/articles").expect(303)).headers.location).toBe("/login?next=%2Farticles");
  });

  it("ends every session of an account whose password an admin sets", async () => {
    const { app } = await workspace();
    const salma = await signedInAgent(app, "reviewer", "Salma");
    const admin = await signedInAgent(app, "admin");
    await admin.agent.post("/accounts/Salma/password").type("form").send({ password: "a brand new password", _csrf: admin.csrf }).expect(303);
    await salma.agent.get("/articles").expect(303);
    const visitor = await atLogin(app);
    await signIn(visitor, "Salma", "a brand new password").expect(303);
  });
});

describe("session expiry", () => {
  it("ends a session after the idle time, and each request restarts the count", async () => {
    const clock = handClock();
    const { app } = await workspace(undefined, { now: clock.now, sessionIdleMinutes: 30 });
    const { agent } = await signedInAgent(app, "reviewer");
    clock.advance(29);
    await agent.get("/articles").expect(200);
    clock.advance(29);
    await agent.get("/articles").expect(200);
    clock.advance(31);
    const res = await agent.get("/articles").expect(303);
    expect(res.headers.location).toBe("/login?next=%2Farticles");
  });

  it("re-issues the session cookie only once its last-seen time is a minute old, and ends a session idle since then", async () => {
    const clock = handClock();
    const { app } = await workspace(undefined, { now: clock.now, sessionIdleMinutes: 30 });
    const { agent } = await signedInAgent(app, "reviewer");
    const sessionCookieOf = (res: request.Response) =>
      ((res.headers["set-cookie"] as unknown as string[] | undefined) ?? []).filter((c) => c.startsWith("isnad.sid="));
    clock.advance(0.5);
    expect(sessionCookieOf(await agent.get("/articles").expect(200))).toEqual([]);
    clock.advance(29);
    const renewed = sessionCookieOf(await agent.get("/articles").expect(200));
    expect(renewed).toHaveLength(1);
    expect(renewed[0]).toMatch(/Max-Age=1800/);
    clock.advance(0.5);
    expect(sessionCookieOf(await agent.get("/articles").expect(200))).toEqual([]);
    // Idle for the limit since the renewal (the request just above did not renew): the session has ended.
    clock.advance(29.6);
    expect((await agent.get("/articles").expect(303)).headers.location).toBe("/login?next=%2Farticles");
  });

  it("answers an expired session's API request with 401 JSON", async () => {
    const clock = handClock();
    const { app } = await workspace(undefined, { now: clock.now, sessionIdleMinutes: 5 });
    const { agent } = await signedInAgent(app, "reviewer");
    await agent.get("/api/articles").expect(200);
    clock.advance(6);
    const res = await agent.get("/api/articles").set("Accept-Language", "en").expect(401);
    expect(res.body).toEqual({ error: { status: 401, message: "Sign in to use Isnad." } });
  });
});

describe("sign-in throttling", () => {
  /** An app whose slowed-down sign-ins record their wait and move the hand clock on instead of sleeping. */
  async function slowedWorkspace(perAccount: number) {
    const clock = handClock();
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      clock.advance(ms / 60_000);
    };
    const ws = await workspace(undefined, { now: clock.now, sleep, signInLimits: { perAccount, perAddress: 100, windowMinutes: 15 } });
    return { ...ws, waits, clock };
  }

  it("slows an account down after too many wrong passwords, doubling the wait, and the right password still signs in", async () => {
    const { app, store, waits } = await slowedWorkspace(3);
    await addAccount(store, "Salma", "reviewer");
    await addAccount(store, "Omar", "reviewer");
    const visitor = await atLogin(app);
    for (let i = 0; i < 5; i++) await signIn(visitor, "Salma", `guess ${i}`).expect(401);
    expect(waits).toEqual([1000, 2000]);
    await signIn(await atLogin(app), "Omar", TEST_PASSWORD).expect(303);
    expect(waits).toEqual([1000, 2000]);
    const owner = await signIn(await atLogin(app), "Salma", TEST_PASSWORD).expect(303);
    expect(owner.headers.location).toBe("/articles");
    expect(waits).toEqual([1000, 2000, 4000]);
    await signIn(await atLogin(app), "Salma", TEST_PASSWORD).expect(303);
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it("counts case, width and trailing-space variants of a name as the same account", async () => {
    const { app, store, waits } = await slowedWorkspace(2);
    await addAccount(store, "Salma", "reviewer");
    const visitor = await atLogin(app);
    for (const name of ["salma", "SALMA ", "\uff53\uff41\uff4c\uff4d\uff41", " Salma"]) await signIn(visitor, name, "wrong guess").expect(401);
    expect(waits).toEqual([1000, 2000]);
  });

  it("slows a name that does not exist the same way, so the delay does not tell which names exist", async () => {
    const { app, store, waits } = await slowedWorkspace(2);
    await addAccount(store, "Salma", "reviewer");
    const visitor = await atLogin(app);
    for (let i = 0; i < 4; i++) await signIn(visitor, "Salma", `guess ${i}`).expect(401);
    const forSalma = [...waits];
    waits.length = 0;
    for (let i = 0; i < 4; i++) await signIn(visitor, "nobody", `guess ${i}`).expect(401);
    expect(waits).toEqual(forSalma);
  });

  it("forgets an account's failures after the window", async () => {
    const { app, store, waits, clock } = await slowedWorkspace(2);
    await addAccount(store, "Salma", "reviewer");
    const visitor = await atLogin(app);
    for (let i = 0; i < 3; i++) await signIn(visitor, "Salma", `guess ${i}`).expect(401);
    expect(waits).toEqual([1000]);
    clock.advance(16);
    await signIn(visitor, "Salma", "guess 4").expect(401);
    expect(waits).toEqual([1000]);
  });

  it("stops an address that fails too often, whichever names it tries, with a 429 page", async () => {
    const { app, store } = await workspace(undefined, { signInLimits: { perAccount: 100, perAddress: 3, windowMinutes: 10 } });
    await addAccount(store, "Salma", "reviewer");
    const visitor = await atLogin(app);
    for (const name of ["a", "b", "c"]) await signIn(visitor, name, "guess").expect(401);
    const res = await signIn(visitor, "Salma", TEST_PASSWORD).expect(429);
    expect(res.text).toContain("Too many failed sign-ins from this computer. Wait 10 minutes");
    expect(res.headers["ratelimit-policy"]).toBeDefined();
  });

  it("does not count successful sign-ins against the address", async () => {
    const { app, store } = await workspace(undefined, { signInLimits: { perAccount: 100, perAddress: 2, windowMinutes: 10 } });
    await addAccount(store, "Salma", "reviewer");
    for (let i = 0; i < 4; i++) await signIn(await atLogin(app), "Salma", TEST_PASSWORD).expect(303);
  });
});

describe("first run", () => {
  it("leads every page to the setup page while there is no account, and the sign-in page too", async () => {
    const { app } = await workspace();
    for (const path of ["/", "/articles", "/articles/ar1/report", "/login", "/accounts"]) {
      expect((await request(app).get(path).expect(303)).headers.location).toBe("/setup");
    }
    await request(app).get("/api/articles").expect(401);
  });

  it("creates the first admin on the setup page, signs them in, and then the setup page is gone", async () => {
    const { app, store } = await workspace();
    const agent = request.agent(app);
    const setup = await agent.get("/setup").set("Accept-Language", "en").expect(200);
    expect(setup.text).toContain("There are no accounts yet");
    const res = await agent
      .post("/setup")
      .type("form")
      .send({ username: "Nadia", password: "first admin password", passwordAgain: "first admin password", _csrf: csrfIn(setup.text) })
      .expect(303);
    expect(res.headers.location).toBe("/articles");
    const [admin] = await store.listUsers();
    expect(admin).toMatchObject({ username: "Nadia", role: "admin", createdAt: T0.toISOString() });
    expect(JSON.stringify(await storeContents(store))).not.toContain("first admin password");
    expect(await verifyPassword("first admin password", admin!.passwordHash)).toBe(true);
    await agent.get("/articles").expect(200);
    await agent.get("/setup").expect(404);
    await request(app).get("/setup").expect(404);
    await agent
      .post("/setup")
      .type("form")
      .send({ username: "Mallory", password: "second admin password", passwordAgain: "second admin password", _csrf: csrfIn(setup.text) })
      .expect(404);
    expect((await store.listUsers()).map((u) => u.username)).toEqual(["Nadia"]);
  });

  it.each([
    ["a short password", { username: "Nadia", password: "short" }, "password-error", "At least 10 characters."],
    ["a name with a space", { username: "Nadia Haddad", password: "first admin password" }, "username-error", "Use letters, digits"],
    ["no name", { username: "", password: "first admin password" }, "username-error", "This field is required."],
  ])("gives the setup form back for %s, creating nothing", async (_name, form, errorId, message) => {
    const { app, store } = await workspace();
    const agent = request.agent(app);
    const setup = await agent.get("/setup").expect(200);
    const res = await agent
      .post("/setup")
      .set("Accept-Language", "en")
      .type("form")
      .send({ ...form, _csrf: csrfIn(setup.text) })
      .expect(422);
    expect(res.text).toMatch(new RegExp(`id="${errorId}">${message}`));
    expect(await store.listUsers()).toEqual([]);
  });

  it("refuses a setup post without the page's CSRF token", async () => {
    const { app, store } = await workspace();
    await request(app).post("/setup").type("form").send({ username: "Nadia", password: "first admin password" }).expect(403);
    expect(await store.listUsers()).toEqual([]);
  });
});

describe("the accounts page", () => {
  it("lets an admin add an account that can then sign in with its role", async () => {
    const { app, store } = await workspace();
    const admin = await signedInAgent(app, "admin", "Nadia");
    const res = await admin.agent
      .post("/accounts")
      .type("form")
      .send({ username: "Omar", role: "editor", password: "omar's long password", _csrf: admin.csrf })
      .expect(303);
    const page = await admin.agent.get(res.headers.location!).set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Account Omar added.");
    expect((await store.listUsers()).find((u) => u.username === "Omar")).toMatchObject({ role: "editor" });
    await signIn(await atLogin(app), "Omar", "omar's long password").expect(303);
  });

  it("keeps the admin's own session when they set their own password", async () => {
    const { app } = await workspace();
    const admin = await signedInAgent(app, "admin", "Nadia");
    await admin.agent.post("/accounts/Nadia/password").type("form").send({ password: "a brand new password", _csrf: admin.csrf }).expect(303);
    await admin.agent.get("/accounts").expect(200);
  });

  it.each([
    [
      "a name that is taken",
      "/accounts",
      { username: "nadia", role: "reviewer", password: "long enough password" },
      409,
      "There already is an account with this name.",
    ],
    ["demoting the only admin", "/accounts/Nadia/role", { role: "editor" }, 409, "This is the only admin"],
    ["a short password", "/accounts/Nadia/password", { password: "short" }, 422, "At least 10 characters."],
    ["an unknown account", "/accounts/nobody/role", { role: "editor" }, 404, "There is no account with this name."],
  ])("refuses %s with a message, changing nothing", async (_name, url, form, status, message) => {
    const { app, store } = await workspace();
    const admin = await signedInAgent(app, "admin", "Nadia");
    const before = JSON.stringify(await store.listUsers());
    const res = await admin.agent
      .post(url)
      .set("Accept-Language", "en")
      .type("form")
      .send({ ...form, _csrf: admin.csrf })
      .expect(status);
    expect(res.text).toContain(message);
    expect(JSON.stringify(await store.listUsers())).toBe(before);
  });
});
