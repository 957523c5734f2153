import type { Role, User } from "../schemas/user.ts";
import { AccountError } from "./account-error.ts";
import { findUser } from "./find-user.ts";

/**
 * Adds an account to `db` (the accounts of a store draft). Throws AccountError `usernameTaken` when the name is in
 * use (in any case), and `notFirstAccount` when `onlyIfFirst` is set and an account exists (the
 * setup page, which two people might submit at once).
 */
export function addUser(
  db: { users: User[] },
  account: { username: string; role: Role; passwordHash: string },
  at: Date,
  options: { onlyIfFirst?: boolean } = {},
): User {
  if (options.onlyIfFirst && db.users.length > 0) throw new AccountError("notFirstAccount", account.username);
  if (findUser(db, account.username)) throw new AccountError("usernameTaken", account.username);
  const user: User = { ...account, createdAt: at.toISOString() };
  db.users.push(user);
  return user;
}
