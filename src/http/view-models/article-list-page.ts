import { ARTICLES_PER_PAGE } from "../../schemas/forms/article-list-query.ts";
import type { Store } from "../../store/store.ts";
import { claimListPages } from "./claim-list-pages.ts";
import { paths } from "./paths.ts";

/**
 * One page of the article list, newest import first (what came in last is what the desk works on;
 * a review does not move an article, so the pages stay put while people work). A page past the
 * end shows the last one, as the claim list does. `search` is the request's query string: the
 * page links keep its other parameters (filters).
 */
export async function articleListPage(store: Store, requested: number | undefined, search: string) {
  const perPage = ARTICLES_PER_PAGE;
  const fetchPage = (page: number) => store.listArticlePage({ offset: (page - 1) * perPage, limit: perPage, newestFirst: true });
  let found = await fetchPage(requested ?? 1);
  const last = Math.max(1, Math.ceil(found.total / perPage));
  if ((requested ?? 1) > last) found = await fetchPage(last);
  const pages = claimListPages(found.total, requested, (n) => listPageHref(search, n), perPage);
  return { rows: found.articles, pages, perPage };
}

/** The list's address for page `page`, with the other parameters of `search` as they were. */
function listPageHref(search: string, page: number): string {
  const query = new URLSearchParams(search);
  query.delete("page");
  if (page > 1) query.set("page", String(page));
  const rest = query.toString();
  return `${paths.articles()}${rest ? `?${rest}` : ""}`;
}
