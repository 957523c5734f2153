import { describe, expect, it } from "vitest";
import { addAccount, postForm as post, signedInAgent } from "../helpers/session-client.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, englishArticle, recordAt, storedClaim, workspace } from "../helpers/workspace.ts";

const C1 = "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي";
const C2 = "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي";
const submittedAt = (at: string) => ({
  status: "submitted" as const,
  verdict: "false" as const,
  reviewer: "Omar",
  history: [{ at, by: "Omar", action: "submit" as const, changes: [] }],
});
/** ar1: c1 assigned to Salma (in review), c2 returned to Salma; en1 assigned to Salma as a whole, e1 not started; a1/b1 submitted at different times. */
const desk = () => [
  arabicArticle({
    claims: [
      recordAt(AR_TEXT, C1, { id: "c1", status: "in_review", assignee: "Salma", verdict: "true" }),
      recordAt(AR_TEXT, C2, { id: "c2", status: "returned", reviewer: "Salma", editorComment: "Find the video" }),
    ],
  }),
  englishArticle({ assignee: "Salma" }),
  arabicArticle({ id: "a1", title: "Later", claims: [recordAt(AR_TEXT, C1, { id: "x", ...submittedAt("2026-01-14T10:00:00.000Z") })] }),
  arabicArticle({ id: "b1", title: "Earlier", claims: [recordAt(AR_TEXT, C2, { id: "y", ...submittedAt("2026-01-12T10:00:00.000Z") })] }),
];
const order = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);
async function team() {
  const ws = await workspace(desk());
  await addAccount(ws.store, "Omar", "reviewer");
  return { ...ws, salma: await signedInAgent(ws.app, "reviewer", "Salma"), hind: await signedInAgent(ws.app, "editor", "Hind") };
}

describe("GET /queue", () => {
  it("is the home page", async () => {
    const { salma } = await team();
    expect((await salma.agent.get("/").expect(303)).headers.location).toBe("/queue");
  });

  it("shows a reviewer what is theirs: returned first, then in review, then assigned with the article", async () => {
    const { salma } = await team();
    const res = await salma.agent.get("/queue").set("Accept-Language", "en").expect(200);
    expect(order(res.text, /class="queue-item[^"]*" id="mine-([\w-]+)"/g)).toEqual(["ar1-c2", "ar1-c1", "en1-e1"]);
    expect(res.text).toContain("Returned by the editor: Find the video");
    expect(res.text).toContain('href="/articles/ar1/claims/c2?queue=mine"');
    expect(res.text).not.toContain("Waiting for decision");
  });

  it("shows an editor every submitted claim across articles, the one waiting longest first, with approve and return", async () => {
    const { hind } = await team();
    const res = await hind.agent.get("/queue").set("Accept-Language", "en").expect(200);
    expect(res.text).toContain("Waiting for decision (2)");
    expect(order(res.text, /class="queue-item[^"]*" id="decision-([\w-]+)"/g)).toEqual(["b1-y", "a1-x"]);
    const row = res.text.slice(res.text.indexOf('id="decision-b1-y"'));
    expect(row).toContain('action="/queue/decision/b1/y"');
    expect(row).toContain('value="approve"');
    expect(row).toContain('value="return"');
  });
});

describe("POST /queue/decision/:articleId/:claimId", () => {
  it("approves from the queue and comes back to it", async () => {
    const { hind, store } = await team();
    const res = await post(hind, "/queue/decision/b1/y", { version: "1", decision: "approve", comment: "" }).expect(303);
    expect(res.headers.location).toBe("/queue?decided=approve");
    expect(await storedClaim(store, "b1", "y")).toMatchObject({ status: "approved", version: 2 });
    const page = await hind.agent.get(res.headers.location!).set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Approved.");
    expect(page.text).toContain("Waiting for decision (1)");
  });

  it("returns from the queue; the comment lands in the claim's thread and the claim goes back to its reviewer's queue", async () => {
    const { hind, store, app } = await team();
    await post(hind, "/queue/decision/a1/x", { version: "1", decision: "return", comment: "Which census?" }).expect(303);
    expect(await storedClaim(store, "a1", "x")).toMatchObject({ status: "returned", comments: [{ by: "Hind", text: "Which census?", kind: "return" }] });
    const omar = await signedInAgent(app, "reviewer", "Omar");
    const queue = await omar.agent.get("/queue").expect(200);
    expect(queue.text).toContain('id="mine-a1-x"');
    const page = await omar.agent.get("/articles/a1/claims/x").set("Accept-Language", "en").expect(200);
    expect(page.text).toMatch(/class="comment comment-return" id="comment-k1">[\s\S]*Hind[\s\S]*Which census\?/);
  });

  it("refuses to return without a comment, keeping the editor's input on the queue page", async () => {
    const { hind } = await team();
    const res = await post(hind, "/queue/decision/a1/x", { version: "1", decision: "return", comment: "" }).expect(422);
    expect(res.text).toMatch(/id="decision-a1-x-comment-error">Say why you are returning it/);
  });

  it("answers a decision on a claim changed since the queue was loaded with 409 and the claim as it is now", async () => {
    const { hind, store } = await team();
    const res = await post(hind, "/queue/decision/a1/x", { version: "7", decision: "approve", comment: "ok" }).expect(409);
    expect(res.text).toContain("Someone changed this claim since you opened the queue");
    expect(res.text).toMatch(/<textarea[^>]*>ok<\/textarea>/);
    expect((await storedClaim(store, "a1", "x")).status).toBe("submitted");
  });

  it.each([
    ["an unknown article", "/queue/decision/nope/x", 404],
    ["an unknown claim", "/queue/decision/a1/nope", 404],
    ["a claim that is not submitted", "/queue/decision/ar1/c1", 409],
  ])("answers a decision on %s with %i", async (_name, url, status) => {
    const { hind } = await team();
    await post(hind, url, { version: "1", decision: "approve", comment: "" }).expect(status);
  });

  it("is for editors only", async () => {
    const { salma, store } = await team();
    await post(salma, "/queue/decision/a1/x", { version: "1", decision: "approve", comment: "" }).expect(403);
    expect((await storedClaim(store, "a1", "x")).status).toBe("submitted");
  });
});

describe("previous and next claim in a queue", () => {
  it("walks my queue from a claim page", async () => {
    const { salma } = await team();
    const res = await salma.agent.get("/articles/ar1/claims/c1?queue=mine").set("Accept-Language", "en").expect(200);
    expect(res.text).toContain("2 of 3 in my queue");
    expect(res.text).toContain('rel="prev" href="/articles/ar1/claims/c2?queue=mine"');
    expect(res.text).toContain('rel="next" href="/articles/en1/claims/e1?queue=mine"');
  });

  it("walks the decision queue oldest first, and offers the queue's first claim from a claim no longer in it", async () => {
    const { hind } = await team();
    const first = await hind.agent.get("/articles/b1/claims/y?queue=decision").set("Accept-Language", "en").expect(200);
    expect(first.text).toContain("1 of 2 in waiting for decision");
    expect(first.text).not.toContain('rel="prev"');
    expect(first.text).toContain('rel="next" href="/articles/a1/claims/x?queue=decision"');
    const outside = await hind.agent.get("/articles/ar1/claims/c1?queue=decision").set("Accept-Language", "en").expect(200);
    expect(outside.text).toContain("Not in waiting for decision any more (2 left)");
    expect(outside.text).toContain('rel="next" href="/articles/b1/claims/y?queue=decision"');
  });

  it("answers an unknown queue with 400", async () => {
    const { salma } = await team();
    await salma.agent.get("/articles/ar1/claims/c1?queue=everyone").expect(400);
  });
});

describe("assignment", () => {
  it("lets an editor assign one claim; it joins the reviewer's queue and the history says who assigned it", async () => {
    const { hind, store, app } = await team();
    await addAccount(store, "Rami", "reviewer");
    const res = await post(hind, "/articles/ar1/claims/c2/assignee", { assignee: "rami" }).expect(303);
    expect(res.headers.location).toBe("/articles/ar1/claims/c2");
    expect(await storedClaim(store, "ar1", "c2")).toMatchObject({ assignee: "Rami", version: 1 });
    const page = await hind.agent.get("/articles/ar1/claims/c2").set("Accept-Language", "en").expect(200);
    expect(page.text).toMatch(/<bdi class="assignee">Rami<\/bdi>/);
    expect(page.text).toContain("assigned");
    const rami = await signedInAgent(app, "reviewer", "Rami");
    expect((await rami.agent.get("/queue").expect(200)).text).toContain('id="mine-ar1-c2"');
  });

  it("lets an editor assign a whole article; claims assigned one by one keep their assignee", async () => {
    const { hind, store } = await team();
    await addAccount(store, "Rami", "reviewer");
    await post(hind, "/articles/ar1/assignee", { assignee: "Rami" }).expect(303);
    expect((await store.getArticle("ar1"))!.assignee).toBe("Rami");
    const page = await hind.agent.get("/articles/ar1").set("Accept-Language", "en").expect(200);
    expect(page.text).toMatch(/<option value="Rami" selected>/);
    const c1 = await hind.agent.get("/articles/ar1/claims/c1").set("Accept-Language", "en").expect(200);
    expect(c1.text).toMatch(/<bdi class="assignee">Salma<\/bdi>/);
    const c2 = await hind.agent.get("/articles/ar1/claims/c2").set("Accept-Language", "en").expect(200);
    expect(c2.text).toMatch(/<bdi class="assignee">Rami<\/bdi> \(with the whole article\)/);
  });

  it("takes an assignment away with a blank name", async () => {
    const { hind, store } = await team();
    await post(hind, "/articles/en1/assignee", { assignee: "" }).expect(303);
    expect(await store.getArticle("en1")).not.toHaveProperty("assignee");
  });

  it("refuses a name with no account, and reviewers", async () => {
    const { hind, salma, store } = await team();
    const res = await post(hind, "/articles/ar1/claims/c2/assignee", { assignee: "ghost" }).expect(422);
    expect(res.text).toContain("There is no account with that name");
    await post(salma, "/articles/ar1/claims/c2/assignee", { assignee: "Salma" }).expect(403);
    await post(salma, "/articles/ar1/assignee", { assignee: "Salma" }).expect(403);
    expect((await storedClaim(store, "ar1", "c2")).assignee).toBe("");
  });

  it("does not disturb a reviewer's open form: the review saves after an assignment", async () => {
    const { hind, salma, store } = await team();
    await post(hind, "/articles/ar1/claims/c1/assignee", { assignee: "Omar" }).expect(303);
    await post(salma, "/articles/ar1/claims/c1/review", { version: "1", verdict: "false", notes: "n", action: "save" }).expect(303);
    expect(await storedClaim(store, "ar1", "c1")).toMatchObject({ assignee: "Omar", verdict: "false", version: 2 });
  });
});

describe("English claims", () => {
  it("keep their text direction in the queue", async () => {
    const { salma } = await team();
    const res = await salma.agent.get("/queue").expect(200);
    expect(res.text).toContain(`<span lang="en" dir="ltr">${"the bridge would reopen in May"}</span>`);
    expect(res.text).toContain(`lang="ar" dir="rtl">${C1}</span>`);
    void EN_TEXT;
  });
});
