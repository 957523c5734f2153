import { describe, expect, it } from "vitest";
import { signedInAgent } from "../helpers/session-client.ts";
import { workspace } from "../helpers/workspace.ts";

describe("POST /articles/:id/claims with the words of an existing claim", () => {
  it("refuses a claim that differs from an existing one only by a full stop, and links the existing claim", async () => {
    const { app, store } = await workspace();
    const salma = await signedInAgent(app, "reviewer", "Salma");
    const res = await salma.agent
      .post("/articles/ar1/claims")
      .set("Accept-Language", "en")
      .type("form")
      .send({ text: "كازاخستان ستواجه صعوبة بالغة في الحد من  النفوذ الروسي.", speaker: "بلينكن", kind: "indirect", _csrf: salma.csrf })
      .expect(422);
    expect(res.text).toMatch(/id="add-text-error">These words are already a claim, by أنتوني بلينكن\./);
    expect(res.text).toContain('<a href="/articles/ar1/claims/c1">Open the existing claim by أنتوني بلينكن</a>');
    expect((await store.getArticle("ar1"))!.claims.map((c) => c.id)).toEqual(["c1", "c2"]);
  });
});
