import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

describe("extractEnglishClaims: odd text", () => {
  it.each([
    ["empty text", ""],
    ["only spaces and blank lines", "  \n\n \u00a0\n"],
    ["HTML markup", `<p class="x">"Hi," <b>she</b> said.</p><script>alert("x")</script>`],
    ["emoji and astral characters", `"We won 🎉🎉," said 𝓙𝓪𝓷𝓮. 😀 "Again," she said.`],
    ["unbalanced quote marks", `"He said, "" "she said" said said said "`],
    ["a cue with nothing around it", "said"],
    ["punctuation only", `,,,""""''':::;;;---—`],
  ])("never throws on %s", (_name, text) => {
    expect(() => extractEnglishClaims(text)).not.toThrow();
  });

  it("claim offsets always slice the article to the claim text", () => {
    const text = `WASHINGTON (AP) — "It is over," said Sen. Ann Cole. She added that talks would resume.\nThe deal is off, officials said.`;
    for (const claim of extractEnglishClaims(text)) {
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(text.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
      expect(text.slice(claim.speakerMention.start, claim.speakerMention.end)).toBe(claim.speakerMention.text);
    }
  });

  it("the dateline is never part of a claim", () => {
    const [claim] = extractEnglishClaims("LONDON, March 3 (Reuters) - Prices rose sharply in May, the statistics office said.");
    expect(claim?.text).toBe("Prices rose sharply in May");
  });

  it("gets through a megabyte of repetitive text (speed is measured by npm run bench, not here)", () => {
    const paragraph = `"We will not back down," Mr. Hale said, adding that the union would strike on Monday. Officials said the talks had failed.\n`;
    const unquoted = `${"said that said that said ".repeat(2000)}\n`;
    const text = `${paragraph.repeat(6000) + unquoted.repeat(5)}"${"x ".repeat(20000)}`;
    const claims = extractEnglishClaims(text);
    expect(claims.length).toBeGreaterThan(6000);
  });
});
