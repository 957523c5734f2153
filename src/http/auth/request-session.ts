import type { Request } from "express";
import type { SessionClaims } from "../../auth/session-token.ts";

const sessions = new WeakMap<Request, SessionClaims>();

/** Records the request's live session (set by `sessionUser`, read by CSRF checks and sign-out). */
export function setRequestSession(req: Request, claims: SessionClaims | undefined): void {
  if (claims) sessions.set(req, claims);
  else sessions.delete(req);
}

/** The request's live session, or undefined for an anonymous visitor. */
export function requestSession(req: Request): SessionClaims | undefined {
  return sessions.get(req);
}
