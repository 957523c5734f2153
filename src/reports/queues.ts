import { effectiveAssignee } from "../domain/assign-claim.ts";
import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { QueueName } from "../schemas/forms/desk-forms.ts";
import { usernameKey } from "../schemas/user.ts";

/** One claim in a queue, with what the queue shows of its article. */
export interface QueueEntry {
  article: Pick<Article, "id" | "title" | "language">;
  claim: ClaimRecord;
  /** Who is asked to review it ("" for nobody). */
  assignee: string;
  /** When it entered its present state (ISO): submitted, returned, or last changed. */
  since: string;
}

/** My queue's statuses, in the order it shows them: what came back first, then work begun, then new work. */
const MINE_ORDER = ["returned", "in_review", "unreviewed"] as const;

/**
 * A reviewer's queue: claims assigned to `username` (one by one or with their article) or, when
 * nobody is assigned, last reviewed by them, that are not yet submitted: returned to them first,
 * then in review, then not started; within that in article order, then text order.
 * Dismissed claims are not work.
 */
export function myQueue(articles: readonly Article[], username: string): QueueEntry[] {
  const me = usernameKey(username);
  const entries = everyClaim(articles).filter(({ claim, assignee }) => {
    const owner = assignee || claim.reviewer;
    return owner !== "" && usernameKey(owner) === me && (MINE_ORDER as readonly string[]).includes(claim.status);
  });
  const rank = (e: QueueEntry) => MINE_ORDER.indexOf(e.claim.status as (typeof MINE_ORDER)[number]);
  return stableSort(entries, (a, b) => rank(a) - rank(b));
}

/** The editors' queue: every submitted claim across articles, the one waiting longest first. */
export function decisionQueue(articles: readonly Article[]): QueueEntry[] {
  const entries = everyClaim(articles).filter(({ claim }) => claim.status === "submitted");
  return stableSort(entries, (a, b) => a.since.localeCompare(b.since));
}

/** The queue by name. */
export function queueByName(name: QueueName, articles: readonly Article[], username: string): QueueEntry[] {
  return name === "mine" ? myQueue(articles, username) : decisionQueue(articles);
}

/**
 * Where a claim stands in a queue: its position (1-based, 0 when it is not in it) and the claims
 * before and after it. A claim that has left the queue (just submitted, say) gets the queue's
 * first claim as its next.
 */
export function queueNeighbours(entries: readonly QueueEntry[], articleId: string, claimId: string) {
  const i = entries.findIndex((e) => e.article.id === articleId && e.claim.id === claimId);
  if (i < 0) return { position: 0, total: entries.length, previous: undefined, next: entries[0] };
  return { position: i + 1, total: entries.length, previous: entries[i - 1], next: entries[i + 1] };
}

function everyClaim(articles: readonly Article[]): QueueEntry[] {
  return articles.flatMap((article) =>
    article.claims
      .filter((claim) => !claim.dismissed)
      .map((claim) => ({
        article: { id: article.id, title: article.title, language: article.language },
        claim,
        assignee: effectiveAssignee(article, claim),
        since: enteredState(claim),
      })),
  );
}

/** When the claim's last submit or return happened, else its last change. */
function enteredState(claim: ClaimRecord): string {
  const entry = [...claim.history].reverse().find((h) => h.action === "submit" || h.action === "return");
  return entry?.at ?? claim.updatedAt;
}

function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compare(a.item, b.item) || a.i - b.i)
    .map(({ item }) => item);
}
