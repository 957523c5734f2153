import type { Article } from "../../schemas/article.ts";
import { STATUS_FILTERS, VERDICT_FILTERS, type ArticleQuery } from "../../schemas/forms/claim-filters.ts";
import { claimItem } from "./claim-item.ts";
import { filterClaims } from "./filter-claims.ts";
import { highlightSegments } from "./highlight-segments.ts";
import { paths } from "./paths.ts";

/**
 * The article page: its text cut into highlight runs for the claims the filters select, the list
 * of those claims, the speakers to filter by, and the counts of a re-extraction just done.
 */
export function articlePage(article: Article, query: ArticleQuery) {
  const { verdict, status, speaker, added, matched, orphaned } = query;
  const filters = { verdict, status, speaker };
  const claims = filterClaims(article.claims, filters).map((c) => claimItem(article, c));
  return {
    article,
    textDir: article.language === "ar" ? "rtl" : "ltr",
    segments: highlightSegments(article.text, claims),
    claims,
    totalClaims: article.claims.filter((c) => !c.dismissed).length,
    speakers: [...new Set(article.claims.map((c) => c.speaker))].sort((a, b) => a.localeCompare(b, article.language)),
    filters,
    filterChoices: { verdicts: VERDICT_FILTERS, statuses: STATUS_FILTERS },
    filtered: Boolean(verdict || status || speaker),
    reextracted: added === undefined ? null : { added, matched: matched ?? 0, orphaned: orphaned ?? 0 },
    links: {
      self: paths.article(article.id),
      report: paths.report(article.id),
      reextract: `${paths.article(article.id)}/reextract`,
      addClaim: paths.claims(article.id),
    },
  };
}
