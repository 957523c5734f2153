import type { ClaimReview, WithContext } from "schema-dts";
import { RATING_RANGE, verdictById, type Verdict } from "../domain/verdicts.ts";
import type { Article } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import { speakerType } from "./speaker-type.ts";

/** Where the fact-checks are published and by whom. */
export interface PublishContext {
  /** The article's public fact-check page, absolute (e.g. https://factcheck.example.org/fact-checks/a1). */
  pageUrl: string;
  /** The desk publishing them; without a name there is no `author`. */
  organization: { name?: string; url?: string; logo?: string };
}

/** Approved claims that are published: an opinion is not a checkable claim and is left out. */
export function publishedClaims(article: Article): ClaimRecord[] {
  return article.claims.filter((c) => !c.dismissed && c.status === "approved" && c.verdict && c.verdict !== "not_checkable");
}

/** The address of one claim's fact-check on the public page. */
export function claimReviewUrl(pageUrl: string, claimId: string): string {
  return `${pageUrl}#claim-${encodeURIComponent(claimId)}`;
}

/**
 * schema.org ClaimReview objects (JSON-LD) for every published claim of an article, typed by
 * schema-dts (the schema.org vocabulary as TypeScript types, so a property schema.org does not
 * define for a type, or a value of the wrong type, does not compile). Rated verdicts carry
 * ratingValue 1–5 (higher is truer) with bestRating 5 and worstRating 1; unrated ones (Unproven,
 * Satire) carry their label only. Labels are in the article's language; the reviewer's notes are
 * the rating's explanation. Reviewer accounts never appear.
 */
export function claimReviews(article: Article, context: PublishContext): WithContext<ClaimReview>[] {
  return publishedClaims(article).map((claim) => claimReview(article, claim, verdictById(claim.verdict)!, context));
}

function claimReview(article: Article, claim: ClaimRecord, verdict: Verdict, { pageUrl, organization }: PublishContext): WithContext<ClaimReview> {
  const { name, url, logo } = organization;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimReviewUrl(pageUrl, claim.id),
    claimReviewed: claim.text,
    datePublished: approvedOn(claim),
    inLanguage: article.language,
    ...(name ? { author: { "@type": "Organization", name, ...(url ? { url } : {}), ...(logo ? { logo } : {}) } } : {}),
    itemReviewed: {
      "@type": "Claim",
      ...(claim.speaker ? { author: { "@type": speakerType(claim.speaker), name: claim.speaker } } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance: {
        "@type": "NewsArticle",
        headline: article.title,
        inLanguage: article.language,
        ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
        ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
        ...(article.publisher ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
      },
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: verdict.label[article.language],
      ...(claim.notes ? { ratingExplanation: claim.notes } : {}),
      ...(verdict.rating === null ? {} : { ratingValue: verdict.rating, bestRating: RATING_RANGE.best, worstRating: RATING_RANGE.worst }),
    },
  };
}

/** The day (YYYY-MM-DD) of the latest approval, or of the last change when history has none. */
export function approvedOn(claim: ClaimRecord): string {
  const approval = [...claim.history].reverse().find((h) => h.action === "approve");
  return (approval?.at ?? claim.updatedAt).slice(0, 10);
}
