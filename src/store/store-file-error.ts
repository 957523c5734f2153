/** The store file cannot be used; the message names the file and the problem. The file is not touched. */
export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "StoreFileError";
  }
}
