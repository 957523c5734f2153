import { uncitedEvidence } from "../../domain/copy-evidence.ts";
import type { EarlierCheck } from "../../reports/already-checked/checked-index.ts";
import type { Article } from "../../schemas/article.ts";
import type { ClaimRecord } from "../../schemas/claim-record.ts";
import { paths } from "./paths.ts";

/**
 * The "checked before" panel of a claim page: each earlier check with its verdict, article,
 * claim text, speaker and date, a link to its claim page, and the copy-evidence form's fields.
 */
export function earlierChecksView(article: Article, claim: ClaimRecord, checks: readonly EarlierCheck[]) {
  return checks.map(({ entry, score }) => ({
    verdict: entry.claim.verdict,
    approved: entry.claim.status === "approved",
    percent: Math.round(score * 100),
    text: entry.claim.text,
    speaker: entry.claim.speaker,
    language: entry.article.language,
    dir: entry.article.language === "ar" ? "rtl" : "ltr",
    articleTitle: entry.article.title,
    // A calendar date (YYYY-MM-DD): when the article was published, else when it was imported.
    articleDate: entry.article.publishedAt ?? entry.article.importedAt.slice(0, 10),
    href: paths.claim(entry.article.id, entry.claim.id),
    articleHref: paths.article(entry.article.id),
    evidenceCount: entry.claim.evidence.length,
    copy: {
      action: `${paths.claim(article.id, claim.id)}/copy-evidence`,
      version: String(claim.version),
      fromArticle: entry.article.id,
      fromClaim: entry.claim.id,
      newCount: uncitedEvidence(entry.claim, claim).length,
    },
  }));
}
