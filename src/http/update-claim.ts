import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { Store } from "../store/store.ts";
import { HttpError } from "./http-error.ts";

/**
 * Changes one claim through the store's single write path. `change` gets the claim and article as
 * stored now (not as the request saw them) and returns the new claim, or throws (VersionConflict,
 * WorkflowError) so that nothing is written.
 */
export function updateClaim(
  store: Store,
  articleId: string,
  claimId: string,
  change: (claim: ClaimRecord, article: Article) => ClaimRecord,
): Promise<ClaimRecord> {
  return store.update((db) => {
    const article = db.articles.find((a) => a.id === articleId);
    const index = article?.claims.findIndex((c) => c.id === claimId) ?? -1;
    if (!article || index < 0) throw new HttpError(404, "error.claimNotFound");
    const next = change(article.claims[index]!, article);
    article.claims[index] = next;
    return next;
  });
}
