import { tokenize } from "../core/text/tokens.ts";
import type { Article } from "../schemas/article.ts";
import type { ArticleSummary } from "../schemas/article-summary.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";

/** Where the catalogue reads articles: the store (src/store/store.ts) has this shape. */
export interface ArticleSource {
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<Article | undefined>;
}

/** What a catalogue entry tells of its article (no text, no other claims). */
export type CatalogueArticle = Pick<ArticleSummary, "id" | "title" | "language" | "sourceUrl" | "publisher" | "publishedAt" | "importedAt">;

/** One stored claim as pages that look across articles see it (search, speakers, already checked). */
export interface CatalogueClaim {
  article: CatalogueArticle;
  /** The stored record: read it, never change it. */
  claim: ClaimRecord;
  /** The claim's words as matching keys: diacritics, tatweel, bidi controls dropped; alef, yaa and taa marbuta forms folded; lower case. */
  words: readonly string[];
  /** The speaker's words as matching keys, joined by one space ("" when no speaker is named). */
  speakerKey: string;
}

/** Invisible format and bidi controls, which may sit inside a word (pasted text, hostile text). */
const FORMAT_CONTROLS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;

/**
 * The words of `text` as matching keys, as the extractor compares them; a format control inside a
 * word does not split it. Normalisation is for matching only: stored and shown text keep their form.
 */
export function foldedWords(text: string): string[] {
  return tokenize(text.replace(FORMAT_CONTROLS, "")).map((t) => t.key);
}

/**
 * Every claim of every article, kept in memory between requests and refreshed from the article
 * index: only articles whose index row changed since the last look are read again, so a search
 * across thousands of articles costs one index read, not one read per article. Because freshness
 * comes from the index, several app instances on one database each see the others' changes.
 */
export interface ClaimCatalogue {
  /** The claims of every article, in index order then text order; dismissed claims included (each page decides). */
  claims(): Promise<readonly CatalogueClaim[]>;
}

/** How many articles are read at once when the catalogue catches up (bounded so a first look at 10,000 articles does not open 10,000 files). */
const READ_BATCH = 32;

export function createClaimCatalogue(source: ArticleSource): ClaimCatalogue {
  const byArticle = new Map<string, { row: ArticleSummary; entries: CatalogueClaim[] }>();
  let catchingUp: Promise<readonly CatalogueClaim[]> | undefined;
  let last: { rowCount: number; claims: readonly CatalogueClaim[] } | undefined;

  const catchUp = async (): Promise<readonly CatalogueClaim[]> => {
    const rows = await source.listArticles();
    const stale = rows.filter((row) => !sameVersion(byArticle.get(row.id)?.row, row));
    // Nothing new and nothing gone: the list made last time still holds (page views ask on every request).
    if (last && stale.length === 0 && rows.length === last.rowCount) return last.claims;
    for (let i = 0; i < stale.length; i += READ_BATCH) {
      await Promise.all(stale.slice(i, i + READ_BATCH).map(async (row) => remember(row, await source.getArticle(row.id))));
    }
    const listed = new Set(rows.map((row) => row.id));
    for (const id of byArticle.keys()) if (!listed.has(id)) byArticle.delete(id);
    last = { rowCount: rows.length, claims: rows.flatMap((row) => byArticle.get(row.id)?.entries ?? []) };
    return last.claims;
  };

  const remember = (row: ArticleSummary, article: Article | undefined): void => {
    if (!article) byArticle.delete(row.id);
    else byArticle.set(row.id, { row, entries: catalogueEntries(article) });
  };

  return {
    claims() {
      // Requests that arrive while a catch-up runs share it rather than each reading the changed articles.
      catchingUp ??= catchUp().finally(() => {
        catchingUp = undefined;
      });
      return catchingUp;
    },
  };
}

/** Whether two index rows describe the same version of an article's claims (a re-extraction also moves extractedAt). */
function sameVersion(known: ArticleSummary | undefined, row: ArticleSummary): boolean {
  return known !== undefined && known.revision === row.revision && known.extractedAt === row.extractedAt && known.stats.total === row.stats.total;
}

/** The catalogue entries of one article. */
export function catalogueEntries(article: Article): CatalogueClaim[] {
  const { id, title, language, sourceUrl, publisher, publishedAt, importedAt } = article;
  const ref: CatalogueArticle = { id, title, language, sourceUrl, publisher, publishedAt, importedAt };
  return article.claims.map((claim) => ({
    article: ref,
    claim,
    words: foldedWords(claim.text),
    speakerKey: foldedWords(claim.speaker).join(" "),
  }));
}
