import { extractClaims } from "../core/index.ts";
import { readConfig } from "../config.ts";
import { NotFound } from "../domain/errors.ts";
import { createWorkspace } from "../domain/workspace.ts";
import { openFileStore } from "../store/open-file-store.ts";
import { StoreFileError } from "../store/store-file-error.ts";
import { StoreLocked } from "../store/store-lock.ts";

/**
 * `npm run -s reextract -- ARTICLE_ID`: runs the extractor again on one article of the store in
 * DB_FILE and merges the result (reviews kept, lost claims orphaned). Prints what changed.
 * Refuses (exit 1) while the server holds the store: its change would be made behind the server's back.
 * Exit codes: 0 done, 1 unknown article, unusable or busy store, 2 usage.
 */
async function main(args: string[]): Promise<number> {
  const [articleId] = args;
  if (!articleId || args.length > 1) {
    console.error("Usage: npm run -s reextract -- ARTICLE_ID");
    return 2;
  }
  const { dbFile } = readConfig(process.env);
  const store = await openFileStore(
    dbFile,
    () => {
      throw new StoreFileError(dbFile, "does not exist (start the server once to create it)");
    },
    { holder: "npm run reextract", notice: (line) => console.error(line) },
  );
  try {
    const workspace = createWorkspace({ store, extract: extractClaims, now: () => new Date(), newId: () => "" });
    const summary = await workspace.reextractArticle(articleId).catch(async (error: unknown) => {
      if (!(error instanceof NotFound)) throw error;
      const known = (await store.listArticles()).map((a) => a.id).join(", ") || "none";
      console.error(`No article with id ${articleId} in ${dbFile} (articles: ${known}).`);
      return null;
    });
    if (!summary) return 1;
    console.log(`Re-extracted ${articleId}: ${summary.added} new, ${summary.matched} found again, ${summary.orphaned} orphaned.`);
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof StoreFileError) console.error(`The store ${error.message}`);
    else if (error instanceof StoreLocked) console.error(`Nothing changed: ${error.message}.`);
    else console.error(error);
    process.exit(1);
  },
);
