import type { Express } from "express";
import { claimFromExtracted } from "../../src/domain/claim-from-extracted.ts";
import { quoteSelector } from "../../src/domain/quote-selector.ts";
import { createApp } from "../../src/http/create-app.ts";
import type { AppOptions } from "../../src/http/app-deps.ts";
import type { Article } from "../../src/schemas/article.ts";
import type { ClaimRecord } from "../../src/schemas/claim-record.ts";
import type { ExtractedClaim } from "../../src/schemas/extracted-claim.ts";
import { createMemoryStore } from "../../src/store/memory-store.ts";
import { rememberStore } from "./session-client.ts";
import type { Store } from "../../src/store/store.ts";

/** A fixed clock for stored timestamps. */
export const T0 = new Date("2026-01-15T09:30:00.000Z");

/** A short Arabic article with two attributed claims (hand-made below, not the extractor's). */
export const AR_TEXT = [
  "عنوان الخبر",
  "",
  "وقال وزير الخارجية أنتوني بلينكن إن كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي.",
  "",
  'وأضاف: "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي".',
].join("\n");

/** A short English article with one claim. */
export const EN_TEXT = 'The mayor said the bridge would reopen in May.\n\n"We are on schedule," she added.';

/**
 * An extracted claim for the words `words` of `text` (first occurrence after `from`), built by
 * hand so tests do not depend on what the real extractor finds.
 */
export function claimAt(text: string, words: string, fields: Partial<ExtractedClaim> = {}, from = 0): ExtractedClaim {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`test fixture: "${words}" is not in the text`);
  const end = start + words.length;
  return {
    id: `c-${start}-${end}`,
    speaker: "أنتوني بلينكن",
    speakerMention: { text: "", start, end: start },
    cue: { text: "", start, end: start },
    kind: "indirect",
    text: words,
    start,
    end,
    paragraph: 0,
    quote: quoteSelector(text, start, end),
    rule: "test",
    ...fields,
  };
}

/** A stored claim record for `words`, with review fields overridden by `review`. */
export function recordAt(text: string, words: string, review: Partial<ClaimRecord> = {}): ClaimRecord {
  return { ...claimFromExtracted(claimAt(text, words), T0), ...review };
}

/** The Arabic test article with its two claims, unreviewed. */
export function arabicArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: "ar1",
    title: "تصريح من واشنطن",
    language: "ar",
    text: AR_TEXT,
    importedAt: T0.toISOString(),
    extractedAt: T0.toISOString(),
    claims: [
      recordAt(AR_TEXT, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", { id: "c1" }),
      recordAt(AR_TEXT, "لا أفهم سبب شعورها بالحاجة إلى دعم خارجي", { id: "c2", kind: "direct" }),
    ],
    ...overrides,
  };
}

/** The English test article with its claim, unreviewed. */
export function englishArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: "en1",
    title: "Bridge to reopen",
    sourceUrl: "https://news.example.org/bridge",
    publisher: "Example News",
    publishedAt: "2026-01-10",
    language: "en",
    text: EN_TEXT,
    importedAt: T0.toISOString(),
    extractedAt: T0.toISOString(),
    claims: [recordAt(EN_TEXT, "the bridge would reopen in May", { id: "e1", speaker: "The mayor" })],
    ...overrides,
  };
}

/**
 * An app over an in-memory store holding `articles` and no accounts; the extractor is a stub
 * returning `extracted`. Sign in with `signedInAgent(app, role)` (tests/helpers/session-client.ts).
 */
export async function workspace(
  articles: Article[] = [arabicArticle(), englishArticle()],
  options: Partial<AppOptions> & { extracted?: ExtractedClaim[] } = {},
): Promise<{ app: Express; store: Store }> {
  const store = await createMemoryStore({ articles });
  let ids = 0;
  const { extracted = [], ...rest } = options;
  const app = createApp({
    store,
    extract: () => extracted,
    now: () => T0,
    newId: () => `id${++ids}`,
    publicUrl: "https://factcheck.example.org",
    organization: { name: "Isnad Desk", url: "https://factcheck.example.org" },
    passwordCost: { N: 1024, r: 8, p: 1 },
    ...rest,
  });
  // Compile each template once for the whole run, as production does (express caches views only when NODE_ENV=production).
  app.set("view cache", true);
  rememberStore(app, store);
  return { app, store };
}

/** The stored claim `claimId` of article `articleId`. */
export async function storedClaim(store: Store, articleId: string, claimId: string): Promise<ClaimRecord> {
  const claim = (await store.getArticle(articleId))?.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`no claim ${articleId}/${claimId}`);
  return claim;
}

/** Every article in `store` with its claims, in import order: the whole workspace, for before/after comparisons. */
export async function storedArticles(store: Store): Promise<Article[]> {
  const rows = await store.listArticles();
  return Promise.all(rows.map(async (row) => (await store.getArticle(row.id))!));
}

/** The whole workspace in `store`: articles with claims, accounts, settings. */
export async function storeContents(store: Store) {
  return { articles: await storedArticles(store), index: await store.listArticles(), users: await store.listUsers(), settings: await store.getSettings() };
}
