import { type RequestHandler, Router } from "express";
import { deriveKey } from "../../auth/session-token.ts";
import type { AppDeps } from "../app-deps.ts";
import { attachCsrfProtector, csrfProtector } from "./csrf.ts";
import { ownAccountRouter } from "./own-account-router.ts";
import { untrustedProxyWarner } from "./proxy-warning.ts";
import { requireSignIn } from "./require-sign-in.ts";
import { sessionCookies } from "./sessions.ts";
import { sessionUser } from "./session-user.ts";
import { signInRouter } from "./sign-in-router.ts";

/**
 * Accounts on every request, applied by one `app.use`: CSRF tokens, the session cookie (`isnad.sid`:
 * signed, HttpOnly, SameSite=Lax, Secure over https or behind a trusted proxy, ending after
 * `sessionIdleMinutes` idle), the signed-in account, the sign-in and setup pages, the rule that
 * everything after it needs a signed-in account, and each account's own page (/account). Role
 * checks stay with each route (`requireRole`), CSRF checks after each body parser (`requireCsrf`).
 * Nothing is kept in memory per visitor: anonymous visits cost nothing, and sessions survive a
 * restart and work across app instances that share the store and the secret.
 */
export function authentication(deps: AppDeps, account: RequestHandler): Router {
  const router = Router();
  router.use(account);
  router.use(signInRouter(deps));
  router.use(requireSignIn(deps.store));
  router.use("/account", ownAccountRouter(deps));
  return router;
}

/**
 * The middleware that makes a request's account known, for the pages (`authentication`) and the
 * JSON API alike: it warns once of an untrusted proxy, attaches the CSRF protector, and reads the
 * session cookie's account. One handler rather than three: each middleware layer costs every
 * request a path match and objects to collect. Made once per app, so both share one protector.
 */
export function signedInAccount(deps: AppDeps): RequestHandler {
  const warnOfUntrustedProxy = untrustedProxyWarner(deps.trustProxy, deps.log);
  const protector = csrfProtector(deriveKey(deps.sessionSecret, "csrf"), Boolean(deps.trustProxy));
  const readSession = sessionUser(deps.store, sessionCookies(deps), deps.now);
  return (req, res, next) => {
    warnOfUntrustedProxy(req);
    attachCsrfProtector(req, protector);
    return readSession(req, res, next);
  };
}
