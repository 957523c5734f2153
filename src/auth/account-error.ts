/** Why an account change was refused: a stable key (`usernameTaken`, `noSuchUser`, `notFirstAccount`). */
export class AccountError extends Error {
  constructor(
    readonly key: "usernameTaken" | "noSuchUser" | "notFirstAccount" | "lastAdmin",
    readonly username: string,
  ) {
    super(`${key}: ${username}`);
    this.name = "AccountError";
  }
}
