import type { Article } from "../../schemas/article.ts";
import { publishedVerdictRows, reportCounts, WORK_STATUSES } from "../../reports/report-counts.ts";
import { publicFactCheckPath } from "../../reports/public-path.ts";
import { paths } from "./paths.ts";

/** Which claims the report lists: the approved ones (what could be published, the default) or all. */
export type ReportView = "published" | "working";

/**
 * The editors' report: published verdicts (approved claims only) for the table and the chart,
 * work in progress counted apart, then the claims of the chosen view with their evidence. Only the
 * working view lists unapproved claims and the decision forms.
 */
export function reportPage(article: Article, verdictLabel: (id: string | null) => string, view: ReportView) {
  const counts = reportCounts(article.claims);
  const active = article.claims.filter((c) => !c.dismissed);
  const report = paths.report(article.id);
  return {
    article,
    textDir: article.language === "ar" ? "rtl" : "ltr",
    view,
    counts,
    workStatuses: WORK_STATUSES,
    rows: publishedVerdictRows(counts, verdictLabel),
    claims: view === "working" ? active : active.filter((c) => c.status === "approved"),
    links: {
      article: paths.article(article.id),
      published: report,
      working: `${report}?view=working`,
      publicPage: counts.publishedTotal > 0 ? publicFactCheckPath(article.id) : null,
      chart: paths.chart(article.id),
      csv: paths.csv(article.id),
      claimReview: paths.claimReview(article.id),
      api: paths.apiClaims(article.id),
      decision: (claimId: string) => `${paths.claim(article.id, claimId)}/decision`,
      claim: (claimId: string) => paths.claim(article.id, claimId),
    },
  };
}
