import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { Actor } from "./record-change.ts";

/**
 * Asks `assignee` to review the claim ("" takes the assignment away). The history says who
 * assigned it and when, but the version stays: assigning touches none of the review, so a
 * reviewer's open form is still good. Assigning a claim to whom it already belongs changes nothing.
 */
export function assignClaim(claim: ClaimRecord, assignee: string, actor: Actor, at: Date): ClaimRecord {
  if (claim.assignee === assignee) return claim;
  const entry = {
    at: at.toISOString(),
    by: actor.name,
    action: "assign" as const,
    changes: [{ field: "assignee", from: claim.assignee || null, to: assignee || null }],
  };
  return { ...claim, assignee, history: [...claim.history, entry] };
}

/**
 * Asks `assignee` to review the whole article ("" takes it away). Claims assigned one by one keep
 * their own assignee; every other claim, including ones found later, falls to the article's.
 */
export function assignArticle(article: Article, assignee: string): Article {
  const { assignee: _old, ...rest } = article;
  return assignee ? { ...rest, assignee } : rest;
}

/** Who is asked to review the claim: its own assignee, else the article's, else nobody (""). */
export function effectiveAssignee(article: Pick<Article, "assignee">, claim: Pick<ClaimRecord, "assignee">): string {
  return claim.assignee || article.assignee || "";
}
