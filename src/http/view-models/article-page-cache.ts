import { claimStats, type ClaimStats } from "../../schemas/claim-stats.ts";
import type { Article } from "../../schemas/article.ts";
import type { ClaimFilters } from "../../schemas/forms/claim-filters.ts";
import { claimItem, type ClaimItem } from "./claim-item.ts";
import { filterClaims } from "./filter-claims.ts";
import { highlightSegments, type Segment } from "./highlight-segments.ts";

/** What the article page shows for one filter: the claims it selects, and the text cut into highlight runs for them. */
export interface FilteredClaims {
  claims: readonly ClaimItem[];
  segments: readonly Segment<ClaimItem>[];
}

/** What the article and report pages show that depends on the article alone, not on who asks or in which language. */
export interface ArticleLayout {
  /** Speakers to filter by, sorted in the article's language. */
  speakers: readonly string[];
  /** Verdict and review counts of the claims that are not dismissed. */
  stats: ClaimStats;
  /** The claims `filters` select, with the highlight runs for them (worked out once per filter). */
  select(filters: ClaimFilters): FilteredClaims;
}

/** Articles whose layout is kept, most recently shown last. */
const MAX_ARTICLES = 50;
/** Filters whose result is kept per article (speakers × verdicts × statuses would be many). */
const MAX_FILTERS = 32;

const cache = new Map<string, { key: string; text: string; layout: ArticleLayout }>();

/**
 * The layout of `article`, worked out once per version of it and reused while the article is
 * unchanged. Highlight runs, the speaker list and the counts are the costly part of the article
 * page (n log n in the claims, against a linear check here); with thousands of claims they took
 * seconds per view. Safe across requests because the layout holds nothing of the request.
 *
 * A version is told by content, not by version numbers (which a store or a test can leave
 * alone): the claims as the page shows them (ClaimItem, so a field added there counts at once),
 * the language and the text. Making that key is linear in the claims and far cheaper than the layout.
 */
export function articleLayout(article: Article): ArticleLayout {
  const same = byObject.get(article);
  if (same) return same;
  const layout = layoutByContent(article);
  byObject.set(article, layout);
  return layout;
}

/**
 * Layouts by article object: a store hands out the same object for an article until a save
 * replaces it (stored articles are never changed in place), so seeing the object again spares
 * even the content key. A copy, or a store that reads afresh, goes through the content check.
 */
const byObject = new WeakMap<Article, ArticleLayout>();

function layoutByContent(article: Article): ArticleLayout {
  const items = article.claims.map((c) => claimItem(article, c));
  const key = JSON.stringify([article.language, items]);
  const kept = cache.get(article.id);
  if (kept && kept.key === key && kept.text === article.text) {
    cache.delete(article.id);
    cache.set(article.id, kept);
    return kept.layout;
  }
  const layout = makeLayout(article, items);
  cache.set(article.id, { key, text: article.text, layout });
  if (cache.size > MAX_ARTICLES) cache.delete(cache.keys().next().value!);
  return layout;
}

/** `items` are the article's claims as ClaimItems, in the same order. */
function makeLayout(article: Article, items: readonly ClaimItem[]): ArticleLayout {
  const itemOf = new Map(article.claims.map((c, i) => [c, items[i]!]));
  const selections = new Map<string, FilteredClaims>();
  return {
    speakers: [...new Set(article.claims.map((c) => c.speaker))].sort(new Intl.Collator(article.language).compare),
    stats: claimStats(article.claims),
    select(filters) {
      const key = JSON.stringify([filters.verdict, filters.status, filters.speaker]);
      let selection = selections.get(key);
      if (!selection) {
        const claims = filterClaims(article.claims, filters).map((c) => itemOf.get(c)!);
        selection = { claims, segments: highlightSegments(article.text, claims) };
        if (selections.size >= MAX_FILTERS) selections.delete(selections.keys().next().value!);
        selections.set(key, selection);
      }
      return selection;
    },
  };
}
