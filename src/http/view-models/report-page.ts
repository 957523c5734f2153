import { claimStats } from "../../schemas/claim-stats.ts";
import type { Article } from "../../schemas/article.ts";
import { verdictRows } from "../../reports/verdict-rows.ts";
import { paths } from "./paths.ts";

/**
 * The editors' report: verdict counts (for the table and the chart), then every claim that is not
 * dismissed with its review, and the export links.
 */
export function reportPage(article: Article, verdictLabel: (id: string | null) => string) {
  const stats = claimStats(article.claims);
  return {
    article,
    textDir: article.language === "ar" ? "rtl" : "ltr",
    stats,
    rows: verdictRows(stats, verdictLabel),
    claims: article.claims.filter((c) => !c.dismissed),
    links: {
      article: paths.article(article.id),
      chart: paths.chart(article.id),
      csv: paths.csv(article.id),
      claimReview: paths.claimReview(article.id),
      api: paths.apiClaims(article.id),
      decision: (claimId: string) => `${paths.claim(article.id, claimId)}/decision`,
      claim: (claimId: string) => paths.claim(article.id, claimId),
    },
  };
}
