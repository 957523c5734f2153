#!/usr/bin/env node
/**
 * `isnad COMMAND …` (the package's bin; `npx isnad extract FILE` in a checkout after npm run build):
 * runs one of the commands below with the rest of the arguments. Each command is loaded only
 * when asked for, so `extract` does not load the store or the web app.
 */
const COMMANDS: Record<string, () => Promise<unknown>> = {
  extract: () => import("./extract.ts"),
  user: () => import("./user.ts"),
  reextract: () => import("./reextract.ts"),
  serve: () => import("../server.ts"),
};

const USAGE = `usage: isnad ${Object.keys(COMMANDS).join("|")} …
  extract FILE [--lang ar|en]   print an article's claims as JSON
  user add|passwd|list …        accounts (isnad user help)
  reextract ARTICLE_ID          re-extract an article of the store in DB_FILE and merge
  serve                         start the web app (PORT, HOST, DB_FILE…)`;

const command = process.argv[2];
const load = command === undefined ? undefined : COMMANDS[command];
if (!load) {
  console.error(USAGE);
  process.exitCode = command === "help" || command === "--help" ? 0 : 2;
} else {
  // Each command reads its own arguments from process.argv.slice(2), as when run on its own.
  process.argv.splice(2, 1);
  await load();
}
