import { describe, expect, it } from "vitest";
import { signedInAgent } from "../helpers/session-client.ts";
import { workspace } from "../helpers/workspace.ts";

describe("POST /articles refuses a NUL byte in an uploaded file, as it does in pasted text and the CLI", () => {
  it("shows a message beside the file field and stores nothing", async () => {
    const { app, store } = await workspace([]);
    const hind = await signedInAgent(app, "editor", "Hind");
    const res = await hind.agent
      .post("/articles")
      .set("Accept-Language", "en")
      .field("_csrf", hind.csrf)
      .field("title", "t")
      .attach("file", Buffer.from("The mayor said\u0000 it.", "utf8"), "article.txt")
      .expect(422);
    expect(res.text).toMatch(/id="file-error">The text holds a NUL character \(U\+0000\)/);
    expect(await store.listArticles()).toEqual([]);
  });
});
