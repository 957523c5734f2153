import { accountId, usernameFold, usernameKey, type User } from "../schemas/user.ts";

/**
 * The account called `username`, or undefined. Case, surrounding spaces and full-width forms do
 * not matter (`usernameFold`); an exact match wins, so a store holding two accounts that fold to
 * the same key (made before look-alikes were refused) still reaches each of them.
 */
export function findUser(db: { users: readonly User[] }, username: string): User | undefined {
  const exact = usernameKey(username.trim());
  const folded = usernameFold(username);
  return db.users.find((u) => usernameKey(u.username) === exact) ?? db.users.find((u) => usernameFold(u.username) === folded);
}

/** The account a session cookie names by `accountId`, or undefined. */
export function findUserById(db: { users: readonly User[] }, id: string): User | undefined {
  return db.users.find((u) => accountId(u) === id);
}
