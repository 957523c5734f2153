import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims, type Language } from "../../src/core/index.ts";
import { scoreClaims, type GoldClaim } from "./golden-score.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/articles");
const SEED = join(import.meta.dirname, "../../fixtures/seed");

interface Golden { name: string; text: string; language: Language; claims: GoldClaim[] }

function load(dir: string, goldFile: string, textFile: string): Golden {
  const gold = JSON.parse(readFileSync(join(dir, goldFile), "utf8")) as { language: Language; claims: GoldClaim[] };
  return { name: textFile, text: readFileSync(join(dir, textFile), "utf8"), language: gold.language, claims: gold.claims };
}

const goldens: Golden[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => load(FIXTURES, f, f.replace(/\.gold\.json$/, ".txt")));

// Each article is held to a floor; the aim (R = P = 1) is tracked by `npm run -s score`.
const FLOOR = { precision: 0.8, recall: 0.8, speaker: 0.75, kind: 0.75 };

describe("golden articles", () => {
  it.each(goldens.map((g) => [g.name, g] as const))("%s: claims found, speakers and kinds right", (_name, golden) => {
    const claims = extractClaims(golden.text, { language: golden.language });
    const score = scoreClaims(golden.claims, claims);
    expect(score.misses.length, `missed:\n${score.misses.join("\n")}`).toBeLessThanOrEqual(2);
    expect(score.extras.length, `extra:\n${score.extras.join("\n")}`).toBeLessThanOrEqual(2);
    expect(score.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(score.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(score.speaker).toBeGreaterThanOrEqual(FLOOR.speaker);
    expect(score.kind).toBeGreaterThanOrEqual(FLOOR.kind);
  });

  it("every claim's text is the article's text between its offsets", () => {
    for (const golden of goldens) {
      for (const claim of extractClaims(golden.text, { language: golden.language })) {
        expect(golden.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(golden.text.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
        expect(golden.text.slice(claim.speakerMention.start, claim.speakerMention.end)).toBe(claim.speakerMention.text);
      }
    }
  });

  it("the bundled article meets the issue's bar: R = 1, P ≥ 0.95, speaker ≥ 0.95, kind ≥ 0.9", () => {
    const text = readFileSync(join(SEED, "article.ar.txt"), "utf8");
    const gold = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seed-claims.gold.json"), "utf8")) as { claims: GoldClaim[] };
    const score = scoreClaims(gold.claims, extractClaims(text));
    expect(score.recall).toBe(1);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.speaker).toBeGreaterThanOrEqual(0.95);
    expect(score.kind).toBeGreaterThanOrEqual(0.9);
  });
});
