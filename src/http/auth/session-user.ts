import type { Request, RequestHandler, Response } from "express";
import { findUserById } from "../../auth/find-user.ts";
import { hasRole } from "../../auth/roles.ts";
import { sessionIsLive, type SessionClaims } from "../../auth/session-token.ts";
import type { Role, User } from "../../schemas/user.ts";
import type { Store } from "../../store/store.ts";
import { csrfToken } from "./csrf.ts";
import { setRequestSession } from "./request-session.ts";
import { clearSessionCookie, readSessionCookie, SESSION_COOKIE, writeSessionCookie, type SessionCookies } from "./session-cookie.ts";

/** What views and routes see of the signed-in account (never its password hash). */
export type SignedIn = Pick<User, "username" | "role">;

/**
 * Reads the session cookie and gives views `user` (or null), `can(role)` and, for a signed-in
 * account, `csrfToken` (made only when a page uses it). A live session's cookie is re-issued with
 * a new last-seen time, which is what keeps it alive (idle expiry), when the one it carries is
 * older than `refreshAfterMs` (a minute): not on every request, which would sign a cookie for
 * every page and image. A cookie that is forged,
 * expired, signed out, from before a password change, or of a deactivated account is removed and
 * the visitor is anonymous. Nothing is kept on the server: any app instance with the same secret
 * and store accepts the same cookie.
 */
export function sessionUser(store: Store, config: SessionCookies, now: () => Date): RequestHandler {
  return async (req, res, next) => {
    const claims = readSessionCookie(req, config);
    const user = claims && findUserById({ users: await store.listUsers() }, claims.account);
    const live = claims && user && sessionIsLive(claims, user, now().getTime(), config.idleMs) ? { claims, user } : undefined;
    if (live) {
      const at = now().getTime();
      if (at - live.claims.lastSeen >= refreshAfterMs(config)) startRequestSession(req, res, live.user, { ...live.claims, lastSeen: at }, config);
      else continueRequestSession(req, res, live.user, live.claims);
    } else {
      if ((req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE] !== undefined) clearSessionCookie(req, res, config);
      anonymous(req, res);
    }
    next();
  };
}

/**
 * Makes `user` the request's signed-in account with session `claims`, and sends the cookie: used
 * when a live session's last-seen stamp is due for renewal, at sign-in, and after a change that
 * re-issues the cookie (a new password of one's own).
 */
export function startRequestSession(req: Request, res: Response, user: User, claims: SessionClaims, config: SessionCookies): void {
  writeSessionCookie(req, res, claims, config);
  continueRequestSession(req, res, user, claims);
}

/**
 * How old a session's last-seen stamp may get before a request re-issues the cookie: a minute, or a
 * tenth of the idle limit when that is shorter. A session may so end up to this much before a full
 * idle period has passed since its last request, never after.
 */
export function refreshAfterMs(config: Pick<SessionCookies, "idleMs">): number {
  return Math.min(60_000, config.idleMs / 10);
}

/** Makes `user` the request's signed-in account with session `claims`, whose cookie the browser already holds. */
function continueRequestSession(req: Request, res: Response, user: User, claims: SessionClaims): void {
  setRequestSession(req, claims);
  const signedIn: SignedIn = { username: user.username, role: user.role };
  res.locals.user = signedIn;
  res.locals.can = (role: Role) => hasRole(signedIn.role, role);
  let token: string | undefined;
  Object.defineProperty(res.locals, "csrfToken", { enumerable: true, configurable: true, get: () => (token ??= csrfToken(req, res)) });
}

/** Makes the request anonymous (no account, no session). */
export function anonymous(req: Request, res: Response): void {
  setRequestSession(req, undefined);
  res.locals.user = null;
  res.locals.can = () => false;
  delete res.locals.csrfToken;
}
