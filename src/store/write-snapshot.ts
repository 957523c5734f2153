import { mkdir } from "node:fs/promises";
import { articleSummary } from "../schemas/article-summary.ts";
import { SCHEMA_VERSION, type Db } from "../schemas/db.ts";
import type { Snapshot } from "../schemas/snapshot.ts";
import { stringifyDocument } from "./json-document.ts";
import { articleFile } from "./store-paths.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";

/**
 * Writes a whole workspace as a store: each article's document into `dir`, then db.json with the
 * index. db.json is written last, so a crash part-way leaves either the previous db.json (and the
 * next start does it all again) or a complete store; never an index naming a missing document.
 */
export async function writeSnapshot(file: string, dir: string, snapshot: Snapshot): Promise<{ db: Db; text: string }> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const article of snapshot.articles) await writeFileAtomic(articleFile(dir, article.id), stringifyDocument(article));
  const { users, settings } = snapshot;
  const db: Db = { schemaVersion: SCHEMA_VERSION, articles: snapshot.articles.map(articleSummary), users, settings, indexedAt: Date.now() };
  const text = stringifyDocument(db);
  await writeFileAtomic(file, text);
  return { db, text };
}
