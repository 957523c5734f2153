import { randomBytes } from "node:crypto";
import type { Request, Response } from "express";
import { deriveKey } from "../../auth/session-token.ts";
import { accountId, sessionGenerationOf, type User } from "../../schemas/user.ts";
import type { AppDeps } from "../app-deps.ts";
import { requestSession } from "./request-session.ts";
import type { SessionCookies } from "./session-cookie.ts";
import { anonymous, startRequestSession } from "./session-user.ts";
import { clearSessionCookie } from "./session-cookie.ts";

/** The session cookie settings of an app: the key is derived from its session secret. */
export function sessionCookies(deps: Pick<AppDeps, "sessionSecret" | "sessionIdleMinutes" | "trustProxy">): SessionCookies {
  return { key: deriveKey(deps.sessionSecret, "session-cookie"), idleMs: deps.sessionIdleMinutes * 60_000, alwaysSecure: Boolean(deps.trustProxy) };
}

/** Signs `user` in on a new session (a new random id, so nothing known before sign-in carries over). */
export function signInAs(req: Request, res: Response, user: User, deps: AppDeps): void {
  const at = deps.now().getTime();
  const claims = {
    account: accountId(user),
    generation: sessionGenerationOf(user),
    session: randomBytes(16).toString("base64url"),
    issuedAt: at,
    lastSeen: at,
  };
  startRequestSession(req, res, user, claims, sessionCookies(deps));
}

/**
 * Keeps the request's own session after a change that ended all of `user`'s sessions (their own
 * new password): the cookie is re-issued under the new generation, so only this browser stays in.
 */
export function keepOwnSession(req: Request, res: Response, user: User, deps: AppDeps): void {
  const claims = requestSession(req);
  if (!claims || claims.account !== accountId(user)) return;
  startRequestSession(req, res, user, { ...claims, generation: sessionGenerationOf(user), lastSeen: deps.now().getTime() }, sessionCookies(deps));
}

/** Removes the session cookie and makes the rest of the request anonymous. */
export function forgetSession(req: Request, res: Response, deps: AppDeps): void {
  clearSessionCookie(req, res, sessionCookies(deps));
  anonymous(req, res);
}
