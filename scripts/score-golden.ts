/**
 * npm run -s score [-- DIR|GOLD…] [--verbose] — the extractor's figures on folders of articles with gold
 * claims (NAME.txt + NAME.gold.json), or on single NAME.gold.json files, counted as
 * ../shared/eval/score-set.mjs counts them: one line per article, then one micro-averaged line per
 * language. With no argument: the project's own golden fixtures (tests/fixtures/articles,
 * tests/fixtures/heldout) and the bundled article.
 * The real development corpus: `npm run -s score -- ../shared/corpus/dev`; the real held-out articles
 * alone (without the two older excerpts): `npm run -s score -- $(ls tests/fixtures/realworld/*.gold.json | grep -v excerpt)`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { extractClaims } from "../src/core/index.ts";
import { addCounts, emptyCounts, figures, scoreArticle, type Counts, type GoldFile } from "./lib/score-claims.ts";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const paths = args.filter((a) => !a.startsWith("--")).map((d) => resolve(process.cwd(), d));

interface Row {
  name: string;
  textPath: string;
  gold: GoldFile;
}

function rowOf(goldPath: string): Row {
  const name = basename(goldPath).replace(/\.gold\.json$/, "");
  return { name, textPath: join(dirname(goldPath), `${name}.txt`), gold: JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile };
}

function rowsOf(dir: string): Row[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => rowOf(join(dir, f)));
}

const rows: Row[] =
  paths.length > 0
    ? paths.flatMap((p) => (statSync(p).isDirectory() ? rowsOf(p) : [rowOf(p)]))
    : [
        {
          name: "seed article.ar",
          textPath: join(root, "fixtures/seed/article.ar.txt"),
          gold: JSON.parse(readFileSync(join(root, "tests/fixtures/seed-claims.gold.json"), "utf8")) as GoldFile,
        },
        ...rowsOf(join(root, "tests/fixtures/articles")),
        ...rowsOf(join(root, "tests/fixtures/heldout")),
      ];

const f3 = (x: number) => x.toFixed(3);
function line(c: Counts): string {
  const f = figures(c);
  return `P=${f3(f.precision)} R=${f3(f.recall)} F1=${f3(f.f1)} speaker=${f3(f.speaker)} kind=${f3(f.kind)} (${c.found}/${c.required} required, ${c.matchedPred}/${c.predicted} predicted)`;
}

const totals = new Map<string, { counts: Counts; files: number }>();
for (const row of rows) {
  const claims = extractClaims(readFileSync(row.textPath, "utf8"), { language: row.gold.language });
  const scored = scoreArticle(row.gold, claims);
  const total = totals.get(row.gold.language) ?? { counts: emptyCounts(), files: 0 };
  addCounts(total.counts, scored.counts);
  total.files++;
  totals.set(row.gold.language, total);
  console.log(`${row.name}: ${line(scored.counts)}`);
  if (verbose) {
    for (const m of scored.misses) console.log(`  MISSED ${m}`);
    for (const s of scored.wrongSpeakers) console.log(`  SPEAKER ${s}`);
    for (const k of scored.wrongKinds) console.log(`  KIND ${k}`);
    for (const e of scored.extras) console.log(`  EXTRA ${e}`);
  }
}
for (const [language, total] of totals) console.log(`${language}: ${line(total.counts)} (${total.files} articles)`);
