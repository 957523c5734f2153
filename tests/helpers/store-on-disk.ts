import { existsSync, readFileSync } from "node:fs";
import { ArticleSchema, type Article } from "../../src/schemas/article.ts";
import { DbSchema, type Db } from "../../src/schemas/db.ts";
import { parseJournal, replayJournal } from "../../src/store/index-journal.ts";
import { parseDocument } from "../../src/store/parse-document.ts";
import { articleFile, articlesDir, journalFile } from "../../src/store/store-paths.ts";

/**
 * A file store as it is on disk now, read the way a restart would: db.json validated with its
 * journal replayed, and every article the index lists read from its own document and validated
 * (throws StoreFileError if not).
 */
export function storeOnDisk(dbFile: string): Db & { documents: Article[] } {
  const journal = journalFile(dbFile);
  const saved = parseDocument(readFileSync(dbFile, "utf8"), dbFile, DbSchema);
  const { db } = existsSync(journal) ? replayJournal(saved, parseJournal(readFileSync(journal, "utf8"), journal).entries) : { db: saved };
  const dir = articlesDir(dbFile);
  const documents = db.articles.map((row) => {
    const file = articleFile(dir, row.id);
    return parseDocument(readFileSync(file, "utf8"), file, ArticleSchema);
  });
  return { ...db, documents };
}
