import request from "supertest";
import { describe, expect, it } from "vitest";
import type { Role } from "../../src/schemas/user.ts";
import { addAccount, csrfIn, signedInAgent, TEST_PASSWORD } from "../helpers/session-client.ts";
import { ROUTE_TABLE as ROUTES, routeTableWorkspace } from "../helpers/route-table.ts";
import { workspace } from "../helpers/workspace.ts";

type Who = "anonymous" | Role;
const EVERYONE: readonly Who[] = ["anonymous", "reviewer", "editor", "admin"];

const RANK: Record<Who, number> = { anonymous: -1, reviewer: 0, editor: 1, admin: 2 };

/** The table's cells: each route for each kind of visitor, with the status it must answer. */
const CELLS = ROUTES.flatMap((route) =>
  EVERYONE.map((who) => {
    const allowed = route.role === null || (who !== "anonymous" && RANK[who] >= RANK[route.role]);
    const status = who === "anonymous" ? (route.anonymous ?? 303) : allowed ? route.ok : 403;
    return { ...route, who, status, denied: !allowed };
  }),
);

/** A new visitor of `who`'s kind, with a CSRF token valid for its session (the sign-in page's for anonymous). */
async function newVisitor(who: Who) {
  const ws = await routeTableWorkspace();
  if (who !== "anonymous") return { ...ws, ...(await signedInAgent(ws.app, who)) };
  const agent = request.agent(ws.app);
  const login = await agent.get("/login").expect(200);
  return { ...ws, agent, csrf: csrfIn(login.text) };
}

/**
 * Requests that change nothing (reads, refusals) share one visitor of each kind, which keeps the
 * table fast; those that change the store, the session or the language cookie get their own.
 */
const shared = new Map<Who, ReturnType<typeof newVisitor>>();
function visitor(who: Who, changes: boolean) {
  if (changes) return newVisitor(who);
  if (!shared.has(who)) shared.set(who, newVisitor(who));
  return shared.get(who)!;
}

describe("who may use which route", () => {
  it(`checks ${CELLS.length} cells: ${ROUTES.length} routes × ${EVERYONE.length} kinds of visitor`, () => {
    expect(CELLS).toHaveLength(ROUTES.length * EVERYONE.length);
  });

  it.each(CELLS)("$method $url as $who answers $status", async ({ method, url, who, status, form, denied, role }) => {
    const { agent, csrf } = await visitor(who, (method === "post" && !denied) || url.startsWith("/lang"));
    const req =
      method === "get"
        ? agent.get(url)
        : agent
            .post(url)
            .type("form")
            .send({ ...form, _csrf: csrf });
    const res = await req.set("Accept-Language", "en").expect(status);
    if (who === "anonymous" && status === 303 && role !== null) expect(res.headers.location).toMatch(/^\/login/);
    if (who !== "anonymous" && denied) expect(res.text).toContain(`This needs the ${role} role`);
  });

  it("sends an anonymous visitor back to the page asked for after signing in", async () => {
    const { app, store } = await workspace();
    await addAccount(store, "Salma", "reviewer");
    const agent = request.agent(app);
    const res = await agent.get("/articles/ar1/report?x=1").expect(303);
    expect(res.headers.location).toBe("/login?next=%2Farticles%2Far1%2Freport%3Fx%3D1");
    const login = await agent.get(res.headers.location!).expect(200);
    expect(login.text).toContain('<input type="hidden" name="next" value="/articles/ar1/report?x=1">');
    const signedIn = await agent
      .post("/login")
      .type("form")
      .send({ username: "Salma", password: TEST_PASSWORD, next: "/articles/ar1/report?x=1", _csrf: csrfIn(login.text) })
      .expect(303);
    expect(signedIn.headers.location).toBe("/articles/ar1/report?x=1");
  });

  it.each(["//evil.example/", "https://evil.example/"])("never sends a signed-in visitor off the site (next=%s)", async (next) => {
    const { app, store } = await workspace();
    await addAccount(store, "Salma", "reviewer");
    const agent = request.agent(app);
    const login = await agent.get("/login").expect(200);
    const res = await agent
      .post("/login")
      .type("form")
      .send({ username: "Salma", password: TEST_PASSWORD, next, _csrf: csrfIn(login.text) })
      .expect(303);
    expect(res.headers.location).toBe("/articles");
  });

  it("shows reviewers no controls they may not use: import, re-extract, decisions, exports, accounts", async () => {
    const { app } = await workspace();
    const { agent } = await signedInAgent(app, "reviewer", "Salma");
    const list = await agent.get("/articles").set("Accept-Language", "en").expect(200);
    expect(list.text).not.toContain('href="/articles/new"');
    expect(list.text).not.toContain('href="/accounts"');
    expect(list.text).toMatch(/Signed in as<\/span> <bdi class="username">Salma<\/bdi> \(reviewer\)/);
    const page = await agent.get("/articles/ar1").expect(200);
    expect(page.text).not.toContain("/reextract");
    const report = await agent.get("/articles/ar1/report").set("Accept-Language", "en").expect(200);
    expect(report.text).not.toContain("report.csv");
    expect(report.text).not.toContain("claimreview.jsonld");
    expect(report.text).not.toContain("decision-form");
  });

  it("shows an admin the accounts link and the accounts page", async () => {
    const { app } = await workspace();
    const { agent } = await signedInAgent(app, "admin", "Nadia");
    const list = await agent.get("/articles").expect(200);
    expect(list.text).toContain('href="/accounts"');
    const accounts = await agent.get("/accounts").set("Accept-Language", "en").expect(200);
    expect(accounts.text).toMatch(/<bdi>Nadia<\/bdi> \(you\)/);
  });
});
