import { Router } from "express";
import session from "express-session";
import type { AppDeps } from "../app-deps.ts";
import { MemorySessionStore } from "./memory-session-store.ts";
import { requireSignIn } from "./require-sign-in.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { sessionUser } from "./session-user.ts";
import { signInRouter } from "./sign-in-router.ts";

/**
 * Accounts on every request, applied by one `app.use`: the session (cookie `isnad.sid`:
 * HttpOnly, SameSite=Lax, Secure over https or behind a trusted proxy, ending after
 * `sessionIdleMinutes` idle), the signed-in account, the sign-in and setup pages, and the rule
 * that everything after it needs a signed-in account. Role checks stay with each route
 * (`requireRole`), CSRF checks after each body parser (`requireCsrf`).
 */
export function authentication(deps: AppDeps): Router {
  const router = Router();
  const idleMs = deps.sessionIdleMinutes * 60_000;
  router.use(
    session({
      name: SESSION_COOKIE,
      secret: deps.sessionSecret,
      store: new MemorySessionStore(idleMs, () => deps.now().getTime()),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      unset: "destroy",
      cookie: { httpOnly: true, sameSite: "lax", secure: deps.trustProxy ? true : "auto", maxAge: idleMs, path: "/" },
    }),
  );
  router.use(sessionUser(deps.store));
  router.use(signInRouter(deps));
  router.use(requireSignIn(deps.store));
  return router;
}
