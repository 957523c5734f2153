import { effectiveAssignee } from "../../domain/assign-claim.ts";
import { queueByName, queueNeighbours, type QueueEntry } from "../../reports/queues.ts";
import type { Article } from "../../schemas/article.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import type { Comment } from "../../schemas/comment.ts";
import type { QueueName } from "../../schemas/forms/desk-forms.ts";
import type { FieldErrors } from "../form-errors.ts";
import type { FormValues } from "./form-values.ts";
import { paths } from "./paths.ts";

/** What the claim page's desk panel needs besides the claim: who may be assigned, who is looking, which queue. */
export interface ClaimDeskInput {
  articles: readonly Article[];
  people: readonly string[];
  username: string;
  isEditor: boolean;
  queue?: QueueName;
  /** The comment form as typed, when it was refused. */
  comment?: { values: FormValues; errors: FieldErrors };
}

/** A comment with its replies (threads are one level deep). */
export type CommentThread = Comment & { replies: Comment[] };

/**
 * The desk panel of a claim page: previous/next in the queue the person came from, who is asked to
 * review it (and the form to change that, for editors), and the comment thread.
 */
export function claimDesk(article: Article, claim: ClaimRecord, input: ClaimDeskInput) {
  return {
    queueNav: input.queue ? queueNav(input.queue, queueByName(input.queue, input.articles, input.username), article.id, claim.id) : null,
    assignment: {
      assignee: effectiveAssignee(article, claim),
      fromArticle: !claim.assignee && Boolean(article.assignee),
      people: input.isEditor ? input.people : null,
      action: paths.claimAssignee(article.id, claim.id),
    },
    thread: threads(claim.comments),
    comment: {
      action: paths.claimComments(article.id, claim.id),
      values: input.comment?.values ?? { text: "", replyTo: "" },
      errors: input.comment?.errors ?? {},
    },
  };
}

function queueNav(queue: QueueName, entries: QueueEntry[], articleId: string, claimId: string) {
  const { position, total, previous, next } = queueNeighbours(entries, articleId, claimId);
  const href = (e: QueueEntry | undefined) => (e ? `${paths.claim(e.article.id, e.claim.id)}?queue=${queue}` : null);
  return { queue, position, total, previous: href(previous), next: href(next), back: `${paths.queue()}${queue === "decision" ? "#decision" : ""}` };
}

/** Comments grouped under the comment they answer, in the order written. */
export function threads(comments: readonly Comment[]): CommentThread[] {
  const roots = comments.filter((c) => !c.replyTo).map((c) => ({ ...c, replies: [] as Comment[] }));
  const byId = new Map(roots.map((r) => [r.id, r]));
  for (const c of comments) if (c.replyTo) byId.get(c.replyTo)?.replies.push(c);
  return roots;
}
