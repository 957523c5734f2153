import type { RequestHandler, Response } from "express";
import { hasRole } from "../../auth/roles.ts";
import type { User } from "../../schemas/user.ts";
import type { Role } from "../../schemas/user.ts";
import { HttpError } from "../http-error.ts";

/** The signed-in account (set by the auth middleware; routes behind it always have one). */
export function signedInUser(res: Response): User {
  const user = res.locals.user as User | undefined;
  if (!user) throw new HttpError(401, "error.signInNeeded");
  return user;
}

/** Lets the request through when the signed-in account has `role` or a stronger one; else a 403 page naming the role. */
export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    next(hasRole(signedInUser(res).role, role) ? undefined : new HttpError(403, `error.needsRole.${role}`));
  };
}
