import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/index.ts";
import { scoreArticle, type GoldFile } from "../../scripts/lib/score-claims.ts";

const ARTICLES = join(import.meta.dirname, "../fixtures/articles");
const HELDOUT = join(import.meta.dirname, "../fixtures/heldout");
const SEED = join(import.meta.dirname, "../../fixtures/seed");

interface Golden {
  name: string;
  text: string;
  gold: GoldFile;
}

function load(dir: string, goldFile: string): Golden {
  const name = goldFile.replace(/\.gold\.json$/, "");
  return { name, text: readFileSync(join(dir, `${name}.txt`), "utf8"), gold: JSON.parse(readFileSync(join(dir, goldFile), "utf8")) as GoldFile };
}

const goldFiles = (dir: string, keep: (f: string) => boolean) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json") && keep(f))
    .sort();

const goldens: Golden[] = [...goldFiles(ARTICLES, () => true).map((f) => load(ARTICLES, f)), ...goldFiles(HELDOUT, () => true).map((f) => load(HELDOUT, f))];

/**
 * A golden file states exactly what the extractor finds: every required claim, no claim it does not
 * list (optional ones may be found or not), each with its speaker and kind. A change that loses or
 * adds a claim fails here; updating a golden file is a deliberate, reviewed step.
 */
describe("golden articles", () => {
  it.each(goldens.map((g) => [g.name, g] as const))("%s: exactly the golden claims, speakers and kinds", (_name, golden) => {
    const scored = scoreArticle(golden.gold, extractClaims(golden.text, { language: golden.gold.language }));
    expect(scored.misses, "missed").toEqual([]);
    expect(scored.extras, "not in the golden file").toEqual([]);
    expect(scored.wrongSpeakers, "wrong speaker").toEqual([]);
    expect(scored.wrongKinds, "wrong kind").toEqual([]);
  });

  it("every claim's text is the article's text between its offsets", () => {
    for (const golden of goldens) {
      for (const claim of extractClaims(golden.text, { language: golden.gold.language })) {
        expect(golden.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(golden.text.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
        expect(golden.text.slice(claim.speakerMention.start, claim.speakerMention.end)).toBe(claim.speakerMention.text);
      }
    }
  });

  it("every claim's rule id is spelt language.family.variant, in the article's language (en.verb.svo.that, ar.participle.colon)", () => {
    for (const golden of goldens) {
      for (const claim of extractClaims(golden.text, { language: golden.gold.language })) {
        expect(claim.rule).toMatch(new RegExp(`^${golden.gold.language}(\\.[a-z]+(-[a-z]+)*)+$`));
      }
    }
  });

  it("the bundled article meets the issue's bar: R = 1, P ≥ 0.95, speaker ≥ 0.95, kind ≥ 0.9", () => {
    const text = readFileSync(join(SEED, "article.ar.txt"), "utf8");
    const gold = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seed-claims.gold.json"), "utf8")) as GoldFile;
    const { counts } = scoreArticle(gold, extractClaims(text));
    expect(counts.found).toBe(counts.required);
    expect(counts.matchedPred / counts.predicted).toBeGreaterThanOrEqual(0.95);
    expect(counts.speakers / counts.found).toBeGreaterThanOrEqual(0.95);
    expect(counts.kinds / counts.kindsScored).toBeGreaterThanOrEqual(0.9);
  });
});
