/**
 * npm run bench — extraction throughput (MB/s, articles/s) on a corpus of the bundled and golden
 * articles, at 1×, 10× and 100× its size, to show time grows linearly with input. One core, no I/O
 * inside the timed loop.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims, type Language } from "../src/core/index.ts";

const root = join(import.meta.dirname, "..");
const dir = join(root, "tests/fixtures/articles");
const articles: Array<{ text: string; language: Language }> = [
  { text: readFileSync(join(root, "fixtures/seed/article.ar.txt"), "utf8"), language: "ar" },
  ...readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => ({ text: readFileSync(join(dir, f), "utf8"), language: (f.includes(".ar.") ? "ar" : "en") as Language })),
];

function run(copies: number): { seconds: number; bytes: number; count: number } {
  const corpus = Array.from({ length: copies }, () => articles).flat();
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const started = process.hrtime.bigint();
  for (const article of corpus) extractClaims(article.text, { language: article.language });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes, count: corpus.length };
}

run(3); // warm-up: let the JIT compile the hot paths
console.log("size   articles        MB    seconds    MB/s   articles/s");
for (const copies of [1, 10, 100]) {
  const { seconds, bytes, count } = run(copies);
  const mb = bytes / 1e6;
  console.log(`${String(copies).padStart(3)}×  ${String(count).padStart(8)}  ${mb.toFixed(2).padStart(8)}  ${seconds.toFixed(3).padStart(9)}  ${(mb / seconds).toFixed(2).padStart(6)}  ${(count / seconds).toFixed(0).padStart(11)}`);
}

// One long article too: a 100× concatenation, to catch scans that grow faster than the text.
const long = articles.filter((a) => a.language === "ar").map((a) => a.text).join("\n\n");
for (const copies of [1, 10, 100]) {
  const text = Array.from({ length: copies }, () => long).join("\n\n");
  const started = process.hrtime.bigint();
  extractClaims(text, { language: "ar" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`one Arabic article of ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB: ${seconds.toFixed(3)} s (${(Buffer.byteLength(text) / 1e6 / seconds).toFixed(2)} MB/s)`);
}
