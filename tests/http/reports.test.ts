import type request from "supertest";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/reports/claims-csv.ts";
import { signedInAgent, type SignedInAgent, postForm as post } from "../helpers/session-client.ts";
import { AR_TEXT, EN_TEXT, arabicArticle, englishArticle, recordAt, storedClaim, workspace } from "../helpers/workspace.ts";

const evidence = [{ url: "https://example.org/s", title: "Statistics office", excerpt: "Table 3", stance: "refutes" as const }];
const approval = { at: "2026-01-20T10:00:00.000Z", by: "Hind", action: "approve" as const, changes: [] };
const reviewedArabic = () =>
  arabicArticle({
    sourceUrl: "https://news.example.org/ar",
    publishedAt: "2022-01-07",
    claims: [
      recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", {
        id: "c1",
        verdict: "mostly_false",
        status: "approved",
        reviewer: "Salma",
        notes: "ملاحظة",
        evidence,
        history: [approval],
      }),
      recordAt(AR_TEXT, "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي", { id: "c2", verdict: "unproven", status: "submitted", reviewer: "Omar", version: 4 }),
      recordAt(AR_TEXT, "عنوان الخبر", { id: "c3", dismissed: true }),
    ],
  });
/** Reads any response body as bytes (supertest leaves image/svg+xml and CSV unparsed). */
const rawBody = (r: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const stream = r as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => done(null, Buffer.concat(chunks)));
};
const svgOf = async (who: SignedInAgent, path: string, lang: string) => {
  const res = await who.agent.get(path).set("Accept-Language", lang).buffer(true).parse(rawBody).expect(200);
  return { res, svg: (res.body as Buffer).toString("utf8") };
};
/** A workspace with Hind, an editor, signed in. */
async function editing(...args: Parameters<typeof workspace>) {
  const ws = await workspace(...args);
  return { ...ws, hind: await signedInAgent(ws.app, "editor", "Hind") };
}

describe("GET /articles/:id/report", () => {
  it("counts only approved verdicts as published and work in progress apart, and lists only approved claims with their evidence", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const res = await hind.agent.get("/articles/ar1/report").set("Accept-Language", "en").expect(200);
    const published = res.text.slice(res.text.indexOf("published-counts"), res.text.indexOf("work-counts"));
    expect(published).toMatch(/Mostly false<\/th><td class="num">1</);
    expect(published).toMatch(/Unproven<\/th><td class="num">0</);
    expect(published).toMatch(/Published<\/th><td class="num">1</);
    const work = res.text.slice(res.text.indexOf("work-counts"), res.text.indexOf("report-claims"));
    expect(work).toMatch(/Submitted<\/th><td class="num">1</);
    expect(work).toMatch(/not yet approved<\/th><td class="num">1</);
    expect(work).toMatch(/Total<\/th><td class="num">2</);
    expect(res.text).toContain('<img class="chart" src="/articles/ar1/chart.svg"');
    for (const shown of ["Statistics office", "https://example.org/s", "Table 3", "ملاحظة", ">Approved<", "Published fact-checks (1)"]) {
      expect(res.text).toContain(shown);
    }
    expect(res.text).toContain('id="claim-c1"');
    expect(res.text).not.toContain('id="claim-c2"');
    expect(res.text).not.toContain('id="claim-c3"');
    expect(res.text).not.toContain("decision-form");
    expect(res.text).toContain('href="/articles/ar1/report?view=working"');
    expect(res.text).toContain('href="/assets/css/print.css" media="print"');
  });

  it("says nothing is published when no claim is approved", async () => {
    const { hind } = await editing();
    const res = await hind.agent.get("/articles/ar1/report").set("Accept-Language", "en").expect(200);
    expect(res.text).toContain("Nothing is published yet");
    expect(res.text).not.toContain("report-claim ");
  });

  it("lists every claim that is not dismissed in the working view, a draft verdict marked as a draft", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const res = await hind.agent.get("/articles/ar1/report?view=working").set("Accept-Language", "en").expect(200);
    for (const shown of ["Salma", "Omar", ">Approved<", ">Submitted<", "Draft: Unproven", "All claims (2)"]) expect(res.text).toContain(shown);
    expect(res.text).toContain('id="claim-c2"');
    expect(res.text).not.toContain('id="claim-c3"');
  });

  it("answers an unknown view with 400", async () => {
    const { hind } = await editing([reviewedArabic()]);
    await hind.agent.get("/articles/ar1/report?view=everything").expect(400);
  });

  it("offers approve and return on a submitted claim, and only return on an approved one, in the working view", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const res = await hind.agent.get("/articles/ar1/report?view=working").expect(200);
    const approved = res.text.slice(res.text.indexOf('id="claim-c1"'), res.text.indexOf('id="claim-c2"'));
    const submitted = res.text.slice(res.text.indexOf('id="claim-c2"'));
    expect(submitted).toContain('value="approve"');
    expect(submitted).toContain('value="return"');
    expect(approved).not.toContain('value="approve"');
    expect(approved).toContain('value="return"');
  });
});

describe("POST /articles/:id/claims/:claimId/decision", () => {
  it("approves a submitted claim, recording the editor, and goes back to the report", async () => {
    const { hind, store } = await editing([reviewedArabic()]);
    const res = await post(hind, "/articles/ar1/claims/c2/decision", { version: "4", decision: "approve", comment: "" }).expect(303);
    expect(res.headers.location).toBe("/articles/ar1/report?view=working#claim-c2");
    expect(await storedClaim(store, "ar1", "c2")).toMatchObject({ status: "approved", version: 5 });
    expect((await storedClaim(store, "ar1", "c2")).history.at(-1)).toMatchObject({ by: "Hind", action: "approve" });
  });

  it("returns a claim with the editor's comment, shown on the claim page", async () => {
    const { hind, store } = await editing([reviewedArabic()]);
    await post(hind, "/articles/ar1/claims/c2/decision", { version: "4", decision: "return", comment: "Find the original video" }).expect(303);
    expect(await storedClaim(store, "ar1", "c2")).toMatchObject({ status: "returned", editorComment: "Find the original video" });
    const page = await hind.agent.get("/articles/ar1/claims/c2").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain("Returned by the editor: Find the original video");
  });

  it("refuses to return without a comment, showing the report with the editor's input", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const res = await post(hind, "/articles/ar1/claims/c2/decision", { version: "4", decision: "return", comment: "" }).expect(422);
    expect(res.text).toMatch(/id="decision-c2-comment-error">Say why you are returning it/);
    expect(res.text).toMatch(/<form class="decision-form[\s\S]*?name="version" value="4"/);
  });

  it("answers a decision on a claim changed since the report was loaded with 409", async () => {
    const { hind, store } = await editing([reviewedArabic()]);
    const res = await post(hind, "/articles/ar1/claims/c2/decision", { version: "3", decision: "approve", comment: "ok" }).expect(409);
    expect(res.text).toMatch(/<textarea[^>]*name="comment"[^>]*>ok<\/textarea>/);
    expect((await storedClaim(store, "ar1", "c2")).status).toBe("submitted");
  });

  it("answers approving a claim that is not submitted with 409", async () => {
    const { hind } = await editing();
    const res = await post(hind, "/articles/ar1/claims/c1/decision", { version: "1", decision: "approve", comment: "" }).expect(409);
    expect(res.text).toContain("Only a submitted claim can be approved");
  });
});

describe("GET /articles/:id/report.csv", () => {
  it("exports every claim that is not dismissed as UTF-8 CSV with a byte-order mark", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const res = await hind.agent.get("/articles/ar1/report.csv").buffer(true).parse(rawBody).expect(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain("attachment");
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString("utf8").slice(1).trim().split("\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("c1,أنتوني بلينكن,,indirect,كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي");
    expect(lines[1]).toContain("mostly_false,Mostly false,خاطئ في معظمه,2,approved,Salma,refutes: Statistics office <https://example.org/s> — Table 3,ملاحظة");
    expect(lines[2]).toContain("c2");
  });

  it("neutralises cells that a spreadsheet would run as a formula", async () => {
    const claim = recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", speaker: '=HYPERLINK("http://evil")', notes: "@SUM(A1)" });
    const { hind } = await editing([englishArticle({ claims: [claim] })]);
    const res = await hind.agent.get("/articles/en1/report.csv").expect(200);
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(res.text).toContain("'@SUM(A1)");
  });
});

describe("GET /articles/:id/claimreview.jsonld", () => {
  it("publishes a ClaimReview for each approved claim with a checkable verdict, pointing at the public page", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const res = await hind.agent.get("/articles/ar1/claimreview.jsonld").expect(200);
    expect(res.headers["content-type"]).toBe("application/ld+json; charset=utf-8");
    expect(JSON.parse(res.text)).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: "https://factcheck.example.org/fact-checks/ar1#claim-c1",
        claimReviewed: "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي",
        datePublished: "2026-01-20",
        inLanguage: "ar",
        author: { "@type": "Organization", name: "Isnad Desk", url: "https://factcheck.example.org" },
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Person", name: "أنتوني بلينكن" },
          datePublished: "2022-01-07",
          appearance: {
            "@type": "NewsArticle",
            headline: "تصريح من واشنطن",
            inLanguage: "ar",
            url: "https://news.example.org/ar",
            datePublished: "2022-01-07",
          },
        },
        reviewRating: { "@type": "Rating", alternateName: "خاطئ في معظمه", ratingExplanation: "ملاحظة", ratingValue: 2, bestRating: 5, worstRating: 1 },
      },
    ]);
  });

  it.each([
    ["unproven", { alternateName: "Unproven" }, 1],
    ["satire", { alternateName: "Satire" }, 1],
    ["not_checkable", null, 0],
  ] as const)("gives an approved %s claim its label only, or leaves an opinion out", async (verdict, rating, count) => {
    const claim = recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", verdict, status: "approved" });
    const { hind } = await editing([englishArticle({ claims: [claim] })]);
    const reviews = JSON.parse((await hind.agent.get("/articles/en1/claimreview.jsonld").expect(200)).text) as Array<{ reviewRating: unknown }>;
    expect(reviews).toHaveLength(count);
    if (rating) expect(reviews[0]!.reviewRating).toEqual({ "@type": "Rating", ...rating });
  });
});

describe("SVG charts", () => {
  it("draws one bar per verdict of the scale, counting approved claims only, as a standalone SVG without script", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const { res, svg } = await svgOf(hind, "/articles/ar1/chart.svg", "en");
    expect(res.headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|<style|href=/);
    expect(svg.match(/<rect /g)).toHaveLength(8);
    expect(svg).toMatch(/fill="#d4533b"><title>Mostly false: 1<\/title>/);
    expect(svg).toMatch(/<title>Unproven: 0<\/title>/);
    expect(svg).toContain("<title>Bar chart of published verdicts: Mostly false: 1</title>");
  });

  it("labels the chart in Arabic and mirrors it for the Arabic interface", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const { svg } = await svgOf(hind, "/articles/ar1/chart.svg", "ar");
    expect(svg).toContain(">خاطئ في معظمه<");
    expect(svg).toMatch(/<text x="640" y="\d+" text-anchor="end">صحيح</);
  });

  it("draws the small list bar with a segment per published verdict in use", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const { svg } = await svgOf(hind, "/articles/ar1/verdict-bar.svg", "en");
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(1);
    expect(svg).toContain("<title>Mostly false: 1</title>");
  });
});

describe("JSON API", () => {
  it("GET /api/articles lists articles with their counts and without their text", async () => {
    const { hind } = await editing([reviewedArabic(), englishArticle()]);
    const res = await hind.agent.get("/api/articles").expect(200);
    expect(res.body).toMatchObject({ total: 2, page: 1, pages: 1, next: null, previous: null });
    const [first] = res.body.articles;
    expect(res.body.articles).toHaveLength(2);
    expect(first).toMatchObject({ id: "ar1", title: "تصريح من واشنطن", language: "ar", stats: { total: 2, reviewed: 2, approved: 1 } });
    expect(first.stats.verdicts).toMatchObject({ mostly_false: 1, unproven: 1, none: 0 });
    expect(first).not.toHaveProperty("text");
    expect(first).not.toHaveProperty("claims");
  });

  it("GET /api/articles/:id/claims returns the claims with offsets, reviews and history", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const res = await hind.agent.get("/api/articles/ar1/claims").expect(200);
    expect(res.body.map((c: { id: string }) => c.id)).toEqual(["c1", "c2", "c3"]);
    expect(res.body[0]).toMatchObject({ start: AR_TEXT.indexOf("كازاخستان"), verdict: "mostly_false", evidence, history: [approval] });
  });

  it("GET /api/articles/:id/claims answers its ETag with 304 while the claims are unchanged, and with the new claims after a change", async () => {
    const { hind, store } = await editing([reviewedArabic()]);
    const first = await hind.agent.get("/api/articles/ar1/claims").expect(200);
    expect(first.headers["content-type"]).toBe("application/json; charset=utf-8");
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await hind.agent.get("/api/articles/ar1/claims").set("If-None-Match", etag).expect(304);
    expect(again.text).toBe("");
    await store.updateArticle("ar1", (draft) => {
      draft.claims[0]!.notes = "checked again";
    });
    const changed = await hind.agent.get("/api/articles/ar1/claims").set("If-None-Match", etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body[0].notes).toBe("checked again");
  });

  it("GET /api/articles/:id/claims sends the same claims gzipped to a client that accepts gzip, each encoding with its own ETag", async () => {
    const { hind } = await editing([reviewedArabic()]);
    const plain = await hind.agent.get("/api/articles/ar1/claims").set("Accept-Encoding", "identity").expect(200);
    const gzipped = await hind.agent.get("/api/articles/ar1/claims").set("Accept-Encoding", "gzip, deflate, br").expect(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gzipped.body).toEqual(plain.body);
    expect(gzipped.headers.etag).not.toBe(plain.headers.etag);
    await hind.agent
      .get("/api/articles/ar1/claims")
      .set("Accept-Encoding", "gzip")
      .set("If-None-Match", gzipped.headers.etag as string)
      .expect(304);
  });

  it("GET /api/articles/:id/claims returns a JSON 404 for an unknown id", async () => {
    const { hind } = await editing();
    const res = await hind.agent.get("/api/articles/nope/claims").set("Accept-Language", "en").expect(404);
    expect(res.body).toEqual({ error: { status: 404, message: "There is no article with this id." } });
  });
});
