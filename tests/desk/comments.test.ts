import { describe, expect, it } from "vitest";
import { signedInAgent, postForm as post } from "../helpers/session-client.ts";
import { storedClaim, workspace } from "../helpers/workspace.ts";

async function team() {
  const ws = await workspace();
  return { ...ws, salma: await signedInAgent(ws.app, "reviewer", "Salma"), hind: await signedInAgent(ws.app, "editor", "Hind") };
}

describe("POST /articles/:id/claims/:claimId/comments", () => {
  it("adds a comment with who and when, shown in the claim's thread apart from the notes", async () => {
    const { salma, store } = await team();
    const res = await post(salma, "/articles/ar1/claims/c1/comments", { text: "هل من مصدر رسمي؟" }).expect(303);
    expect(res.headers.location).toBe("/articles/ar1/claims/c1#comment-k1");
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({
      notes: "",
      version: 1,
      comments: [{ id: "k1", by: "Salma", at: "2026-01-15T09:30:00.000Z", text: "هل من مصدر رسمي؟", kind: "comment" }],
    });
    const page = await salma.agent.get("/articles/ar1/claims/c1").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Discussion (1)");
    expect(page.text).toMatch(
      /id="comment-k1">[\s\S]*<bdi class="comment-by">Salma<\/bdi>[\s\S]*<time datetime="2026-01-15T09:30:00.000Z">[\s\S]*هل من مصدر رسمي؟/,
    );
  });

  it("threads a reply under the comment it answers", async () => {
    const { salma, hind, store } = await team();
    await post(salma, "/articles/ar1/claims/c1/comments", { text: "Source?" }).expect(303);
    await post(hind, "/articles/ar1/claims/c1/comments", { text: "The ministry site", replyTo: "k1" }).expect(303);
    expect((await storedClaim(store, "ar1", "c1")).comments[1]).toMatchObject({ id: "k2", by: "Hind", replyTo: "k1" });
    const page = await salma.agent.get("/articles/ar1/claims/c1").expect(200);
    expect(page.text).toMatch(/id="comment-k1">[\s\S]*<ol class="comment-replies">[\s\S]*id="comment-k2">[\s\S]*The ministry site/);
  });

  it("keeps a reviewer's open review form good: the review saves after a comment", async () => {
    const { salma, hind, store } = await team();
    await post(hind, "/articles/ar1/claims/c1/comments", { text: "Look at the census" }).expect(303);
    await post(salma, "/articles/ar1/claims/c1/review", { version: "1", verdict: "false", notes: "n", action: "save" }).expect(303);
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({ verdict: "false", version: 2 });
    expect((await storedClaim(store, "ar1", "c1")).comments).toHaveLength(1);
  });

  it("gives an empty comment back with a message, and escapes what it shows", async () => {
    const { salma, store } = await team();
    const res = await post(salma, "/articles/ar1/claims/c1/comments", { text: "   " }).expect(422);
    expect(res.text).toMatch(/id="comment-text-error">This field is required/);
    await post(salma, "/articles/ar1/claims/c1/comments", { text: "<script>alert(1)</script>" }).expect(303);
    const page = await salma.agent.get("/articles/ar1/claims/c1").expect(200);
    expect(page.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect((await storedClaim(store, "ar1", "c1")).comments).toHaveLength(1);
  });

  it.each([
    ["a reply to a comment that is not there", { text: "hi", replyTo: "k9" }, 409],
    ["a reply id of the wrong shape", { text: "hi", replyTo: "../x" }, 422],
    ["a field the form does not have", { text: "hi", notes: "x" }, 422],
    ["a comment over the length limit", { text: "x".repeat(2001) }, 422],
  ])("refuses %s", async (_name, form, status) => {
    const { salma, store } = await team();
    await post(salma, "/articles/ar1/claims/c1/comments", form as Record<string, string>).expect(status);
    expect((await storedClaim(store, "ar1", "c1")).comments).toEqual([]);
  });

  it("answers a comment on an unknown claim with 404", async () => {
    const { salma } = await team();
    await post(salma, "/articles/ar1/claims/nope/comments", { text: "hi" }).expect(404);
  });
});
