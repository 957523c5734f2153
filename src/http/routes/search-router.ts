import { Router } from "express";
import { LANGUAGES } from "../../schemas/article.ts";
import { VERDICT_FILTERS } from "../../schemas/forms/claim-filters.ts";
import { STATUSES } from "../../schemas/statuses.ts";
import type { AppDeps } from "../app-deps.ts";
import { claimsAndAliases } from "../speaker-context.ts";
import { pickStrings } from "../view-models/form-values.ts";
import type { SearchQuery } from "../../schemas/forms/search-query.ts";
import type { SearchWord } from "../../reports/search-words.ts";
import { asksForSomething, parseSearch, RESULTS_PER_PAGE, SEARCH_FIELDS, searchHref, searchResults } from "../view-models/search-page.ts";

const CHOICES = { verdicts: VERDICT_FILTERS, statuses: STATUSES, languages: LANGUAGES };

/**
 * The search page, for every signed-in account (mounted at /search).
 *
 * | GET / ?q=&verdict=&status=&language=&from=&to=&page= | the form and a page of matching claims |
 *
 * A query string that does not validate gets the form back with its values and a 400.
 */
export function searchRouter(deps: AppDeps): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const values = pickStrings(req.query, SEARCH_FIELDS);
    const parsed = parseSearch(req.query);
    if (!parsed.ok) return res.status(400).render("search/index", { values, errors: parsed.errors, results: null, perPage: RESULTS_PER_PAGE, ...CHOICES });
    const { query, words } = parsed;
    const results = asksForSomething(query, words) ? await runSearch(deps, query, words) : null;
    res.render("search/index", { values, errors: {}, results, perPage: RESULTS_PER_PAGE, ...CHOICES });
  });
  return router;
}

/**
 * The search as JSON (mounted at /api/search): the same query string, a page of results with
 * each claim's address and its speaker's page. A query string that does not validate gets a 400
 * naming the fields.
 */
export function searchApiRouter(deps: AppDeps): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const parsed = parseSearch(req.query);
    if (!parsed.ok) {
      const fields = Object.fromEntries(Object.entries(parsed.errors).map(([field, e]) => [field, res.locals.t(`errors.${e.key}`, e.params)]));
      return res.status(400).json({ error: { status: 400, message: res.locals.t("search.invalid"), fields } });
    }
    const { query, words } = parsed;
    const { total, rows, pages } = await runSearch(deps, query, words);
    res.json({
      total,
      page: pages.page,
      pages: pages.pages,
      next: pages.next ? searchHref(query, pages.next.page, "/api/search") : null,
      results: rows.map(({ pieces: _pieces, ...row }) => row),
    });
  });
  return router;
}

async function runSearch(deps: AppDeps, query: SearchQuery, words: SearchWord[]) {
  const { entries, aliases } = await claimsAndAliases(deps);
  return searchResults(entries, query, words, aliases);
}
