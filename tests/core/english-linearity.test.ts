import { describe, expect, it } from "vitest";
import { extractEnglishClaims } from "../../src/core/english/extract-english.ts";
import { MAX_CONTENT_CHARS } from "../../src/core/english/words.ts";

/** Characters of claim text the extractor produces: what it slices and hashes, so what its work grows with. */
const outputChars = (text: string) => extractEnglishClaims(text).reduce((n, c) => n + (c.end - c.start) + (c.quote.prefix.length + c.quote.suffix.length), 0);

/**
 * Linearity is asserted on structure, not wall time: every claim's content is bounded, and the
 * output doubles (no more) when the input doubles. Timings are in `npm run bench`.
 */
describe("extractEnglishClaims: work grows linearly with the text", () => {
  it("a paragraph of thousands of cues with no sentence stop gives bounded work per cue", () => {
    const cues = (n: number) => "the minister said the plan would work and ".repeat(n);
    const claims = extractEnglishClaims(cues(2000));
    expect(claims.length).toBe(2000);
    expect(Math.max(...claims.map((c) => c.end - c.start))).toBeLessThanOrEqual(MAX_CONTENT_CHARS);
    expect(outputChars(cues(4000))).toBeLessThanOrEqual(2.1 * outputChars(cues(2000)));
  });

  it("cues whose contents would each run to the end of the paragraph are cut at the bound", () => {
    const nested = "officials said that ".repeat(3000);
    for (const claim of extractEnglishClaims(nested)) expect(claim.end - claim.start).toBeLessThanOrEqual(MAX_CONTENT_CHARS);
    expect(outputChars("officials said that ".repeat(6000))).toBeLessThanOrEqual(2.1 * outputChars(nested));
  });

  it("one sentence repeated 32,000 times (a megabyte) gives one claim per sentence", () => {
    const text = "The minister said the plan would work. ".repeat(32_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(extractEnglishClaims(text)).toHaveLength(32_000);
  });

  it("one paragraph of 140,000 claims returns them all instead of overflowing the call stack", () => {
    expect(extractEnglishClaims("Ruiz said it works. ".repeat(140_000))).toHaveLength(140_000);
  });

  it("a quotation of 100,000 words is one claim", () => {
    const claims = extractEnglishClaims(`She said: "${"word ".repeat(100_000)}"`);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe("direct");
  });

  it("thousands of passages reopened after a stop are each read once", () => {
    const reopened = (n: number) => `Ana Ruiz said: "${'We will win. "'.repeat(n)}`;
    const claims = extractEnglishClaims(reopened(3000));
    expect(claims).toHaveLength(3000);
    expect(outputChars(reopened(6000))).toBeLessThanOrEqual(2.1 * outputChars(reopened(3000)));
  });
});
