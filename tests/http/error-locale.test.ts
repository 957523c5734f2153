import request from "supertest";
import { describe, expect, it } from "vitest";
import { workspace } from "../helpers/workspace.ts";

/** Errors raised before a page chose its language (src/http/locale-before-error.ts) are worded as the pages choose it. */
describe("the language of an error raised before the page chose one", () => {
  const BAD_QUERY = "/login?q=%ZZ";

  async function deskInArabic() {
    const ws = await workspace();
    await ws.store.updateSettings((draft) => {
      draft.defaultLanguage = "ar";
    });
    return ws;
  }

  it("is the desk's default language for a visitor who asks for none", async () => {
    const res = await request((await deskInArabic()).app)
      .get(BAD_QUERY)
      .expect(400);
    expect(res.text).toMatch(/<html lang="ar"/);
  });

  it("is still the visitor's own choice (the language cookie) over the desk's default", async () => {
    const res = await request((await deskInArabic()).app)
      .get(BAD_QUERY)
      .set("Cookie", "lang=en")
      .expect(400);
    expect(res.text).toMatch(/<html lang="en"/);
  });

  it("falls back to the browser's language when the store cannot say its default", async () => {
    const ws = await workspace();
    ws.store.getSettings = () => Promise.reject(new Error("settings unreadable"));
    const res = await request(ws.app).get(BAD_QUERY).set("Accept-Language", "ar").expect(400);
    expect(res.text).toMatch(/<html lang="ar"/);
  });
});
