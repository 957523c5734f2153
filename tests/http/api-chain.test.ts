import request from "supertest";
import { describe, expect, it } from "vitest";
import { signedInAgent } from "../helpers/session-client.ts";
import { workspace } from "../helpers/workspace.ts";

/** The JSON API has its own short chain of middleware (src/http/api-app.ts): what the pages' chain gave it must still hold. */
describe("the JSON API's own chain", () => {
  it("answers an address it does not have with a JSON 404, not the HTML error page", async () => {
    const { agent } = await signedInAgent((await workspace()).app, "reviewer");
    const res = await agent.get("/api/nothing-here").set("Accept-Language", "en").expect(404);
    expect(res.type).toBe("application/json");
    expect(res.body).toEqual({ error: { status: 404, message: "There is no such page." } });
  });

  it("words its errors in the language the visitor chose with the language cookie", async () => {
    const res = await request((await workspace()).app)
      .get("/api/articles")
      .set("Cookie", "lang=ar")
      .expect(401);
    expect(res.body.error.message).toBe("سجّل الدخول لاستخدام إسناد.");
  });

  it("words its errors in the desk's default language for a client that asks for none", async () => {
    const ws = await workspace();
    await ws.store.updateSettings((draft) => {
      draft.defaultLanguage = "ar";
    });
    const res = await request(ws.app).get("/api/articles/ar1/claims").expect(401);
    expect(res.body.error.message).toBe("سجّل الدخول لاستخدام إسناد.");
  });

  it("names the search's bad fields in the visitor's language", async () => {
    const { agent } = await signedInAgent((await workspace()).app, "reviewer");
    const english = await agent.get("/api/search?to=yesterday").set("Accept-Language", "en").expect(400);
    const arabic = await agent.get("/api/search?to=yesterday").set("Accept-Language", "ar").expect(400);
    expect(english.body.error.fields.to).toMatch(/[a-z]/);
    expect(arabic.body.error.fields.to).toMatch(/[\u0600-\u06ff]/);
  });

  it("keeps the pages' security headers and sets no cookie on a signed-in read", async () => {
    const { agent } = await signedInAgent((await workspace()).app, "reviewer");
    const res = await agent.get("/api/articles/ar1/claims").expect(200);
    expect(res.headers["set-cookie"]).toBeUndefined();
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
  });
});
