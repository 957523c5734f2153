import type { Db } from "../schemas/db.ts";
import { usernameKey, type User } from "../schemas/user.ts";

/** The account called `username` (case-insensitive), or undefined. */
export function findUser(db: Pick<Db, "users">, username: string): User | undefined {
  const key = usernameKey(username);
  return db.users.find((u) => usernameKey(u.username) === key);
}
