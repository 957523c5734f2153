/**
 * The workspaces the store benchmark runs on: `count` realistic articles, made from the bundled
 * and golden articles (their real extracted claims), a third of each article's claims reviewed with
 * evidence and a history entry, written straight to disk in either store format (no fsync: this
 * is set-up, not what is measured).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims, type Language } from "../src/core/index.ts";
import { newArticle } from "../src/domain/new-article.ts";
import type { Article } from "../src/schemas/article.ts";
import { articleSummary } from "../src/schemas/article-summary.ts";
import { SCHEMA_VERSION } from "../src/schemas/db.ts";
import { articleFile, articlesDir } from "../src/store/store-paths.ts";

const root = join(import.meta.dirname, "..");
const AT = new Date("2026-11-01T08:00:00.000Z");

/** One article of each source text, extracted once. */
function templates(): Article[] {
  const dirs = [join(root, "tests/fixtures/articles"), join(root, "tests/fixtures/heldout")];
  const sources = [
    { file: join(root, "fixtures/seed/article.ar.txt"), language: "ar" as Language },
    ...dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => ({ file: join(dir, f), language: (f.includes(".ar.") ? "ar" : "en") as Language })),
    ),
  ];
  return sources.map(({ file, language }, i) => {
    const text = readFileSync(file, "utf8");
    return reviewSome(newArticle(`t${i}`, { title: `Article ${i}`, language, text }, extractClaims(text, { language }), AT));
  });
}

/** Reviews every third claim: a verdict, notes, two evidence links and the history entry of the save. */
function reviewSome(article: Article): Article {
  article.claims = article.claims.map((c, i) => {
    if (i % 3 !== 0) return c;
    const evidence = [1, 2].map((n) => ({
      url: `https://archive.example.org/${article.id}/${c.id}/${n}`,
      title: `Source ${n}`,
      excerpt: "An excerpt of the source that supports the verdict.",
      stance: "supports" as const,
    }));
    const history = [
      {
        at: AT.toISOString(),
        by: "salma",
        action: "save" as const,
        changes: [
          { field: "verdict", from: null, to: "misleading" },
          { field: "notes", from: null, to: "Checked against the ministry's statement." },
        ],
      },
    ];
    return {
      ...c,
      verdict: "misleading" as const,
      notes: "Checked against the ministry's statement.",
      reviewer: "salma",
      status: "in_review" as const,
      evidence,
      version: 2,
      history,
    };
  });
  return article;
}

/** `count` articles, cycling through the templates with ids a0, a1, … */
export function benchArticles(count: number): Article[] {
  const base = templates();
  return Array.from({ length: count }, (_, i) => ({ ...base[i % base.length]!, id: `a${i}`, title: `${base[i % base.length]!.title} #${i}` }));
}

/** Writes `articles` as a format-1 store: one db.json with everything (the store before this change). */
export function writeFormatOne(file: string, articles: Article[]): void {
  writeFileSync(file, `${JSON.stringify({ schemaVersion: 1, articles, users: [], settings: { allowedImportHosts: [] } }, null, 2)}\n`);
}

/** Writes `articles` as a format-2 store: db.json with the index, one document per article. */
export function writeFormatTwo(file: string, articles: Article[]): void {
  const dir = articlesDir(file);
  mkdirSync(dir, { recursive: true });
  for (const a of articles) writeFileSync(articleFile(dir, a.id), `${JSON.stringify(a, null, 2)}\n`);
  // A store at rest: every document is older than its index.
  const db = {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map(articleSummary),
    users: [],
    settings: { allowedImportHosts: [] },
    indexedAt: Date.now() + 2000,
  };
  writeFileSync(file, `${JSON.stringify(db, null, 2)}\n`);
}
