import { verdictById } from "../domain/verdicts.ts";
import type { Article } from "../schemas/article.ts";
import type { Evidence } from "../schemas/evidence.ts";
import { approvedOn, claimReviews, publishedClaims, type PublishContext } from "./claim-reviews.ts";
import { jsonLdScript } from "./json-ld-script.ts";

/** One published fact-check as the public page shows it: no reviewer, no workflow, nothing unapproved. */
export interface PublicClaim {
  id: string;
  speaker: string;
  text: string;
  verdict: { id: string; label: string };
  summary: string;
  evidence: Evidence[];
  publishedOn: string;
}

const DESCRIPTION_MAX = 200;

/**
 * The public fact-check page of an article: what was approved and nothing else (claims an editor
 * approved with a checkable verdict, their speaker, verdict in the article's language, the
 * reviewer's notes as the summary and the evidence), the ClaimReview JSON-LD ready to embed, and
 * the Open Graph description. Null when nothing of the article is published.
 */
export function publicFactCheck(article: Article, context: PublishContext) {
  const claims: PublicClaim[] = publishedClaims(article).map((c) => {
    const verdict = verdictById(c.verdict)!;
    return {
      id: c.id,
      speaker: c.speaker,
      text: c.text,
      verdict: { id: verdict.id, label: verdict.label[article.language] },
      summary: c.notes,
      evidence: c.evidence,
      publishedOn: approvedOn(c),
    };
  });
  if (claims.length === 0) return null;
  return {
    article: { title: article.title, publisher: article.publisher, sourceUrl: article.sourceUrl, publishedAt: article.publishedAt },
    lang: article.language,
    dir: article.language === "ar" ? ("rtl" as const) : ("ltr" as const),
    pageUrl: context.pageUrl,
    organization: context.organization,
    claims,
    jsonLd: jsonLdScript(claimReviews(article, context)),
    description: describe(claims),
  };
}

/** "Speaker: verdict · Speaker: verdict…", cut at a word to fit a link preview. */
function describe(claims: readonly PublicClaim[]): string {
  const full = claims.map((c) => `${c.speaker}: ${c.verdict.label}`).join(" · ");
  if (full.length <= DESCRIPTION_MAX) return full;
  const cut = full.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}
