import { type RequestHandler, Router } from "express";
import { deriveKey } from "../../auth/session-token.ts";
import type { AppDeps } from "../app-deps.ts";
import { csrfProtector, useCsrfProtector } from "./csrf.ts";
import { ownAccountRouter } from "./own-account-router.ts";
import { warnOfUntrustedProxy } from "./proxy-warning.ts";
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
export function authentication(deps: AppDeps, account: RequestHandler[]): Router {
  const router = Router();
  router.use(...account);
  router.use(signInRouter(deps));
  router.use(requireSignIn(deps.store));
  router.use("/account", ownAccountRouter(deps));
  return router;
}

/**
 * What makes a request's account known, for the pages (`authentication`) and the JSON API alike:
 * a warning about an untrusted proxy, the CSRF protector, and the session cookie's account. Made
 * once per app, so both share one protector and one warning.
 */
export function signedInAccount(deps: AppDeps): RequestHandler[] {
  return [
    warnOfUntrustedProxy(deps.trustProxy, deps.log),
    useCsrfProtector(csrfProtector(deriveKey(deps.sessionSecret, "csrf"), Boolean(deps.trustProxy))),
    sessionUser(deps.store, sessionCookies(deps), deps.now),
  ];
}
