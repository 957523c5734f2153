import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { accountId, endedSessionsOf, sessionGenerationOf, type User } from "../schemas/user.ts";

/**
 * What a session cookie says, signed so it cannot be forged or changed: the account, the
 * account's session generation when it was issued, the session's own random id (for sign-out
 * and CSRF tokens), and when it was issued and last used (ms since the epoch).
 */
export const SessionClaimsSchema = z.object({
  account: z.string().min(1).max(200),
  generation: z.number().int().nonnegative(),
  session: z.string().min(16).max(64),
  issuedAt: z.number().int().nonnegative(),
  lastSeen: z.number().int().nonnegative(),
});
export type SessionClaims = z.infer<typeof SessionClaimsSchema>;

/** A key for one purpose derived from the session secret, so the cookie and CSRF keys differ. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHmac("sha256", secret).update(`isnad:${purpose}`).digest();
}

const mac = (payload: string, key: Buffer) => createHmac("sha256", key).update(payload).digest("base64url");

/** The cookie value for `claims`: base64url JSON, a dot, and its HMAC-SHA256 under `key`. */
export function sealSession(claims: SessionClaims, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${payload}.${mac(payload, key)}`;
}

/** The claims of a cookie value sealed with `key`; undefined for anything forged, altered or malformed (never throws). */
export function openSession(value: string, key: Buffer): SessionClaims | undefined {
  const [payload, signature, extra] = value.split(".");
  if (!payload || !signature || extra !== undefined || value.length > 2000) return undefined;
  const expected = Buffer.from(mac(payload, key));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed = SessionClaimsSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the claims still sign `user` in at `now`: the account is active, its session generation
 * has not moved on (no new password, no sign-out everywhere, no deactivation), this session was
 * not signed out, and it was used within `idleMs`.
 */
export function sessionIsLive(claims: SessionClaims, user: User, now: number, idleMs: number): boolean {
  return (
    claims.account === accountId(user) &&
    user.deactivatedAt === undefined &&
    claims.generation === sessionGenerationOf(user) &&
    !endedSessionsOf(user).some((s) => s.id === claims.session) &&
    claims.issuedAt <= claims.lastSeen &&
    now - claims.lastSeen < idleMs
  );
}
