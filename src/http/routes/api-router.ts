import { type RequestHandler, Router } from "express";
import { ARTICLES_PER_PAGE, ArticleApiQuerySchema, MAX_ARTICLES_PER_REQUEST } from "../../schemas/forms/article-list-query.ts";
import type { AppDeps } from "../app-deps.ts";
import { HttpError } from "../http-error.ts";
import { encodeFor } from "../kept-body.ts";
import { loadArticle } from "../load-article.ts";
import { loadedArticle } from "../locals.ts";
import { claimsJson } from "./claims-json.ts";

/**
 * The read-only JSON API (mounted at /api), after `first` (the account, src/http/api-app.ts).
 * Errors come back as JSON too.
 *
 * | GET /articles                    | a page of the articles' index rows: fields and counts (no text); ?page=1&limit=50 (at most 200)&order=oldest|newest |
 * | GET /articles/:articleId/claims  | the article's claims with their reviews and history (ETag; 304 when unchanged; gzipped when accepted) |
 */
export function apiRouter(deps: AppDeps, first: RequestHandler[]): Router {
  const router = Router();
  router.use(...first);
  router.param("articleId", loadArticle(deps.store));

  // Import order by default: a client walking the pages while articles arrive sees each one once.
  router.get("/articles", async (req, res) => {
    const query = ArticleApiQuerySchema.safeParse(req.query);
    if (!query.success) throw new HttpError(400, "error.badPaging", { max: MAX_ARTICLES_PER_REQUEST });
    const { page = 1, limit = ARTICLES_PER_PAGE, order = "oldest" } = query.data;
    const { total, articles } = await deps.store.listArticlePage({ offset: (page - 1) * limit, limit, newestFirst: order === "newest" });
    const pages = Math.max(1, Math.ceil(total / limit));
    const link = (n: number) => `/api/articles?${new URLSearchParams({ page: String(n), limit: String(limit), order })}`;
    res.json({
      articles,
      page,
      limit,
      order,
      total,
      pages,
      next: page < pages ? link(page + 1) : null,
      previous: page > 1 ? link(Math.min(page - 1, pages)) : null,
    });
  });

  // The JSON is made once per version of the article; a client that sends its ETag back gets a 304 while it is unchanged.
  router.get("/articles/:articleId/claims", (req, res) => {
    const json = claimsJson(loadedArticle(res));
    const { bytes, gzipped } = encodeFor(req, res, json.body);
    res.set({ ETag: gzipped ? json.gzipEtag : json.etag, "Content-Type": "application/json; charset=utf-8" }).send(bytes);
  });

  return router;
}
