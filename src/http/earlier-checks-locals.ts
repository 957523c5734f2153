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
    res.locals.checkedBefore = idsOf(await deps.checked.earlierChecks(article, article.claims));
    next();
  };
}

/** The claim ids of `checks` as a set, made once per map (the index hands back the same map while nothing changed). */
function idsOf(checks: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let ids = checkedIds.get(checks);
  if (!ids) checkedIds.set(checks, (ids = new Set(checks.keys())));
  return ids;
}

const checkedIds = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();
