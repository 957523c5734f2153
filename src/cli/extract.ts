/**
 * npm run -s extract -- FILE [--lang ar|en]
 * Prints the article's claims as a JSON array. Bad input: one line on stderr, exit code 2.
 */
import { readFile } from "node:fs/promises";
import { extractClaims, type Language } from "../core/index.ts";
import { readArticleText } from "./read-article-text.ts";

const USAGE = "usage: npm run -s extract -- FILE [--lang ar|en]";

function parseArgs(argv: string[]): { file: string; language?: Language } {
  const rest = [...argv];
  let language: Language | undefined;
  const langAt = rest.indexOf("--lang");
  if (langAt >= 0) {
    const value = rest[langAt + 1];
    if (value !== "ar" && value !== "en") throw new Error(`--lang must be ar or en (${USAGE})`);
    language = value;
    rest.splice(langAt, 2);
  }
  if (rest.length !== 1 || rest[0]!.startsWith("--")) throw new Error(USAGE);
  return { file: rest[0]!, language };
}

async function main(): Promise<void> {
  const { file, language } = parseArgs(process.argv.slice(2));
  const text = readArticleText(
    file,
    await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : (error.code ?? error.message)}`);
    }),
  );
  process.stdout.write(`${JSON.stringify(extractClaims(text, { language }), null, 2)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`extract: ${error.message}\n`);
  process.exitCode = 2;
});
