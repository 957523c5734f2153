import type { Db } from "../schemas/db.ts";
import type { ExtractedClaim } from "../schemas/extracted-claim.ts";
import { mergeExtraction, type MergeSummary } from "./merge-extraction.ts";

/**
 * Merges a fresh extraction into the article `articleId` of a store draft (see mergeExtraction).
 * Returns what changed, or null when there is no such article.
 */
export function reextractArticle(db: Db, articleId: string, extracted: readonly ExtractedClaim[], at: Date): MergeSummary | null {
  const article = db.articles.find((a) => a.id === articleId);
  if (!article) return null;
  const { claims, summary } = mergeExtraction(article, extracted, at);
  article.claims = claims;
  article.extractedAt = at.toISOString();
  return summary;
}
