import { extractClaims } from "../core/index.ts";
import { readConfig } from "../config.ts";
import { reextractArticle } from "../domain/reextract-article.ts";
import { openFileStore } from "../store/open-file-store.ts";
import { StoreFileError } from "../store/store-file-error.ts";

/**
 * `npm run -s reextract -- ARTICLE_ID`: runs the extractor again on one article of the store in
 * DB_FILE and merges the result (reviews kept, lost claims orphaned). Prints what changed.
 * Exit codes: 0 done, 1 unknown article or unusable store, 2 usage.
 */
async function main(args: string[]): Promise<number> {
  const [articleId] = args;
  if (!articleId || args.length > 1) {
    console.error("Usage: npm run -s reextract -- ARTICLE_ID");
    return 2;
  }
  const { dbFile } = readConfig(process.env);
  const store = await openFileStore(dbFile, () => {
    throw new StoreFileError(dbFile, "does not exist (start the server once to create it)");
  });
  const article = store.read().articles.find((a) => a.id === articleId);
  if (!article) {
    const known = store.read().articles.map((a) => a.id).join(", ") || "none";
    console.error(`No article with id ${articleId} in ${dbFile} (articles: ${known}).`);
    return 1;
  }
  const extracted = extractClaims(article.text, { language: article.language });
  const summary = await store.update((db) => reextractArticle(db, articleId, extracted, new Date()));
  console.log(`Re-extracted ${articleId}: ${summary!.added} new, ${summary!.matched} found again, ${summary!.orphaned} orphaned.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StoreFileError ? `The store ${error.message}` : error);
    process.exit(1);
  },
);
