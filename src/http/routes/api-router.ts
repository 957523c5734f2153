import { Router } from "express";
import { claimStats } from "../../domain/claim-stats.ts";
import type { AppDeps } from "../app-deps.ts";
import { loadArticle } from "../load-article.ts";
import { loadedArticle } from "../locals.ts";

/**
 * The read-only JSON API (mounted at /api). Errors come back as JSON too.
 *
 * | GET /articles                    | every article with its counts (no text) |
 * | GET /articles/:articleId/claims  | the article's claims with their reviews and history |
 */
export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.param("articleId", loadArticle(deps.store));

  router.get("/articles", (_req, res) => {
    res.json(
      deps.store.read().articles.map(({ text: _text, claims, ...meta }) => ({ ...meta, stats: claimStats(claims) })),
    );
  });

  router.get("/articles/:articleId/claims", (_req, res) => {
    res.json(loadedArticle(res).claims);
  });

  return router;
}
