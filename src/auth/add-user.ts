import { randomBytes } from "node:crypto";
import type { Role, User } from "../schemas/user.ts";
import { AccountError } from "./account-error.ts";
import { findUser } from "./find-user.ts";
import { confusableWith } from "./username-skeleton.ts";

/**
 * Adds an account to `db` (the accounts of a store draft). Throws AccountError `usernameTaken` when the name is in
 * use (in any case or width), `usernameConfusable` when it looks like an existing name (`rеv1`
 * with a Cyrillic е next to `rev1`), and `notFirstAccount` when `onlyIfFirst` is set and an account
 * exists (the setup page, which two people might submit at once). Deactivated accounts keep their
 * names: a new account cannot take one.
 */
export function addUser(
  db: { users: User[] },
  account: { username: string; role: Role; passwordHash: string; id?: string },
  at: Date,
  options: { onlyIfFirst?: boolean } = {},
): User {
  if (options.onlyIfFirst && db.users.length > 0) throw new AccountError("notFirstAccount", account.username);
  if (findUser(db, account.username)) throw new AccountError("usernameTaken", account.username);
  const lookalike = confusableWith(
    account.username,
    db.users.map((u) => u.username),
  );
  if (lookalike !== undefined) throw new AccountError("usernameConfusable", account.username, lookalike);
  const user: User = {
    id: account.id ?? randomBytes(12).toString("base64url"),
    username: account.username,
    role: account.role,
    passwordHash: account.passwordHash,
    createdAt: at.toISOString(),
    sessionGeneration: 0,
    endedSessions: [],
  };
  db.users.push(user);
  return user;
}
