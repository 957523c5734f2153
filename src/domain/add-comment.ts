import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { Comment } from "../schemas/comment.ts";
import { WorkflowError } from "./errors.ts";
import type { Actor } from "./record-change.ts";

/** What a person writes in a claim's thread; `replyTo` names the comment answered. */
export interface NewComment {
  text: string;
  replyTo?: string;
  kind?: Comment["kind"];
}

/**
 * Adds a comment to the claim's thread. Ids are k1, k2… in order, so they are stable and unique
 * within the claim (comments are never deleted). A reply to a reply joins its thread's first
 * comment, so threads stay one level deep. The thread is not the review: the claim's version and
 * history stay, and a reviewer's open form is still good. Throws WorkflowError("noSuchComment")
 * for a reply to a comment that is not there.
 */
export function addComment(claim: ClaimRecord, input: NewComment, actor: Actor, at: Date): ClaimRecord {
  const parent = input.replyTo === undefined ? undefined : claim.comments.find((c) => c.id === input.replyTo);
  if (input.replyTo !== undefined && !parent) throw new WorkflowError("noSuchComment");
  const comment: Comment = {
    id: `k${claim.comments.length + 1}`,
    at: at.toISOString(),
    by: actor.name,
    text: input.text,
    kind: input.kind ?? "comment",
    ...(parent ? { replyTo: parent.replyTo ?? parent.id } : {}),
  };
  return { ...claim, comments: [...claim.comments, comment] };
}
