import type { Article } from "../../schemas/article.ts";
import { STATUS_FILTERS, VERDICT_FILTERS, type ArticleQuery, type ClaimFilters } from "../../schemas/forms/claim-filters.ts";
import type { Locale } from "../../i18n/translate.ts";
import { articleLayout, type FilteredClaims } from "./article-page-cache.ts";
import { claimListPages, CLAIMS_PER_PAGE } from "./claim-list-pages.ts";
import { kept } from "../kept.ts";
import { checkedVariant } from "../page-cache.ts";
import { paths } from "./paths.ts";

/**
 * The article page: its text cut into highlight runs for the claims the filters select (all of
 * them, on one page), one page of the list of those claims, the speakers to filter by, and the
 * counts of a re-extraction just done. What depends on the article alone comes from its layout,
 * worked out once per version of the article; so do the text with its highlights and the claim
 * list as HTML (`fragment`), once per language and page when templates are cached (production).
 */
export function articlePage(article: Article, query: ArticleQuery, view: { locale: Locale; cache: boolean; checkedBefore?: ReadonlySet<string> }) {
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
    fragment: view.cache
      ? fragments(selected, fragmentVariant(view.locale, pages.page, view.checkedBefore))
      : (_name: string, render: () => string) => render(),
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

/**
 * What else the fragments show: the language, the page, and which claims were checked before in
 * other articles (a badge), which changes with those articles, not with this one.
 */
function fragmentVariant(locale: Locale, page: number, checkedBefore?: ReadonlySet<string>): string {
  return `${locale} ${page} ${checkedVariant(checkedBefore)}`;
}

/** Rendered fragments per selection (a version of an article under one filter), by name, language and page. */
const rendered = new WeakMap<FilteredClaims, Map<string, string>>();
/** Fragments kept per selection: two names × two languages × a few pages. */
const MAX_FRAGMENTS = 16;

/**
 * `fragment(name, render)` for a view: the HTML `render` gives, made once for `selection` and
 * `variant` (language and page) and reused while the article is unchanged. Only for parts that
 * show nothing but the selection, the article's language and interface strings: nothing of the
 * person asking, the form or the query.
 */
function fragments(selection: FilteredClaims, variant: string) {
  return (name: string, render: () => string): string => {
    let html = rendered.get(selection);
    if (!html) rendered.set(selection, (html = new Map()));
    return kept(html, `${name} ${variant}`, MAX_FRAGMENTS, render);
  };
}
