import { csrfSync } from "csrf-sync";
import type { Request, RequestHandler } from "express";
import { HttpError } from "../http-error.ts";

/**
 * CSRF protection with csrf-sync (the synchronizer-token pattern): one random token per session,
 * kept in the session on the server, sent back by every form as `_csrf` or by scripts as the
 * `x-csrf-token` header. A visitor who is not signed in gets a session just for the token, so the
 * sign-in and setup forms are protected too.
 */
const csrf = csrfSync({
  getTokenFromRequest: (req) => {
    const field = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof field === "string") return field;
    const header = req.headers["x-csrf-token"];
    return typeof header === "string" ? header : undefined;
  },
});

/** The session's CSRF token, made on first use. */
export function csrfToken(req: Request): string {
  return csrf.generateToken(req);
}

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) without the session's token:
 * 403 with a page saying the form is stale. Must run after the body is parsed, so each router puts
 * it after its body parser.
 */
export const requireCsrf: RequestHandler = (req, _res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method) || csrf.isRequestValid(req)) return next();
  next(new HttpError(403, "error.csrf"));
};
