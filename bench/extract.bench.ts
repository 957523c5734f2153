/**
 * npm run bench — extraction throughput (MB/s, articles/s) on a corpus of the bundled and golden
 * articles, per language, at 1×, 10× and 100× its size, to show that time grows linearly with input;
 * then single articles of growing length, to catch scans that grow faster than the text. Both wall
 * time and CPU time are shown: on a shared machine CPU time is the steadier figure. No I/O is timed.
 * Each language is warmed up first (WARM_UP_PASSES) and each row is the fastest of three runs: the
 * figures are the extractor's steady throughput, as in a server that has been running a while.
 * Last, size-doubling rows on hostile English and Arabic text (issue 10): the time at 2n must stay within 3× the
 * time at n (linear, with room for noise); a row that exceeds it is marked SUPER-LINEAR.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims, type Language } from "../src/core/index.ts";

const root = join(import.meta.dirname, "..");
const dirs = [join(root, "tests/fixtures/articles"), join(root, "tests/fixtures/heldout")];

interface Article {
  text: string;
  language: Language;
}

const articles: Article[] = [
  { text: readFileSync(join(root, "fixtures/seed/article.ar.txt"), "utf8"), language: "ar" },
  ...dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => ({ text: readFileSync(join(dir, f), "utf8"), language: (f.includes(".ar.") ? "ar" : "en") as Language })),
  ),
];

interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Times one piece of work. The heap is collected first when node allows it (npm run bench passes
 * --expose-gc): otherwise a major collection of the previous rows' garbage (megabytes of text and claims)
 * lands in whichever run crosses the heap's limit, and a size-doubling row reads it as super-linear.
 */
function time(work: () => void): Timing {
  globalThis.gc?.();
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** The fastest of three runs: on a shared machine the slower runs measure the neighbours. */
function fastest(work: () => void): Timing {
  const runs = [time(work), time(work), time(work)];
  return runs.reduce((a, b) => (b.cpu < a.cpu ? b : a));
}

function row(label: string, bytes: number, count: number, t: Timing): string {
  const mb = bytes / 1e6;
  return `${label.padEnd(22)} ${String(count).padStart(6)} ${mb.toFixed(2).padStart(7)} MB  wall ${t.wall.toFixed(3).padStart(7)} s ${(mb / t.wall).toFixed(2).padStart(6)} MB/s ${(count / t.wall).toFixed(0).padStart(6)} art/s   cpu ${(mb / t.cpu).toFixed(2).padStart(6)} MB/s`;
}

function corpus(language: Language, copies: number): Article[] {
  const chosen = articles.filter((a) => a.language === language);
  return Array.from({ length: copies }, () => chosen).flat();
}

/**
 * Passes over a language's corpus before its rows are timed. V8 goes on optimising the rules (hundreds of
 * small functions, each compiled once it has run enough, some recompiled as new kinds of input reach
 * them) for about the first 50 passes, which run two to four times slower than the passes after: a row
 * timed among them measures the compiler more than the extractor.
 */
const WARM_UP_PASSES = 100;

/** Runs the warm-up and says what it cost: its first pass shows the extractor cold, as a fresh process meets it. */
function warmUp(language: Language): string {
  const once = corpus(language, 1);
  const bytes = once.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const first = time(() => once.forEach((a) => extractClaims(a.text, { language })));
  const rest = time(() => corpus(language, WARM_UP_PASSES - 1).forEach((a) => extractClaims(a.text, { language })));
  const cold = (bytes / 1e6 / first.wall).toFixed(2);
  return `${language} warm-up: first pass (cold) ${cold} MB/s; ${WARM_UP_PASSES} passes in ${(first.wall + rest.wall).toFixed(1)} s`;
}

for (const language of ["ar", "en"] as const) {
  console.log(warmUp(language));
  for (const copies of [1, 10, 100]) {
    const batch = corpus(language, copies);
    const bytes = batch.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    console.log(
      row(
        `${language} corpus ${copies}×`,
        bytes,
        batch.length,
        fastest(() => batch.forEach((a) => extractClaims(a.text, { language }))),
      ),
    );
  }
  const long = articles
    .filter((a) => a.language === language)
    .map((a) => a.text)
    .join("\n\n");
  for (const copies of [1, 10, 50]) {
    const text = Array.from({ length: copies }, () => long).join("\n\n");
    console.log(
      row(
        `${language} one article ${copies}×`,
        Buffer.byteLength(text),
        1,
        fastest(() => extractClaims(text, { language })),
      ),
    );
  }
}

const doubling: Array<[Language, string, (n: number) => string, number]> = [
  ["en", "one sentence ×n", (n) => "The minister said the plan would work. ".repeat(n), 16_000],
  ["en", "n cues, no stop", (n) => "the minister said the plan would work and ".repeat(n), 10_000],
  ["en", "n-word quote", (n) => `She said: "${"word ".repeat(n)}"`, 200_000],
  ["en", "n reopened quotes", (n) => `Ana Ruiz said: "${'We will win. "'.repeat(n)}`, 10_000],
  // Paragraphs with no quotation mark until the last: each paragraph's search for marks must stop at its end.
  // Every "Officials" is a source of its own, so the speakers met grow with the text: "he" must not search them all.
  ["en", "n unnamed sources", (n) => "Officials said the plan would work. He said it would not.\n\n".repeat(n), 5_000],
  ["en", "n unquoted paragraphs", (n) => `${"The minister said the plan would work.\n\n".repeat(n)}"We will win," he said.`, 10_000],
  ["ar", "one sentence ×n", (n) => "قال الوزير إن الخطة ستنجح. ".repeat(n), 5_000],
  ["ar", "n cues, no stop", (n) => "قال الوزير إن الخطة ستنجح و".repeat(n), 10_000],
  ["ar", "n-word quote", (n) => `قال الوزير: «${"كلمة ".repeat(n)}»`, 400_000],
  ["ar", "n reopened quotes", (n) => `قال الوزير: "${'سننتصر. "'.repeat(n)}`, 10_000],
  // Every "مسؤولون" is a source of its own: the bare "وقال" after it must not search them all.
  ["ar", "n unnamed sources", (n) => "قال مسؤولون إن الخطة ستنجح. وقال إنها لن تنجح.\n\n".repeat(n), 2_500],
];
for (const [language, label, make, n] of doubling) {
  const small = make(n);
  const large = make(2 * n);
  extractClaims(small, { language }); // warm-up
  const t1 = fastest(() => extractClaims(small, { language }));
  const t2 = fastest(() => extractClaims(large, { language }));
  const ratio = t2.cpu / t1.cpu;
  console.log(
    `${row(`${language} ${label} n=${n}`, Buffer.byteLength(small), 1, t1)}\n${row(`${language} ${label} 2n`, Buffer.byteLength(large), 1, t2)}   2n/n cpu ${ratio.toFixed(2)}${ratio > 3 ? "  SUPER-LINEAR" : ""}`,
  );
}
