import type { User } from "../schemas/user.ts";
import { AccountError } from "./account-error.ts";
import { findUser } from "./find-user.ts";

/** True for an admin account that can sign in. */
export const isActiveAdmin = (user: User): boolean => user.role === "admin" && user.deactivatedAt === undefined;

/**
 * Replaces the account `username` in `db` (the accounts of a store draft) by `change(account)` and returns the new
 * record. Throws AccountError `noSuchUser`, or `lastAdmin` when the change would leave no active
 * admin to manage accounts (a demotion or a deactivation of the only one).
 */
export function updateUser(db: { users: User[] }, username: string, change: (user: User) => User): User {
  const user = findUser(db, username);
  if (!user) throw new AccountError("noSuchUser", username);
  const changed = change(user);
  if (isActiveAdmin(user) && !isActiveAdmin(changed) && db.users.filter(isActiveAdmin).length === 1) {
    throw new AccountError("lastAdmin", username);
  }
  db.users[db.users.indexOf(user)] = changed;
  return changed;
}
