import { describe, expect, it } from "vitest";
import { signedInAgent } from "../helpers/session-client.ts";
import { arabicArticle, recordAt, AR_TEXT, workspace } from "../helpers/workspace.ts";
import { shownOutsideFormFields } from "../hostile/rendered-text.ts";

/** A URL with a right-to-left override: shown raw, "moc.elpmaxe" would read as "example.com". */
const SPOOFED = "https://example.org/\u202Emoc.elpmaxe";
const EVIDENCE = { url: SPOOFED, title: "Ministry statement", excerpt: "The minister “never said that”.", stance: "refutes" as const };

/** The Arabic article with a spoofed source URL, its first claim reviewed with a spoofed evidence URL. */
function spoofedArticle() {
  const claim = recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", {
    id: "c1",
    verdict: "false",
    status: "in_review",
    version: 2,
    evidence: [EVIDENCE],
    history: [
      {
        at: "2026-01-15T09:30:00.000Z",
        by: "Salma",
        action: "save",
        changes: [{ field: "evidence", from: null, to: JSON.stringify([EVIDENCE]) }],
      },
    ],
  });
  return arabicArticle({ sourceUrl: SPOOFED, claims: [claim] });
}

async function pages(locale: "en" | "ar") {
  const { app } = await workspace([spoofedArticle()]);
  const { agent } = await signedInAgent(app, "reviewer");
  const get = async (url: string) => (await agent.get(url).set("Accept-Language", locale).expect(200)).text;
  return { article: await get("/articles/ar1"), claim: await get("/articles/ar1/claims/c1"), report: await get("/articles/ar1/report?view=working") };
}

describe("URLs with bidi controls", () => {
  it("show the controls as visible [U+202E] on the article, claim and report pages, with no raw control left, links included", async () => {
    for (const [name, html] of Object.entries(await pages("en"))) {
      expect(shownOutsideFormFields(html, "\u202E"), name).toBe(false);
      expect(html, name).toContain("https://example.org/[U+202E]moc.elpmaxe");
    }
    const { claim } = await pages("en");
    expect(claim).toContain('href="https://example.org/%E2%80%AEmoc.elpmaxe"');
  });
});

describe("URLs and excerpts in the Arabic interface", () => {
  it("isolates every shown URL as a left-to-right run, in the evidence list and in the history", async () => {
    const { claim, report } = await pages("ar");
    const isolated = '<bdi class="url" dir="ltr">https://example.org/[U+202E]moc.elpmaxe</bdi>';
    expect(claim.split(isolated)).toHaveLength(3); // evidence list and history
    expect(report).toContain(isolated);
  });

  it("shows history evidence without brackets that Arabic text would mirror", async () => {
    const { claim } = await pages("ar");
    const history = claim.slice(claim.indexOf('class="history"'));
    expect(history).not.toMatch(/&lt;https?:/);
    expect(history).toContain('<span class="history-source">');
  });

  it("sets an English excerpt apart without quotation marks that would face the wrong way", async () => {
    const { claim } = await pages("ar");
    expect(claim).toContain('<blockquote class="excerpt" dir="auto">The minister “never said that”.</blockquote>');
    expect(claim).not.toMatch(/<q\b/);
  });
});
