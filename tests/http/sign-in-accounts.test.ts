import request from "supertest";
import { describe, expect, it } from "vitest";
import { addAccount, csrfIn, signedInAgent, TEST_PASSWORD } from "../helpers/session-client.ts";
import { workspace } from "../helpers/workspace.ts";

/** A visitor on the sign-in page. */
async function atLogin(app: Parameters<typeof request.agent>[0]) {
  const agent = request.agent(app);
  const page = await agent.get("/login").set("Accept-Language", "en").expect(200);
  return { agent, csrf: csrfIn(page.text) };
}

const signIn = async (app: Parameters<typeof request.agent>[0], username: string, password = TEST_PASSWORD) => {
  const visitor = await atLogin(app);
  return visitor.agent.post("/login").set("Accept-Language", "en").type("form").send({ username, password, _csrf: visitor.csrf });
};

describe("first-run setup", () => {
  it("asks for the password twice", async () => {
    const { app } = await workspace();
    const page = await request(app).get("/setup").set("Accept-Language", "en").expect(200);
    expect(page.text).toMatch(/<input id="password" name="password" type="password"/);
    expect(page.text).toMatch(/<label for="passwordAgain">Password again<\/label>/);
    expect(page.text).toMatch(/<input id="passwordAgain" name="passwordAgain" type="password"[^>]*autocomplete="new-password"/);
  });

  it.each([
    ["two passwords that differ", { password: "first admin password", passwordAgain: "first admin passwort" }],
    ["no second copy", { password: "first admin password", passwordAgain: "" }],
  ])("gives the form back for %s, keeping the name and creating nothing", async (_name, passwords) => {
    const { app, store } = await workspace();
    const agent = request.agent(app);
    const setup = await agent.get("/setup").expect(200);
    const res = await agent
      .post("/setup")
      .set("Accept-Language", "en")
      .type("form")
      .send({ username: "Nadia", ...passwords, _csrf: csrfIn(setup.text) })
      .expect(422);
    expect(res.text).toContain('id="passwordAgain-error">The two passwords are not the same.');
    expect(res.text).toMatch(/id="username" name="username"[^>]*value="Nadia"/);
    expect(res.text).not.toContain("first admin password");
    expect(await store.listUsers()).toEqual([]);
  });
});

describe("look-alike account names", () => {
  it.each([
    ["a Cyrillic е", "r\u0435v1", "This name looks too much like the existing account rev1."],
    ["a letter l for the digit 1", "revl", "This name looks too much like the existing account rev1."],
    ["full-width letters", "\uff52\uff45\uff56\uff11", "There already is an account with this name."],
    ["capitals", "REV1", "There already is an account with this name."],
  ])("refuses a name with %s next to rev1, with a message, creating nothing", async (_name, username, message) => {
    const { app, store } = await workspace();
    await addAccount(store, "rev1", "reviewer");
    const admin = await signedInAgent(app, "admin", "Nadia");
    const before = JSON.stringify(await store.listUsers());
    const res = await admin.agent
      .post("/accounts")
      .set("Accept-Language", "en")
      .type("form")
      .send({ username, role: "reviewer", password: "a long enough password", _csrf: admin.csrf })
      .expect(409);
    expect(res.text).toContain(message);
    expect(JSON.stringify(await store.listUsers())).toBe(before);
  });

  it("stores a full-width name in its plain form, and signs in with either", async () => {
    const { app, store } = await workspace();
    const admin = await signedInAgent(app, "admin", "Nadia");
    await admin.agent
      .post("/accounts")
      .type("form")
      .send({ username: "\uff53\uff41\uff4c\uff4d\uff41", role: "reviewer", password: "a long enough password", _csrf: admin.csrf })
      .expect(303);
    expect((await store.listUsers()).map((u) => u.username)).toContain("salma");
    expect((await signIn(app, "SALMA", "a long enough password")).status).toBe(303);
    expect((await signIn(app, "\uff33\uff21\uff2c\uff2d\uff21", "a long enough password")).status).toBe(303);
  });
});

describe("deactivating an account", () => {
  it("ends its sessions, refuses its sign-in, keeps its name in history, and can be undone", async () => {
    const { app, store } = await workspace();
    const salma = await signedInAgent(app, "reviewer", "Salma");
    await salma.agent.post("/articles/ar1/claims/c1/dismiss").type("form").send({ version: "1", _csrf: salma.csrf }).expect(303);
    const admin = await signedInAgent(app, "admin", "Nadia");

    const res = await admin.agent.post("/accounts/salma/deactivate").type("form").send({ _csrf: admin.csrf }).expect(303);
    const page = await admin.agent.get(res.headers.location!).set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Salma is deactivated: they can no longer sign in, and their sessions have ended.");
    expect(page.text).toMatch(/<bdi>Salma<\/bdi> <span class="deactivated">\(deactivated\)<\/span>/);
    await salma.agent.get("/articles").expect(303);
    const refused = await signIn(app, "Salma");
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("This account is deactivated. Ask an admin to reactivate it.");
    expect((await signIn(app, "Salma", "not the password")).status).toBe(401);
    expect((await store.listUsers()).find((u) => u.username === "Salma")).toBeDefined();
    const claim = await admin.agent.get("/articles/ar1/claims/c1").expect(200);
    expect(claim.text).toContain("Salma");

    await admin.agent.post("/accounts/Salma/reactivate").type("form").send({ _csrf: admin.csrf }).expect(303);
    expect((await signIn(app, "Salma")).status).toBe(303);
  });

  it("refuses to deactivate one's own account or the only admin, changing nothing", async () => {
    const { app, store } = await workspace();
    const admin = await signedInAgent(app, "admin", "Nadia");
    const before = JSON.stringify(await store.listUsers());
    const self = await admin.agent.post("/accounts/nadia/deactivate").set("Accept-Language", "en").type("form").send({ _csrf: admin.csrf }).expect(409);
    expect(self.text).toContain("You cannot deactivate your own account.");
    expect(JSON.stringify(await store.listUsers())).toBe(before);
    await admin.agent.post("/accounts/nobody/deactivate").type("form").send({ _csrf: admin.csrf }).expect(404);
  });
});

describe("changing one's own password", () => {
  const change = (who: { agent: request.Agent; csrf: string }, form: Record<string, string>) =>
    who.agent
      .post("/account/password")
      .set("Accept-Language", "en")
      .type("form")
      .send({ ...form, _csrf: who.csrf });

  it("needs the current password, ends the person's other sessions and keeps this one", async () => {
    const { app } = await workspace();
    const here = await signedInAgent(app, "reviewer", "Salma");
    const elsewhere = await signedInAgent(app, "reviewer", "Salma");
    const page = await here.agent.get("/account").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Change your password");
    const res = await change(here, { currentPassword: TEST_PASSWORD, password: "my own new password", passwordAgain: "my own new password" }).expect(303);
    const done = await here.agent.get(res.headers.location!).set("Accept-Language", "en").expect(200);
    expect(done.text).toContain("Your password is changed.");
    await elsewhere.agent.get("/articles").expect(303);
    expect((await signIn(app, "Salma")).status).toBe(401);
    expect((await signIn(app, "Salma", "my own new password")).status).toBe(303);
  });

  it.each([
    [
      "a wrong current password",
      { currentPassword: "not my password", password: "my own new password", passwordAgain: "my own new password" },
      "currentPassword-error",
      "This is not your current password.",
    ],
    [
      "new passwords that differ",
      { currentPassword: TEST_PASSWORD, password: "my own new password", passwordAgain: "my own new passwort" },
      "passwordAgain-error",
      "The two passwords are not the same.",
    ],
    ["a short new password", { currentPassword: TEST_PASSWORD, password: "short", passwordAgain: "short" }, "password-error", "At least 10 characters."],
  ])("refuses %s with a message beside the field, changing nothing", async (_name, form, errorId, message) => {
    const { app, store } = await workspace();
    const here = await signedInAgent(app, "reviewer", "Salma");
    const before = JSON.stringify(await store.listUsers());
    const res = await change(here, form).expect(422);
    expect(res.text).toContain(`id="${errorId}">${message}`);
    expect(res.text).not.toContain("my own new password");
    expect(JSON.stringify(await store.listUsers())).toBe(before);
    await here.agent.get("/articles").expect(200);
  });
});
