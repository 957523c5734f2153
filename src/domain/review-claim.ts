import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { ReviewForm } from "../schemas/forms/review-form.ts";
import { WorkflowError } from "./errors.ts";
import { recordChange, type Actor } from "./record-change.ts";
import { nextStatus } from "./workflow.ts";

/**
 * A reviewer saves (draft) or submits a verdict with its evidence and notes. Throws VersionConflict
 * when the claim changed since the form was loaded, WorkflowError when it is dismissed.
 */
export function reviewClaim(claim: ClaimRecord, form: ReviewForm, actor: Actor, at: Date): ClaimRecord {
  if (claim.dismissed) throw new WorkflowError("claimDismissed");
  const status = nextStatus(claim.status, form.action) ?? claim.status;
  return recordChange(claim, {
    actor,
    at,
    action: form.action,
    version: form.version,
    patch: { verdict: form.verdict, evidence: form.evidence, notes: form.notes, reviewer: actor.name, status },
  });
}
