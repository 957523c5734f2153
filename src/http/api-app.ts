import type { RequestHandler, Router } from "express";
import type { AppDeps } from "./app-deps.ts";
import { defaultLocale } from "./default-locale.ts";
import { HttpError } from "./http-error.ts";
import { localeMiddleware } from "./locale-middleware.ts";
import { requestCookies } from "./request-cookies.ts";
import { apiRouter } from "./routes/api-router.ts";
import { searchApiRouter } from "./routes/search-router.ts";

/**
 * The JSON API (mounted at /api, right after the security headers) with its own short chain: the
 * cookies and the signed-in account, then the routes. It needs none of what the pages need on the
 * way (static files, the interface language and its view helpers, the public pages, CSRF tokens,
 * the sign-in pages), and each of those cost every API request a turn (with this chain the claims
 * JSON went from about 50% to about 55% of a bare express app's rate). The API only reads, so it has
 * no CSRF check. The language is chosen only where words are sent: the search's field errors, and error
 * messages, for which the app's error path (localeBeforeError, then the one error handler) chooses it.
 */
export function apiApp(deps: AppDeps, account: RequestHandler): Router {
  // The routes' own router, not a router around it: each router a request passes costs it objects to collect.
  const router = apiRouter(deps, [requestCookies, account, requireApiSignIn]);
  // The visitor's language, as the pages choose it: the cookie, the browser, the desk's default.
  const deskDefault = defaultLocale(deps.store);
  router.use("/search", localeMiddleware, deskDefault, searchApiRouter(deps));
  router.use((_req, _res, next) => next(new HttpError(404)));
  return router;
}

/** Anyone not signed in gets a 401 (as JSON, from the error handler), never the sign-in page. */
const requireApiSignIn: RequestHandler = (_req, res, next) => next(res.locals.user ? undefined : new HttpError(401, "error.signInNeeded"));
