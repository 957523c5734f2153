import type request from "supertest";
import { describe, expect, it } from "vitest";
import { BODY_LIMITS } from "../../src/http/hardening/body-limits.ts";
import { signedInAgent } from "../helpers/session-client.ts";
import { workspace, storedArticles } from "../helpers/workspace.ts";

/** Every route with a valid request from an admin (who may do everything), and the status it answers. */
const ROUTES = [
  { method: "get", url: "/", status: 303 },
  { method: "get", url: "/articles", status: 200 },
  { method: "get", url: "/articles/new", status: 200 },
  { method: "get", url: "/articles/ar1", status: 200 },
  { method: "get", url: "/articles/ar1?verdict=none&status=unreviewed&speaker=x", status: 200 },
  { method: "post", url: "/articles/ar1/reextract", status: 303 },
  { method: "get", url: "/articles/ar1/claims/c1", status: 200 },
  { method: "get", url: "/articles/ar1/report", status: 200 },
  { method: "get", url: "/articles/ar1/report.csv", status: 200 },
  { method: "get", url: "/articles/ar1/claimreview.jsonld", status: 200 },
  { method: "get", url: "/articles/ar1/chart.svg", status: 200 },
  { method: "get", url: "/articles/ar1/verdict-bar.svg", status: 200 },
  { method: "get", url: "/api/articles", status: 200 },
  { method: "get", url: "/api/articles/ar1/claims", status: 200 },
  { method: "get", url: "/lang/ar?next=/articles", status: 303 },
  { method: "get", url: "/assets/css/app.css", status: 200 },
  { method: "get", url: "/assets/verdicts.css", status: 200 },
  { method: "get", url: "/assets/js/evidence-rows.js", status: 200 },
] as const;

/** Unknown ids, unknown addresses and malformed requests: a clear 4xx page, never a crash. */
const BAD_REQUESTS = [
  { method: "get", url: "/articles/nope", status: 404 },
  { method: "get", url: "/articles/nope/report", status: 404 },
  { method: "get", url: "/articles/nope/report.csv", status: 404 },
  { method: "get", url: "/articles/nope/claimreview.jsonld", status: 404 },
  { method: "get", url: "/articles/nope/chart.svg", status: 404 },
  { method: "post", url: "/articles/nope/reextract", status: 404 },
  { method: "get", url: "/articles/nope/claims/c1", status: 404 },
  { method: "get", url: "/articles/ar1/claims/nope", status: 404 },
  { method: "post", url: "/articles/ar1/claims/nope/review", status: 404 },
  { method: "post", url: "/articles/nope/claims", status: 404 },
  { method: "get", url: "/api/articles/nope/claims", status: 404 },
  { method: "get", url: "/no/such/page", status: 404 },
  { method: "get", url: "/lang/fr", status: 404 },
  { method: "get", url: "/articles/%E0%A4%A", status: 400 },
  { method: "get", url: "/articles/ar1?status=", status: 200 },
  { method: "get", url: `/articles/ar1?speaker=${"x".repeat(300)}`, status: 400 },
  { method: "delete", url: "/articles/ar1", status: 404 },
  { method: "put", url: "/api/articles", status: 404 },
] as const;

describe("routes", () => {
  it.each(ROUTES)("$method $url answers $status", async ({ method, url, status }) => {
    const { app } = await workspace();
    const { agent, csrf } = await signedInAgent(app, "admin");
    await agent[method](url).set("x-csrf-token", csrf).expect(status);
  });

  it.each(BAD_REQUESTS)("$method $url answers $status with an error page", async ({ method, url, status }) => {
    const { app } = await workspace();
    const { agent, csrf } = await signedInAgent(app, "admin");
    const res = await agent[method](url).set("Accept-Language", "en").set("x-csrf-token", csrf).expect(status);
    if (status >= 400 && !url.startsWith("/api/")) expect(res.text).toContain(`Error ${status}`);
  });
});

describe("bad request bodies", () => {
  const review = "/articles/ar1/claims/c1/review";

  it.each([
    ["an empty body", (r: request.Test) => r, 422],
    ["JSON instead of a form", (r: request.Test) => r.set("Content-Type", "application/json").send('{"verdict":"false"}'), 415],
    ["a form over the form body limit", (r: request.Test) => r.type("form").send({ notes: "x".repeat(BODY_LIMITS.form.bytes) }), 413],
    ["a malformed charset", (r: request.Test) => r.set("Content-Type", "application/x-www-form-urlencoded; charset=klingon").send("a=b"), 415],
    ["evidence given as a string", (r: request.Test) => r.type("form").send({ version: "1", evidence: "oops" }), 422],
    ["a version that is not a number", (r: request.Test) => r.type("form").send({ version: "abc" }), 422],
    [
      "more than 20 evidence rows",
      (r: request.Test) =>
        r.type("form").send(`version=1&${Array.from({ length: 25 }, (_, i) => `evidence[${i}][url]=https://e.org/${i}&evidence[${i}][title]=t`).join("&")}`),
      422,
    ],
  ])("a review post with %s gets %i, not a crash", async (_name, send, status) => {
    const { app, store } = await workspace();
    const { agent, csrf } = await signedInAgent(app, "reviewer");
    const res = await send(agent.post(review).set("Accept-Language", "en").set("x-csrf-token", csrf)).expect(status);
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    expect((await storedArticles(store))[0]!.claims[0]!.version).toBe(1);
  });

  it("a multipart import with an unexpected file field gets 400", async () => {
    const { app } = await workspace();
    const { agent, csrf } = await signedInAgent(app, "editor");
    await agent.post("/articles").field("_csrf", csrf).field("title", "t").attach("other", Buffer.from("x"), "a.txt").expect(400);
  });
});
