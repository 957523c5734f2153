import { RATING_RANGE, verdictById, type Verdict } from "../domain/verdicts.ts";
import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";

/** Where the fact-checks are published and by whom. */
export interface PublishContext {
  /** Origin of the report pages, e.g. https://factcheck.example.org (no trailing slash). */
  baseUrl: string;
  organization: { name: string; url?: string };
}

/** Approved claims that are published: an opinion is not a checkable claim and is left out. */
export function publishedClaims(article: Article): ClaimRecord[] {
  return article.claims.filter((c) => !c.dismissed && c.status === "approved" && c.verdict && c.verdict !== "not_checkable");
}

/**
 * schema.org ClaimReview objects (JSON-LD) for every published claim of an article. Rated verdicts
 * carry ratingValue 1–5 (higher is truer) with bestRating 5 and worstRating 1; unrated ones
 * (Unproven, Satire) carry their label only. Labels are in the article's language.
 */
export function claimReviews(article: Article, context: PublishContext): object[] {
  return publishedClaims(article).map((claim) => claimReview(article, claim, verdictById(claim.verdict)!, context));
}

function claimReview(article: Article, claim: ClaimRecord, verdict: Verdict, { baseUrl, organization }: PublishContext) {
  const reportUrl = `${baseUrl}/articles/${encodeURIComponent(article.id)}/report#claim-${encodeURIComponent(claim.id)}`;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: reportUrl,
    claimReviewed: claim.text,
    datePublished: approvedOn(claim),
    inLanguage: article.language,
    author: { "@type": "Organization", ...organization },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: claim.speaker },
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance: {
        "@type": "CreativeWork",
        headline: article.title,
        ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
        ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
        ...(article.publisher ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
      },
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: verdict.label[article.language],
      ...(verdict.rating === null
        ? {}
        : { ratingValue: verdict.rating, bestRating: RATING_RANGE.best, worstRating: RATING_RANGE.worst }),
    },
  };
}

/** The day (YYYY-MM-DD) of the latest approval, or of the last change when history has none. */
function approvedOn(claim: ClaimRecord): string {
  const approval = [...claim.history].reverse().find((h) => h.action === "approve");
  return (approval?.at ?? claim.updatedAt).slice(0, 10);
}
