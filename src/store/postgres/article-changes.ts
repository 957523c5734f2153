import { isDeepStrictEqual } from "node:util";
import type { Article } from "../../schemas/article.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import { claimRow, evidenceRows, historyRows, type ClaimRow, type EvidenceRow, type HistoryRow } from "./article-rows.ts";

/** The rows a save must write to turn the stored article into the changed one: nothing else is touched. */
export interface ArticleChanges {
  /** Claims that are new, changed or moved. */
  upsertClaims: ClaimRow[];
  deleteClaims: string[];
  /** Claims whose evidence list changed: their evidence rows are replaced by `insertEvidence`'s. */
  replaceEvidence: string[];
  insertEvidence: EvidenceRow[];
  /** Claims whose history was rewritten rather than appended to (re-extraction never does; kept for safety). */
  replaceHistory: string[];
  insertHistory: HistoryRow[];
}

/** Equal in value whatever the key order (jsonb and zod each order keys their own way). */
const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

/** What changed between `before` and `after` (the same article), as rows to write. */
export function articleChanges(before: Article, after: Article): ArticleChanges {
  const changes: ArticleChanges = { upsertClaims: [], deleteClaims: [], replaceEvidence: [], insertEvidence: [], replaceHistory: [], insertHistory: [] };
  const old = new Map(before.claims.map((claim, position) => [claim.id, { claim, position }]));
  after.claims.forEach((claim, position) => {
    const previous = old.get(claim.id);
    old.delete(claim.id);
    if (previous && previous.position === position && same(previous.claim, claim)) return;
    changes.upsertClaims.push(claimRow(after.id, claim, position));
    addEvidence(changes, after.id, claim, previous?.claim);
    addHistory(changes, after.id, claim, previous?.claim);
  });
  changes.deleteClaims.push(...old.keys());
  return changes;
}

function addEvidence(changes: ArticleChanges, articleId: string, claim: ClaimRecord, previous: ClaimRecord | undefined): void {
  if (previous && same(previous.evidence, claim.evidence)) return;
  if (previous) changes.replaceEvidence.push(claim.id);
  changes.insertEvidence.push(...evidenceRows(articleId, claim));
}

function addHistory(changes: ArticleChanges, articleId: string, claim: ClaimRecord, previous: ClaimRecord | undefined): void {
  const kept = previous?.history.length ?? 0;
  const appended = kept <= claim.history.length && same(previous?.history ?? [], claim.history.slice(0, kept));
  if (appended) {
    changes.insertHistory.push(...historyRows(articleId, claim, kept));
  } else {
    changes.replaceHistory.push(claim.id);
    changes.insertHistory.push(...historyRows(articleId, claim));
  }
}
