import { Router } from "express";
import type { AppDeps } from "../app-deps.ts";
import { loadArticle } from "../load-article.ts";
import { loadedArticle } from "../locals.ts";

/**
 * The read-only JSON API (mounted at /api). Errors come back as JSON too.
 *
 * | GET /articles                    | every article's index row: fields and counts (no text) |
 * | GET /articles/:articleId/claims  | the article's claims with their reviews and history |
 */
export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.param("articleId", loadArticle(deps.store));

  router.get("/articles", async (_req, res) => {
    res.json(await deps.store.listArticles());
  });

  router.get("/articles/:articleId/claims", (_req, res) => {
    res.json(loadedArticle(res).claims);
  });

  return router;
}
