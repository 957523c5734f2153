import type { RequestHandler } from "express";
import type { AppDeps } from "./app-deps.ts";
import { loadedArticle } from "./locals.ts";
import { earlierChecksView } from "./view-models/earlier-checks.ts";

/** Gives the claim page (GET) its earlier checks in `res.locals.earlierChecks` (see earlierChecksView). */
export function earlierChecksLocals(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    const article = loadedArticle(res);
    const claim = article.claims.find((c) => c.id === req.params.claimId);
    if (!claim || !res.locals.user) return next();
    const found = await deps.checked.earlierChecks(article, [claim]);
    res.locals.earlierChecks = earlierChecksView(article, claim, found.get(claim.id) ?? []);
    next();
  };
}

/** Gives the article page (GET) the ids of its claims that were checked before, in `res.locals.checkedBefore`. */
export function checkedClaimsLocals(deps: AppDeps): RequestHandler {
  return async (_req, res, next) => {
    if (!res.locals.user) return next();
    const article = loadedArticle(res);
    res.locals.checkedBefore = new Set((await deps.checked.earlierChecks(article, article.claims)).keys());
    next();
  };
}
