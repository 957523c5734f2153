import { describe, expect, it } from "vitest";
import { signedInAgent } from "../helpers/session-client.ts";
import { workspace } from "../helpers/workspace.ts";

/**
 * A form shown again with errors leaves its POST address in the address bar. Reopening it (a GET,
 * after a reload, from history or a bookmark) must lead to the form's page, not to a 404.
 */
const ROUTES = [
  { url: "/articles/ar1/claims", location: "/articles/ar1#add-claim" },
  { url: "/articles/ar1/claims/c1/review", location: "/articles/ar1/claims/c1" },
  { url: "/articles/ar1/claims/c1/correction", location: "/articles/ar1/claims/c1" },
  { url: "/articles/ar1/claims/c1/dismiss", location: "/articles/ar1/claims/c1" },
  { url: "/articles/ar1/claims/c1/restore", location: "/articles/ar1/claims/c1" },
  { url: "/articles/ar1/claims/c1/decision", location: "/articles/ar1/report#claim-c1" },
  { url: "/articles/ar1/reextract", location: "/articles/ar1" },
];

describe("GET on a form's POST address", () => {
  it.each(ROUTES)("GET $url redirects to $location", async ({ url, location }) => {
    const { app } = await workspace();
    const { agent } = await signedInAgent(app, "reviewer");
    const res = await agent.get(url).expect(303);
    expect(res.headers.location).toBe(location);
    await agent.get(location.split("#")[0]!).expect(200);
  });

  it("still answers 404 for a claim that does not exist", async () => {
    const { app } = await workspace();
    const { agent } = await signedInAgent(app, "reviewer");
    await agent.get("/articles/ar1/claims/nope/review").expect(404);
  });

  it("the address of a form shown with errors is one of these", async () => {
    const { app } = await workspace();
    const salma = await signedInAgent(app, "reviewer");
    const failed = await salma.agent.post("/articles/ar1/claims/c1/review").type("form").send({ version: "1", action: "submit", _csrf: salma.csrf });
    expect(failed.status).toBe(422);
    await salma.agent.get("/articles/ar1/claims/c1/review").expect(303);
  });
});
