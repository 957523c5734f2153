import { Memory } from "lowdb";
import type { Article } from "../schemas/article.ts";
import { articleSummary } from "../schemas/article-summary.ts";
import { SCHEMA_VERSION, type Db } from "../schemas/db.ts";
import { SnapshotSchema, type SnapshotInput } from "../schemas/snapshot.ts";
import { createDocumentStore } from "./document-store.ts";
import { NO_LOG } from "./meta-writer.ts";
import type { Store } from "./store.ts";

/** A store kept in memory (for tests), starting from `snapshot` (empty by default); each document is a lowdb Memory adapter. */
export async function createMemoryStore(snapshot: Partial<SnapshotInput> = {}): Promise<Store> {
  const { articles, users, settings } = SnapshotSchema.parse({ schemaVersion: 1, articles: [], ...snapshot });
  const documents = new Map<string, Memory<Article>>();
  const article = (id: string) => {
    let doc = documents.get(id);
    if (!doc) documents.set(id, (doc = new Memory<Article>()));
    return doc;
  };
  for (const a of articles) await article(a.id).write(a);
  const db: Db = { schemaVersion: SCHEMA_VERSION, articles: articles.map(articleSummary), users, settings };
  return createDocumentStore({ db: NO_LOG, article }, db);
}
