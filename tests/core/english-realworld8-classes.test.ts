import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";

/**
 * Capability classes found missing on the eighth blind English set (five outlets), built as general
 * rules. Every sentence here was written for these tests; none is copied from an article.
 */
const claimsOf = (text: string) => extractEnglishClaims(`Headline\n\n${text}`).map((c) => [c.speaker, c.cue.text, c.kind, c.text]);

describe('en.verb.trailing.svo with "reports": "…, a new study reports." (a singular determiner makes "reports" a verb)', () => {
  it.each([
    ["Researchers have measured the salt directly, a new study reports.", "a new study", "Researchers have measured the salt directly"],
    ["The glacier lost a fifth of its mass, an independent review reports.", "an independent review", "The glacier lost a fifth of its mass"],
  ])("%s", (text, speaker, content) => {
    expect(claimsOf(text)).toEqual([[speaker, "reports", "indirect", content]]);
  });

  it.each([["He cited two sources, the annual reports."], ["He cited one source, a pile of reports."], ["The agency publishes two kinds of reports."]])(
    "'%s': a plural noun, not a verb",
    (text) => {
      expect(claimsOf(text)).toEqual([]);
    },
  );
});
