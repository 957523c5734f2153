import type { RequestHandler } from "express";
import type { Store } from "../../store/store.ts";

/** Addresses anyone may use: switching the interface language (the sign-in page links to it). */
const OPEN = /^\/lang\//;

/**
 * Lets signed-in requests through. Anyone else is sent to the setup page while no account
 * exists, else to the sign-in page (coming back to the page asked for, if it was a GET). The
 * JSON API has its own check (src/http/api-app.ts), which answers 401.
 */
export function requireSignIn(store: Store): RequestHandler {
  return async (req, res, next) => {
    if (res.locals.user || OPEN.test(req.path)) return next();
    if ((await store.listUsers()).length === 0) return res.redirect(303, "/setup");
    const back = req.method === "GET" && req.originalUrl !== "/" ? `?next=${encodeURIComponent(req.originalUrl)}` : "";
    res.redirect(303, `/login${back}`);
  };
}
