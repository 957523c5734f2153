/**
 * npm run -s score [-- DIR] — the extractor's figures on every golden article (and the bundled one),
 * as the shared scorer computes them: precision, recall, speaker, kind. For tracking, not a test.
 * DIR defaults to tests/fixtures/articles; tests/fixtures/heldout is the set the rules were not tuned on.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims, type Language } from "../src/core/index.ts";
import { scoreClaims, type GoldClaim } from "../tests/core/golden-score.ts";

const root = join(import.meta.dirname, "..");
const articles = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, "tests/fixtures/articles");
const rows: Array<[string, string, { language: Language; claims: GoldClaim[] }]> = [
  ["seed article.ar.txt", join(root, "fixtures/seed/article.ar.txt"), JSON.parse(readFileSync(join(root, "tests/fixtures/seed-claims.gold.json"), "utf8"))],
  ...readdirSync(articles).filter((f) => f.endsWith(".gold.json")).sort().map((f): [string, string, { language: Language; claims: GoldClaim[] }] => {
    const txt = f.replace(/\.gold\.json$/, ".txt");
    return [txt, join(articles, txt), JSON.parse(readFileSync(join(articles, f), "utf8"))];
  }),
];
const f3 = (x: number) => x.toFixed(3);
const totals = { ar: [0, 0, 0, 0, 0], en: [0, 0, 0, 0, 0] };
for (const [name, path, gold] of rows) {
  const s = scoreClaims(gold.claims, extractClaims(readFileSync(path, "utf8"), { language: gold.language }));
  console.log(`${name.padEnd(48)} P=${f3(s.precision)} R=${f3(s.recall)} speaker=${f3(s.speaker)} kind=${f3(s.kind)}`);
  [s.precision, s.recall, s.speaker, s.kind, 1].forEach((v, i) => (totals[gold.language][i]! += v));
}
for (const [lang, t] of Object.entries(totals)) {
  const n = t[4]!;
  if (n) console.log(`mean ${lang} (${n} articles)`.padEnd(48), `P=${f3(t[0]! / n)} R=${f3(t[1]! / n)} speaker=${f3(t[2]! / n)} kind=${f3(t[3]! / n)}`);
}
