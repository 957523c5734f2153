/**
 * `npm run bench:match`: the "already checked" index at 10,000 reviewed claims.
 *
 * The claims are made from the extracted claims of the project's fixture articles, the bundled
 * article and (when present) the development corpus, in both languages: each stored claim joins
 * the first half of one real claim to the second half of another of the same language, so the
 * 10,000 are distinct, realistic in length and vocabulary, and share words as claims of one
 * story do. Then it times: building the index, matching every claim of one article against it
 * (the article page) and one claim (the claim page), p50/p99, and catching up after one article
 * of 20 claims changed (a review saved).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extractClaims, type Language } from "../src/core/index.ts";
import { claimFromExtracted } from "../src/domain/claim-from-extracted.ts";
import { createCheckedIndex } from "../src/reports/already-checked/checked-index.ts";
import { foldedWords, type CatalogueArticle, type CatalogueClaim } from "../src/reports/claim-catalogue.ts";
import type { ExtractedClaim } from "../src/schemas/extracted-claim.ts";

const root = join(import.meta.dirname, "..");
const AT = new Date("2026-11-01T08:00:00.000Z");
const STORED = Number(process.argv.find((a) => a.startsWith("--claims="))?.slice(9) ?? 10_000);
const PER_ARTICLE = 20;

interface Source {
  text: string;
  language: Language;
  name: string;
}

function sources(): Source[] {
  const dirs = ["tests/fixtures/articles", "tests/fixtures/heldout", "../shared/corpus/dev"].map((d) => join(root, d)).filter(existsSync);
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(dir, f)),
  );
  return [join(root, "fixtures/seed/article.ar.txt"), ...files].map((file) => ({
    text: readFileSync(file, "utf8"),
    language: /(^|[./-])ar[.-]/.test(file.split("/").at(-1)!) ? "ar" : "en",
    name: file,
  }));
}

const half = (text: string, first: boolean) => {
  const words = text.split(/\s+/);
  const middle = Math.ceil(words.length / 2);
  return (first ? words.slice(0, middle) : words.slice(middle)).join(" ");
};

/** STORED reviewed claims in articles of PER_ARTICLE, every third approved. */
function storedClaims(pool: { claim: ExtractedClaim; language: Language }[]): CatalogueClaim[][] {
  const byLanguage = { ar: pool.filter((p) => p.language === "ar"), en: pool.filter((p) => p.language === "en") };
  const articles: CatalogueClaim[][] = [];
  for (let n = 0; n < STORED; n++) {
    const a = pool[n % pool.length]!;
    const same = byLanguage[a.language];
    const b = same[(n * 7 + Math.floor(n / pool.length) * 13) % same.length]!;
    const text = `${half(a.claim.text, true)} ${half(b.claim.text, false)}`;
    const articleIndex = Math.floor(n / PER_ARTICLE);
    if (!articles[articleIndex]) articles[articleIndex] = [];
    const ref = articles[articleIndex][0]?.article ?? articleRef(`s${articleIndex}`, a.language);
    const claim = {
      ...claimFromExtracted(a.claim, AT),
      id: `k${n}`,
      text,
      verdict: "misleading" as const,
      status: n % 3 === 0 ? ("approved" as const) : ("submitted" as const),
    };
    articles[articleIndex].push({ article: ref, claim, words: foldedWords(text), speakerKey: "" });
  }
  return articles;
}

const articleRef = (id: string, language: Language): CatalogueArticle => ({ id, title: id, language, importedAt: AT.toISOString() });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeRuns(runs: number, run: () => Promise<unknown>) {
  return async () => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    return { p50: percentile(times, 50), p99: percentile(times, 99) };
  };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const all = sources();
  const pool = all.flatMap((s) => extractClaims(s.text, { language: s.language }).map((claim) => ({ claim, language: s.language })));
  let articles = storedClaims(pool);
  const catalogue = { claims: async () => articles.flat() };
  const index = createCheckedIndex(catalogue);

  const buildStart = performance.now();
  const buildCpu = process.cpuUsage();
  const size = await index.size();
  const build = performance.now() - buildStart;
  const { user, system } = process.cpuUsage(buildCpu);

  // The article being checked: the bundled Arabic article and the first English fixture, as a page shows them (fresh records each time).
  const queries = ["ar", "en"].map((language) => {
    const source = all.find((s) => s.language === language)!;
    const claims = extractClaims(source.text, { language: source.language }).map((c) => claimFromExtracted(c, AT));
    return { language: language as Language, claims, name: source.name.split("/").at(-1)! };
  });
  const rows: string[][] = [];
  for (const q of queries) {
    const article = { id: "new", language: q.language };
    const found = await index.earlierChecks(article, q.claims);
    const page = await timeRuns(200, () =>
      index.earlierChecks(
        article,
        q.claims.map((c) => ({ ...c })),
      ),
    )();
    const one = await timeRuns(500, () => index.earlierChecks(article, [{ ...q.claims[0]! }]))();
    rows.push([`article page: ${q.claims.length} claims (${q.name}), ${found.size} with an earlier check`, ms(page.p50), ms(page.p99)]);
    rows.push([`claim page: 1 claim (${q.language})`, ms(one.p50), ms(one.p99)]);
  }
  let round = 0;
  const update = await timeRuns(100, async () => {
    // One article saved: the catalogue hands out new entries for it (a new article object), as after a review.
    const i = round++ % articles.length;
    const ref = { ...articles[i]![0]!.article };
    articles = articles.map((entries, j) => (j === i ? entries.map((e) => ({ ...e, article: ref })) : entries));
    await index.size();
  })();
  rows.push([`catch-up after one article (${PER_ARTICLE} claims) changed`, ms(update.p50), ms(update.p99)]);

  console.log(
    `already checked: ${size} reviewed claims indexed (of ${STORED}; ${pool.length} extracted claims from ${all.length} articles), index built in ${ms(build)} (${ms((user + system) / 1000)} CPU)`,
  );
  console.log("| measured | p50 | p99 |\n|---|---|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

await main();
