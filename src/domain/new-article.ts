import type { Article } from "../schemas/article.ts";
import type { ExtractedClaim } from "../schemas/extracted-claim.ts";
import { byPosition } from "./by-position.ts";
import { claimFromExtracted, uniqueIds, usableClaims } from "./claim-from-extracted.ts";

/** What a person gives when importing an article (the language already decided). */
export type ArticleFields = Pick<
  Article,
  "title" | "sourceUrl" | "canonicalUrl" | "publisher" | "byline" | "publishedAt" | "retrievedAt" | "language" | "text"
>;

/** A new article holding the claims the extractor found in its text, unreviewed. */
export function newArticle(id: string, fields: ArticleFields, extracted: readonly ExtractedClaim[], at: Date): Article {
  const uniqueId = uniqueIds(new Set());
  const claims = usableClaims(fields.text, extracted)
    .sort(byPosition)
    .map((c) => claimFromExtracted({ ...c, id: uniqueId(c.id) }, at));
  const stamp = at.toISOString();
  return { id, ...dropEmpty(fields), importedAt: stamp, extractedAt: stamp, claims };
}

function dropEmpty(fields: ArticleFields): ArticleFields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== "")) as ArticleFields;
}
