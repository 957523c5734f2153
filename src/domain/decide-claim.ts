import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { DecisionForm } from "../schemas/forms/decision-form.ts";
import { addComment } from "./add-comment.ts";
import { VersionConflict, WorkflowError } from "./errors.ts";
import { recordChange, type Actor } from "./record-change.ts";
import { nextStatus } from "./workflow.ts";

/**
 * An editor approves a submitted claim, or returns it (submitted or approved) with a comment.
 * A return's comment also lands in the claim's thread, where the reviewer can answer it.
 * Throws VersionConflict on a stale version, WorkflowError when the status does not allow it.
 */
export function decideClaim(claim: ClaimRecord, form: DecisionForm, actor: Actor, at: Date): ClaimRecord {
  if (claim.dismissed) throw new WorkflowError("claimDismissed");
  if (form.version !== claim.version) throw new VersionConflict(claim);
  const status = nextStatus(claim.status, form.decision);
  if (!status) throw new WorkflowError(form.decision === "approve" ? "onlySubmittedCanBeApproved" : "cannotReturn");
  const decided = recordChange(claim, {
    actor,
    at,
    action: form.decision,
    version: form.version,
    patch: { status, editorComment: form.comment },
    comment: form.comment || undefined,
  });
  return form.decision === "return" ? addComment(decided, { text: form.comment, kind: "return" }, actor, at) : decided;
}
