import type { Article } from "../schemas/article.ts";
import type { ExtractedClaim } from "../schemas/extracted-claim.ts";
import { mergeExtraction, type MergeSummary } from "./merge-extraction.ts";

/** Merges a fresh extraction into `article` (a store draft, changed in place; see mergeExtraction) and returns what changed. */
export function reextractArticle(article: Article, extracted: readonly ExtractedClaim[], at: Date): MergeSummary {
  const { claims, summary } = mergeExtraction(article, extracted, at);
  article.claims = claims;
  article.extractedAt = at.toISOString();
  return summary;
}
