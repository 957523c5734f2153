import type { CatalogueClaim } from "../../reports/claim-catalogue.ts";
import { articleDate, searchClaims } from "../../reports/search-claims.ts";
import { highlightPieces, searchWords, type SearchWord, type TextPiece } from "../../reports/search-words.ts";
import { canonicalSpeaker } from "../../reports/speakers.ts";
import { SEARCH_LIMITS, SearchQuerySchema, type SearchQuery } from "../../schemas/forms/search-query.ts";
import type { SpeakerAliases } from "../../schemas/settings.ts";
import { fieldError, formErrors, type FieldErrors } from "../form-errors.ts";
import { claimListPages, type ClaimListPages } from "./claim-list-pages.ts";
import { paths } from "./paths.ts";

/** Results shown on one page of a search. */
export const RESULTS_PER_PAGE = 50;

/** The query string's fields, in the order links carry them. */
export const SEARCH_FIELDS = ["q", "verdict", "status", "language", "from", "to"] as const;

/** A search's query string read: the query and its words, or the errors to show beside the fields. */
export type ParsedSearch = { ok: true; query: SearchQuery; words: SearchWord[] } | { ok: false; errors: FieldErrors };

/** Validates a search's query string (SearchQuerySchema) and folds its words (at most SEARCH_LIMITS.words). */
export function parseSearch(raw: unknown): ParsedSearch {
  const parsed = SearchQuerySchema.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, errors: formErrors(parsed.error.issues) };
  const words = searchWords(parsed.data.q);
  if (words.length > SEARCH_LIMITS.words) return { ok: false, errors: fieldError("q", "tooManyWords", { max: SEARCH_LIMITS.words }) };
  return { ok: true, query: parsed.data, words };
}

/** Whether the search asks for anything (words or a filter); an empty search lists nothing. */
export function asksForSomething(query: SearchQuery, words: readonly SearchWord[]): boolean {
  return words.length > 0 || SEARCH_FIELDS.some((field) => field !== "q" && query[field] !== undefined);
}

/** The address of a page of this search, with its words and filters. */
export function searchHref(query: SearchQuery, page = 1, base = paths.search()): string {
  const params = new URLSearchParams();
  for (const field of SEARCH_FIELDS) {
    const value = query[field];
    if (value) params.set(field, value);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/** A claim as a result row shows it: text in the article's language and direction, matched words marked. */
export interface ClaimRow {
  articleId: string;
  claimId: string;
  href: string;
  articleHref: string;
  title: string;
  language: string;
  textDir: "rtl" | "ltr";
  date: string;
  /** The claim's text as stored (shown through `pieces`). */
  text: string;
  speaker: string;
  /** The speaker's page ("" when no speaker is named). */
  speakerHref: string;
  verdict: string | null;
  status: string;
  pieces: TextPiece[];
}

/** The row of one catalogue claim; `words` marks the matched words of its text. */
export function claimRow(entry: CatalogueClaim, aliases: SpeakerAliases, words: readonly SearchWord[] = []): ClaimRow {
  const { article, claim } = entry;
  return {
    articleId: article.id,
    claimId: claim.id,
    href: paths.claim(article.id, claim.id),
    articleHref: paths.article(article.id),
    title: article.title,
    language: article.language,
    textDir: article.language === "ar" ? "rtl" : "ltr",
    date: articleDate(article),
    text: claim.text,
    speaker: claim.speaker,
    speakerHref: entry.speakerKey ? paths.speaker(canonicalSpeaker(aliases, entry.speakerKey)) : "",
    verdict: claim.verdict,
    status: claim.status,
    pieces: highlightPieces(claim.text, words),
  };
}

/** One page of a search's results, and the links to the others (words and filters kept). */
export interface SearchResults {
  total: number;
  rows: ClaimRow[];
  pages: ClaimListPages;
}

/** Runs the search over the catalogue and cuts out the page asked for (a page past the end shows the last). */
export function searchResults(entries: readonly CatalogueClaim[], query: SearchQuery, words: SearchWord[], aliases: SpeakerAliases): SearchResults {
  const found = searchClaims(entries, words, query, aliases);
  const pages = claimListPages(found.length, query.page, (n) => searchHref(query, n), RESULTS_PER_PAGE);
  const shown = found.slice((pages.page - 1) * RESULTS_PER_PAGE, pages.page * RESULTS_PER_PAGE);
  return { total: found.length, rows: shown.map((entry) => claimRow(entry, aliases, words)), pages };
}
