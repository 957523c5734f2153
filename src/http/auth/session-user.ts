import type { RequestHandler } from "express";
import { hasRole } from "../../auth/roles.ts";
import type { Role, User } from "../../schemas/user.ts";
import type { Store } from "../../store/store.ts";
import { csrfToken } from "./csrf.ts";

declare module "express-session" {
  interface SessionData {
    /** The signed-in account's name. */
    username?: string;
    /** A fingerprint of the password hash at sign-in: a changed password ends older sessions. */
    stamp?: string;
  }
}

/** What views and routes see of the signed-in account (never its password hash). */
export type SignedIn = Pick<User, "username" | "role">;

/** The session's fingerprint of an account's password hash (its last characters, kept on the server only). */
export function passwordStamp(user: User): string {
  return user.passwordHash.slice(-16);
}

/**
 * Finds the session's account in the store and gives views `user` (or null), `can(role)` and, for
 * a signed-in account, the session's `csrfToken`. A session whose account is gone or whose
 * password changed since sign-in counts as signed out.
 */
export function sessionUser(store: Store): RequestHandler {
  return async (req, res, next) => {
    const name = req.session.username;
    const user = name === undefined ? undefined : await store.findUser(name);
    const valid = user && req.session.stamp === passwordStamp(user);
    if (name !== undefined && !valid) {
      delete req.session.username;
      delete req.session.stamp;
    }
    const signedIn: SignedIn | null = valid ? { username: user.username, role: user.role } : null;
    res.locals.user = signedIn;
    res.locals.can = (role: Role) => signedIn !== null && hasRole(signedIn.role, role);
    if (signedIn) res.locals.csrfToken = csrfToken(req);
    next();
  };
}
