import type { Role, User } from "../schemas/user.ts";
import { setPassword } from "./account-changes.ts";
import { updateUser } from "./update-user.ts";

/**
 * Changes an account in `db` (the accounts of a store draft): its password hash (which ends all its sessions)
 * and/or role. Throws AccountError `noSuchUser`, or `lastAdmin` when the change would leave no
 * admin to manage accounts.
 */
export function changeUser(db: { users: User[] }, username: string, change: { passwordHash?: string; role?: Role }): User {
  return updateUser(db, username, (user) => {
    const withPassword = change.passwordHash ? setPassword(user, change.passwordHash) : user;
    return change.role ? { ...withPassword, role: change.role } : withPassword;
  });
}
