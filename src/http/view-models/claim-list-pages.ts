/** Claims shown per page of an article's claim list. */
export const CLAIMS_PER_PAGE = 100;

/** A link to one page of the list. */
export interface PageLink {
  page: number;
  href: string;
  current: boolean;
}

/** Where one page sits in the claim list, with the links to move through it. */
export interface ClaimListPages {
  page: number;
  pages: number;
  /** 1-based positions of the first and last claim shown, and the number of claims in all pages. */
  first: number;
  last: number;
  total: number;
  previous: PageLink | null;
  next: PageLink | null;
  /** The first and last page, and the pages near the current one; null marks a gap. */
  nearby: (PageLink | null)[];
}

/**
 * Cuts a list of `total` claims into pages of `perPage` and says which claims page `requested`
 * shows (a page past the end shows the last). `href(page)` builds each link, keeping the filters.
 */
export function claimListPages(total: number, requested: number | undefined, href: (page: number) => string, perPage = CLAIMS_PER_PAGE): ClaimListPages {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, requested ?? 1), pages);
  const link = (n: number): PageLink => ({ page: n, href: href(n), current: n === page });
  const nearby: (PageLink | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) nearby.push(link(n));
    else if (nearby.at(-1) !== null) nearby.push(null);
  }
  return {
    page,
    pages,
    first: total === 0 ? 0 : (page - 1) * perPage + 1,
    last: Math.min(total, page * perPage),
    total,
    previous: page > 1 ? link(page - 1) : null,
    next: page < pages ? link(page + 1) : null,
    nearby,
  };
}
