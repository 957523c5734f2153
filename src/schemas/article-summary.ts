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
  stats: ArticleStatsSchema,
});

export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** The index row of `article`, computed from the article itself (never stored apart from it by hand). */
export function articleSummary(article: Article): ArticleSummary {
  const { text: _text, claims, ...meta } = article;
  const updatedAt = claims.reduce((latest, c) => (c.updatedAt > latest ? c.updatedAt : latest), article.extractedAt);
  return { ...meta, updatedAt, stats: claimStats(claims) };
}
