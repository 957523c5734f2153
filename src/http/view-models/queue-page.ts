import { decisionQueue, myQueue, type QueueEntry } from "../../reports/queues.ts";
import type { Article } from "../../schemas/article.ts";
import type { QueueName } from "../../schemas/forms/desk-forms.ts";
import { paths } from "./paths.ts";

/** A queue entry with the addresses its row links to. */
function entryView(queue: QueueName) {
  return (entry: QueueEntry) => ({
    ...entry,
    textDir: entry.article.language === "ar" ? "rtl" : "ltr",
    href: `${paths.claim(entry.article.id, entry.claim.id)}?queue=${queue}`,
    articleHref: paths.article(entry.article.id),
    decisionAction: paths.queueDecision(entry.article.id, entry.claim.id),
  });
}

/**
 * The queue page: the signed-in person's own queue and, for editors, the claims waiting for a
 * decision across articles (oldest first).
 */
export function queuePage(articles: readonly Article[], username: string, isEditor: boolean) {
  return {
    mine: myQueue(articles, username).map(entryView("mine")),
    decision: isEditor ? decisionQueue(articles).map(entryView("decision")) : null,
  };
}
