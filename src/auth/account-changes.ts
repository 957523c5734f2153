import { endedSessionsOf, sessionGenerationOf, type User } from "../schemas/user.ts";

/**
 * Pure changes to one account record: each returns a new record and leaves the argument alone.
 * Routes and the CLI apply them inside a store update (`updateUser`).
 */

/** Ends every session of the account at once: cookies carry the generation they were issued under. */
export function bumpSessionGeneration(user: User): User {
  return { ...user, sessionGeneration: sessionGenerationOf(user) + 1, endedSessions: [] };
}

/** A new password hash; every session of the account ends (the caller re-issues its own if it keeps one). */
export function setPassword(user: User, passwordHash: string): User {
  return { ...bumpSessionGeneration(user), passwordHash };
}

/** The account can no longer sign in and its sessions end; its record (and name in history) stays. No-op when already deactivated. */
export function deactivateUser(user: User, now: Date): User {
  if (user.deactivatedAt !== undefined) return user;
  return { ...bumpSessionGeneration(user), deactivatedAt: now.toISOString() };
}

/** The account can sign in again (with its old password); sessions from before stay ended. */
export function reactivateUser(user: User): User {
  const { deactivatedAt: _gone, ...active } = user;
  return active;
}

/** Signed-out sessions remembered per account at most; past it, every session of the account ends instead. */
export const MAX_ENDED_SESSIONS = 20;

/**
 * Ends one session (a plain sign-out): its id is remembered until `until`, the last moment its
 * cookie could still be valid (sign-out time plus the idle limit), so a copy of the cookie is
 * refused too. Entries past their time are dropped; when too many remain, the generation is
 * bumped instead, which ends them all.
 */
export function endSession(user: User, sessionId: string, until: Date, now: Date): User {
  const live = endedSessionsOf(user).filter((s) => Date.parse(s.until) > now.getTime());
  const endedSessions = [...live, { id: sessionId, until: until.toISOString() }];
  if (endedSessions.length > MAX_ENDED_SESSIONS) return bumpSessionGeneration(user);
  return { ...user, endedSessions };
}
