import { readFileSync } from "node:fs";
import { extractClaims } from "./core/index.ts";
import { newArticle } from "./domain/new-article.ts";
import { SNAPSHOT_VERSION, type Snapshot } from "./schemas/snapshot.ts";

const SEED_ARTICLE = new URL("../fixtures/seed/article.ar.txt", import.meta.url);

/** The id of the bundled article in a fresh store. */
export const SEED_ID = "kazakhstan-blinken";

/**
 * The store a new install starts with: the bundled Arabic article (fixtures/seed) with the
 * claims the extractor finds in it, so a new user sees real claims at once.
 */
export function seedDb(): Snapshot {
  const text = readFileSync(SEED_ARTICLE, "utf8");
  const fields = { title: "تصريح صادم من واشنطن بشأن التدخل الروسي في كازاخستان", language: "ar" as const, text };
  return {
    schemaVersion: SNAPSHOT_VERSION,
    articles: [newArticle(SEED_ID, fields, extractClaims(text, { language: "ar" }), new Date())],
    users: [],
    settings: { allowedImportHosts: [] },
  };
}
