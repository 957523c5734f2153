import type { Request, Response } from "express";
import { openSession, sealSession, type SessionClaims } from "../../auth/session-token.ts";
import { kept } from "../kept.ts";

/** The session cookie's name. */
export const SESSION_COOKIE = "isnad.sid";

/** How session cookies are made: the signing key, the idle limit, and whether they must be Secure. */
export interface SessionCookies {
  key: Buffer;
  idleMs: number;
  /** Always Secure (behind a trusted proxy); otherwise Secure when the request came over https. */
  alwaysSecure: boolean;
}

/** Cookie flags shared by the session and CSRF cookies: HttpOnly, SameSite=Lax, path /, Secure over https. */
export function cookieFlags(req: Request, config: Pick<SessionCookies, "alwaysSecure">) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: config.alwaysSecure || req.secure };
}

/** The claims of the request's session cookie, if it carries a genuine one (it may still be expired or revoked). */
export function readSessionCookie(req: Request, config: SessionCookies): SessionClaims | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  if (typeof value !== "string") return undefined;
  let opened = openedCookies.get(config.key);
  if (!opened) openedCookies.set(config.key, (opened = new Map()));
  return kept(opened, value, MAX_OPENED_COOKIES, () => Object.freeze(openSession(value, config.key)) ?? null) ?? undefined;
}

/**
 * Cookie values already checked, per signing key, with their claims (null for a forged one): a
 * browser sends the same value until it is re-issued (at most once a minute), so its HMAC and
 * schema are checked once, not on every request. Only that check is spared: expiry and
 * revocation are judged on every request.
 */
const openedCookies = new WeakMap<Buffer, Map<string, Readonly<SessionClaims> | null>>();
const MAX_OPENED_COOKIES = 2000;

/** Sets the session cookie to `claims` (replacing one set earlier in this response); the browser drops it after the idle limit too. */
export function writeSessionCookie(req: Request, res: Response, claims: SessionClaims, config: SessionCookies): void {
  forgetEarlierSessionCookie(res);
  res.cookie(SESSION_COOKIE, sealSession(claims, config.key), { ...cookieFlags(req, config), maxAge: config.idleMs });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(req: Request, res: Response, config: SessionCookies): void {
  forgetEarlierSessionCookie(res);
  res.clearCookie(SESSION_COOKIE, cookieFlags(req, config));
}

/** Drops a session Set-Cookie already on the response, so each response sets the cookie at most once. */
function forgetEarlierSessionCookie(res: Response): void {
  const set = res.getHeader("Set-Cookie");
  if (set === undefined || typeof set === "number") return;
  res.setHeader(
    "Set-Cookie",
    (Array.isArray(set) ? set : [set]).filter((line) => !line.startsWith(`${SESSION_COOKIE}=`)),
  );
}
