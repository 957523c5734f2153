import { SNAPSHOT_VERSION, SnapshotSchema, type Snapshot } from "../schemas/snapshot.ts";
import type { Store } from "./store.ts";

/** The whole workspace (articles with claims, reviews and history; accounts; settings) as one document. */
export async function exportSnapshot(store: Store): Promise<Snapshot> {
  const articles = [];
  for (const { id } of await store.listArticles()) {
    const article = await store.getArticle(id);
    if (article) articles.push(article);
  }
  return { schemaVersion: SNAPSHOT_VERSION, articles, users: await store.listUsers(), settings: await store.getSettings() };
}

/** Why a snapshot cannot be loaded into `store`, or null when it can: only an empty store takes one. */
export async function importRefusal(store: Store): Promise<string | null> {
  const [articles, users] = [(await store.listArticles()).length, (await store.listUsers()).length];
  if (articles === 0 && users === 0) return null;
  return `the target store is not empty (${articles} articles, ${users} accounts): import only into a new store`;
}

/**
 * Loads a snapshot into an empty store, validated whole first (nothing is written when it is not
 * valid). Article by article, so a store of any size needs no more memory than the snapshot itself.
 */
export async function importSnapshot(store: Store, input: unknown): Promise<{ articles: number; users: number }> {
  const snapshot = SnapshotSchema.parse(input);
  const refusal = await importRefusal(store);
  if (refusal) throw new Error(refusal);
  await store.updateSettings((draft) => Object.assign(draft, snapshot.settings));
  await store.updateUsers((draft) => void draft.push(...snapshot.users));
  for (const article of snapshot.articles) await store.addArticle(article);
  return { articles: snapshot.articles.length, users: snapshot.users.length };
}
