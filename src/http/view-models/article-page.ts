import type { Article } from "../../schemas/article.ts";
import { STATUS_FILTERS, VERDICT_FILTERS, type ArticleQuery, type ClaimFilters } from "../../schemas/forms/claim-filters.ts";
import { articleLayout } from "./article-page-cache.ts";
import { claimListPages, CLAIMS_PER_PAGE } from "./claim-list-pages.ts";
import { paths } from "./paths.ts";

/**
 * The article page: its text cut into highlight runs for the claims the filters select (all of
 * them, on one page), one page of the list of those claims, the speakers to filter by, and the
 * counts of a re-extraction just done. What depends on the article alone comes from its layout,
 * worked out once per version of the article.
 */
export function articlePage(article: Article, query: ArticleQuery) {
  const { verdict, status, speaker, page, added, matched, orphaned } = query;
  const filters = { verdict, status, speaker };
  const layout = articleLayout(article);
  const selected = layout.select(filters);
  const self = paths.article(article.id);
  const pages = claimListPages(selected.claims.length, page, (n) => pageHref(self, filters, n));
  return {
    article,
    textDir: article.language === "ar" ? "rtl" : "ltr",
    segments: selected.segments,
    claims: selected.claims.slice(pages.first === 0 ? 0 : pages.first - 1, pages.last),
    pages,
    perPage: CLAIMS_PER_PAGE,
    totalClaims: layout.stats.total,
    speakers: layout.speakers,
    filters,
    filterChoices: { verdicts: VERDICT_FILTERS, statuses: STATUS_FILTERS },
    filtered: Boolean(verdict || status || speaker),
    reextracted: added === undefined ? null : { added, matched: matched ?? 0, orphaned: orphaned ?? 0 },
    links: {
      self,
      report: paths.report(article.id),
      reextract: `${self}/reextract`,
      addClaim: paths.claims(article.id),
    },
  };
}

/** The address of page `page` of the claim list under `filters`, landing on the list. */
function pageHref(self: string, filters: ClaimFilters, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return `${self}${search ? `?${search}` : ""}#claims-heading`;
}
