import { describe, expect, it } from "vitest";
import { signedInAgent, postForm as post } from "../helpers/session-client.ts";
import { arabicArticle, EN_TEXT, englishArticle, recordAt, workspace } from "../helpers/workspace.ts";

/** The test articles, the English claim submitted to the editor. */
const submitted = () => [
  arabicArticle(),
  englishArticle({ claims: [recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", speaker: "The mayor", status: "submitted", verdict: "satire" })] }),
];

/** The error summary of a page: the first `<div class="error-summary" …>…</div>`. */
function summaryOf(html: string): string {
  const start = html.indexOf('<div class="error-summary"');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</div>", start));
}

describe("error summaries", () => {
  it("take focus when the page loads, so a person sees them however far down the form is", async () => {
    const { app } = await workspace(submitted());
    const hind = await signedInAgent(app, "editor", "Hind");
    const res = await post(hind, "/articles/en1/claims/e1/decision", { version: "1", decision: "return", comment: "" }).expect(422);
    expect(summaryOf(res.text)).toMatch(/^<div class="error-summary" role="alert" tabindex="-1" autofocus>/);
    expect(res.text).toContain('<script src="/assets/js/error-summary.js" defer></script>');
  });

  it.each([
    [
      "a decision returned without a comment",
      "/articles/en1/claims/e1/decision",
      { version: "1", decision: "return", comment: "" },
      '<a href="#decision-e1-comment">Comment</a>: Say why you are returning it.',
    ],
    [
      "a review submitted without a verdict",
      "/articles/ar1/claims/c1/review",
      { version: "1", action: "submit" },
      '<a href="#verdict">Verdict</a>: Choose a verdict before submitting.',
    ],
    [
      "a review with a source missing its URL",
      "/articles/ar1/claims/c1/review",
      { version: "1", "evidence[0][title]": "t", action: "save" },
      '<a href="#evidence-0-url">Source 1, URL</a>: This field is required.',
    ],
    [
      "a correction with blank words",
      "/articles/ar1/claims/c1/correction",
      { version: "1", speaker: "x", kind: "direct", text: "" },
      '<a href="#correct-text">Claim words</a>: This field is required.',
    ],
    [
      "a missed claim with no words",
      "/articles/ar1/claims",
      { text: "", speaker: "x", kind: "direct" },
      '<a href="#add-text">Claim words</a>: This field is required.',
    ],
  ])("name and link to the field for %s", async (_name, path, form, line) => {
    const { app } = await workspace(submitted());
    const hind = await signedInAgent(app, "editor", "Hind");
    const res = await post(hind, path, form).expect(422);
    const summary = summaryOf(res.text);
    expect(summary).toContain(`<li>${line}</li>`);
    const id = /href="#([^"]+)"/.exec(line)![1]!;
    expect(res.text).toContain(`id="${id}"`);
  });

  it("name the field in Arabic in the Arabic interface", async () => {
    const { app } = await workspace(submitted());
    const hind = await signedInAgent(app, "editor", "Hind");
    const res = await post(hind, "/articles/en1/claims/e1/decision", { version: "1", decision: "return", comment: "" }, "ar").expect(422);
    expect(summaryOf(res.text)).toContain('<a href="#decision-e1-comment">التعليق</a>: ');
  });
});
