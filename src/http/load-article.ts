import type { RequestParamHandler } from "express";
import type { Store } from "../store/store.ts";
import { HttpError } from "./http-error.ts";

/**
 * The `:articleId` param handler: loads the article into `res.locals.article`, or passes a 404.
 * Registered on the app (for routers mounted under /articles/:articleId) and on routers that
 * declare the param in their own routes.
 */
export function loadArticle(store: Store): RequestParamHandler {
  return async (_req, res, next, id: string) => {
    const article = await store.getArticle(id);
    if (!article) return next(new HttpError(404, "error.articleNotFound"));
    res.locals.article = article;
    next();
  };
}
