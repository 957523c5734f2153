import type { Role, User } from "../schemas/user.ts";
import { AccountError } from "./account-error.ts";
import { findUser } from "./find-user.ts";

/**
 * Changes an account in `db` (the accounts of a store draft): its password hash and/or role. Throws AccountError
 * `noSuchUser`, or `lastAdmin` when the change would leave no admin to manage accounts.
 */
export function changeUser(db: { users: User[] }, username: string, change: { passwordHash?: string; role?: Role }): User {
  const user = findUser(db, username);
  if (!user) throw new AccountError("noSuchUser", username);
  if (change.role && change.role !== "admin" && user.role === "admin" && db.users.filter((u) => u.role === "admin").length === 1) {
    throw new AccountError("lastAdmin", username);
  }
  if (change.passwordHash) user.passwordHash = change.passwordHash;
  if (change.role) user.role = change.role;
  return user;
}
