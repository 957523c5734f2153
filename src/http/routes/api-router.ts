import { Router } from "express";
import type { AppDeps } from "../app-deps.ts";
import { loadArticle } from "../load-article.ts";
import { loadedArticle } from "../locals.ts";
import { claimsJson } from "./claims-json.ts";

/**
 * The read-only JSON API (mounted at /api). Errors come back as JSON too.
 *
 * | GET /articles                    | every article's index row: fields and counts (no text) |
 * | GET /articles/:articleId/claims  | the article's claims with their reviews and history (ETag; 304 when unchanged) |
 */
export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.param("articleId", loadArticle(deps.store));

  router.get("/articles", async (_req, res) => {
    res.json(await deps.store.listArticles());
  });

  // The JSON is made once per version of the article; a client that sends its ETag back gets a 304 while it is unchanged.
  router.get("/articles/:articleId/claims", (_req, res) => {
    const { body, etag } = claimsJson(loadedArticle(res));
    res.set({ ETag: etag, "Content-Type": "application/json; charset=utf-8" }).send(body);
  });

  return router;
}
