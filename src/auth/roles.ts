import { ROLES, type Role } from "../schemas/user.ts";

/** True when `role` has the rights of `needed`: reviewer < editor < admin. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
