import { usernameKey, type User } from "../schemas/user.ts";

/** The account called `username` (case-insensitive), or undefined. */
export function findUser(db: { users: readonly User[] }, username: string): User | undefined {
  const key = usernameKey(username);
  return db.users.find((u) => usernameKey(u.username) === key);
}
