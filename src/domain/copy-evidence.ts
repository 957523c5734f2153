import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { Evidence } from "../schemas/evidence.ts";
import { LIMITS } from "../schemas/limits.ts";
import { VersionConflict, WorkflowError } from "./errors.ts";
import { recordChange, type Actor } from "./record-change.ts";
import { nextStatus } from "./workflow.ts";

/** Where copied evidence comes from: a claim of another article that has a verdict. */
export interface EvidenceSource {
  articleId: string;
  claim: ClaimRecord;
}

/**
 * A reviewer takes the evidence of an earlier check of the same claim into this one: sources this
 * claim already cites (same address and stance) are not added twice, and the history entry says
 * where they came from (`articleId/claimId`). Like saving a draft it puts the claim in review.
 * When every source is already cited the claim comes back unchanged (no history, same version).
 * Throws VersionConflict on a stale form, WorkflowError when this claim is dismissed, when the
 * source is this article or has no verdict, or when the list would grow past the limit.
 */
export function copyEvidence(claim: ClaimRecord, articleId: string, source: EvidenceSource, version: number, actor: Actor, at: Date): ClaimRecord {
  if (version !== claim.version) throw new VersionConflict(claim);
  if (claim.dismissed) throw new WorkflowError("claimDismissed");
  if (source.articleId === articleId || source.claim.verdict === null || source.claim.dismissed) throw new WorkflowError("checkedNotEarlier");
  const fresh = uncitedEvidence(source.claim, claim);
  if (fresh.length === 0) return claim;
  const evidence = [...claim.evidence, ...fresh];
  if (evidence.length > LIMITS.evidenceItems) throw new WorkflowError("checkedTooMuchEvidence");
  return recordChange(claim, {
    actor,
    at,
    action: "copyEvidence",
    version,
    patch: { evidence, status: nextStatus(claim.status, "save") ?? claim.status, reviewer: actor.name },
    comment: `${source.articleId}/${source.claim.id}`,
  });
}

/** The sources of `from` that `to` does not cite yet: what copying would add. */
export function uncitedEvidence(from: ClaimRecord, to: ClaimRecord): Evidence[] {
  return from.evidence.filter((e) => !to.evidence.some((own) => sameSource(own, e)));
}

/** The same source: one address (ignoring a trailing slash and the fragment) with the same stance. */
function sameSource(a: Evidence, b: Evidence): boolean {
  return a.stance === b.stance && addressKey(a.url) === addressKey(b.url);
}

function addressKey(url: string): string {
  return url.replace(/#.*$/, "").replace(/\/+$/, "");
}
