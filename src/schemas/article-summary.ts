import { z } from "zod";
import { claimStats } from "./claim-stats.ts";
import { VERDICT_IDS } from "./verdict-ids.ts";
import { ArticleSchema, type Article } from "./article.ts";

const Count = z.number().int().nonnegative();

/** An article's claim counts, as the list shows them (dismissed claims do not count). */
export const ArticleStatsSchema = z.object({
  total: Count,
  reviewed: Count,
  approved: Count,
  verdicts: z.record(z.enum([...VERDICT_IDS, "none"]), Count),
});

/**
 * One row of the article index kept in db.json: what the article list and the JSON API show
 * without opening the article's own document (no text, no claims).
 */
const { id, title, sourceUrl, publisher, publishedAt, language, importedAt, extractedAt } = ArticleSchema.shape;
export const ArticleSummarySchema = z.object({
  ...{ id, title, sourceUrl, publisher, publishedAt, language, importedAt, extractedAt },
  /** When a claim of the article (or the article) last changed. */
  updatedAt: z.iso.datetime(),
  /**
   * Grows with every change to the article's claims (versions, history entries, comments), so a
   * reader that keeps an article in memory knows it changed even when two saves share a millisecond.
   * Rows written before it existed read as 0.
   */
  revision: Count.default(0),
  stats: ArticleStatsSchema,
});

export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** The index row of `article`, computed from the article itself (never stored apart from it by hand). */
export function articleSummary(article: Article): ArticleSummary {
  const { text: _text, claims, ...meta } = article;
  // biome-ignore lint/complexity/useMathMinMax: ISO timestamps compared as text (Math.max would give NaN)
  const updatedAt = claims.reduce((latest, c) => (c.updatedAt > latest ? c.updatedAt : latest), article.extractedAt);
  const revision = claims.reduce((n, c) => n + c.version + c.history.length + c.comments.length, 0);
  return { ...meta, updatedAt, revision, stats: claimStats(claims) };
}
