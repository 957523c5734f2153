/** Why an account change was refused: a stable key, and the name it was about. */
export type AccountErrorKey = "usernameTaken" | "usernameConfusable" | "noSuchUser" | "notFirstAccount" | "lastAdmin";

/** An account change that was refused (`key` says why, `username` names the account; `other` the look-alike, if any). */
export class AccountError extends Error {
  constructor(
    readonly key: AccountErrorKey,
    readonly username: string,
    readonly other?: string,
  ) {
    super(`${key}: ${username}`);
    this.name = "AccountError";
  }
}
